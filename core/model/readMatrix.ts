import { cellAt, cellText, gridWidth, isBlank, parseAddress, type CellValue, type Grid, type Origin } from '../grid';
import { detectHeader, type Header } from '../layout/detectHeader';
import { labelKey } from '../layout/normalizeLabel';
import type { ColumnDef, MatrixKind } from '../layout/schema';
import { parseValue, type ParsedValue } from '../values/parseValue';
import { MergeIndex } from './mergeIndex';

/**
 * How the reader understood a row below the header:
 * - `output`: an output (a line of the plan) with its targets
 * - `heading`: a line that only opens a group (`Sasaran Strategis I: …`, or a Kegiatan Utama on its own row)
 * - `fragment`: the tail of the row above, split across a page break
 * - `repeated-header`: a page-break copy of the header
 * - `blank`, `note` (a source line such as `(Sumber: …)`)
 */
export type RowKind = 'output' | 'heading' | 'fragment' | 'repeated-header' | 'blank' | 'note';

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
  /** Period targets in header order (outputs only). */
  periods: ParsedValue[];
  /** The Total cell (outputs only, when the layout has one). */
  total?: ParsedValue;
  /** For fragments: the grid row they continue. */
  continues?: number;
  /** For indicator tables: the heading the row sits under. */
  heading?: string;
}

export interface GroupColumn {
  def: ColumnDef;
  index: number;
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
}

