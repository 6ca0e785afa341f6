import { startOfQuarter } from 'date-fns';
import { localDate } from './localDate';
import { assertQuarter, type Quarter } from './quarter';

/**
 * The first day of a quarter, at 00:00 local time. Throws a `RangeError` for a quarter
 * other than 1–4.
 *
 * @example quarterStart(2023, 2) // 1 April 2023, 00:00
 */
export function quarterStart(year: number, quarter: Quarter): Date {
  assertQuarter(quarter);
  return startOfQuarter(localDate(year, quarter * 3 - 2, 1));
}
