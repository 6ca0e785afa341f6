import { hasValue } from '../values/parseValue';
import { sameFigure } from '../values/sameFigure';
import { unitKind } from '../values/unitKind';
import type { Series } from './series';
import type { Agregasi } from './types';

/** Where the aggregation of a row came from: its own column, its Total, its kind of value, or its Satuan. */
export type AgregasiBasis = 'kolom' | 'total' | 'jenis-nilai' | 'satuan';

/**
 * How a row's period values add up, in this order:
 * 1. the row's Agregasi / Sifat Target column;
 * 2. grades, opinions, stages, bounds, scores with grades and schedule marks: always the latest (nilai akhir);
 * 3. the Total: equal to the sum of the targets → kumulatif; equal to the last → nilai akhir
 *    (a single target is both: the Satuan decides, and either gives the same figures);
 * 4. the Satuan: Persentase, Nilai, Indeks, Level, Predikat → nilai akhir; counts and anything else → kumulatif.
 */
export function inferAgregasi(series: Series): { agregasi: Agregasi; basis: AgregasiBasis } {
  if (series.agregasi) return { agregasi: series.agregasi, basis: 'kolom' };
  const targets = series.targets.map((p) => p.value).filter(hasValue);
  if (targets.some((v) => v.kind !== 'number' && v.kind !== 'range')) return { agregasi: 'nilai-akhir', basis: 'jenis-nilai' };
  const byUnit = unitAgregasi(series.satuan);
  const numbers = targets.flatMap((v) => (v.kind === 'number' ? [v.value] : []));
  const total = series.total;
  if (total?.kind === 'number' && numbers.length > 0 && numbers.length === targets.length) {
    const isSum = sameFigure(total.value, numbers.reduce((s, n) => s + n, 0));
    const isLast = sameFigure(total.value, numbers[numbers.length - 1]);
    if (isSum && isLast) return { agregasi: byUnit, basis: 'total' };
    if (isSum) return { agregasi: 'kumulatif', basis: 'total' };
    if (isLast) return { agregasi: 'nilai-akhir', basis: 'total' };
  }
  return { agregasi: byUnit, basis: 'satuan' };
}

const byUnitCache = new Map<string, Agregasi>();

function unitAgregasi(satuan: string): Agregasi {
  let agregasi = byUnitCache.get(satuan);
  if (agregasi === undefined) {
    const kind = unitKind(satuan);
    agregasi = kind === 'percent' || kind === 'score' || kind === 'grade' ? 'nilai-akhir' : 'kumulatif';
    // A matrix has a handful of Satuan; the cap only guards against a pathological sheet.
    if (byUnitCache.size < 1000) byUnitCache.set(satuan, agregasi);
  }
  return agregasi;
}
