import { columnTitle } from './columnTitle';
import { labelRow } from './labelCell';
import type { Rule } from './rule';

/**
 * `percent-convention`: figures without `%` in percentage rows were read as percentages by the
 * documented rule (model/percentConvention.ts). Said once per column, at its label, never per cell.
 */
export const percentConvention: Rule = {
  codes: ['percent-convention'],
  check(matrix) {
    return matrix.conventions.map((note) => ({
      code: 'percent-convention' as const,
      row: labelRow(matrix, note.column.index),
      col: note.column.index,
      columnKey: note.column.key,
      variant: note.convention,
      params: { column: columnTitle(matrix, note.column.index), cells: note.cells },
    }));
  },
};
