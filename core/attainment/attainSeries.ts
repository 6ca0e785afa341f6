import { hasValue, type ParsedValue } from '../values/parseValue';
import { unitKind } from '../values/unitKind';
import { aggregate } from './aggregate';
import { capaianOf } from './capaian';
import { inferAgregasi, type AgregasiBasis } from './inferAgregasi';
import type { PeriodPoint, Series } from './series';
import type { Agregasi, CapaianReason, Polaritas, Status } from './types';

export interface Attainment {
  status: Status;
  /** Fraction, not capped (1,05 = 105%); null when not due or not computable. */
  capaian: number | null;
  reason: CapaianReason;
  agregasi: Agregasi;
  basis: AgregasiBasis;
  /** True when the targets are cumulative states (read as the latest, never summed). */
  states: boolean;
  polaritas: Polaritas;
  /** The target compared: the one due by the quarter when due, else the whole year's. */
  target: ParsedValue;
  /** The realisation compared, aggregated the same way (for states: the latest realised state). */
  realisasi: ParsedValue;
  /** The latest progress up to the quarter (a percentage), when the sheet reports one. */
  progres: ParsedValue;
  /** `progres` when the capaian is the progress (no realised output said more); `realisasi` when it is the realised output. */
  from?: 'realisasi' | 'progres';
  /** True when a target falls in or before the quarter (the output counts in the means). */
  due: boolean;
  /** True when the output has any target in the year. */
  inYear: boolean;
}

/** Capaian at or above this counts as reached (absorbs float noise such as 0,1 + 0,2). */
const REACHED = 1 - 1e-9;
const EMPTY: ParsedValue = { kind: 'empty' };

/**
 * The attainment of one output at the end of quarter `quarter` of `year`:
 * - the target due is the targets of the periods ending in or before the quarter, aggregated (see
 *   `inferAgregasi`: the sum, the latest — for cumulative states, the state due — or the mean); a
 *   target of 0 due (positive polarity), or none, means nothing is due yet (`belum-jatuh-tempo`, or
 *   `tercapai-lebih-awal` when the realisation already meets the year's target);
 * - the realisation is the realisations up to the quarter, aggregated the same way (for the
 *   latest: the latest realised value, carried forward);
 * - a due output needs a realisation for its latest due period (or a later one up to the quarter).
 *   Without one, an earlier realisation still counts when nothing more was needed: for the latest,
 *   when it met the target due in its own quarter (`1, -, -, -` against `1, 1, 1, 1`); for a sum,
 *   when it already meets the whole target due. Otherwise the output is `tidak-ada-data`;
 * - where no realised output gives a capaian, the latest progress (`Capaian Progres (%)`) does;
 * - capaian compares the two (see `capaianOf`).
 */
