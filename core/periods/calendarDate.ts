import { assertValidDate } from './quarter';

/** A day on the calendar, without time or time zone. `month` counts from 1 (January = 1). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar day a date falls on, in local time. Throws a `RangeError` for an `Invalid Date`.
 *
 * @example calendarDate(new Date(2026, 10, 28)) // { year: 2026, month: 11, day: 28 }
 */
export function calendarDate(date: Date): CalendarDate {
  assertValidDate(date);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
