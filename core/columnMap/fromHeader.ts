import { columnLetter } from '../grid';
import type { Header, PeriodColumn } from '../layout/header';
import { PATH_SEPARATOR, type ColumnMap, type MappedColumn } from './columnMap';

/** A period as a map writes it in a role: `TW 1 2026`, `TW 1-3 2024`, `2025`. */
function periodText(p: PeriodColumn): string {
  const year = p.year === undefined ? '' : String(p.year);
  if (p.wholeYear) return year;
  const quarters = p.from === p.to ? `TW ${p.from}` : `TW ${p.from}-${p.to}`;
  return year ? `${quarters} ${year}` : quarters;
}

/** A column's role as a map writes it. */
function roleOf(column: Header['columns'][number]): string {
  if (column.def) return column.key;
  const p = column.period!;
  return `${p.measure} ${periodText(p)}`.trim();
}

/**
 * The column map of a header as the reader took it: every labelled column of its rows with its
 * role ('' for the columns it does not read), the rows as sheet rows. What the panel shows and a
 * planner corrects, and what `rbm columns` prints.
 */
export function columnMapOf(header: Header, sheet: string, origin: { row: number; column: number }): ColumnMap {
  const columns: (MappedColumn & { index: number })[] = [];
  const label = (c: { label: string; path: string[] }) => [...c.path, c.label].join(PATH_SEPARATOR);
  for (const c of header.columns) columns.push({ index: c.index, column: columnLetter(origin.column + c.index), label: label(c), role: roleOf(c) });
  for (const c of [...header.extras, ...header.duplicates]) columns.push({ index: c.index, column: columnLetter(origin.column + c.index), label: label(c), role: '' });
  columns.sort((a, b) => a.index - b.index);
  return {
    sheet,
    headerRows: [origin.row + header.firstRow, origin.row + header.lastRow],
    kind: header.layout.kind,
    columns: columns.map(({ index: _index, ...c }) => c),
  };
}
