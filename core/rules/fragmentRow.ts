import { cellAt, cellText, isBlank, type CellValue } from '../grid';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import type { RawFinding, Rule } from './rule';

/**
 * `fragment-row`: a row holding only the tail of the row above, split across a page break.
 * The fix appends each tail to the cell it continues (for a group cell, the cell that holds the
 * group's value) and clears the fragment. Consecutive fragments of one row chain their text.
 */
export const fragmentRow: Rule = {
  codes: ['fragment-row'],
  check(matrix) {
    const joined = new Map<string, string>();
    const found: RawFinding[] = [];
    for (let r = 0; r < matrix.rows.length; r++) {
      const row = matrix.rows[r];
      if (row.kind !== 'fragment' || row.continues === undefined) continue;
      const target = rowAt(matrix, row.continues);
      const raw = matrix.grid.values[row.index] ?? [];
      const edits: { row: number; col: number; value: CellValue }[] = [];
      let firstCol = -1;
      raw.forEach((v, col) => {
        if (isBlank(v ?? null)) return;
        if (firstCol < 0) firstCol = col;
        const intoRow = target ? sourceRowOf(matrix, target, col) : row.continues as number;
        const key = `${intoRow}:${col}`;
        const before = joined.get(key) ?? cellText(cellAt(matrix.grid, intoRow, col));
        const text = before === '' ? cellText(v) : `${before} ${cellText(v)}`;
        joined.set(key, text);
        edits.push({ row: intoRow, col, value: text }, { row: row.index, col, value: null });
      });
      const previous = matrix.origin.row + row.continues;
      found.push({ code: 'fragment-row', row: row.index, col: Math.max(firstCol, 0), columnKey: '', params: { previous }, fix: { params: { previous }, edits } });
    }
    return found;
  },
};

/** The matrix row of grid row `index`: the reader keeps one entry per grid row below the header, so its position follows from its index. */
function rowAt(matrix: Matrix, index: number): MatrixRow | undefined {
  const guess = matrix.rows[index - matrix.header.lastRow - 1];
  return guess?.index === index ? guess : matrix.rows.find((r) => r.index === index);
}

/**
 * The row whose cell holds the value shown at (row, col): for a group column, the row that opened the
 * group; for a cell covered by a vertical merge, the merge's top row; for a per-action value carried
 * down from an earlier output, that output's row; otherwise the row itself.
 */
function sourceRowOf(matrix: Matrix, row: MatrixRow, col: number): number {
  const g = matrix.groupColumns.findIndex((gc) => gc.index === col);
  if (g >= 0) {
    const source = row.sources[g];
    return source !== undefined && source >= 0 ? source : row.index;
  }
  if (!isBlank(cellAt(matrix.grid, row.index, col))) return row.index;
  const owner = matrix.merges.size ? matrix.merges.ownerOf(row.index, col) : undefined;
  if (owner && owner.column === col) return owner.row;
  const shown = row.values[col];
  if (shown === undefined || shown === null || isBlank(shown)) return row.index;
  const guess = row.index - matrix.header.lastRow - 1;
  const at = matrix.rows[guess] === row ? guess : matrix.rows.indexOf(row);
  for (let i = at - 1; i >= 0; i--) {
    const earlier = matrix.rows[i];
    if (earlier.kind !== 'output') continue;
    if (!isBlank(cellAt(matrix.grid, earlier.index, col))) return earlier.values[col] === shown ? earlier.index : row.index;
  }
  return row.index;
}
