import { cellAt, cellText, gridWidth, MergeIndex, type Grid } from '../grid';
import { labelKey, normalizeLabel } from './normalizeLabel';
import { parsePeriodLabel, periodKey, yearOfLabel } from './periodLabel';
import { parseYearColumn } from './yearColumn';
import { LAYOUTS } from './index';
import type { ColumnKey, PeriodKey } from './columnKey';
import type { ColumnDef, LayoutDef } from './schema';

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

export type Measure = 'target' | 'baseline' | 'realisasi';

export interface HeaderColumn {
  index: number;
  key: ColumnKey;
  label: string;
  parent: string;
  def?: ColumnDef;
  period?: PeriodColumn;
}

/** Where the header is and what each column means. Rows are 0-based grid rows. */
export interface Header {
  layout: LayoutDef;
  firstRow: number;
  lastRow: number;
  columns: HeaderColumn[];
  /** Column index per canonical key. */
  keyIndex: Map<ColumnKey, number>;
  /** Target (and baseline) columns in time order. */
  periods: PeriodColumn[];
  /** Realisation columns in time order (`Realisasi` › `TW 1`, `Realisasi TW 1`, `Realisasi 2023`). */
  realisations: PeriodColumn[];
  /** Labelled columns no layout column matches (kept, reported as `extra-label`). */
  extras: { index: number; label: string }[];
  /** Columns whose meaning another column already has (`duplicate-label`). */
  duplicates: { index: number; label: string; key: ColumnKey }[];
  /** Required columns that are absent (`missing-label`). */
  missing: ColumnDef[];
  /** First year of the plan (the year TW 1–4 belong to), when the header tells. */
  planYear?: number;
  /** Squashed labels of each header row, for spotting page-break copies. */
  labelRows: string[][];
}

/** How far down a header is looked for: title blocks are short. */
const SEARCH_ROWS = 40;
/**
 * How far right a header is looked for. Road-map matrices have 15–40 columns, 60 or so with a
 * monitoring block per quarter; a sheet whose used range runs to column XFD (a stray format) must
 * not cost 16,384 label reads per candidate row.
 */
const SEARCH_COLUMNS = 512;
/** Periods that still tell one layout from another: two years of quarters. More say nothing more. */
const COUNTED_PERIODS = 8;

/**
 * How well a candidate header fits a layout. A declared column the layout's vocabulary recognises
 * is the strongest sign (2 each); period columns count 1 each up to `COUNTED_PERIODS`; a label read
 * twice (a duplicate) suggests the wrong layout or the wrong rows (−1 each). A tie keeps the
 * candidate found first: the upper rows, then the layout listed first in `LAYOUTS`.
 */
function headerScore(declared: number, periods: number, duplicates: number): number {
  return declared * 2 + Math.min(periods, COUNTED_PERIODS) - duplicates;
}

/**
 * Finds the header of the matrix in a grid: which rows, which layout, which column is which.
 * Returns `undefined` when nothing looks like a known matrix header.
 */
export function detectHeader(grid: Grid, merges = new MergeIndex(grid.merges)): Header | undefined {
  const width = Math.min(gridWidth(grid), SEARCH_COLUMNS);
  const last = Math.min(grid.values.length, SEARCH_ROWS);
  let best: { header: Header; score: number } | undefined;
  for (let row = 0; row < last; row++) {
    if (!rowHasText(grid, row, width)) continue;
    for (const height of [1, 2]) {
      if (row + height > grid.values.length) continue;
      const cells = headerCells(grid, merges, row, height, width);
      for (const layout of LAYOUTS) {
        const candidate = matchLayout(layout, cells, row, row + height - 1);
        if (!candidate) continue;
        if (!best || candidate.score > best.score) best = candidate;
      }
    }
  }
  if (!best) return undefined;
  const header = best.header;
  for (let r = header.firstRow; r <= header.lastRow; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(labelKey(cellText(cellAt(grid, r, c))));
    header.labelRows.push(row);
  }
  return header;
}

function rowHasText(grid: Grid, row: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (typeof cellAt(grid, row, c) === 'string' && cellText(cellAt(grid, row, c)) !== '') return true;
  return false;
}

interface LabelCell {
  index: number;
  label: string;
  parent: string;
  /** `labelKey` of label and parent, and the normalised label, computed once. */
  key: string;
  parentKey: string;
  normal: string;
}

