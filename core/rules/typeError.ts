import { cellText } from '../grid';
import { columnTitle } from './columnTitle';
import { outputRows } from './outputs';
import { periodValues } from './periodValues';
import type { RawFinding, Rule } from './rule';

/** `type-error`: a period target, realisation or Total that cannot be read as a number, percentage, grade, opinion or stage. */
export const typeError: Rule = {
  codes: ['type-error'],
  check(matrix) {
    const { header } = matrix;
    const totalIndex = header.keyIndex.get('total');
    const found: RawFinding[] = [];
    for (const row of outputRows(matrix)) {
      for (const { v, p } of periodValues(matrix, row)) {
        if (v.kind !== 'invalid') continue;
        found.push({ code: 'type-error', row: row.index, col: p.index, columnKey: p.key, params: { value: cellText(row.values[p.index]), column: columnTitle(matrix, p.index) } });
      }
      if (row.total?.kind === 'invalid' && totalIndex !== undefined) {
        found.push({ code: 'type-error', row: row.index, col: totalIndex, columnKey: 'total', params: { value: cellText(row.values[totalIndex]), column: columnTitle(matrix, totalIndex) } });
      }
    }
    return found;
  },
};
