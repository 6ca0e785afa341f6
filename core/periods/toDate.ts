import { cellDay } from './cellDay';
import { fromExcelSerial } from './excelSerial';
import { localDate } from './localDate';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/**
 * Reads a date given to a spreadsheet formula, as local midnight of its calendar day:
 *
 * - a `Date`, a date cell: its calendar day by core's one rule (`cellDay`: the day its UTC fields
 *   hold, in whatever time zone this runs); the time of day is dropped
 * - an Excel date serial such as `45107` (see `fromExcelSerial`)
 * - ISO text `2023-06-30`
 * - Indonesian text, day first: `30/06/2023`, `30-06-2023`, `30.06.2023`, `1/7/2023`
 *
 * Returns `undefined` for anything else: an `Invalid Date`, a day that does not exist
 * (`31/06/2023`, `2023-02-29`), a two-digit year, a number written as text, other types.
 *
 * @example toDate('30/06/2023') // 30 June 2023, 00:00 local time
 * @example toDate(45107) // 30 June 2023, 00:00 local time
 */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) {
    const day = cellDay(value);
    return day && localDate(day.year, day.month, day.day);
  }
  if (typeof value === 'number') return fromExcelSerial(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) return exactDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) return exactDate(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return undefined;
}

/** The local date for year, month (from 1) and day, or `undefined` when that day does not exist. */
function exactDate(year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = localDate(year, month, day);
  return date.getMonth() === month - 1 ? date : undefined;
}
