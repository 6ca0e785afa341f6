import type { Quarter } from '../periods/quarter';
import { quarterOf } from '../periods/quarterOf';

/**
 * The quarter a prepare reports when none is named: the current one in the current year (the
 * quarter whose realisation is being filled), TW IV of a past year, TW I of a year to come.
 * @example reportedQuarter(2025, new Date('2025-05-02')) // 2
 */
export function reportedQuarter(year: number, today: Date): Quarter {
  const now = quarterOf(today);
  if (year < now.year) return 4;
  if (year > now.year) return 1;
  return now.quarter;
}
