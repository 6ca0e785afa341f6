import { cellAt, cellText, gridWidth, MergeIndex, type Grid } from '../grid';
import { headerCells, labelCell, type LabelCell } from './headerCells';
import { labelMatcher } from './labelMatcher';
import { labelTable, type LabelTable } from './labelTable';
import { labelKey, normalizeLabel } from './normalizeLabel';
import { readPeriod, type Measure, type PeriodReading } from './periodColumn';
import { periodKey, yearOfLabel } from './periodLabel';
import { LAYOUTS } from './index';
import type { ColumnKey, DeclaredKey, PeriodKey } from './columnKey';
import type { ColumnDef, LayoutDef } from './schema';

export type { Measure };

/** A column holding a target, a baseline or a realisation for a period. */
export interface PeriodColumn {
  index: number;
  /** Column key: `tw1`, `tahun2024`, `target2023`; a realisation's is `realisasi_` + its slot. */
  key: PeriodKey;
  /** The period itself, the same for a target and its realisation: `tw1`, `tahun2024`, `2023`. */
  slot: string;
  label: string;
  year?: number;
  from: number;
  to: number;
  wholeYear: boolean;
  measure: Measure;
}

/**
 * A recognised column. Its label is the lowest text of the header in that column; `path` holds the
 * labels above it, outermost first (`Target Penyelesaian (Kumulatif)` › `2026` › `TW I`), `parent`
 * the nearest of them. The same child under two parents (`Triwulan I` › `Kendala`,
 * `Triwulan II` › `Kendala`) is two columns with two paths.
 */
export interface HeaderColumn {
  index: number;
  key: ColumnKey;
  label: string;
  parent: string;
  path: string[];
  /** The grid row the label is written in. */
  row: number;
  def?: ColumnDef;
  period?: PeriodColumn;
}

/** A labelled column the header has but does not read, or reads twice. */
export interface UnreadColumn {
  index: number;
  label: string;
  path: string[];
  row: number;
}

/** Where the header is and what each column means. Rows are 0-based grid rows. */
export interface Header {
  layout: LayoutDef;
  firstRow: number;
  /** The last row of the header: its column-number row when it has one. */
  lastRow: number;
  columns: HeaderColumn[];
  /** Column index per canonical key. */
  keyIndex: Map<ColumnKey, number>;
  /** Target (and baseline) columns in time order. */
  periods: PeriodColumn[];
  /** Realisation columns in time order (`Realisasi` › `TW 1`, `Realisasi TW 1`, `Realisasi 2023`). */
  realisations: PeriodColumn[];
  /** Labelled columns no layout column matches (kept, reported as `extra-label`). */
  extras: UnreadColumn[];
  /** Columns whose meaning another column already has (`duplicate-label`). */
  duplicates: (UnreadColumn & { key: ColumnKey })[];
  /** Required columns that are absent (`missing-label`); for a choice of columns, the first of them. */
  missing: ColumnDef[];
  /** First year of the plan (the year TW 1–4 belong to), when the header tells. */
  planYear?: number;
  /** The key of the column holding the action (Rencana Aksi, else Sub Kegiatan or Kegiatan), when there is one. */
  action?: DeclaredKey;
  /** The row of column numbers (`(1) (2) …`) that closes the header, when there is one. */
  numberRow?: number;
  /** Squashed labels of each header row, for spotting page-break copies. */
  labelRows: string[][];
}

/** What the reader made of the likeliest header rows when it found no header it could use: for the message that says so. */
export interface HeaderGuess {
  firstRow: number;
  lastRow: number;
  /** Labels a layout recognised (columns and periods). */
  recognised: string[];
  /** Labels no layout recognised. */
  unrecognised: string[];
}

