import type { RawFinding, Rule } from './rule';

/** `blank-row`: an empty row between rows of the matrix (trailing blank rows are not reported). */
export const blankRow: Rule = {
  codes: ['blank-row'],
  check(matrix) {
    const col = matrix.header.columns[0]?.index ?? 0;
    const { rows } = matrix;
    // Blank rows after the last row with content are the sheet's end, not a gap.
    let lastContent = rows.length - 1;
    while (lastContent >= 0 && rows[lastContent].kind === 'blank') lastContent--;
    const found: RawFinding[] = [];
    for (let i = 0; i < lastContent; i++) if (rows[i].kind === 'blank') found.push({ code: 'blank-row', row: rows[i].index, col, columnKey: '' });
    return found;
  },
};
