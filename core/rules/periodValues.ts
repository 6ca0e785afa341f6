import type { PeriodColumn } from '../layout/detectHeader';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import type { ParsedValue } from '../values/parseValue';

/** Every target, realisation and progress cell of an output row with its column, targets first. */
export function periodValues(matrix: Matrix, row: MatrixRow): { v: ParsedValue; p: PeriodColumn }[] {
  const { periods, realisations, progress } = matrix.header;
  return [...row.periods.map((v, i) => ({ v, p: periods[i] })), ...row.realisations.map((v, i) => ({ v, p: realisations[i] })), ...row.progress.map((v, i) => ({ v, p: progress[i] }))];
}