/** How far down a header is looked for: title blocks are short. */
const SEARCH_ROWS = 40;
/** A header is one to four rows tall (spacer rows that vertical merges leave included). */
export const MAX_HEADER_ROWS = 4;
/**
 * How far right a header is looked for. Road-map matrices have 15–40 columns, 60 or so with a
 * monitoring block per quarter; a sheet whose used range runs to column XFD (a stray format) must
 * not cost 16,384 label reads per candidate row.
 */
const SEARCH_COLUMNS = 512;
/** Periods that still tell one layout from another: two years of quarters. More say nothing more. */
const COUNTED_PERIODS = 8;
/** Points a recognised declared column is worth; a missing required column costs more than one brings. */
const DECLARED_POINTS = 2;
const MISSING_POINTS = 3;

/**
 * How well a candidate header fits a layout, in points:
 * - `DECLARED_POINTS` (2) for each declared column the layout's vocabulary recognises: the strongest sign;
 * - 1 for each period column, up to `COUNTED_PERIODS`: periods tell one layout from another, many say no more;
 * - −1 for each duplicate: a label read twice suggests the wrong layout or the wrong rows;
 * - −1 for each column under a parent label the layout does not know: a title row taken for a
 *   header row makes every column one, so the header below it wins;
 * - −`MISSING_POINTS` (3) for each column the layout requires and the header lacks (periods included
 *   where the layout needs them): more than a column brings, so a layout that finds everything it
 *   needs (a road map without Satuan) beats one that recognises a column more but lacks two.
 * Ties go to the candidate with fewer header rows (a title row above the header adds nothing), then
 * to the one found first: the upper rows, then the layout listed first in `LAYOUTS`.
 */
function headerScore(counts: { declared: number; periods: number; duplicates: number; strayParents: number; missing: number }): number {
  return counts.declared * DECLARED_POINTS + Math.min(counts.periods, COUNTED_PERIODS) - counts.duplicates - counts.strayParents - counts.missing * MISSING_POINTS;
}

/**
 * Finds the header of the matrix in a grid: which rows, which layout, which column is which.
 * Returns `undefined` when nothing looks like a known matrix header.
 */
export function detectHeader(grid: Grid, merges = new MergeIndex(grid.merges)): Header | undefined {
  return searchHeader(grid, merges).header;
}

interface Candidate {
  header: Header;
  score: number;
  /** Label rows (spacers left out), for the tie rule. */
  height: number;
  accepted: boolean;
}

/**
 * Tries every start row in the first `SEARCH_ROWS` rows and every height of 1 to `MAX_HEADER_ROWS`
 * rows against every layout, and keeps the best (see `headerScore`). A blank row inside the header
 * (the spacer a vertical merge leaves) is skipped; a row of column numbers right below it (after at
 * most one blank row) is taken into the header. Without a header, `guess` says what the likeliest
 * rows held.
 */
export function searchHeader(grid: Grid, merges = new MergeIndex(grid.merges)): { header?: Header; guess?: HeaderGuess } {
  const width = Math.min(gridWidth(grid), SEARCH_COLUMNS);
  const table = labelTable(grid, merges, Math.min(grid.values.length, SEARCH_ROWS + MAX_HEADER_ROWS + 2), width);
  const starts = Math.min(table.rows, SEARCH_ROWS);
  // A header opens and closes with rows that hold some word of the layouts' vocabulary: rows of
  // data and titles are not tried, which is what keeps the search cheap.
  const speaks = table.text.map((texts) => texts.some(isVocabulary));
  let best: Candidate | undefined;
  let likeliest: Candidate | undefined;
  for (let row = 0; row < starts; row++) {
    if (!table.hasText[row] || table.numbers[row] || !speaks[row]) continue;
    for (let height = 1; height <= MAX_HEADER_ROWS && row + height <= table.rows; height++) {
      const last = row + height - 1;
      if (table.numbers[last]) break; // the column numbers close a header; they are no labels
      if (table.blank[last] || !speaks[last]) continue; // a spacer: a taller header may still end below it
      const rows: number[] = [];
      for (let r = row; r <= last; r++) if (!table.blank[r]) rows.push(r);
      const cells = headerCells(table, rows);
      for (const layout of LAYOUTS) {
        const candidate = matchLayout(layout, cells, row, last, rows.length);
        if (!candidate) continue;
        if (candidate.accepted && better(candidate, best)) best = candidate;
        if (likelier(candidate, likeliest)) likeliest = candidate;
      }
    }
  }
  if (!best) return { guess: guessOf(table, likeliest) };
  const header = best.header;
  closeWithNumbers(table, header);
  for (let r = header.firstRow; r <= header.lastRow; r++) {
    const labels: string[] = [];
    for (let c = 0; c < width; c++) labels.push(labelKey(cellText(cellAt(grid, r, c))));
    header.labelRows.push(labels);
  }
  return { header };
}

