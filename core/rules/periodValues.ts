import type { PeriodColumn } from '../layout/detectHeader';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import type { ParsedValue } from '../values/parseValue';

/** Every target, realisation and progress cell of an output row with its column, targets first. */
export function periodValues(matrix: Matrix, row: MatrixRow): { v: ParsedValue; p: PeriodColumn }[] {
  const { periods, realisations, progress } = matrix.header;
  const values = [...row.periods.map((v, i) => ({ v, p: periods[i] })), ...row.realisations.map((v, i) => ({ v, p: realisations[i] }))];
  for (let i = 0; i < row.progress.length; i++) values.push({ v: row.progress[i], p: progress[i] });
  return values;
}
