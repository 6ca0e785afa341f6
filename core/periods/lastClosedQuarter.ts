import { startOfQuarter, subQuarters } from 'date-fns';
import { quarterOf } from './quarterOf';
import { assertValidDate, type YearQuarter } from './quarter';

/**
 * The latest quarter that has finished by `asOf`: its last day is before `asOf`'s calendar
 * day. That is always the quarter before the one `asOf` is in — on the last day of a quarter,
 * that quarter is still running. Throws a `RangeError` for an `Invalid Date`.
 *
 * @example lastClosedQuarter(new Date(2026, 9, 1))  // { year: 2026, quarter: 3 } — TW III ended 30 September
 * @example lastClosedQuarter(new Date(2026, 8, 30)) // { year: 2026, quarter: 2 } — TW III ends today
 * @example lastClosedQuarter(new Date(2026, 0, 15)) // { year: 2025, quarter: 4 }
 */
export function lastClosedQuarter(asOf: Date): YearQuarter {
  assertValidDate(asOf);
  return quarterOf(subQuarters(startOfQuarter(asOf), 1));
}