const vocabulary = new Map<string, boolean>();

/** Whether a header text is a word some layout knows: a column label, a known parent, or a period. */
function isVocabulary(text: string): boolean {
  if (text === '') return false;
  let known = vocabulary.get(text);
  if (known === undefined) {
    const cell = labelCell(0, text, [], 0);
    known = LAYOUTS.some((layout) => {
      const matcher = labelMatcher(layout);
      return matcher.candidates(cell).length > 0 || matcher.knowsParent(cell.key, text);
    }) || readPeriod(cell, NO_PARENTS, true) !== undefined || BARE_QUARTERS.test(cell.normal);
    if (vocabulary.size < 20000) vocabulary.set(text, known);
  }
  return known;
}

const NO_PARENTS: ReadonlySet<string> = new Set();
const BARE_QUARTERS = /^(?:i|ii|iii|iv)$/;

function better(a: Candidate, b: Candidate | undefined): boolean {
  return !b || a.score > b.score || (a.score === b.score && a.height < b.height);
}

/** For the message when no header is found: the rows where most labels were recognised, then where most labels stand. */
function likelier(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  const labelled = (c: Candidate) => c.header.columns.length + c.header.extras.length + c.header.duplicates.length;
  return a.header.columns.length > b.header.columns.length || (a.header.columns.length === b.header.columns.length && labelled(a) > labelled(b));
}

/** A row of column numbers right below the header (after at most one blank row) belongs to it. */
function closeWithNumbers(table: LabelTable, header: Header): void {
  const next = header.lastRow + 1;
  const at = table.numbers[next] ? next : table.blank[next] && table.numbers[next + 1] ? next + 1 : undefined;
  if (at === undefined) return;
  header.lastRow = at;
  header.numberRow = at;
}

/** The likeliest rows of a header that was not found: the best-scoring candidate, else the first row with several texts. */
function guessOf(table: LabelTable, likeliest: Candidate | undefined): HeaderGuess | undefined {
  if (likeliest && likeliest.header.columns.length > 0) {
    const h = likeliest.header;
    return {
      firstRow: h.firstRow,
      lastRow: h.lastRow,
      recognised: h.columns.map((c) => c.label),
      unrecognised: [...h.extras, ...h.duplicates].sort((a, b) => a.index - b.index).map((e) => e.label),
    };
  }
  for (let r = 0; r < Math.min(table.rows, SEARCH_ROWS); r++) {
    const texts = table.text[r].filter((t, c) => t !== '' && !table.covered[r][c]);
    if (texts.length >= 2) return { firstRow: r, lastRow: r, recognised: [], unrecognised: texts };
  }
  return undefined;
}

interface PeriodCell extends PeriodReading {
  cell: LabelCell;
}

