import { cellAt, cellText, isBlank, MergeIndex, parseAddress, type CellValue, type Grid, type Origin } from '../grid';
import { readColumnMap, type MapReading, type ReadOptions } from '../columnMap/readOptions';
import { detectHeader, type Header } from '../layout/detectHeader';
import type { ColumnDef, MatrixKind } from '../layout/schema';
import type { ParsedValue } from '../values/parseValue';
import { memoParse } from '../values/memoParse';
import { classifyRow, type RowContext, type RowKind } from './classifyRow';
import { GroupFiller, type GroupColumn } from './groupFiller';
import { applyPercentConvention, type PercentNote } from './percentConvention';
import { applyProgressConvention } from './progressConvention';
import { rowShaper } from './rowShape';

export type { RowKind, GroupColumn, ReadOptions };

export interface MatrixRow {
  /** 0-based grid row. */
  index: number;
  kind: RowKind;
  /** Values per grid column after filling group cells down and reading merged cells from their top-left. */
  values: CellValue[];
  /** Per group column (same order as `Matrix.groupColumns`): the grid row holding the value, or -1. */
  sources: number[];
  /** Per group column: an id that changes whenever a new group starts at that level (0: none). */
  groupIds: number[];
  /** Period targets in `header.periods` order (outputs only). */
  periods: ParsedValue[];
  /** Realisations in `header.realisations` order (outputs only). */
  realisations: ParsedValue[];
  /** Progress figures in `header.progress` order, as percentages (outputs only; progressConvention.ts). */
  progress: ParsedValue[];
  /** The Total cell (outputs only, when the layout has one). */
  total?: ParsedValue;
  /** For fragments: the grid row they continue. */
  continues?: number;
  /** For indicator tables: the heading the row sits under. */
  heading?: string;
}

export interface Matrix {
  grid: Grid;
  origin: Origin;
  kind: MatrixKind;
  header: Header;
  merges: MergeIndex;
  /** Text of the rows above the header (institution, matrix name). */
  titles: string[];
  rows: MatrixRow[];
  /** The output rows of `rows`, in order. */
  outputs: MatrixRow[];
  /** Group columns present, outermost first. */
  groupColumns: GroupColumn[];
  counts: { kegiatan: number; rencanaAksi: number; outputs: number };
  /** Columns whose figures without `%` in percentage rows were read by the percent convention (percentConvention.ts). */
  conventions: PercentNote[];
  /** The column map by hand the reader was given, whether it decided the header, and what in it did not fit. */
  columnMap?: MapReading;
}

/**
 * The lists of a row that has none (a blank row, a heading's periods, progress without progress
 * columns): one shared empty list each, never written to.
 */
const NO_CELLS: CellValue[] = [];
const NO_NUMBERS: number[] = [];
const NO_VALUES: ParsedValue[] = [];

/** A row's values in some columns (its periods, realisations …), each read by `read`. */
function readColumns(columns: readonly { index: number }[], values: CellValue[], formats: readonly (string | null | undefined)[] | undefined, read: (cell: CellValue | undefined, numberFormat?: string | null) => ParsedValue): ParsedValue[] {
  const out: ParsedValue[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) out[i] = read(values[columns[i].index], formats?.[columns[i].index]);
  return out;
}

/**
 * Prepares, once per matrix, the copy of a row that the rules read (rows come top to bottom): its own
 * cells, and a blank cell of a `fromMerge` column read from the top-left of the merged area over it.
 * A function of its own, small and called per row, is made fast long before the reader's loop would be.
 */
function rowCopier(grid: Grid, merges: MergeIndex, fromMerge: readonly boolean[]): (raw: CellValue[], r: number) => CellValue[] {
  const width = fromMerge.length;
  const ownerOf = merges.size ? merges.downward() : undefined;
  return (raw, r) => {
    const values: CellValue[] = new Array(Math.max(width, raw.length));
    for (let c = 0; c < values.length; c++) {
      const v = raw[c];
      if (v !== undefined && v !== null && !isBlank(v)) values[c] = v;
      else {
        const owner = ownerOf && c < width && fromMerge[c] ? ownerOf(r, c) : undefined;
        values[c] = owner ? cellAt(grid, owner.top, owner.left) : null;
      }
    }
    return values;
  };
}

