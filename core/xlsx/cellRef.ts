/** Excel's sheet size: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A cell reference's 1-based row and column; row 0 when the reference has no digits, -1 when it is not a reference. */
export interface CellPosition {
  row: number;
  column: number;
}

/**
 * Reads `B12` (or `$B$12`, `b12`, or `B` alone) from `text` starting at `start`; returns the index
 * after it, or -1. Written as a loop over character codes: it runs once per cell of every sheet.
 */
export function readCellRef(text: string, start: number, out: CellPosition, end = text.length): number {
  let i = start;
  const n = end;
  if (i < n && text.charCodeAt(i) === 36 /* $ */) i++;
  let column = 0;
  let letters = 0;
  while (i < n) {
    let ch = text.charCodeAt(i);
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    column = column * 26 + (ch - 64);
    letters++;
    i++;
  }
  if (letters === 0 || letters > 3) return -1;
  if (i < n && text.charCodeAt(i) === 36) i++;
  let row = 0;
  let digits = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) break;
    row = row * 10 + (ch - 48);
    digits++;
    i++;
  }
  if (digits > 7) return -1;
  out.row = row;
  out.column = column;
  return i;
}