function labelCell(index: number, label: string, parent: string): LabelCell {
  return { index, label, parent, key: labelKey(label), parentKey: labelKey(parent), normal: normalizeLabel(label) };
}

/** Label and parent of every column for a header starting at `row`, `height` rows tall. */
function headerCells(grid: Grid, merges: MergeIndex, row: number, height: number, width: number): LabelCell[] {
  const text = (r: number, c: number): string => {
    const owner = merges.ownerOf(r, c);
    // A cell under a horizontally merged parent reads the parent; one under a vertical merge is blank.
    if (owner && owner.row === r) return cellText(cellAt(grid, r, owner.column));
    if (owner) return '';
    return cellText(cellAt(grid, r, c));
  };
  const cells: LabelCell[] = [];
  for (let c = 0; c < width; c++) {
    if (height === 1) {
      cells.push(labelCell(c, text(row, c), ''));
      continue;
    }
    const top = text(row, c);
    const bottom = text(row + 1, c);
    if (bottom === '') {
      cells.push(labelCell(c, top, ''));
      continue;
    }
    let parent = top;
    if (parent === '' && !merges.size) parent = carriedParent(text, row, c);
    cells.push(labelCell(c, bottom, parent));
  }
  return cells;
}

/** Without merge information (CSV), a blank parent cell belongs to the nearest parent on its left that spans children. */
function carriedParent(text: (r: number, c: number) => string, row: number, column: number): string {
  for (let c = column - 1; c >= 0; c--) {
    const top = text(row, c);
    if (top === '') continue;
    return text(row + 1, c) === '' ? '' : top;
  }
  return '';
}

/** A column declaration prepared for matching: label keys squashed and the pattern compiled once. */
interface Matcher {
  keys: Set<string>;
  pattern?: RegExp;
  parents: Set<string>;
}

const matchers = new WeakMap<ColumnDef, Matcher>();

function matcherOf(def: ColumnDef): Matcher {
  let m = matchers.get(def);
  if (!m) {
    m = { keys: new Set(def.labels.map(labelKey)), pattern: def.pattern ? new RegExp(def.pattern) : undefined, parents: new Set(def.parents.map(labelKey)) };
    matchers.set(def, m);
  }
  return m;
}

function defMatches(def: ColumnDef, cell: LabelCell): boolean {
  const m = matcherOf(def);
  return m.keys.has(cell.key) || (m.pattern !== undefined && m.pattern.test(cell.normal));
}

function parentFits(def: ColumnDef, cell: LabelCell): boolean {
  if (def.topLevel) return cell.parent === '';
  const m = matcherOf(def);
  return m.parents.size === 0 || m.parents.has(cell.parentKey);
}

