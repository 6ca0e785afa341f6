import { hasValue, type ParsedValue } from '../values/parseValue';
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
  polaritas: Polaritas;
  /** The target compared: up to the quarter when due, else the whole year's. */
  target: ParsedValue;
  /** The realisation compared, aggregated the same way. */
  realisasi: ParsedValue;
  /** True when a target falls in or before the quarter (the output counts in the means). */
  due: boolean;
  /** True when the output has any target in the year. */
  inYear: boolean;
}

/** Capaian at or above this counts as reached (absorbs float noise such as 0,1 + 0,2). */
const REACHED = 1 - 1e-9;

/**
 * The attainment of one output at the end of quarter `quarter` of `year`.
 * Targets due are those of periods ending in or before the quarter; they and the realisations up
 * to the quarter are aggregated (see `inferAgregasi`), then compared (see `capaianOf`).
 * A due output needs a realisation for its latest due period (or a later one up to the quarter);
 * without one it is `tidak-ada-data`.
 */
export function attainSeries(series: Series, year: number, quarter: number): Attainment {
  // One pass over each list (this runs for every output of every summary): the year's targets,
  // those due, the realisations up to the quarter, and the latest due period.
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
    if (p.to > latestDue) latestDue = p.to;
    if (p.value.kind === 'invalid') unreadableDue = true;
  }
  const upTo: PeriodPoint[] = [];
  for (const p of series.realisations) if (inYear(p, year) && p.to <= quarter) upTo.push(p);

  const { agregasi, basis } = inferAgregasi(series);
  const polaritas = series.polaritas ?? 'positif';
  const realisasi = aggregate(upTo.map((p) => p.value), agregasi);
  // Every result has the same shape (one object literal): cheap when made 100,000 times.
  const result = (status: Status, capaian: number | null, reason: CapaianReason, target: ParsedValue, isDue: boolean, isInYear: boolean): Attainment => ({
    status,
    capaian,
    reason,
    agregasi,
    basis,
    polaritas,
    target,
    realisasi,
    due: isDue,
    inYear: isInYear,
  });

  if (yearTargets.length === 0) {
    return result('belum-jatuh-tempo', null, 'tanpa-target', { kind: 'empty' }, false, false);
  }
  if (due.length === 0) {
    const target = aggregate(yearTargets, agregasi);
    const early = capaianOf(target, realisasi, polaritas);
    const reached = early.value !== null && early.value >= REACHED;
    return result(reached ? 'tercapai-lebih-awal' : 'belum-jatuh-tempo', reached ? early.value : null, early.reason, target, false, true);
  }

  const target = aggregate(due, agregasi);
  if (unreadableDue) return result('tidak-ada-data', null, 'tidak-terbaca', target, true, true);
  // Data for the latest due period (or a later one up to the quarter) must be there.
  let fresh = false;
  let unreadable = false;
  for (const p of upTo) {
    if (p.to < latestDue) continue;
    if (hasValue(p.value)) fresh = true;
    else if (p.value.kind === 'invalid') unreadable = true;
  }
  if (!fresh) return result('tidak-ada-data', null, unreadable ? 'tidak-terbaca' : 'tanpa-realisasi', target, true, true);
  const c = capaianOf(target, realisasi, polaritas);
  if (c.value === null) return result('tidak-ada-data', null, c.reason, target, true, true);
  return result(c.value >= REACHED ? 'tercapai' : 'belum-tercapai', c.value, c.reason, target, true, true);
}

/** Periods without a year in the header belong to the year asked about. */
function inYear(p: PeriodPoint, year: number): boolean {
  return p.year === undefined || p.year === year;
}
