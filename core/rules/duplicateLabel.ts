import { columnLetter } from '../grid';
import { labelRow } from './labelCell';
import type { Rule } from './rule';

/** `duplicate-label`: a second column with a meaning another column already has; only the first is read. */
export const duplicateLabel: Rule = {
  codes: ['duplicate-label'],
  check(matrix) {
    const { header, origin } = matrix;
    return header.duplicates.map((d) => {
      const first = header.keyIndex.get(d.key) ?? d.index;
      return { code: 'duplicate-label' as const, row: labelRow(matrix, d.index), col: d.index, columnKey: d.key, params: { label: d.label, first: columnLetter(origin.column + first) } };
    });
  },
};
