import { sameSheetName } from '../plan/placement';

const MAX_SHEET_NAME = 31;

/**
 * A sheet name no sheet of `taken` has (compared without case, as Excel and Sheets do): `name`,
 * else `name (2)`, `name (3)` … shortened to fit Excel's 31 characters. A new matrix never takes
 * the place of a sheet someone made.
 */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const free = (candidate: string) => !taken.some((t) => sameSheetName(t, candidate));
  const whole = name.slice(0, MAX_SHEET_NAME);
  if (free(whole)) return whole;
  for (let n = 2; ; n++) {
    const tail = ` (${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - tail.length) + tail;
    if (free(candidate)) return candidate;
  }
}
