import type { ParsedValue } from '../values/parseValue';
import type { Capaian, Polaritas } from './types';

type Num = { value: number; percent: boolean };

/**
 * Attainment of one target by one realisation.
 * - Positive polarity: realisasi / target. Negative: 2 − realisasi / target. Never below 0.
 * - A range target (`80–90%`): a realisation inside the range is 100%; outside, the nearer bound is the target.
 * - A zero target: positive → 100% for any realisation ≥ 0; negative → 100% when the realisation is ≤ 0, else 0.
 * - Grades, opinions and stages compare on their ladder: reached → 100%, else rank of realisation / rank of target.
 * - One side with `%` and the other without: a figure above 1 is read as percentage points (85 → 85%).
 * - A blank target or realisation gives no capaian (null) with the reason, never a division error.
 * @example capaianOf(parseValue('4'), parseValue('3'))        // { value: 0.75, reason: 'dihitung' }
 * @example capaianOf(parseValue('WTP'), parseValue('WDP'))    // { value: 0.75, reason: 'dihitung' }
 */
export function capaianOf(target: ParsedValue, realisasi: ParsedValue, polaritas: Polaritas = 'positif'): Capaian {
  if (target.kind === 'empty' || target.kind === 'none') return { value: null, reason: 'tanpa-target' };
  if (target.kind === 'invalid' || realisasi.kind === 'invalid') return { value: null, reason: 'tidak-terbaca' };
  if (realisasi.kind === 'empty' || realisasi.kind === 'none') return { value: null, reason: 'tanpa-realisasi' };
  if (target.kind === 'ordinal' || realisasi.kind === 'ordinal') {
    if (target.kind !== 'ordinal' || realisasi.kind !== 'ordinal' || target.ladder !== realisasi.ladder) return { value: null, reason: 'tidak-sebanding' };
    return { value: realisasi.rank >= target.rank ? 1 : realisasi.rank / target.rank, reason: 'dihitung' };
  }
  if (realisasi.kind === 'range') return { value: null, reason: 'tidak-sebanding' };
  if (target.kind === 'range') {
    // Both bounds on one footing: scaled together, by the upper bound, so `0,5 - 2` stays a band.
    const high = samePercent({ value: target.high, percent: target.percent }, realisasi);
    const scale = target.high === 0 ? 1 : high.target / target.high;
    const low = target.low * scale;
    const real = high.realisasi;
    if (real >= low && real <= high.target) return { value: 1, reason: 'dihitung' };
    return ratio(real < low ? low : high.target, real, polaritas);
  }
  const { target: t, realisasi: r } = samePercent(target, realisasi);
  return ratio(t, r, polaritas);
}

function ratio(t: number, r: number, polaritas: Polaritas): Capaian {
  if (t < 0) return { value: null, reason: 'tidak-sebanding' };
  if (t === 0) {
    const met = polaritas === 'positif' ? r >= 0 : r <= 0;
    return { value: met ? 1 : 0, reason: 'dihitung' };
  }
  const raw = polaritas === 'positif' ? r / t : 2 - r / t;
  // A target too small for the realisation (1e-300 against 1e300) overflows: no meaningful ratio.
  if (!Number.isFinite(raw)) return { value: null, reason: 'tidak-sebanding' };
  return { value: Math.max(0, raw), reason: 'dihitung' };
}

/** Puts both figures on the same footing when only one of them is written as a percentage. */
function samePercent(target: Num, realisasi: Num): { target: number; realisasi: number } {
  const points = (n: Num) => (n.value > 1 ? n.value / 100 : n.value);
  if (target.percent && !realisasi.percent) return { target: target.value, realisasi: points(realisasi) };
  if (!target.percent && realisasi.percent) return { target: points(target), realisasi: realisasi.value };
  return { target: target.value, realisasi: realisasi.value };
}
