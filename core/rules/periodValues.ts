import type { PeriodColumn } from '../layout/detectHeader';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import type { ParsedValue } from '../values/parseValue';

/** Every target, realisation and progress column of a matrix, targets first: the columns `periodValueAt` reads. */
export function periodColumns(matrix: Matrix): PeriodColumn[] {
  const { periods, realisations, progress } = matrix.header;
  return [...periods, ...realisations, ...progress];
}

/**
 * The value of an output row in the `i`-th of `periodColumns`: rules loop over an index instead of a
 * list of pairs built per row (a long matrix made a million of them).
 */
export function periodValueAt(row: MatrixRow, i: number): ParsedValue {
  if (i < row.periods.length) return row.periods[i];
  const r = i - row.periods.length;
  return r < row.realisations.length ? row.realisations[r] : row.progress[r - row.realisations.length];
}