export function attainSeries(series: Series, year: number, quarter: number): Attainment {
  const { agregasi, basis, states } = inferAgregasi(series);
  const polaritas = series.polaritas ?? 'positif';
  // One pass over each list (this runs for every output of every summary): the year's targets,
  // those due, and the latest period with something due (a 0 in between asks for nothing).
  const yearTargets: ParsedValue[] = [];
  const due: ParsedValue[] = [];
  let latestDue = 0;
  let unreadableDue = false;
  for (const p of series.targets) {
    if (!inYear(p, year)) continue;
    // An unreadable target (`segera`) is still a target someone set: it is due, without a capaian.
    if (!hasValue(p.value) && p.value.kind !== 'invalid') continue;
    yearTargets.push(p.value);
    if (p.to > quarter) continue;
    due.push(p.value);
    if (p.value.kind === 'invalid') unreadableDue = true;
    if (p.to > latestDue && !isNothing(p.value, polaritas)) latestDue = p.to;
  }
  // A realisation written in % against a count (2 Dokumen, 80%) says how far the output is: progress.
  const percentIsProgress = countsOnly(yearTargets, series.satuan);
  const upTo: PeriodPoint[] = [];
  let progres: ParsedValue = EMPTY;
  let progresAt = 0;
  for (const p of series.realisations) {
    if (!inYear(p, year) || p.to > quarter) continue;
    if (!(percentIsProgress && p.value.kind === 'number' && p.value.percent)) upTo.push(p);
    else if (p.to >= progresAt) {
      progres = p.value;
      progresAt = p.to;
    }
  }
  if (series.progress) {
    for (const p of series.progress) {
      if (inYear(p, year) && p.to <= quarter && hasValue(p.value) && p.to >= progresAt) {
        progres = p.value;
        progresAt = p.to;
      }
    }
  }
  const realisasi = aggregate(upTo.map((p) => p.value), agregasi);
  // Every result has the same shape (one object literal): cheap when made 100,000 times.
  const result = (status: Status, capaian: number | null, reason: CapaianReason, target: ParsedValue, isDue: boolean, isInYear: boolean, from?: 'realisasi' | 'progres'): Attainment => ({
    status,
    capaian,
    reason,
    agregasi,
    basis,
    states: states === true,
    polaritas,
    target,
    realisasi,
    progres,
    from,
    due: isDue,
    inYear: isInYear,
  });

  if (yearTargets.length === 0) return result('belum-jatuh-tempo', null, 'tanpa-target', EMPTY, false, false);
  const target = aggregate(due, agregasi);
  if (!unreadableDue && (due.length === 0 || isNothing(target, polaritas))) {
    const whole = aggregate(yearTargets, agregasi);
    const early = isNothing(whole, polaritas) ? NOTHING_ASKED : capaianOf(whole, realisasi, polaritas);
    const reached = early.value !== null && early.value >= REACHED;
    return result(reached ? 'tercapai-lebih-awal' : 'belum-jatuh-tempo', reached ? early.value : null, early.reason, whole, false, true, reached ? 'realisasi' : undefined);
  }
  if (unreadableDue) return result('tidak-ada-data', null, 'tidak-terbaca', target, true, true);

  let fresh = false;
  let unreadable = false;
  let last: PeriodPoint | undefined;
  for (const p of upTo) {
    if (hasValue(p.value) && (!last || p.to >= last.to)) last = p;
    if (p.to < latestDue) continue;
    if (hasValue(p.value)) fresh = true;
    else if (p.value.kind === 'invalid') unreadable = true;
  }
  // Where no realised output gives a capaian, the latest progress does.
  const progress = progres.kind === 'number' ? Math.max(0, progres.value) : null;
  if (!fresh && !(last && !unreadable && carried(last, series, year, agregasi, target, realisasi, polaritas))) {
    if (progress !== null) return result(progress >= REACHED ? 'tercapai' : 'belum-tercapai', progress, 'dihitung', target, true, true, 'progres');
    return result('tidak-ada-data', null, unreadable ? 'tidak-terbaca' : 'tanpa-realisasi', target, true, true);
  }
  const c = capaianOf(target, realisasi, polaritas);
  if (c.value === null) {
    if (progress !== null) return result(progress >= REACHED ? 'tercapai' : 'belum-tercapai', progress, 'dihitung', target, true, true, 'progres');
    return result('tidak-ada-data', null, c.reason, target, true, true);
  }
  return result(c.value >= REACHED ? 'tercapai' : 'belum-tercapai', c.value, c.reason, target, true, true, 'realisasi');
}

const NOTHING_ASKED = { value: null, reason: 'tanpa-target' as const };

/**
 * Whether an earlier realisation (`last`) still speaks for the quarter when the latest due period
 * has none (`-` or blank): for the latest value, when it met the target due in its own quarter
 * (a met state stays met); for a sum, when it already meets the whole target due. A mean never.
 */
function carried(last: PeriodPoint, series: Series, year: number, agregasi: Agregasi, target: ParsedValue, realisasi: ParsedValue, polaritas: Polaritas): boolean {
  if (agregasi === 'rata-rata') return false;
  if (agregasi === 'kumulatif') return met(target, realisasi, polaritas);
  const dueThen = aggregate(
    series.targets.filter((p) => inYear(p, year) && p.to <= last.to).map((p) => p.value),
    agregasi,
  );
  return dueThen.kind === 'empty' || isNothing(dueThen, polaritas) || met(dueThen, last.value, polaritas);
}

function met(target: ParsedValue, realisasi: ParsedValue, polaritas: Polaritas): boolean {
  const c = capaianOf(target, realisasi, polaritas);
  return c.value !== null && c.value >= REACHED;
}

/** A target that asks for nothing: 0 (or a range 0–0) where more is better. */
function isNothing(v: ParsedValue, polaritas: Polaritas): boolean {
  if (polaritas !== 'positif') return false;
  return (v.kind === 'number' && v.value === 0) || (v.kind === 'range' && v.high === 0);
}

/** Targets that are plain counts (no percentage) in a row whose Satuan is no percentage, score or grade. */
function countsOnly(targets: ParsedValue[], satuan: string): boolean {
  let numbers = false;
  for (const v of targets) {
    if (v.kind !== 'number') continue;
    if (v.percent) return false;
    numbers = true;
  }
  return numbers && countUnit(satuan);
}

/** Whether a Satuan counts things (or names something else): no percentage, score or grade. */
function countUnit(satuan: string): boolean {
  const kind = unitKind(satuan);
  return kind === 'count' || kind === 'other';
}

/** Periods without a year in the header belong to the year asked about. */
function inYear(p: PeriodPoint, year: number): boolean {
  return p.year === undefined || p.year === year;
}
