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
  const inYear = (p: PeriodPoint) => p.year === undefined || p.year === year;
  // An unreadable target (`segera`) is still a target someone set: it is due, without a capaian.
  const yearTargets = series.targets.filter((p) => inYear(p) && (hasValue(p.value) || p.value.kind === 'invalid'));
  const due = yearTargets.filter((p) => p.to <= quarter);
  const upTo = series.realisations.filter((p) => inYear(p) && p.to <= quarter);
  const { agregasi, basis } = inferAgregasi(series);
  const polaritas = series.polaritas ?? 'positif';
  const realisasi = aggregate(upTo.map((p) => p.value), agregasi);
  const base = { agregasi, basis, polaritas, realisasi };

  if (yearTargets.length === 0) {
    return { ...base, status: 'belum-jatuh-tempo', capaian: null, reason: 'tanpa-target', target: { kind: 'empty' }, due: false, inYear: false };
  }
  if (due.length === 0) {
    const target = aggregate(yearTargets.map((p) => p.value), agregasi);
    const early = capaianOf(target, realisasi, polaritas);
    const reached = early.value !== null && early.value >= REACHED;
    return { ...base, status: reached ? 'tercapai-lebih-awal' : 'belum-jatuh-tempo', capaian: reached ? early.value : null, reason: early.reason, target, due: false, inYear: true };
  }

  const target = aggregate(due.map((p) => p.value), agregasi);
  if (due.some((p) => p.value.kind === 'invalid')) return { ...base, status: 'tidak-ada-data', capaian: null, reason: 'tidak-terbaca', target, due: true, inYear: true };
  const latestDue = Math.max(...due.map((p) => p.to));
  const fresh = upTo.filter((p) => p.to >= latestDue);
  if (!fresh.some((p) => hasValue(p.value))) {
    const reason = fresh.some((p) => p.value.kind === 'invalid') ? 'tidak-terbaca' : 'tanpa-realisasi';
    return { ...base, status: 'tidak-ada-data', capaian: null, reason, target, due: true, inYear: true };
  }
  const c = capaianOf(target, realisasi, polaritas);
  if (c.value === null) return { ...base, status: 'tidak-ada-data', capaian: null, reason: c.reason, target, due: true, inYear: true };
  return { ...base, status: c.value >= REACHED ? 'tercapai' : 'belum-tercapai', capaian: c.value, reason: c.reason, target, due: true, inYear: true };
}
