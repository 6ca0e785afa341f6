import type { Matrix, MatrixRow } from '../model/readMatrix';

/** The output rows of a matrix: what most rules look at. */
export function outputRows(matrix: Matrix): MatrixRow[] {
  return matrix.outputs;
}
