import { cellAt, cellText, gridWidth, MergeIndex, type Grid } from '../grid';
import { assembleHeader, type PeriodCell } from './assembleHeader';
import type { ColumnKey } from './columnKey';
import type { Header, HeaderGuess, UnreadColumn } from './header';
import { headerCells, labelCell, type LabelCell } from './headerCells';
import { labelMatcher, labelVariants } from './labelMatcher';
import { labelTable, type LabelTable } from './labelTable';
import { labelKey } from './normalizeLabel';
import { blockChildOf } from './monitoringBlock';
import { readBlockCell, readPeriod } from './periodColumn';
import { LAYOUTS } from './index';
import type { ColumnDef, LayoutDef } from './schema';
import { isResultLabel } from './resultColumn';

export type * from './header';

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
 * - 1 for each period column, up to `COUNTED_PERIODS`, and as much for realisation columns: periods
 *   tell one layout from another (and a header row of `Target | Realisasi` under years from data), many say no more;
 * - −1 for each duplicate: a label read twice suggests the wrong layout or the wrong rows;
 * - −1 for each column under a parent label the layout does not know: a title row taken for a
 *   header row makes every column one, so the header below it wins;
 * - −`MISSING_POINTS` (3) for each column the layout requires and the header lacks (periods included
 *   where the layout needs them): more than a column brings, so a layout that finds everything it
 *   needs (a road map without Satuan) beats one that recognises a column more but lacks two.
 * Ties go to the candidate with fewer header rows (a title row above the header adds nothing), then
 * to the one found first: the upper rows, then the layout listed first in `LAYOUTS`.
 */
function headerScore(counts: { declared: number; periods: number; realisations: number; duplicates: number; strayParents: number; missing: number }): number {
  const periods = Math.min(counts.periods, COUNTED_PERIODS) + Math.min(counts.realisations, COUNTED_PERIODS);
  return counts.declared * DECLARED_POINTS + periods - counts.duplicates - counts.strayParents - counts.missing * MISSING_POINTS;
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
  fillLabelRows(grid, header, width);
  return { header };
}

/** The labelled cells of rows `first`–`last` (0-based) taken as a header, whatever they say. */
export function labelCellsAt(grid: Grid, first: number, last: number, merges = new MergeIndex(grid.merges)): { table: LabelTable; cells: LabelCell[] } | undefined {
  if (first < 0 || last < first || last >= grid.values.length) return undefined;
  const table = labelTable(grid, merges, last + 1, Math.min(gridWidth(grid), SEARCH_COLUMNS));
  const rows: number[] = [];
  for (let r = first; r <= last; r++) if (!table.blank[r] && !table.numbers[r]) rows.push(r);
  if (rows.length === 0) return undefined;
  return { table, cells: headerCells(table, rows) };
}

/** The squashed labels of each header row, for spotting page-break copies of the header. */
export function fillLabelRows(grid: Grid, header: Header, width: number): void {
  for (let r = header.firstRow; r <= header.lastRow; r++) {
    const labels: string[] = [];
    for (let c = 0; c < width; c++) labels.push(labelKey(cellText(cellAt(grid, r, c))));
    header.labelRows.push(labels);
  }
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
    }) || readPeriod(cell, NO_PARENTS, true) !== undefined || BARE_QUARTERS.test(cell.normal) || blockChildOf(labelVariants(text, cell.key)) !== undefined;
    if (vocabulary.size < 20000) vocabulary.set(text, known);
  }
  return known;
}

const NO_PARENTS: ReadonlySet<string> = new Set();
const BARE_QUARTERS = /^(?:i|ii|iii|iv)$/;

/**
 * What the header would be if it were exactly rows `first`–`last` (0-based): the best layout for
 * those rows, found or not (the column map by hand shows it). `undefined` when no layout recognises
 * a single label there.
 */
export function headerAtRows(grid: Grid, first: number, last: number, merges = new MergeIndex(grid.merges)): Header | undefined {
  const width = Math.min(gridWidth(grid), SEARCH_COLUMNS);
  const at = labelCellsAt(grid, first, last, merges);
  if (!at) return undefined;
  const { table, cells } = at;
  let best: Candidate | undefined;
  for (const layout of LAYOUTS) {
    const candidate = matchLayout(layout, cells, first, last, last - first + 1);
    if (candidate && better(candidate, best)) best = candidate;
  }
  if (!best) return undefined;
  if (table.numbers[last]) best.header.numberRow = last;
  fillLabelRows(grid, best.header, width);
  return best.header;
}

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

