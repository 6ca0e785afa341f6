/**
 * Local midnight of a calendar day; `month` counts from 1. Unlike `new Date(y, m, d)`, years
 * 0–99 are taken literally. Out-of-range months and days roll over as in `new Date`
 * (day 0 is the last day of the previous month).
 *
 * @example localDate(2024, 2, 29) // 29 February 2024, 00:00 local time
 */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  return date;
}
