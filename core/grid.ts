import { cellDayText } from './periods/cellDay';

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

/** 1-based sheet position of a grid's top-left cell. */
export interface Origin {
  row: number;
  column: number;
}

/** Column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  if (!(n >= 1)) return 'A';
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based column number for letters: A → 1, AA → 27. Returns 0 for anything else. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses `B3` (or `$B$3`) into a 1-based origin; falls back to A1 (also for row 0, as in `B0`). */
export function parseAddress(address: string | undefined): Origin {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec((address ?? '').trim());
  if (!m || Number(m[2]) < 1) return { row: 1, column: 1 };
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** A1 address of a 0-based grid position, given the grid's origin. */
export function cellAddress(origin: Origin, row: number, column: number): string {
  return `${columnLetter(origin.column + column)}${origin.row + row}`;
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
  let w = 0;
  for (const r of grid.values) if (r && r.length > w) w = r.length;
  return w;
}

/** True for null, undefined and strings of whitespace only. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  return false;
}

/** Plain text of a cell for labels and messages. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return cellDayText(value);
  return String(value).trim();
}
