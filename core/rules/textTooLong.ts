import { EXCEL_CELL_CHARS } from '../plan/cellText';
import type { RawFinding, Rule } from './rule';

/**
 * `text-too-long`: a cell of the matrix holding more text than an Excel cell can (32,767
 * characters; a CSV or a Google Sheet holds more). Nothing is lost in the matrix itself, but the
 * summary tab, which every host writes the same, shows such a text cut short (core/plan/cellText.ts).
 */
export const textTooLong: Rule = {
  codes: ['text-too-long'],
  check(matrix) {
    const found: RawFinding[] = [];
    const keyAt = new Map(matrix.header.columns.map((c) => [c.index, c.key] as const));
    matrix.grid.values.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (typeof value !== 'string' || value.length <= EXCEL_CELL_CHARS) continue;
        found.push({ code: 'text-too-long', row: r, col: c, columnKey: keyAt.get(c) ?? '', params: { length: value.length, limit: EXCEL_CELL_CHARS } });
      }
    });
    return found;
  },
};
