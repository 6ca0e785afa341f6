import { naiveDate } from './cellDay';
import { serialDay } from './excelSerial';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A date cell as core reads it (a naive Date: cellDay.ts) for an Excel serial in the 1900 date
 * system, its time of day included: what Excel's `Range.values` gives for a date cell, a number.
 * Serial 60 (Excel's 29 February 1900, which never existed) and serials outside 1–2958465 give
 * `undefined` (`serialDay`).
 *
 * @example serialDate(45107.75) // 30 June 2023, 18:00
 */
export function serialDate(serial: number): Date | undefined {
  const day = serialDay(serial);
  if (!day) return undefined;
  const ms = Math.round((serial - Math.floor(serial)) * DAY_MS);
  return new Date(naiveDate(day.year, day.month, day.day).getTime() + ms);
}