function matchLayout(layout: LayoutDef, cells: LabelCell[], firstRow: number, lastRow: number, height: number): Candidate | undefined {
  const matcher = labelMatcher(layout);
  const taken = new Map<ColumnKey, number>();
  const columns: HeaderColumn[] = [];
  const extras: Header['extras'] = [];
  const duplicates: Header['duplicates'] = [];
  const periodCells: PeriodCell[] = [];
  const periodParents = periodParentKeys(layout);
  let ruledOut = false;
  let strayParents = 0;
  const unread = (cell: LabelCell): UnreadColumn => ({ index: cell.index, label: cell.label, path: cell.path, row: cell.row });

  for (const cell of cells) {
    if (cell.label === '') continue;
    if (matcher.rulesOut(cell)) ruledOut = true;
    if (cell.path.length > 0 && !cell.pathKeys.every((k, i) => matcher.knowsParent(k, cell.path[i]))) strayParents++;
    // A label matches the columns that accept it where it stands (under a parent they allow), or
    // anywhere when it stands alone; the first of them not read yet takes it.
    const fitting = matcher.candidates(cell).filter((d) => cell.path.length === 0 || matcher.parentFits(d, cell));
    const def = fitting.find((d) => !taken.has(d.key));
    if (def) {
      taken.set(def.key, cell.index);
      columns.push({ index: cell.index, key: def.key, label: cell.label, parent: cell.parent, path: cell.path, row: cell.row, def });
      continue;
    }
    if (fitting.length > 0) {
      duplicates.push({ ...unread(cell), key: fitting[0].key });
      continue;
    }
    const period = readPeriod(cell, periodParents, layout.kind === 'indikator');
    if (period) {
      periodCells.push({ cell, ...period });
      continue;
    }
    extras.push(unread(cell));
  }

  if (!layout.anchors.some((k) => taken.has(k)) && periodCells.length === 0) return undefined;

  const planYear = findPlanYear(periodCells.filter((p) => p.measure === 'target'), columns);
  const periods: PeriodColumn[] = [];
  const realisations: PeriodColumn[] = [];
  const periodKeys = new Set<ColumnKey>();
  // Targets first, so a realisation without a year of its own can take the year of its target
  // (LAMPIRAN I's `TW I-III` sits under a `2024` parent; its realisation under a plain `Realisasi`).
  const targetCells = periodCells.filter((p) => p.measure !== 'realisasi');
  const sameQuarters = (a: { from: number; to: number; wholeYear: boolean }, b: typeof a) => a.from === b.from && a.to === b.to && a.wholeYear === b.wholeYear;
  for (const p of [...targetCells, ...periodCells.filter((c) => c.measure === 'realisasi')]) {
    if (p.measure === 'realisasi' && p.year === undefined) {
      const twins = targetCells.filter((t) => sameQuarters(t, p));
      if (twins.length === 1 && twins[0].year !== undefined) p.year = twins[0].year;
    }
    const year = p.year ?? (p.wholeYear ? undefined : planYear);
    const { slot, key } = periodSlot(layout, p, year, planYear);
    if (periodKeys.has(key) || taken.has(key)) {
      duplicates.push({ index: p.cell.index, label: p.cell.label, path: p.cell.path, row: p.cell.row, key });
      continue;
    }
    periodKeys.add(key);
    const period: PeriodColumn = { index: p.cell.index, key, slot, label: p.cell.label, year, from: p.from, to: p.to, wholeYear: p.wholeYear, measure: p.measure };
    (p.measure === 'realisasi' ? realisations : periods).push(period);
    columns.push({ index: p.cell.index, key, label: p.cell.label, parent: p.cell.parent, path: p.cell.path, row: p.cell.row, period });
  }
  const inTimeOrder = (a: PeriodColumn, b: PeriodColumn) => (a.year ?? planYear ?? 0) - (b.year ?? planYear ?? 0) || a.from - b.from || a.to - b.to;
  periods.sort(inTimeOrder);
  realisations.sort(inTimeOrder);
  columns.sort((a, b) => a.index - b.index);

  const keyIndex = new Map<ColumnKey, number>();
  for (const c of columns) keyIndex.set(c.key, c.index);
  const missing = missingColumns(layout, taken);
  const lacksPeriods = layout.needsPeriods && !periods.some((p) => p.measure === 'target');
  const accepted =
    !ruledOut &&
    layout.anchors.some((k) => taken.has(k)) &&
    taken.size + periodCells.length >= layout.minColumns &&
    (layout.kind !== 'indikator' || periodCells.length > 0);
  const action = layout.actions.find((k) => taken.has(k));
  const score = headerScore({ declared: taken.size, periods: periods.length, duplicates: duplicates.length, strayParents, missing: missing.length + (lacksPeriods ? 1 : 0) });
  return {
    score,
    height,
    accepted,
    header: { layout, firstRow, lastRow, columns, keyIndex, periods, realisations, extras, duplicates, missing, planYear, action, labelRows: [] },
  };
}

