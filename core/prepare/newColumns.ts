/**
 * Which monitoring columns a plan matrix lacks for a year, and where they go: right of everything
 * the sheet already holds, so no plan cell moves. Per quarter, one block of the shape the reader
 * knows (monitoringBlock.ts: `Triwulan I 2025` › `Realisasi | Progres (%) | Kendala | Tindak Lanjut |
 * Bukti Dukung`); for a quarter that already has a block, only its missing children (under a parent
 * naming the same quarter, which the reader joins to the block); a quarter whose realisation is a
 * flat column (`Realisasi TW 1`, `Realisasi` › `TW 1`) keeps the sheet's own dialect and gets nothing.
 * Then, for the chosen quarter, a *Capaian* and a *Status* column of live formulas (rowFormulas.ts).
 */
import { cellAt, cellText, type Grid } from '../grid';
import type { Header, HeaderColumn, MonitoringBlock } from '../layout/header';
import { labelVariants } from '../layout/labelMatcher';
import { blockChildOf, MONITORING_BLOCK, type BlockRole } from '../layout/monitoringBlock';
import { labelKey } from '../layout/normalizeLabel';
import { romanQuarter } from '../periods/romanQuarter';
import type { Quarter } from '../periods/quarter';

/** A column prepare adds: its grid column and what it holds. */
export type NewColumn =
  | { column: number; kind: 'block'; quarter: Quarter; role: BlockRole; label: string }
  | { column: number; kind: 'capaian' | 'status'; quarter: Quarter; label: string };

/** A parent cell over a run of new block columns. */
export interface NewParent {
  quarter: Quarter;
  label: string;
  left: number;
  right: number;
}

/** Where the header's labels are, in grid rows: parents in `parentRow` (down to `childRow − 1`), children in `childRow`. */
export interface HeaderPlace {
  /** The row of the parents; `childRow` itself when there is no room for a parent (a one-row header). */
  parentRow: number;
  childRow: number;
  /** The row of column numbers `(1) (2) …` below the labels, when the header has one. */
  numberRow?: number;
}

export interface ColumnLayout {
  place: HeaderPlace;
  columns: NewColumn[];
  parents: NewParent[];
  /** Realisation and progress columns per quarter of the year, existing or new (grid columns): what the formulas read. */
  realisation: Partial<Record<Quarter, number>>;
}

const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** `Triwulan II 2025`: the parent of a new block. */
export function quarterParent(year: number, quarter: Quarter): string {
  return `Triwulan ${romanQuarter(quarter)} ${year}`;
}

/** `Capaian TW II 2025` and `Status TW II 2025`: top-level labels the reader keeps as they are (never a realisation). */
export function resultLabel(kind: 'capaian' | 'status', year: number, quarter: Quarter): string {
  return `${kind === 'capaian' ? 'Capaian' : 'Status'} TW ${romanQuarter(quarter)} ${year}`;
}

/** The monitoring block of quarter `quarter` of `year`, if the header has one. */
export function quarterBlock(header: Header, year: number, quarter: Quarter): MonitoringBlock | undefined {
  return header.blocks.find((b) => !b.wholeYear && b.from === quarter && b.to === quarter && (b.year ?? header.planYear ?? year) === year);
}

/** Whether a header column is a block child (a known child label under a period parent), not a flat `Realisasi TW 1`. */
function inBlockForm(column: HeaderColumn | undefined): boolean {
  return column !== undefined && column.path.length > 0 && blockChildOf(labelVariants(column.label, labelKey(column.label))) !== undefined;
}

/** The last grid column holding anything (a value or a merge): new columns start right of it. */
export function lastUsedColumn(grid: Grid): number {
  let last = -1;
  for (const row of grid.values) {
    if (!row) continue;
    for (let c = row.length - 1; c > last; c--) {
      const v = row[c];
      if (v !== null && v !== undefined && v !== '') {
        last = c;
        break;
      }
    }
  }
  for (const m of grid.merges ?? []) last = Math.max(last, m.right);
  return last;
}

