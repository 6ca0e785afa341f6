import { gridWidth, parseAddress, type Grid, type MergeIndex } from '../grid';
import { assembleHeader, type PeriodCell } from '../layout/assembleHeader';
import type { DeclaredKey } from '../layout/columnKey';
import { fillLabelRows, periodParentKeys, unreadColumn } from '../layout/detectHeader';
import type { Header, UnreadColumn } from '../layout/header';
import { headerCells, labelCell, type LabelCell } from '../layout/headerCells';
import { LAYOUTS } from '../layout';
import { labelTable } from '../layout/labelTable';
import { labelKey } from '../layout/normalizeLabel';
import { cumulativeOf, readBlockCell, readPeriod } from '../layout/periodColumn';
import { yearOfLabel } from '../layout/periodLabel';
import type { ColumnDef, LayoutDef } from '../layout/schema';
import { columnNumber } from '../grid';
import { readRole, splitLabelPath, type ColumnMap, type MappedColumn, type Role } from './columnMap';

/** What in a map does not fit the sheet. */
export type MapProblem =
  | { variant: 'stale'; label: string; column: string; role: string }
  | { variant: 'role'; label: string; role: string }
  | { variant: 'period'; label: string; role: string }
  | { variant: 'rows'; rows: string };

/** The most header rows a map may name (a title block is not a header). */
const MAX_MAP_ROWS = 8;

/**
 * The header a column map makes of a grid: its rows, and each mapped column found again by its
 * label (parents included) where the map says, else wherever that label stands in the header
 * rows. Labelled columns the map leaves out are extras; a mapped label no longer there is a
 * problem (a column deleted or renamed since the map was made), as is a role no layout knows.
 * No header at all when the rows are outside the sheet or no mapped column is found.
 */
export function headerFromMap(grid: Grid, merges: MergeIndex, map: ColumnMap): { header?: Header; problems: MapProblem[] } {
  const origin = parseAddress(grid.topLeft);
  const first = map.headerRows[0] - origin.row;
  const last = map.headerRows[1] - origin.row;
  const rowsText = map.headerRows[0] === map.headerRows[1] ? `${map.headerRows[0]}` : `${map.headerRows[0]}–${map.headerRows[1]}`;
  if (first < 0 || last < first || last >= grid.values.length || last - first >= MAX_MAP_ROWS) return { problems: [{ variant: 'rows', rows: rowsText }] };

  const width = gridWidth(grid);
  const table = labelTable(grid, merges, last + 1, width);
  const levels: number[] = [];
  for (let r = first; r <= last; r++) if (!table.blank[r] && !table.numbers[r]) levels.push(r);
  const cells = levels.length ? headerCells(table, levels) : [];
  const problems: MapProblem[] = [];
  const roles = map.columns.map((c) => ({ column: c, role: readRole(c.role) }));
  const layout = layoutFor(map, roles.map((r) => r.role));
  const used = new Set<number>();
  const declared: { cell: LabelCell; def: ColumnDef }[] = [];
  const periods: PeriodCell[] = [];
  const ignored = new Set<number>();

  for (const { column, role } of roles) {
    if (role === undefined) {
      problems.push({ variant: 'role', label: column.label, role: column.role });
      continue;
    }
    if (role.kind === 'unread') continue;
    const cell = findCell(cells, column, origin.column, used);
    if (!cell) {
      problems.push({ variant: 'stale', label: column.label, column: column.column ?? '', role: column.role });
      continue;
    }
    used.add(cell.index);
    if (role.kind === 'ignore') ignored.add(cell.index);
    else if (role.kind === 'column') {
      const def = layout.columns.find((d) => d.key === role.key) ?? defAnywhere(role.key);
      declared.push({ cell, def });
    } else {
      const reading = periodOf(cell, role, layout);
      if (reading) periods.push({ cell, ...reading });
      else problems.push({ variant: 'period', label: column.label, role: column.role });
    }
  }
  if (declared.length + periods.length === 0) return { problems };
  const extras: UnreadColumn[] = cells
    .filter((c) => c.label !== '' && !used.has(c.index) && !ignored.has(c.index))
    .map(unreadColumn);
  const header = assembleHeader({ layout, firstRow: first, lastRow: last, declared, periods, extras, duplicates: [] });
  if (table.numbers[last]) header.numberRow = last;
  fillLabelRows(grid, header, width);
  return { header, problems };
}

/** The layout of a map: its `kind`, else the first layout that knows every mapped column and lacks the fewest it requires. */
function layoutFor(map: ColumnMap, roles: (Role | undefined)[]): LayoutDef {
  if (map.kind) return LAYOUTS.find((l) => l.kind === map.kind)!;
  const keys = roles.flatMap((r) => (r?.kind === 'column' ? [r.key] : []));
  const hasPeriods = roles.some((r) => r?.kind === 'period' && r.measure === 'target');
  const fit = (l: LayoutDef) => {
    const known = keys.filter((k) => l.columns.some((c) => c.key === k)).length;
    const lacking = l.requires.filter((entry) => !(Array.isArray(entry) ? entry : [entry]).some((k) => keys.includes(k))).length + (l.needsPeriods && !hasPeriods ? 1 : 0);
    return known * 2 - lacking * 3;
  };
  return LAYOUTS.reduce((best, l) => (fit(l) > fit(best) ? l : best), LAYOUTS[0]);
}

function defAnywhere(key: DeclaredKey): ColumnDef {
  for (const layout of LAYOUTS) {
    const def = layout.columns.find((c) => c.key === key);
    if (def) return def;
  }
  throw new Error(`internal: no layout declares ${key}`);
}

/** The header cell a mapped column names: its label path at its letter, else the first unused cell with that label path. */
function findCell(cells: LabelCell[], column: MappedColumn, originColumn: number, used: Set<number>): LabelCell | undefined {
  const wanted = splitLabelPath(column.label).map(labelKey);
  if (wanted.length === 0) return undefined;
  const fits = (c: LabelCell) => {
    if (c.label === '' || used.has(c.index)) return false;
    const have = [...c.pathKeys, c.key];
    // The map may name the label alone, or with some of its nearest parents.
    if (wanted.length > have.length) return false;
    return wanted.every((k, i) => have[have.length - wanted.length + i] === k);
  };
  const at = column.column ? columnNumber(column.column.replace(/[^A-Za-z]/g, '').toUpperCase()) - originColumn : -1;
  return (at >= 0 ? cells.find((c) => c.index === at && fits(c)) : undefined) ?? cells.find(fits);
}

/** A period role: the period written in the role, else the one the column's label (and parents) name. */
function periodOf(cell: LabelCell, role: Extract<Role, { kind: 'period' }>, layout: LayoutDef) {
  if (role.period !== '') {
    const own = readPeriod(labelCell(cell.index, role.period, [], cell.row), periodParentKeys(layout), true);
    const cumulative = role.measure === 'target' ? cumulativeOf(cell) : undefined;
    return own && { ...own, measure: role.measure, ...(cumulative !== undefined ? { cumulative } : {}) };
  }
  if (role.measure === 'baseline') {
    const year = [cell.label, ...cell.path].map(yearOfLabel).find((y) => y !== undefined);
    return { from: 1, to: 4, wholeYear: true, year, measure: 'baseline' as const };
  }
  // A monitoring block's child (`Triwulan I` › `Kendala`) takes its period from its parent.
  const reading = readPeriod(cell, periodParentKeys(layout), true) ?? readBlockCell(cell);
  return reading && { ...reading, measure: role.measure };
}
