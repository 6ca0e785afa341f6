import { endOfQuarter, startOfDay } from 'date-fns';
import { quarterStart } from './quarterStart';
import type { Quarter } from './quarter';

/**
 * The last day of a quarter, as a calendar date: 00:00 local time on that day (not the last
 * millisecond). A date is in the quarter when its calendar day is on or before this day;
 * to compare instants, use `quarterStart` of the next quarter as an exclusive bound.
 * Throws a `RangeError` for a quarter other than 1–4.
 *
 * @example quarterEnd(2023, 2) // 30 June 2023, 00:00
 */
export function quarterEnd(year: number, quarter: Quarter): Date {
  return startOfDay(endOfQuarter(quarterStart(year, quarter)));
}
