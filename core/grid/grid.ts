/**
 * The host-neutral grid: what a host (Excel, Sheets, the CLI) reads from a sheet in one call.
 * Core works on this alone; it never sees a workbook object.
 */

/**
 * A cell value as hosts hand it over; empty cells as `null`. A date cell is a `Date` whose UTC fields
 * hold the date and time the sheet shows (core/periods/cellDay.ts).
 */
export type CellValue = string | number | boolean | Date | null;

/** A merged area, 0-based and inclusive, relative to `values[0][0]`. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name, as the host shows it. */
  sheetName: string;
  /** The used range's values, row by row. Rows may be ragged; missing cells read as `null`. */
  values: CellValue[][];
  /** Number formats (`0%`, `General`, …) in the same shape as `values`, where the host knows them. */
  numberFormats?: (string | null | undefined)[][];
  /** Merged areas, where the host can report them. */
  merges?: MergedArea[];
  /** Sheet address of `values[0][0]` (e.g. `B3`); defaults to `A1`. */
  topLeft?: string;
}

/** Reads a cell, treating ragged rows and holes as empty. */
export function cellAt(grid: Grid, row: number, column: number): CellValue {
  const r = grid.values[row];
  if (!r) return null;
  const v = r[column];
  return v === undefined ? null : v;
}

/** The widest row of a grid. */
export function gridWidth(grid: Grid): number {
  // Indexed: it runs once per sheet, before V8 optimises it, where for…of makes an object per row.
  let w = 0;
  const rows = grid.values;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r && r.length > w) w = r.length;
  }
  return w;
}
