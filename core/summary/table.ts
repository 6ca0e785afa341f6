import type { Bilingual, TemplateParam } from '../i18n';
import type { Matrix } from '../model/readMatrix';
import type { CellContent, SheetWriter } from '../plan/sheetWriter';
import { HEAD } from './look';
import { tabText } from './texts';

/**
 * One column of a summary table, declared once: its key, its heading in both languages, the sheet
 * width it asks for (the tab takes, per column, the widest any of its tables asks for), and the cell
 * it shows for a row. Adding a column to a table is adding one of these to its list.
 */
export interface ColumnSpec<Row> {
  key: string;
  title: Bilingual;
  /** Width in characters (Excel's unit). */
  width?: number;
  /** Whether the matrix has anything for this column (the tab leaves it out otherwise); always, when absent. */
  shown?(matrix: Matrix): boolean;
  cell(row: Row): CellContent;
}

/** The columns of a table the matrix has something for. */
export function shownColumns<Row>(columns: readonly ColumnSpec<Row>[], matrix: Matrix): readonly ColumnSpec<Row>[] {
  return columns.every((c) => !c.shown) ? columns : columns.filter((c) => !c.shown || c.shown(matrix));
}

/**
 * Writes a table from row `r`: the heading row (its `{name}` placeholders filled from `headings`),
 * then one row per item. Returns the row after it.
 */
export function writeTable<Row>(w: SheetWriter, r: number, columns: readonly ColumnSpec<Row>[], rows: readonly Row[], headings?: Readonly<Record<string, TemplateParam>>): number {
  columns.forEach((column, c) => w.text(r, c, tabText(column.title, headings), HEAD));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    r++;
    for (let c = 0; c < columns.length; c++) w.put(r, c, columns[c].cell(row));
  }
  return r + 1;
}

/** Per sheet column, the widest width any of the tables asks for. */
export function widthsOf(tables: readonly (readonly ColumnSpec<never>[])[]): number[] {
  const widths: number[] = [];
  for (const columns of tables) columns.forEach((column, c) => {
    if (column.width !== undefined) widths[c] = Math.max(widths[c] ?? 0, column.width);
  });
  return Array.from(widths, (w) => w ?? 0);
}
