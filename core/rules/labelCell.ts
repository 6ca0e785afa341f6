import { cellText, cellAt } from '../grid';
import type { Matrix } from '../model/readMatrix';

/** The header row (0-based) whose cell shows a column's label: the lower row when it has text. */
export function labelRow(matrix: Matrix, col: number): number {
  const { firstRow, lastRow } = matrix.header;
  return lastRow > firstRow && cellText(cellAt(matrix.grid, lastRow, col)) !== '' ? lastRow : firstRow;
}