const NOTE = /^\(?\s*(sumber|source|catatan|keterangan\s*:|\*)/i;
const CONTINUATION = /^[a-z(,;.\-\u2013&]/;
/** Columns whose content marks a row as an output; a page-break tail holds none of them. The Satuan is
 * not among them: in RB Tematik it names a document, whose tail can spill over like any text. */
const VALUE_ROLES = new Set(['period', 'total', 'budget', 'choice']);

/** Reads a grid into a matrix model, or returns `undefined` when it holds no recognisable header. */
export function readMatrix(grid: Grid): Matrix | undefined {
  const merges = new MergeIndex(grid.merges);
  const header = detectHeader(grid, merges);
  if (!header) return undefined;
  const width = Math.max(gridWidth(grid), ...header.columns.map((c) => c.index + 1));
  const origin = parseAddress(grid.topLeft);

  const titles: string[] = [];
  for (let r = 0; r < header.firstRow; r++) {
    const texts = (grid.values[r] ?? []).map(cellText).filter((t) => t !== '');
    if (texts.length) titles.push(texts.join(' '));
  }

  const roleOf: (ColumnDef | undefined)[] = new Array(width).fill(undefined);
  const valueColumn: boolean[] = new Array(width).fill(false);
  for (const c of header.columns) {
    roleOf[c.index] = c.def;
    valueColumn[c.index] = c.period !== undefined || (c.def !== undefined && VALUE_ROLES.has(c.def.role));
  }
  const groupColumns: GroupColumn[] = header.columns
    .filter((c) => c.def?.role === 'group')
    .map((c) => ({ def: c.def as ColumnDef, index: c.index }))
    .sort((a, b) => (a.def.level ?? 0) - (b.def.level ?? 0));
  const raLevel = groupColumns.find((g) => g.def.key === 'rencanaAksi')?.def.level ?? Infinity;
  const perAction = header.columns.filter((c) => c.def?.perAction).map((c) => c.index);
  const raPosition = groupColumns.findIndex((g) => g.def.key === 'rencanaAksi');
  const totalIndex = header.keyIndex.get('total');
  const headingPattern = header.layout.headingPattern ? new RegExp(header.layout.headingPattern, 'i') : undefined;
  const labelRows = header.labelRows;
  const formats = grid.numberFormats;
  const longestLabel = Math.max(0, ...labelRows.flat().map((l) => l.length)) * 2 + 8;
  // Only cells whose first letter starts some header label of their column can repeat the header.
  const headerInitials: Set<string>[] = [];
  for (const lr of labelRows) lr.forEach((k, c) => k && (headerInitials[c] ??= new Set()).add(k[0]));
  const keyCache = new Map<string, string>();
  const keyOf = (text: string): string => {
    let k = keyCache.get(text);
    if (k === undefined) {
      k = labelKey(text);
      if (keyCache.size < 10000) keyCache.set(text, k);
    }
    return k;
  };

  const state: ({ text: string; value: CellValue; source: number; id: number } | undefined)[] = groupColumns.map(() => undefined);
  const counters = groupColumns.map(() => 0);
  const rows: MatrixRow[] = [];
  let lastContent: MatrixRow | undefined;
  let lastOutput: MatrixRow | undefined;
  let brokeSince = false;
  let heading: string | undefined;

  for (let r = header.lastRow + 1; r < grid.values.length; r++) {
    const raw = grid.values[r] ?? [];
    let filled = 0;
    let valueFilled = 0;
    let firstText = '';
    let firstIndex = -1;
    let headerHits = 0;
    let onlyUpperGroups = true;
    for (let c = 0; c < width; c++) {
      const v = raw[c];
      if (v === null || v === undefined || isBlank(v)) continue;
      filled++;
      if (valueColumn[c]) valueFilled++;
      if (firstIndex < 0) {
        firstIndex = c;
        firstText = cellText(v);
      }
      const def = roleOf[c];
      if (!(def?.role === 'group' && (def.level ?? 0) < raLevel)) onlyUpperGroups = false;
      if (typeof v === 'string' && v.length <= longestLabel && headerInitials[c]?.has(initial(v)) && labelRows.some((lr) => lr[c] !== '' && lr[c] === keyOf(v))) headerHits++;
    }

    const row: MatrixRow = { index: r, kind: 'output', values: [], sources: [], groupIds: [], periods: [] };
    if (filled === 0) {
      row.kind = 'blank';
      brokeSince = true;
    } else if (headerHits >= 2 && headerHits >= 0.6 * filled) {
      row.kind = 'repeated-header';
      brokeSince = true;
    } else if (filled === 1 && NOTE.test(firstText)) {
      row.kind = 'note';
    } else if (headingPattern && valueFilled === 0 && headingPattern.test(firstText)) {
      row.kind = 'heading';
      heading = firstText;
    } else if (valueFilled === 0 && lastContent && (lastContent.kind === 'output' || lastContent.kind === 'fragment') && (brokeSince || CONTINUATION.test(firstText))) {
      row.kind = 'fragment';
      row.continues = lastContent.kind === 'fragment' ? lastContent.continues : lastContent.index;
    } else if (valueFilled === 0 && onlyUpperGroups && groupColumns.length > 0) {
      row.kind = 'heading';
    }
    rows.push(row);
    if (row.kind === 'blank' || row.kind === 'repeated-header' || row.kind === 'note') continue;
    lastContent = row;
    brokeSince = false;
    if (row.kind === 'fragment') continue;

    // Fill values: own cells, merged cells from their top-left, group cells down.
    const values: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const v = raw[c];
      if (v !== undefined && v !== null && !isBlank(v)) values[c] = v;
      else {
        const owner = merges.size ? merges.ownerOf(r, c) : undefined;
        values[c] = owner && !isPeriodLike(header, c) ? cellAt(grid, owner.row, owner.column) : null;
      }
    }
    for (let g = 0; g < groupColumns.length; g++) {
      const c = groupColumns[g].index;
      const own = raw[c];
      let value: CellValue = null;
      let source = r;
      if (own !== undefined && own !== null && !isBlank(own)) value = own;
      else {
        const owner = merges.size ? merges.ownerOf(r, c) : undefined;
        if (owner && owner.column === c) {
          value = cellAt(grid, owner.row, c);
          source = owner.row;
        }
      }
      if (value !== null && !isBlank(value)) {
        const text = cellText(value).replace(/\s+/g, ' ').toLowerCase();
        const current = state[g];
        if (!current || current.text !== text) {
          state[g] = { text, value, source, id: ++counters[g] };
          for (let lower = g + 1; lower < groupColumns.length; lower++) state[lower] = undefined;
        }
      }
      const s = state[g];
      values[c] = s ? s.value : null;
      row.sources.push(s ? s.source : -1);
      row.groupIds.push(s ? s.id : 0);
    }
    if (row.kind === 'output' && perAction.length && lastOutput && raPosition >= 0) {
      const sameAction = lastOutput.groupIds[raPosition] === row.groupIds[raPosition] && row.groupIds[raPosition] !== 0;
      for (const c of perAction) if (values[c] === null && sameAction) values[c] = lastOutput.values[c];
    }
    row.values = values;
    row.heading = heading;
    if (row.kind !== 'output') continue;
    row.periods = header.periods.map((p) => parseValue(values[p.index], formats?.[r]?.[p.index]));
    if (totalIndex !== undefined) row.total = parseValue(values[totalIndex], formats?.[r]?.[totalIndex]);
    lastOutput = row;
  }

  const outputs = rows.filter((row) => row.kind === 'output');
  const distinct = (key: string): number => {
    const g = groupColumns.findIndex((gc) => gc.def.key === key || (key === 'top' && gc === groupColumns[0]));
    if (g < 0) return 0;
    return new Set(outputs.map((o) => o.groupIds[g]).filter((id) => id !== 0)).size;
  };
  const kegiatan = header.layout.kind === 'indikator' ? new Set(outputs.map((o) => o.heading ?? '')).size : distinct('top');
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
    counts: { kegiatan, rencanaAksi: distinct('rencanaAksi'), outputs: outputs.length },
  };
}

/** First letter or digit of a text, lower-cased (what `labelKey` would start with). */
function initial(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i].toLowerCase();
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) return ch;
  }
  return '';
}

function isPeriodLike(header: Header, column: number): boolean {
  return header.periods.some((p) => p.index === column) || header.keyIndex.get('total') === column;
}