/** The columns a layout requires that were not found; of a choice of columns, the first names it. */
function missingColumns(layout: LayoutDef, taken: Map<ColumnKey, number>): ColumnDef[] {
  const missing: ColumnDef[] = [];
  for (const entry of layout.requires) {
    const keys = Array.isArray(entry) ? entry : [entry];
    if (keys.some((k) => taken.has(k))) continue;
    const def = layout.columns.find((c) => c.key === keys[0]);
    if (def) missing.push(def);
  }
  return missing;
}

const parentKeys = new WeakMap<LayoutDef, Set<string>>();

function periodParentKeys(layout: LayoutDef): Set<string> {
  let keys = parentKeys.get(layout);
  if (!keys) parentKeys.set(layout, (keys = new Set(layout.periodParents.map(labelKey))));
  return keys;
}

/**
 * The key of a period column. Action plans: `tw1` … `tw4` for the plan year, `tw1-3_2024` and
 * `tahun2024` for others, `realisasi_` + that for a realisation. Indicator tables: `target2023`,
 * `baseline2022`, `realisasi_2023` for years, `tw1_2025` for quarters. A baseline: `baseline2022`,
 * or `baseline` without a year.
 */
function periodSlot(layout: LayoutDef, p: PeriodReading, year: number | undefined, planYear: number | undefined): { slot: string; key: PeriodKey } {
  if (p.measure === 'baseline') {
    const slot = layout.kind === 'indikator' ? String(p.year ?? '') : `baseline${p.year ?? ''}`;
    return { slot, key: (layout.kind === 'indikator' ? `baseline${slot}` : slot) as PeriodKey };
  }
  const quarters = !p.wholeYear;
  const slot =
    layout.kind === 'indikator'
      ? quarters
        ? `${p.from === p.to ? `tw${p.from}` : `tw${p.from}-${p.to}`}${p.year ? `_${p.year}` : ''}`
        : String(p.year ?? '')
      : periodKey({ from: p.from, to: p.to, wholeYear: p.wholeYear, year }, planYear);
  if (p.measure === 'realisasi') return { slot, key: `realisasi_${slot}` as PeriodKey };
  return { slot, key: (layout.kind === 'indikator' && !quarters ? `target${slot}` : slot) as PeriodKey };
}

function findPlanYear(periods: { year?: number; wholeYear: boolean }[], columns: HeaderColumn[]): number | undefined {
  const quarterYears = periods.filter((p) => !p.wholeYear && p.year !== undefined).map((p) => p.year as number);
  if (quarterYears.length) return Math.min(...quarterYears);
  for (const c of columns) {
    if (c.def?.role === 'group' && /^target/i.test(normalizeLabel(c.label))) {
      const y = yearOfLabel(c.label);
      if (y) return y;
    }
  }
  const wholeYears = periods.filter((p) => p.wholeYear && p.year !== undefined).map((p) => p.year as number);
  const hasQuarters = periods.some((p) => !p.wholeYear);
  if (wholeYears.length && hasQuarters) return Math.min(...wholeYears) - 1;
  return undefined;
}
