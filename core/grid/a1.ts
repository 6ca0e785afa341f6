/**
 * A1 notation, read and written in one place: column letters, cell addresses (`B3`, `$B$3`) and
 * areas (`B3:P200`). Positions here are 1-based, as a sheet counts them.
 */

/** 1-based sheet position of a cell (a grid's top-left, a cell named by an address). */
export interface Origin {
  row: number;
  column: number;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell: column letters (1–3) and a row number (1–7 digits), each optionally `$`-anchored. */
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

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

/** `B3` or `$B$3` (spaces around allowed) as a position; undefined for anything else, row 0 included. */
export function parseCell(address: string): Origin | undefined {
  const m = CELL.exec(address.trim());
  if (!m || Number(m[2]) < 1) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** Parses `B3` (or `$B$3`) into a 1-based origin; falls back to A1 (also for row 0, as in `B0`). */
export function parseAddress(address: string | undefined): Origin {
  return parseCell(address ?? '') ?? { row: 1, column: 1 };
}

/** A1 address of a 0-based grid position, given the grid's origin. */
export function cellAddress(origin: Origin, row: number, column: number): string {
  return `${columnLetter(origin.column + column)}${origin.row + row}`;
}

/** `B3` or `B3:P200` (`$` allowed, corners in any order) as an area; undefined for anything else. */
export function parseRange(ref: string): Area | undefined {
  const [first, second, ...more] = ref.split(':');
  const start = parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  if (!start || !end || more.length) return undefined;
  return { top: Math.min(start.row, end.row), left: Math.min(start.column, end.column), bottom: Math.max(start.row, end.row), right: Math.max(start.column, end.column) };
}

/** An area in A1 notation: `B3` for one cell, `B3:P200` otherwise. */
export function rangeAddress(a: Area): string {
  const start = `${columnLetter(a.left)}${a.top}`;
  return a.top === a.bottom && a.left === a.right ? start : `${start}:${columnLetter(a.right)}${a.bottom}`;
}
