import type { LabelCell } from './headerCells';
import { labelVariants } from './labelMatcher';
import { blockChildOf, type BlockRole } from './monitoringBlock';
import { normalizeLabel } from './normalizeLabel';
import { parsePeriodLabel, yearOfLabel, type PeriodLabel } from './periodLabel';

/**
 * What a period column holds: a target, a baseline, or one of a monitoring block's children
 * (monitoringBlock.ts): the realisation, the progress, or the period's notes (Kendala, Tindak
 * Lanjut, Bukti Dukung, Catatan Evaluator).
 */
export type Measure = 'target' | 'baseline' | BlockRole;

/** What a period header says: the quarters it covers, its year when the header names one, and what it measures. */
export interface PeriodReading {
  from: number;
  to: number;
  wholeYear: boolean;
  year?: number;
  measure: Measure;
  /** The header text that says the targets are cumulative (`Target Penyelesaian (Kumulatif)`), for a target. */
  cumulative?: string;
}

/** Words that open a realisation (`Realisasi`, `Real.`, `Hasil Tahun 2025`), a progress (`Progres TW 1`), a baseline (`Baseline`, `Kondisi Awal`) or a target. */
const MEASURES: [RegExp, Measure][] = [
  [/^(?:capaian progres|capaian progress|persentase progres|progres|progress)(?=\s|$)\s*/, 'progres'],
  [/^(?:realisasi capaian|capaian realisasi|realisasi|real\.?|hasil)(?=\s|$)\s*/, 'realisasi'],
  [/^(?:baseline|base line|kondisi awal|kondisi eksisting|capaian awal|data awal|tahun dasar)(?=\s|$)\s*/, 'baseline'],
  [/^target(?=\s|$)\s*/, 'target'],
];
/** A parent that names quarters (`Triwulan`, `Target Triwulan 2023`, `TW`), whose children may be bare `I`…`IV`. */
const QUARTER_PARENT = /\b(triwulan|tw|trw|kuartal|quarter)\b/;
const BARE_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function measureWord(normal: string): { measure: Measure; rest: string } | undefined {
  for (const [pattern, measure] of MEASURES) {
    const m = pattern.exec(normal);
    if (m) return { measure, rest: normal.slice(m[0].length) };
  }
  return undefined;
}

/**
 * Reads a header cell as a period column, or `undefined`. The label gives the period (`TW 1`,
 * `Triwulan I 2026`, `Tahun 2024`, `2024`, or a bare `I`…`IV` under a `Triwulan` parent) and may open
 * with what it measures (`Realisasi TW 1`, `Hasil Tahun 2025`, `Target Tahun 2026`, `Kondisi Awal`);
 * otherwise the nearest parent that says so decides (`Realisasi` › `TW 1`). The year is the label's,
 * else the nearest parent's (`2026` › `TW I`).
 *
 * A target needs a reason to be one: a `Target…` word in the label or above it, a parent the layout
 * names (`Target Penyelesaian`, `Tahun Pelaksanaan`, `Jadwal`), a parent naming quarters or a year,
 * or a label that is plainly a period on its own (`TW 1`, `Tahun 2024`; a bare `2024` only where
 * `bareYears` says so: the year columns of an indicator table).
 */
export function readPeriod(cell: LabelCell, periodParents: ReadonlySet<string>, bareYears = false): PeriodReading | undefined {
  const own = measureWord(cell.normal);
  const parents = cell.path.map(normalizeLabel).reverse(); // nearest first
  let measure = own?.measure;
  if (!measure) for (const p of parents) if ((measure = measureWord(p)?.measure)) break;
  // `Kondisi Awal (2020)`, `Target (2026)`: brackets around the period say nothing more.
  const text = (own ? own.rest : cell.normal).replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ').trim();

  let period: { from: number; to: number; wholeYear: boolean; year?: number } | undefined;
  const bare = BARE_QUARTER[text];
  if (bare !== undefined && parents.some((p) => QUARTER_PARENT.test(p) || measureWord(p)?.measure === 'realisasi')) period = { from: bare, to: bare, wholeYear: false };
  else if (text === '' && own?.measure === 'baseline') period = { from: 1, to: 4, wholeYear: true };
  else if (text === '' && own) {
    // `2025` › `Target` | `Realisasi`, `TW I` › `Target` | `Realisasi`: the period is the parent's.
    for (const p of parents) if ((period = parsePeriodLabel(p))) break;
  } else period = parsePeriodLabel(text);
  if (!period) return undefined;

  let year = period.year;
  if (year === undefined) {
    for (const p of parents) {
      year = yearOfLabel(p);
      if (year !== undefined) break;
    }
  }
  if (year === undefined && own?.measure === 'baseline') year = yearOfLabel(cell.normal);

  if (!measure) {
    const reasoned =
      cell.pathKeys.some((k) => periodParents.has(k)) ||
      parents.some((p) => /^target\b/.test(p) || QUARTER_PARENT.test(p) || yearOfLabel(p) !== undefined) ||
      (cell.path.length === 0 && (bareYears || !/^\d{4}$/.test(text)));
    if (!reasoned) return undefined;
    measure = 'target';
  }
  const reading: PeriodReading = { from: period.from, to: period.to, wholeYear: period.wholeYear, year, measure };
  const cumulative = measure === 'target' ? cumulativeOf(cell) : undefined;
  if (cumulative !== undefined) reading.cumulative = cumulative;
  return reading;
}

/** A header that says its targets are states reached by each period, not amounts per period. */
const CUMULATIVE = /\bkumulatif\b/;

/** The label of a target cell, or one above it, that says the targets are cumulative (`Target Penyelesaian (Kumulatif)`). */
export function cumulativeOf(cell: LabelCell): string | undefined {
  return [...cell.path, cell.label].find((t) => CUMULATIVE.test(normalizeLabel(t)))?.replace(/\s+/g, ' ').trim();
}

/**
 * Reads a header cell as a child of a monitoring block (monitoringBlock.ts): a label the block
 * knows (`Capaian Output`, `Kendala`, `Solusi`, `Link Bukti Dukung`) under a parent naming a period
 * (`Triwulan I`, `TW I`, `Q1`, `Triwulan 1 2025`, `Tahun 2024`, or a bare `I` under `Triwulan`).
 * The nearest such parent gives the period, any parent the year. `rank` orders the child's labels
 * (`Realisasi` before `Capaian` in one block). `undefined` for anything else.
 */
export function readBlockCell(cell: LabelCell): (PeriodReading & { rank: number }) | undefined {
  if (cell.path.length === 0) return undefined;
  const named = blockChildOf(labelVariants(cell.label, cell.key));
  if (!named) return undefined;
  const parents = cell.path.map(normalizeLabel).reverse(); // nearest first
  let period: PeriodLabel | undefined;
  for (let i = 0; i < parents.length && !period; i++) {
    const p = parents[i];
    const bare = BARE_QUARTER[p];
    if (bare !== undefined && parents.slice(i + 1).some((q) => QUARTER_PARENT.test(q))) period = { from: bare, to: bare, wholeYear: false };
    else period = parsePeriodLabel(measureWord(p)?.rest ?? p) ?? parsePeriodLabel(p);
  }
  if (!period) return undefined;
  const year = period.year ?? parents.map(yearOfLabel).find((y) => y !== undefined);
  return { from: period.from, to: period.to, wholeYear: period.wholeYear, year, measure: named.child.role, rank: named.rank };
}
