/**
 * A monitoring row's *Capaian* and *Status* for a quarter as native formulas (IF, ISNUMBER, SUM,
 * COUNT, MAX…, in every spreadsheet): they work for a colleague without the add-in, where
 * `RB.CAPAIAN_PERIODE` would show `#NAME?`. They mirror core's rules (attainSeries.ts, capaian.ts)
 * for the rows most matrices hold:
 * - figures (counts, percentages): the target due by the quarter and the realisation up to it,
 *   aggregated as core decides for the row (inferAgregasi.ts: a sum, the latest state — a `-` or
 *   blank carries the last state forward — or the mean); positive polarity R/T, negative 2 − R/T,
 *   never below 0; a target of 0 asks for nothing (positive) or for at most 0 (negative); a
 *   realisation above 1 against percentage targets is read as points (80 → 80%);
 * - stages and grades (LAMPIRAN I's `Draft → Naskah final → Mon ev`, `WTP`, `BB`): ranks on their
 *   ladder, reached → 100%, else rank / rank;
 * - Status: nothing due (every target up to the quarter blank or 0) → *Belum jatuh tempo*, or
 *   *Tercapai lebih awal* when the realisation already meets the year's target; due without a
 *   realisation → *Tidak ada data*; else *Tercapai* from 100%, *Belum tercapai* below.
 * Simpler than core where a formula cannot follow it: a due output whose latest due quarter has no
 * realisation but an earlier one does counts that earlier one (core may say *Tidak ada data*);
 * progress (%) is not used. Rows a formula cannot read (bounds `>64`, ranges, scores with grades,
 * ticks, unreadable targets) get no formula: their cells say so, and the add-in's summary computes them.
 * Targets are referenced where the cell holds the very number core reads (so a corrected target
 * counts); otherwise (`100 %` as text, `3,7`) core's reading is written as a constant.
 */
import { inferAgregasi } from '../attainment/inferAgregasi';
import type { Series } from '../attainment/series';
import type { Agregasi, Polaritas } from '../attainment/types';
import { ladder, type LadderName } from '../values/ladders';
import type { ParsedValue } from '../values/parseValue';
import { formulaNumber } from '../plan/comparison';
import { formulaText } from '../plan/formula';
import { STATUS_TEXT, tabText } from '../summary/texts';
import type { Status } from '../attainment/types';

/** A target of the year: its last quarter, what core read, and the cell it sits in (A1, relative). */
export interface TargetCell {
  to: number;
  value: ParsedValue;
  /** The cell holds exactly `value`'s number (not text, not a figure the percent convention read otherwise). */
  ref?: string;
}

/** What a row's formulas need: its series (for the aggregation), the year's targets, the realisation cells per quarter up to the chosen one. */
export interface RowInput {
  series: Series;
  targets: TargetCell[];
  /** Realisation cells (A1) of quarters 1..quarter, in order; a quarter without a column is left out. */
  realisations: { quarter: number; ref: string }[];
  quarter: number;
  /** The row's Capaian cell (A1), which Status reads. */
  capaianRef: string;
}

export type RowFormulas =
  | { kind: 'formulas'; capaian: string; status: string }
  /** No target in the year: nothing to compute, nothing due. */
  | { kind: 'not-due' }
  /** Targets a formula cannot read: core's summary computes the row. */
  | { kind: 'unsupported' };

/** Capaian at or above this counts as reached (core's REACHED: absorbs float noise). */
const REACHED = '0.999999999';

/** The status texts as the summary tab writes them. */
export function statusText(status: Status): string {
  return tabText(STATUS_TEXT[status]);
}

/** `IF(ISNUMBER(a),a,IF(ISNUMBER(b),b,…))`: the latest of `exprs` (latest last) that is a number; a constant ends the chain. */
function latestNumber(exprs: readonly { expr: string; constant: boolean }[], otherwise: string): string {
  let out = otherwise;
  for (const e of exprs) out = e.constant ? e.expr : `IF(ISNUMBER(${e.expr}),${e.expr},${out})`;
  return out;
}

/** The rank of a rung named in cell `ref` on `name`'s ladder (its canonical labels, any case), 0 for anything else. */
function rankOf(ref: string, name: LadderName): string {
  let out = '0';
  for (const rung of [...ladder(name).rungs].reverse()) out = `IF(TRIM(${ref})=${formulaText(rung.label)},${rung.rank},${out})`;
  return out;
}

/** The year's targets as figures (all numbers, one footing) or as rungs of one ladder, or neither. */
function targetShape(targets: readonly TargetCell[]): { kind: 'number'; percent: boolean } | { kind: 'ladder'; name: LadderName } | undefined {
  const kinds = new Set(targets.map((t) => t.value.kind));
  if (kinds.size !== 1) return undefined;
  const first = targets[0].value;
  if (first.kind === 'number') return { kind: 'number', percent: targets.some((t) => t.value.kind === 'number' && t.value.percent) };
  if (first.kind === 'ordinal' && targets.every((t) => t.value.kind === 'ordinal' && t.value.ladder === first.ladder)) return { kind: 'ladder', name: first.ladder };
  return undefined;
}

