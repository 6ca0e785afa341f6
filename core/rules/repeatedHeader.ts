import type { Rule } from './rule';

/** `repeated-header`: a page-break copy of the header inside the data. Skipped by the reader. */
export const repeatedHeader: Rule = {
  codes: ['repeated-header'],
  check(matrix) {
    const col = matrix.header.columns[0]?.index ?? 0;
    return matrix.rows.filter((r) => r.kind === 'repeated-header').map((r) => ({ code: 'repeated-header' as const, row: r.index, col, columnKey: '' }));
  },
};
