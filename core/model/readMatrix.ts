import { cellAt, cellText, isBlank, MergeIndex, parseAddress, type CellValue, type Grid, type Origin } from '../grid';
import { readColumnMap, type MapReading, type ReadOptions } from '../columnMap/readOptions';
import { detectHeader, type Header } from '../layout/detectHeader';
import type { ColumnDef, MatrixKind } from '../layout/schema';
import { parseValue, type ParsedValue } from '../values/parseValue';
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

/** The progress of a row in a matrix without progress columns: one shared empty list, never written to. */
const NO_PROGRESS: ParsedValue[] = [];

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
  const periodLike = new Set([...header.periods, ...header.realisations, ...header.progress].map((p) => p.index).concat(header.keyIndex.get('total') ?? []));
  const totalIndex = header.keyIndex.get('total');
  const formats = grid.numberFormats;
  const shapeOf = rowShaper(header, width);
  const context: RowContext = {
    afterBreak: false,
    headingPattern: header.layout.headingPattern ? new RegExp(header.layout.headingPattern, 'i') : undefined,
    hasGroups: groupColumns.length > 0,
  };

  const rows: MatrixRow[] = [];
  let lastContent: MatrixRow | undefined;
  let lastOutput: MatrixRow | undefined;
  let heading: string | undefined;

  for (let r = header.lastRow + 1; r < grid.values.length; r++) {
    const raw = grid.values[r] ?? [];
    const shape = shapeOf(raw);
    const row: MatrixRow = { index: r, kind: classifyRow(shape, context), values: [], sources: [], groupIds: [], periods: [], realisations: [], progress: NO_PROGRESS };
    rows.push(row);
    if (row.kind === 'blank' || row.kind === 'repeated-header') context.afterBreak = true;
    if (row.kind === 'blank' || row.kind === 'repeated-header' || row.kind === 'note') continue;
    if (row.kind === 'fragment') row.continues = lastContent?.kind === 'fragment' ? lastContent.continues : lastContent?.index;
    if (row.kind === 'heading' && context.headingPattern?.test(shape.firstText)) heading = shape.firstText;
    lastContent = row;
    context.lastContent = row.kind;
    context.afterBreak = false;
    if (row.kind === 'fragment') continue;

    // Own cells, then merged cells from their top-left (never a period: that would count a target twice), then groups.
    const values: CellValue[] = new Array(Math.max(width, raw.length));
    for (let c = 0; c < values.length; c++) {
      const v = raw[c];
      if (v !== undefined && v !== null && !isBlank(v)) values[c] = v;
      else {
        const owner = merges.size && c < width ? merges.ownerOf(r, c) : undefined;
        values[c] = owner && !periodLike.has(c) ? cellAt(grid, owner.row, owner.column) : null;
      }
    }
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
    row.periods = header.periods.map((p) => parseValue(values[p.index], formats?.[r]?.[p.index]));
    row.realisations = header.realisations.map((p) => parseValue(values[p.index], formats?.[r]?.[p.index], 'realisation'));
    if (header.progress.length) row.progress = header.progress.map((p) => parseValue(values[p.index], formats?.[r]?.[p.index], 'realisation'));
    if (totalIndex !== undefined) row.total = parseValue(values[totalIndex], formats?.[r]?.[totalIndex]);
    lastOutput = row;
  }

  const outputs = rows.filter((row) => row.kind === 'output');
  const conventions = applyPercentConvention(header, outputs, options.percent);
  applyProgressConvention(header, outputs);
  /** Distinct groups among the outputs at one position of `groupColumns` (0: the outermost). */
  const distinct = (g: number): number => {
    if (g < 0 || g >= groupColumns.length) return 0;
    const ids = new Set<number>();
    for (const o of outputs) if (o.groupIds[g] !== 0) ids.add(o.groupIds[g]);
    return ids.size;
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
