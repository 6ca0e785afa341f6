import type { CalendarDate } from './calendarDate';

/**
 * The calendar day of a date cell: the one rule core reads every date cell by.
 *
 * A spreadsheet date is a date and time on the wall, without a time zone. Hosts hand core a date
 * cell as a `Date` whose UTC fields hold that wall date and time (a "naive" date-time): exceljs
 * reads .xlsx dates so, Excel's serials become such Dates (`serialDate`), and the Sheets adapter
 * converts the instants Sheets hands over in the spreadsheet's own time zone
 * (sheets-addon/server/sheetDates.ts). So the day never depends on the time zone core runs in.
 * `undefined` for an `Invalid Date`.
 *
 * @example cellDay(new Date(Date.UTC(2023, 5, 30))) // { year: 2023, month: 6, day: 30 }, in every time zone
 */
export function cellDay(value: Date): CalendarDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

/**
 * A date cell's day as ISO text, `2023-06-30`, as labels, messages and fix previews quote it; `''`
 * for an `Invalid Date`.
 */
export function cellDayText(value: Date): string {
  const day = cellDay(value);
  if (!day) return '';
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${day.year < 0 ? '-' : ''}${pad(Math.abs(day.year), 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/**
 * The Date core reads as this wall date and time (`month` from 1): its UTC fields. Years 0–99 are
 * taken literally.
 *
 * @example naiveDate(2023, 6, 30) // the date cell 30 June 2023
 */
export function naiveDate(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date;
}