/** A target as a formula operand: its cell, or core's reading of it as a constant. */
function targetOperand(t: TargetCell): { expr: string; constant: boolean } {
  if (t.ref) return { expr: t.ref, constant: false };
  const v = t.value;
  if (v.kind === 'number') return { expr: formulaNumber(v.value), constant: true };
  if (v.kind === 'ordinal') return { expr: String(v.rank), constant: true };
  return { expr: '""', constant: true };
}

/** Targets or realisations aggregated as the row's rule says. */
function aggregated(operands: readonly { expr: string; constant: boolean }[], agregasi: Agregasi): string {
  const list = operands.map((o) => o.expr).join(',');
  if (agregasi === 'kumulatif') return `SUM(${list})`;
  if (agregasi === 'rata-rata') return `AVERAGE(${list})`;
  return latestNumber(operands, '""');
}

/** Capaian of realisation `r` against target `t` (both numbers), as capaian.ts computes it for figures. */
function ratio(t: string, r: string, polaritas: Polaritas): string {
  return polaritas === 'negatif' ? `IF(${t}=0,IF(${r}<=0,1,0),MAX(0,2-${r}/${t}))` : `IF(${t}=0,IF(${r}>=0,1,0),MAX(0,${r}/${t}))`;
}

/** The row's Capaian and Status formulas for the quarter, or why it has none. */
export function rowFormulas(input: RowInput): RowFormulas {
  const { series, targets, quarter } = input;
  const present = targets.filter((t) => t.value.kind !== 'empty' && t.value.kind !== 'none');
  if (present.length === 0) return { kind: 'not-due' };
  const shape = targetShape(present);
  if (!shape) return { kind: 'unsupported' };
  const { agregasi } = shape.kind === 'ladder' ? { agregasi: 'nilai-akhir' as Agregasi } : inferAgregasi(series);
  const polaritas: Polaritas = shape.kind === 'number' ? (series.polaritas ?? 'positif') : 'positif';
  const due = present.filter((t) => t.to <= quarter);
  const reals = input.realisations.filter((r) => r.quarter <= quarter);

  let hasData: string;
  let real: string;
  let target: (list: readonly TargetCell[]) => string;
  let capaianOf: (t: string) => string;
  if (shape.kind === 'ladder') {
    const ranks = reals.map((r) => rankOf(r.ref, shape.name));
    // The highest rung reached so far: a stage once reached stays reached.
    real = ranks.length === 0 ? '0' : ranks.length === 1 ? ranks[0] : `MAX(${ranks.join(',')})`;
    hasData = `${real}>0`;
    target = (list) => latestNumber(list.map(targetOperand), '0');
    capaianOf = (t) => `IF(${real}>=${t},1,${real}/${t})`;
  } else {
    const cells = reals.map((r) => ({ expr: r.ref, constant: false }));
    hasData = cells.length === 0 ? 'FALSE' : `COUNT(${cells.map((c) => c.expr).join(',')})>0`;
    const raw = cells.length === 0 ? '0' : aggregated(cells, agregasi);
    // Percentage targets: a realisation typed as points (80) is 80%.
    real = shape.percent ? `IF(${raw}>1,${raw}/100,${raw})` : raw;
    target = (list) => aggregated(list.map(targetOperand), agregasi);
    capaianOf = (t) => ratio(t, real, polaritas);
  }
  const dueTarget = due.length ? target(due) : '""';
  const yearTarget = target(present);
  // Nothing due: no target up to the quarter, or a 0 where more is better (a ladder's rank is never 0).
  const isDue = due.length === 0 ? 'FALSE' : polaritas === 'positif' ? `AND(ISNUMBER(${dueTarget}),${dueTarget}<>0)` : `ISNUMBER(${dueTarget})`;
  const early = yearTarget === '""' ? '""' : `IF(${capaianOf(yearTarget)}>=${REACHED},${capaianOf(yearTarget)},"")`;
  const capaian = `IFERROR(IF(${hasData},IF(${isDue},${due.length ? capaianOf(dueTarget) : '""'},${early}),""),"")`;
  const c = input.capaianRef;
  const status =
    due.length === 0
      ? `IF(ISNUMBER(${c}),${formulaText(statusText('tercapai-lebih-awal'))},${formulaText(statusText('belum-jatuh-tempo'))})`
      : `IF(${isDue},IF(ISNUMBER(${c}),IF(${c}>=${REACHED},${formulaText(statusText('tercapai'))},${formulaText(statusText('belum-tercapai'))}),${formulaText(statusText('tidak-ada-data'))}),IF(ISNUMBER(${c}),${formulaText(statusText('tercapai-lebih-awal'))},${formulaText(statusText('belum-jatuh-tempo'))}))`;
  return { kind: 'formulas', capaian, status: `IFERROR(${status},"")` };
}