/** A header cell no layout column takes, marked when it is the sheet's own quarterly Capaian or Status. */
export function unreadColumn(cell: LabelCell): UnreadColumn {
  const column: UnreadColumn = { index: cell.index, label: cell.label, path: cell.path, row: cell.row };
  if (isResultLabel(cell.label, cell.path)) column.computed = true;
  return column;
}

function matchLayout(layout: LayoutDef, cells: LabelCell[], firstRow: number, lastRow: number, height: number): Candidate | undefined {
  const matcher = labelMatcher(layout);
  const taken = new Map<ColumnKey, number>();
  const declared: { cell: LabelCell; def: ColumnDef }[] = [];
  const extras: Header['extras'] = [];
  const duplicates: Header['duplicates'] = [];
  const periodCells: PeriodCell[] = [];
  const periodParents = periodParentKeys(layout);
  let ruledOut = false;
  let strayParents = 0;

  const blockCells: (PeriodCell & { rank: number })[] = [];
  for (const cell of cells) {
    if (cell.label === '') continue;
    if (matcher.rulesOut(cell)) ruledOut = true;
    // A child of a monitoring block (`Triwulan I` › `Kendala`) is that period's column, whatever else its label could be.
    const child = readBlockCell(cell);
    if (child) {
      blockCells.push({ cell, ...child });
      continue;
    }
    if (cell.path.length > 0 && !cell.pathKeys.every((k, i) => matcher.knowsParent(k, cell.path[i]))) strayParents++;
    // A label matches the columns that accept it where it stands (under a parent they allow), or
    // anywhere when it stands alone; the first of them not read yet takes it.
    const fitting = matcher.candidates(cell).filter((d) => cell.path.length === 0 || matcher.parentFits(d, cell));
    const def = fitting.find((d) => !taken.has(d.key));
    if (def) {
      taken.set(def.key, cell.index);
      declared.push({ cell, def });
      continue;
    }
    if (fitting.length > 0) {
      duplicates.push({ ...unreadColumn(cell), key: fitting[0].key });
      continue;
    }
    const period = readPeriod(cell, periodParents, layout.kind === 'indikator');
    if (period) {
      periodCells.push({ cell, ...period });
      continue;
    }
    extras.push(unreadColumn(cell));
  }
  for (const b of blockCells) {
    // In a block holding `Realisasi` and `Capaian`, the Capaian is the sheet's own ratio: kept, not read.
    const rival = blockCells.find((o) => o !== b && o.measure === b.measure && o.rank < b.rank && o.from === b.from && o.to === b.to && o.wholeYear === b.wholeYear && o.year === b.year);
    if (rival) extras.push(unreadColumn(b.cell));
    else periodCells.push(b);
  }
  extras.sort((x, y) => x.index - y.index);

  if (!layout.anchors.some((k) => taken.has(k)) && periodCells.length === 0) return undefined;
  const header = assembleHeader({ layout, firstRow, lastRow, declared, periods: periodCells, extras, duplicates });
  const lacksPeriods = layout.needsPeriods && !header.periods.some((p) => p.measure === 'target');
  const accepted =
    !ruledOut &&
    layout.anchors.some((k) => taken.has(k)) &&
    taken.size + periodCells.length >= layout.minColumns &&
    (layout.kind !== 'indikator' || periodCells.length > 0);
  const score = headerScore({
    declared: taken.size,
    periods: header.periods.length,
    realisations: header.realisations.length,
    duplicates: header.duplicates.length,
    strayParents,
    missing: header.missing.length + (lacksPeriods ? 1 : 0),
  });
  return { score, height, accepted, header };
}


const parentKeys = new WeakMap<LayoutDef, Set<string>>();

/** A layout's period parents, squashed once. */
export function periodParentKeys(layout: LayoutDef): Set<string> {
  let keys = parentKeys.get(layout);
  if (!keys) parentKeys.set(layout, (keys = new Set(layout.periodParents.map(labelKey))));
  return keys;
}
