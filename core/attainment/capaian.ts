import { isFloor, isStrict, type BoundOp } from '../values/bound';
import type { Grade } from '../values/grade';
import type { ParsedValue } from '../values/parseValue';
import { sameFigure } from '../values/sameFigure';
import type { Capaian, Polaritas } from './types';

type Num = { value: number; percent: boolean };

/** A bound not met stays below 100% whatever its ratio (`>64` realised as 64 is not reached). */
export const BOUND_NOT_MET_CAP = 0.99;

/**
 * Attainment of one target by one realisation.
 * - Positive polarity: realisasi / target. Negative: 2 − realisasi / target. Never below 0.
 * - A range target (`80–90%`): a realisation inside the range is 100%; outside, the nearer bound is the target.
 * - A zero target: positive → 100% for any realisation ≥ 0; negative → 100% when the realisation is ≤ 0, else 0.
 * - Grades, opinions and stages compare on their ladder: reached → 100%, else rank of realisation / rank of target.
 * - A bound (`>64`, `≥ 80%`, `< 5`, `maks 10`): its direction is its polarity (a floor is positive, a
 *   ceiling negative; the Polaritas column does not apply). Met → the ratio, at least 100%; not met →
 *   the ratio, at most 99% (`>64` realised as 64 is not reached; `≥ 80%` as 80% is).
 * - A score with its grade (`>60/B`, `57/CC`): the score is compared (as a figure or a bound); when the
 *   realisation gives only a grade, the grades are compared on their ladder.
 * - A scheduled target (a tick): done → 100%, not done → 0%; a figure as realisation is progress
 *   (1 or 100% is done, 0 not done, 50% half).
 * - One side written with `%` and the other without: a figure above 1 is read as percentage points (85 → 85%).
 * - A blank target or realisation gives no capaian (null) with the reason, never a division error.
 * @example capaianOf(parseValue('4'), parseValue('3'))        // { value: 0.75, reason: 'dihitung' }
 * @example capaianOf(parseValue('WTP'), parseValue('WDP'))    // { value: 0.75, reason: 'dihitung' }
 * @example capaianOf(parseValue('>64'), parseValue('65'))     // { value: 1.015625, reason: 'dihitung' }
 */
export function capaianOf(target: ParsedValue, realisasi: ParsedValue, polaritas: Polaritas = 'positif'): Capaian {
  if (target.kind === 'empty' || target.kind === 'none') return { value: null, reason: 'tanpa-target' };
  if (target.kind === 'invalid' || realisasi.kind === 'invalid') return { value: null, reason: 'tidak-terbaca' };
  if (realisasi.kind === 'empty' || realisasi.kind === 'none') return { value: null, reason: 'tanpa-realisasi' };
  if (target.kind === 'tick') return doneOf(realisasi);
  if (realisasi.kind === 'tick') return INCOMPARABLE;
  if (target.kind === 'graded') {
    const real = scoreOf(realisasi);
    if (target.score && real) return target.score.op ? boundCapaian(target.score.op, target.score, real) : numberCapaian(target.score, real, polaritas);
    const grade = gradeOf(realisasi);
    return grade ? ladderCapaian(target.grade, grade) : INCOMPARABLE;
  }
  if (target.kind === 'ordinal' || realisasi.kind === 'ordinal') {
    const grade = gradeOf(realisasi);
    return target.kind === 'ordinal' && grade ? ladderCapaian(target, grade) : INCOMPARABLE;
  }
  if (realisasi.kind === 'range') return INCOMPARABLE;
  const real = scoreOf(realisasi);
  if (!real) return INCOMPARABLE;
  if (target.kind === 'bound') return boundCapaian(target.op, target, real);
  if (target.kind === 'range') {
    // Both bounds on one footing: scaled together, by the upper bound, so `0,5 - 2` stays a band.
    const high = samePercent({ value: target.high, percent: target.percent }, real);
    const scale = target.high === 0 ? 1 : high.target / target.high;
    const low = target.low * scale;
    const r = high.realisasi;
    if (r >= low && r <= high.target) return { value: 1, reason: 'dihitung' };
    return ratio(r < low ? low : high.target, r, polaritas);
  }
  return numberCapaian(target, real, polaritas);
}

const INCOMPARABLE: Capaian = { value: null, reason: 'tidak-sebanding' };

function numberCapaian(target: Num, real: Num, polaritas: Polaritas): Capaian {
  const { target: t, realisasi: r } = samePercent(target, real);
  return ratio(t, r, polaritas);
}

function ratio(t: number, r: number, polaritas: Polaritas): Capaian {
  if (t < 0) return INCOMPARABLE;
  if (t === 0) {
    const met = polaritas === 'positif' ? r >= 0 : r <= 0;
    return { value: met ? 1 : 0, reason: 'dihitung' };
  }
  const raw = polaritas === 'positif' ? r / t : 2 - r / t;
  // A target too small for the realisation (1e-300 against 1e300) overflows: no meaningful ratio.
  if (!Number.isFinite(raw)) return INCOMPARABLE;
  return { value: Math.max(0, raw), reason: 'dihitung' };
}

/** A floor or ceiling: met or not decides the side of 100%, the ratio the figure. */
function boundCapaian(op: BoundOp, bound: Num, real: Num): Capaian {
  const { target: t, realisasi: r } = samePercent(bound, real);
  const floor = isFloor(op);
  const equal = sameFigure(r, t);
  const met = equal ? !isStrict(op) : floor ? r > t : r < t;
  const c = ratio(t, r, floor ? 'positif' : 'negatif');
  if (c.value === null) return c;
  return { value: met ? Math.max(1, c.value) : Math.min(BOUND_NOT_MET_CAP, c.value), reason: 'dihitung' };
}

function ladderCapaian(target: Grade, real: Grade): Capaian {
  if (target.ladder === undefined || target.ladder !== real.ladder) return INCOMPARABLE;
  return { value: real.rank! >= target.rank! ? 1 : real.rank! / target.rank!, reason: 'dihitung' };
}

/** A scheduled target's realisation: a tick (done or not), or a figure read as progress. */
function doneOf(real: ParsedValue): Capaian {
  if (real.kind === 'tick') return { value: real.done ? 1 : 0, reason: 'dihitung' };
  if (real.kind !== 'number') return INCOMPARABLE;
  if (real.value < 0) return INCOMPARABLE;
  const progress = real.percent || real.value <= 1 ? real.value : real.value / 100;
  return { value: Math.min(1, progress), reason: 'dihitung' };
}

/** The figure a realisation gives: a number, a bound's figure, a graded value's score. */
function scoreOf(v: ParsedValue): Num | undefined {
  if (v.kind === 'number' || v.kind === 'bound') return v;
  if (v.kind === 'graded') return v.score;
  return undefined;
}

/** The grade a realisation gives: a rung, or a graded value's grade. */
function gradeOf(v: ParsedValue): Grade | undefined {
  if (v.kind === 'ordinal') return v;
  if (v.kind === 'graded') return v.grade;
  return undefined;
}

/** Puts both figures on the same footing when only one of them is written as a percentage. */
function samePercent(target: Num, realisasi: Num): { target: number; realisasi: number } {
  const points = (n: Num) => (n.value > 1 ? n.value / 100 : n.value);
  if (target.percent && !realisasi.percent) return { target: target.value, realisasi: points(realisasi) };
  if (!target.percent && realisasi.percent) return { target: points(target), realisasi: realisasi.value };
  return { target: target.value, realisasi: realisasi.value };
}