function matchLayout(layout: LayoutDef, cells: LabelCell[], firstRow: number, lastRow: number): { header: Header; score: number } | undefined {
  const taken = new Map<ColumnKey, number>();
  const columns: HeaderColumn[] = [];
  const extras: Header['extras'] = [];
  const duplicates: Header['duplicates'] = [];
  const periodCells: { cell: LabelCell; from: number; to: number; wholeYear: boolean; year?: number; measure: Measure }[] = [];
  const periodParents = new Set(layout.periodParents.map(labelKey));

  for (const cell of cells) {
    if (cell.label === '') continue;
    const candidates = layout.columns.filter((d) => defMatches(d, cell));
    const strict = candidates.find((d) => !taken.has(d.key) && parentFits(d, cell));
    const lenient = cell.parent === '' ? candidates.find((d) => !taken.has(d.key)) : undefined;
    const def = strict ?? lenient;
    if (def) {
      taken.set(def.key, cell.index);
      columns.push({ index: cell.index, key: def.key, label: cell.label, parent: cell.parent, def });
      continue;
    }
    if (candidates.length > 0) {
      duplicates.push({ index: cell.index, label: cell.label, key: candidates[0].key });
      continue;
    }
    const period = layout.kind === 'indikator' ? yearPeriod(cell) : quarterPeriod(cell, periodParents);
    if (period) {
      periodCells.push({ cell, ...period });
      continue;
    }
    extras.push({ index: cell.index, label: cell.label });
  }

  if (!layout.anchors.some((k) => taken.has(k))) return undefined;
  if (taken.size + periodCells.length < layout.minColumns) return undefined;
  if (layout.kind === 'indikator' && periodCells.length === 0) return undefined;

  const planYear = findPlanYear(periodCells.filter((p) => p.measure !== 'realisasi'), columns);
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
    const slot = layout.kind === 'indikator' ? String(p.year ?? '') : periodKey({ from: p.from, to: p.to, wholeYear: p.wholeYear, year }, planYear);
    const key = (p.measure === 'realisasi' ? `realisasi_${slot}` : layout.kind === 'indikator' ? `${p.measure}${slot}` : slot) as PeriodKey;
    if (periodKeys.has(key) || taken.has(key)) {
      duplicates.push({ index: p.cell.index, label: p.cell.label, key });
      continue;
    }
    periodKeys.add(key);
    const period: PeriodColumn = { index: p.cell.index, key, slot, label: p.cell.label, year, from: p.from, to: p.to, wholeYear: p.wholeYear, measure: p.measure };
    (p.measure === 'realisasi' ? realisations : periods).push(period);
    columns.push({ index: p.cell.index, key, label: p.cell.label, parent: p.cell.parent, period });
  }
  const inTimeOrder = (a: PeriodColumn, b: PeriodColumn) => (a.year ?? planYear ?? 0) - (b.year ?? planYear ?? 0) || a.from - b.from || a.to - b.to;
  periods.sort(inTimeOrder);
  realisations.sort(inTimeOrder);
  columns.sort((a, b) => a.index - b.index);

  const keyIndex = new Map<ColumnKey, number>();
  for (const c of columns) keyIndex.set(c.key, c.index);
  const missing = layout.columns.filter((d) => d.required && !taken.has(d.key));
  const labelRows: string[][] = [];
  const score = headerScore(taken.size, periods.length, duplicates.length);
  return {
    score,
    header: { layout, firstRow, lastRow, columns, keyIndex, periods, realisations, extras, duplicates, missing, planYear, labelRows },
  };
}

/** A parent that names quarters (`Triwulan`, `Target Triwulan 2023`, `TW`), whose children may be bare `I`…`IV`. */
const QUARTER_PARENT = /\b(triwulan|tw|trw|kuartal|quarter)\b/;
const BARE_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A parent or label prefix that marks realisation columns: `Realisasi`, `Realisasi 2023`, `Real.`. */
const REALISATION = /^(?:realisasi|real\.?)(?:\s|$)/;

function quarterPeriod(cell: LabelCell, periodParents: Set<string>) {
  const parent = normalizeLabel(cell.parent);
  const bare = BARE_QUARTER[cell.normal];
  if (bare !== undefined && (QUARTER_PARENT.test(parent) || REALISATION.test(parent))) {
    return { from: bare, to: bare, wholeYear: false, year: yearOfLabel(cell.parent), measure: REALISATION.test(parent) ? ('realisasi' as const) : ('target' as const) };
  }
  // `Realisasi TW 1` on its own, or `TW 1` under a `Realisasi` parent.
  const ownPrefix = REALISATION.exec(cell.normal);
  const realisation = ownPrefix !== null || REALISATION.test(parent);
  const label = ownPrefix ? cell.normal.slice(ownPrefix[0].length) : cell.label;
  const p = parsePeriodLabel(label);
  if (!p) return undefined;
  const underTarget = parent === '' || periodParents.has(cell.parentKey) || /^target\b/.test(parent) || QUARTER_PARENT.test(parent);
  if (!underTarget && !realisation) return undefined;
  // A bare year ("2024") is a period only under a target or realisation parent, or as `Realisasi 2024`.
  if (cell.parent === '' && !ownPrefix && /^\d{4}$/.test(label.trim())) return undefined;
  const year = p.year ?? (p.wholeYear ? p.year : yearOfLabel(cell.parent));
  return { from: p.from, to: p.to, wholeYear: p.wholeYear, year, measure: realisation ? ('realisasi' as const) : ('target' as const) };
}

function yearPeriod(cell: LabelCell) {
  const y = parseYearColumn(cell.label);
  if (!y) return undefined;
  const measure = REALISATION.test(normalizeLabel(cell.parent)) ? 'realisasi' : y.measure;
  return { from: 1, to: 4, wholeYear: true, year: y.year, measure };
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
