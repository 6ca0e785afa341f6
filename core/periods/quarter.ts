/** A quarter of the year ("triwulan", TW): 1 = January–March … 4 = October–December. */
export type Quarter = 1 | 2 | 3 | 4;

/** One quarter of one year, e.g. `{ year: 2023, quarter: 2 }` for TW II 2023. */
export interface YearQuarter {
  year: number;
  quarter: Quarter;
}

/**
 * Throws a `RangeError` unless `quarter` is 1, 2, 3 or 4. The type already says so; this
 * guards values that arrive untyped (spreadsheet formulas, JSON).
 */
export function assertQuarter(quarter: number): asserts quarter is Quarter {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new RangeError(`A quarter is 1, 2, 3 or 4, not ${String(quarter)}`);
  }
}

/** Throws a `RangeError` for an `Invalid Date`. */
export function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
}
