import { hasValue } from '../values/parseValue';
import { sameFigure } from '../values/sameFigure';
import { unitKind } from '../values/unitKind';
import type { Series } from './series';
import type { Agregasi } from './types';

/**
 * Where the aggregation of a row came from: its own Agregasi column, the header (`Kumulatif`), its
 * Total, its kind of value, or its Satuan. The first two the sheet declares; the others are inferred.
 */
export type AgregasiBasis = 'kolom' | 'judul' | 'total' | 'jenis-nilai' | 'satuan';

/** How a row's period values add up, and why; `states` when its targets are cumulative states. */
export interface AgregasiRule {
  agregasi: Agregasi;
  basis: AgregasiBasis;
  /** The targets are states to reach by each period (`0, 0, 0, 1`; `25, 50, 75, 100`): read as the latest, never summed. */
  states?: true;
}

/**
 * How a row's period values add up — the three consolidations of KMK 467/KMK.01/2014: the sum
 * (`kumulatif`), the last known value (`nilai-akhir`), the average (`rata-rata`) — in this order:
 * 1. the row's Agregasi / Sifat Target column: `Jumlah` a sum, `Nilai Akhir`, `Rata-rata`; `Kumulatif`
 *    cumulative states (the latest) unless the Total is the sum of the periods or the targets go down;
 * 2. grades, opinions, stages, bounds, scores with grades and schedule marks: always the latest;
 * 3. the header says `Kumulatif` (`Target Penyelesaian (Kumulatif)`): states, with the same two exceptions;
 * 4. the Total: the sum of the targets → kumulatif; the last → nilai akhir (states when the targets
 *    never go down); both (a single target) → the Satuan decides, and either gives the same figures;
 * 5. the Satuan: Persentase, Nilai, Indeks, Level, Predikat → nilai akhir; counts and anything else → kumulatif.
 */
export function inferAgregasi(series: Series): AgregasiRule {
  if (series.agregasi) return { agregasi: series.agregasi, basis: 'kolom' };
  // One pass over the targets (this runs for every output of every summary).
  let targets = 0;
  let other = false;
  const numbers: number[] = [];
  for (const p of series.targets) {
    const v = p.value;
    if (!hasValue(v)) continue;
    targets++;
    if (v.kind === 'number') numbers.push(v.value);
    else if (v.kind !== 'range') other = true;
  }
  let goesDown = false;
  for (let i = 1; i < numbers.length && !goesDown; i++) goesDown = numbers[i] < numbers[i - 1] && !sameFigure(numbers[i], numbers[i - 1]);
  const total = totalSays(series, numbers, targets);
  // Cumulative as the sheet says, unless its own figures say it adds amounts up.
  const cumulative = (basis: AgregasiBasis): AgregasiRule => (goesDown || total === 'sum' ? { agregasi: 'kumulatif', basis } : { agregasi: 'nilai-akhir', basis, states: true });
  if (series.cumulative?.from === 'kolom') return cumulative('kolom');
  if (other) return { agregasi: 'nilai-akhir', basis: 'jenis-nilai' };
  if (series.cumulative?.from === 'judul') return cumulative('judul');
  const byUnit = unitAgregasi(series.satuan);
  if (total === 'both') return { agregasi: byUnit, basis: 'total' };
  if (total === 'sum') return { agregasi: 'kumulatif', basis: 'total' };
  if (total === 'last') return goesDown ? { agregasi: 'nilai-akhir', basis: 'total' } : { agregasi: 'nilai-akhir', basis: 'total', states: true };
  return { agregasi: byUnit, basis: 'satuan' };
}

/** What the Total says of the targets: their sum, the last of them, both (one target), or nothing. */
function totalSays(series: Series, numbers: number[], targets: number): 'sum' | 'last' | 'both' | undefined {
  const total = series.total;
  if (total?.kind !== 'number' || numbers.length === 0 || numbers.length !== targets) return undefined;
  const isSum = sameFigure(total.value, numbers.reduce((s, n) => s + n, 0));
  const isLast = sameFigure(total.value, numbers[numbers.length - 1]);
  return isSum && isLast ? 'both' : isSum ? 'sum' : isLast ? 'last' : undefined;
}

function unitAgregasi(satuan: string): Agregasi {
  const kind = unitKind(satuan);
  return kind === 'percent' || kind === 'score' || kind === 'grade' ? 'nilai-akhir' : 'kumulatif';
}
