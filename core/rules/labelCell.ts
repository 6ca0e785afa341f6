import type { Matrix } from '../model/readMatrix';

/** The header row (0-based) whose cell shows a column's label: the row its label is written in. */
export function labelRow(matrix: Matrix, col: number): number {
  const { header } = matrix;
  const column = header.columns.find((c) => c.index === col) ?? header.extras.find((c) => c.index === col) ?? header.duplicates.find((c) => c.index === col);
  return column ? column.row : header.firstRow;
}
