import type { Rule } from './rule';

/** `blank-row`: an empty row between rows of the matrix (trailing blank rows are not reported). */
export const blankRow: Rule = {
  codes: ['blank-row'],
  check(matrix) {
    const col = matrix.header.columns[0]?.index ?? 0;
    let lastContent = -1;
    matrix.rows.forEach((r, i) => {
      if (r.kind !== 'blank') lastContent = i;
    });
    return matrix.rows
      .filter((r, i) => r.kind === 'blank' && i < lastContent)
      .map((r) => ({ code: 'blank-row' as const, row: r.index, col, columnKey: '' }));
  },
};
