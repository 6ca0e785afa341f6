import type { Matrix, MatrixRow } from '../model/readMatrix';

/**
 * The output rows of a matrix: what most rules look at. Rules walk them by index: a `for…of` makes
 * an object per step until its loop is optimised, and most of a 10,000-row sheet is read before then.
 */
export function outputRows(matrix: Matrix): MatrixRow[] {
  return matrix.outputs;
}
