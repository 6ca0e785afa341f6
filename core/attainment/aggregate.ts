import { hasValue, type ParsedValue } from '../values/parseValue';
import type { Agregasi } from './types';

/**
 * One figure for several periods: the sum (kumulatif), the latest (nilai akhir) or the mean
 * (rata-rata) of the values in time order. Blank and unreadable values are left out. Grades,
 * stages, bounds, scores with grades and schedule marks, and values of mixed kinds, always give the
 * latest. Empty when there is nothing to add up.
 */
export function aggregate(values: ParsedValue[], agregasi: Agregasi): ParsedValue {
  const present = values.filter(hasValue);
  if (present.length === 0) return { kind: 'empty' };
  const last = present[present.length - 1];
  if (agregasi === 'nilai-akhir' || present.length === 1) return last;
  const bands = present.map((v) => (v.kind === 'number' ? { low: v.value, high: v.value, percent: v.percent } : v.kind === 'range' ? v : undefined));
  if (bands.some((b) => b === undefined)) return last;
  const percent = bands.some((b) => b!.percent);
  // `50%` and a plain `100` in one row: the plain figure above 1 is read as percentage points.
  const points = (b: { high: number; percent: boolean }) => (percent && !b.percent && b.high > 1 ? 1 / 100 : 1);
  const divisor = agregasi === 'rata-rata' ? present.length : 1;
  const low = bands.reduce((s, b) => s + b!.low * points(b!), 0) / divisor;
  const high = bands.reduce((s, b) => s + b!.high * points(b!), 0) / divisor;
  return low === high ? { kind: 'number', value: low, percent } : { kind: 'range', low, high, percent };
}