/** Reads a grid into a matrix model, or returns `undefined` when it holds no recognisable header. */
export function readMatrix(grid: Grid, options: ReadOptions = {}): Matrix | undefined {
  const merges = new MergeIndex(grid.merges);
  const mapReading = readColumnMap(grid, merges, options);
  const header = mapReading?.header ?? detectHeader(grid, merges);
  if (!header) return undefined;
  // Rules read the header's columns only: a row costs those plus its own cells, never the widest row
  // of the sheet (one stray cell in column XFD must not make every row 16,384 cells long).
  const width = Math.max(0, ...header.columns.map((c) => c.index + 1));
  const origin = parseAddress(grid.topLeft);

  const titles: string[] = [];
  for (let r = 0; r < header.firstRow; r++) {
    const texts = (grid.values[r] ?? []).map(cellText).filter((t) => t !== '');
    if (texts.length) titles.push(texts.join(' '));
  }

  // Groups nest left to right, as the sheet shows them.
  const groupColumns: GroupColumn[] = header.columns.filter((c) => c.def?.role === 'group').map((c) => ({ def: c.def as ColumnDef, index: c.index }));
  const groups = new GroupFiller(grid, merges, groupColumns);
  const raPosition = groupColumns.findIndex((g) => g.def.key === header.action);
  const perAction = header.columns.filter((c) => c.def?.perAction).map((c) => c.index);
  const totalIndex = header.keyIndex.get('total');
  // What a row's copy looks up in the merges: not a period, Total, realisation or progress cell (a
  // merged one is never read from its top-left: that would count a target twice), not a group cell
  // (GroupFiller fills those), nothing right of the header's columns.
  const fromMerge: boolean[] = new Array(width).fill(true);
  for (const p of [...header.periods, ...header.realisations, ...header.progress]) fromMerge[p.index] = false;
  if (totalIndex !== undefined) fromMerge[totalIndex] = false;
  for (const g of groupColumns) fromMerge[g.index] = false;
  const copyOf = rowCopier(grid, merges, fromMerge);
  const formats = grid.numberFormats;
  const readTarget = memoParse('target');
  const readRealisation = memoParse('realisation');
  const shapeOf = rowShaper(header, width);
  const context: RowContext = {
    afterBreak: false,
    headingPattern: header.layout.headingPattern ? new RegExp(header.layout.headingPattern, 'i') : undefined,
    hasGroups: groupColumns.length > 0,
  };

  const rows: MatrixRow[] = [];
  const outputs: MatrixRow[] = [];
  let lastContent: MatrixRow | undefined;
  let lastOutput: MatrixRow | undefined;
  let heading: string | undefined;

  for (let r = header.lastRow + 1; r < grid.values.length; r++) {
    const raw = grid.values[r] ?? NO_CELLS;
    const shape = shapeOf(raw);
    // A row that is not an output keeps the shared empty lists: most rows of a long sheet need no arrays of their own.
    // `total` and `heading` are there from the start, so that every row has one shape.
    const row: MatrixRow = { index: r, kind: classifyRow(shape, context), values: NO_CELLS, sources: NO_NUMBERS, groupIds: NO_NUMBERS, periods: NO_VALUES, realisations: NO_VALUES, progress: NO_VALUES, total: undefined, heading: undefined };
    rows.push(row);
    if (row.kind === 'blank' || row.kind === 'repeated-header') context.afterBreak = true;
    if (row.kind === 'blank' || row.kind === 'repeated-header' || row.kind === 'note') continue;
    if (row.kind === 'fragment') row.continues = lastContent?.kind === 'fragment' ? lastContent.continues : lastContent?.index;
    if (row.kind === 'heading' && context.headingPattern?.test(shape.firstText)) heading = shape.firstText;
    lastContent = row;
    context.lastContent = row.kind;
    context.afterBreak = false;
    if (row.kind === 'fragment') continue;

    // Own cells, then merged cells from their top-left, then groups.
    const values = copyOf(raw, r);
    const filled = groups.fill(r, raw, values);
    row.sources = filled.sources;
    row.groupIds = filled.groupIds;
    if (row.kind === 'output' && perAction.length && lastOutput && raPosition >= 0) {
      // RB Tematik: Koordinator and Tim Squad are shared by the outputs of one action.
      const sameAction = lastOutput.groupIds[raPosition] === row.groupIds[raPosition] && row.groupIds[raPosition] !== 0;
      for (const c of perAction) if (values[c] === null && sameAction) values[c] = lastOutput.values[c];
    }
    row.values = values;
    row.heading = heading;
    if (row.kind !== 'output') continue;
    const rowFormats = formats?.[r];
    row.periods = readColumns(header.periods, values, rowFormats, readTarget);
    row.realisations = readColumns(header.realisations, values, rowFormats, readRealisation);
    if (header.progress.length) row.progress = readColumns(header.progress, values, rowFormats, readRealisation);
    if (totalIndex !== undefined) row.total = readTarget(values[totalIndex], rowFormats?.[totalIndex]);
    outputs.push(row);
    lastOutput = row;
  }

  const conventions = applyPercentConvention(header, outputs, options.percent);
  applyProgressConvention(header, outputs);
  /**
   * Distinct groups among the outputs at one position of `groupColumns` (0: the outermost). A group's
   * id is never given again once the next group starts (GroupFiller counts up), so counting the
   * changes between outputs counts the distinct ids.
   */
  const distinct = (g: number): number => {
    if (g < 0 || g >= groupColumns.length) return 0;
    let count = 0;
    let last = 0;
    for (let o = 0; o < outputs.length; o++) {
      const id = outputs[o].groupIds[g];
      if (id !== 0 && id !== last) count++;
      if (id !== 0) last = id;
    }
    return count;
  };
  const kegiatan = header.layout.kind === 'indikator' && groupColumns.length === 0 ? new Set(outputs.map((o) => o.heading ?? '')).size : distinct(0);
  return {
    grid,
    origin,
    kind: header.layout.kind,
    header,
    merges,
    titles,
    rows,
    outputs,
    groupColumns,
    counts: { kegiatan, rencanaAksi: distinct(raPosition), outputs: outputs.length },
    conventions,
    ...(mapReading ? { columnMap: mapReading.reading } : {}),
  };
}
