import { getQuarter, getYear } from 'date-fns';
import { assertValidDate, type YearQuarter } from './quarter';

/**
 * The quarter (triwulan) a date falls in, in local time: January–March is TW I, April–June
 * TW II, July–September TW III, October–December TW IV. Throws a `RangeError` for an
 * `Invalid Date`.
 *
 * @example quarterOf(new Date(2023, 4, 17)) // { year: 2023, quarter: 2 }
 */
export function quarterOf(date: Date): YearQuarter {
  assertValidDate(date);
  return { year: getYear(date), quarter: getQuarter(date) as YearQuarter['quarter'] };
}
