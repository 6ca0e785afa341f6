import { labelRow } from './labelCell';
import type { Rule } from './rule';

/** `extra-label`: a labelled column the layout does not know. It is kept, not read. (The sheet's own quarterly Capaian and Status are known: not reported.) */
export const extraLabel: Rule = {
  codes: ['extra-label'],
  check(matrix) {
    return matrix.header.extras.filter((e) => !e.computed).map((e) => ({ code: 'extra-label' as const, row: labelRow(matrix, e.index), col: e.index, columnKey: '', params: { label: e.label } }));
  },
};