/**
 * The header rows prepare writes labels in (see `HeaderPlace`). A one-row header has no room for a
 * parent (a parent written in the row above is not read as the header's: the reader keeps the one
 * row), so its new columns are flat.
 */
export function headerPlace(grid: Grid, header: Header): HeaderPlace {
  let childRow = header.numberRow !== undefined ? header.numberRow - 1 : header.lastRow;
  while (childRow > header.firstRow && (grid.values[childRow] ?? []).every((v) => v === null || v === undefined || cellText(v) === '')) childRow--;
  return { parentRow: header.firstRow, childRow, numberRow: header.numberRow };
}

/** Whether a header row already has this label (compared as the reader compares labels) anywhere. */
function hasLabel(grid: Grid, header: Header, label: string): boolean {
  const key = labelKey(label);
  for (let r = Math.max(0, header.firstRow - 1); r <= header.lastRow; r++) for (const v of grid.values[r] ?? []) if (v !== null && labelKey(cellText(v)) === key) return true;
  return false;
}

/**
 * The columns to add for `year` (the blocks, quarter by quarter) and the chosen quarter (its Capaian
 * and Status), from grid column `firstNew` on.
 */
export function planColumns(grid: Grid, header: Header, year: number, quarter: Quarter, firstNew: number): ColumnLayout {
  const place = headerPlace(grid, header);
  const flatOnly = place.parentRow === place.childRow;
  const columns: NewColumn[] = [];
  const parents: NewParent[] = [];
  const realisation: Partial<Record<Quarter, number>> = {};
  let next = firstNew;
  const byIndex = new Map(header.columns.map((c) => [c.index, c]));
  for (const q of QUARTERS) {
    const block = quarterBlock(header, year, q);
    if (block?.columns.realisasi !== undefined) realisation[q] = block.columns.realisasi;
    // A flat realisation (`Realisasi TW 1`): the sheet's dialect, left as it is.
    if (block && !Object.values(block.columns).some((c) => inBlockForm(byIndex.get(c)))) continue;
    const missing = MONITORING_BLOCK.written.filter((role) => block?.columns[role] === undefined);
    // Without room for a parent, only the children the reader reads flat (`Realisasi TW I 2025`).
    const wanted = flatOnly ? missing.filter((role) => role === 'realisasi' || role === 'progres') : missing;
    if (wanted.length === 0) continue;
    const left = next;
    for (const role of wanted) {
      const child = MONITORING_BLOCK.children.find((c) => c.role === role)!;
      const label = flatOnly ? `${child.writtenAs.replace(/\s*\(%\)$/, '')} TW ${romanQuarter(q)} ${year}` : child.writtenAs;
      columns.push({ column: next, kind: 'block', quarter: q, role, label });
      if (role === 'realisasi') realisation[q] = next;
      next++;
    }
    if (!flatOnly) parents.push({ quarter: q, label: quarterParent(year, q), left, right: next - 1 });
  }
  for (const kind of ['capaian', 'status'] as const) {
    const label = resultLabel(kind, year, quarter);
    if (!hasLabel(grid, header, label)) columns.push({ column: next++, kind, quarter, label });
  }
  return { place, columns, parents, realisation };
}

/** The text of the column-number cell right of the header's last number, continuing its style (`(17)` → `(18)`), or undefined. */
export function numberLabel(grid: Grid, numberRow: number, before: number, column: number): string | number | undefined {
  for (let c = before; c >= 0; c--) {
    const v = cellAt(grid, numberRow, c);
    if (v === null || cellText(v) === '') continue;
    if (typeof v === 'number') return v + (column - c);
    const m = /^\((\d+)\)$/.exec(cellText(v));
    return m ? `(${Number(m[1]) + (column - c)})` : undefined;
  }
  return undefined;
}
