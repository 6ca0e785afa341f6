import { naiveDate } from './cellDay';

/** Excel's largest date, 9999-12-31, and its fictitious 29 February 1900. */
const MAX_SERIAL = 2958465;
const FICTITIOUS_LEAP_DAY = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A date cell as core reads it (a naive Date: cellDay.ts) for an Excel serial in the 1900 date
 * system, its time of day included: what Excel's `Range.values` gives for a date cell, a number.
 * Serial 60 (Excel's 29 February 1900, which never existed) and serials outside 1–2958465 give
 * `undefined`.
 *
 * @example serialDate(45107.75) // 30 June 2023, 18:00
 */
export function serialDate(serial: number): Date | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL || days === FICTITIOUS_LEAP_DAY) return undefined;
  const ms = Math.round((serial - days) * DAY_MS);
  // Before the fictitious leap day the count starts at 31 December 1899, after it at 30 December.
  return new Date(naiveDate(1899, 12, days < FICTITIOUS_LEAP_DAY ? 31 + days : 30 + days).getTime() + ms);
}
