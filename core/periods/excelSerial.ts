import type { CalendarDate } from './calendarDate';
import { localDate } from './localDate';

/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2958465;
/** Excel's fictitious 29 February 1900. */
const FICTITIOUS_LEAP_DAY = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The calendar day an Excel date serial stands for, as local midnight, in the 1900 date system:
 * serial 1 is 1 January 1900 and 45000 is 15 March 2023. The fractional part (time of day)
 * is dropped.
 *
 * Excel counts a 29 February 1900 that never existed (a bug kept from Lotus 1-2-3), so serial
 * 60 is not a date and gives `undefined`; serials 1–59 are January and February 1900, and from
 * 61 (1 March 1900) on the count is exact. Google Sheets agrees from serial 61 on; below it,
 * Sheets (which starts at 30 December 1899) is one day earlier than Excel. Serials below 1,
 * above 2958465 (31 December 9999), `NaN` and infinities give `undefined`.
 *
 * In the rare time zone that skipped a whole calendar day (Pacific/Kiritimati on 31 December
 * 1994, Pacific/Apia on 30 December 2011), that day cannot be a local date and its serial
 * gives the day after.
 *
 * @example fromExcelSerial(45000) // 15 March 2023, 00:00 local time
 * @example fromExcelSerial(45000.75) // 15 March 2023, 00:00 — the time is dropped
 */
export function fromExcelSerial(serial: number): Date | undefined {
  const day = serialDay(serial);
  return day && localDate(day.year, day.month, day.day);
}

/**
 * The calendar day of an Excel serial (1900 date system; see `fromExcelSerial`), with no time zone
 * involved; `undefined` where `fromExcelSerial` gives `undefined`.
 *
 * @example serialDay(45107.75) // { year: 2023, month: 6, day: 30 }
 */
export function serialDay(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL || days === FICTITIOUS_LEAP_DAY) return undefined;
  // Before the fictitious leap day the count starts at 31 December 1899, after it at 30 December.
  const day = new Date(Date.UTC(1899, 11, days < FICTITIOUS_LEAP_DAY ? 31 : 30) + days * DAY_MS);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/**
 * The Excel serial (1900 date system) of a date's local calendar day, a whole number;
 * the inverse of `fromExcelSerial`. Dates before 1 January 1900 or after 31 December 9999,
 * and an `Invalid Date`, give `undefined`.
 *
 * @example toExcelSerial(new Date(2023, 2, 15)) // 45000
 * @example toExcelSerial(new Date(1900, 2, 1)) // 61
 */
export function toExcelSerial(date: Date): number | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getFullYear();
  if (year < 1900 || year > 9999) return undefined;
  // Count whole days in UTC so that daylight-saving changes cannot shift the result.
  const day = new Date(0);
  day.setUTCFullYear(year, date.getMonth(), date.getDate());
  const fromEpoch = Math.round((day.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS);
  return fromEpoch <= FICTITIOUS_LEAP_DAY ? fromEpoch - 1 : fromEpoch;
}

/**
 * The Excel serial of a calendar day given as numbers (`month` from 1), as a Plan's date cells are;
 * `undefined` for a day that does not exist (30 February) or lies outside Excel's dates. From
 * 1 March 1900 on it is Google Sheets' serial too.
 *
 * @example dayToExcelSerial(2023, 3, 15) // 45000
 */
export function dayToExcelSerial(year: number, month: number, day: number): number | undefined {
  const date = localDate(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return toExcelSerial(date);
}
