import { cellText, type CellValue } from '../grid';
import { namesOnlyUnit } from '../values/unitKind';
import { columnTitle } from './columnTitle';
import { outputRows } from './outputs';
import { periodColumns, periodValueAt } from './periodValues';
import type { RawFinding, Rule } from './rule';

/**
 * A day as planners type one (`30/06/2023`, `30-6-23`, `2023-06-30`) or as a date cell holds it: a
 * deadline typed where a figure belongs, reported as a date rather than read as the serial 45,107.
 */
const TYPED_DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})$/;

function isDate(value: CellValue | undefined): boolean {
  return value instanceof Date || (typeof value === 'string' && TYPED_DATE.test(value.trim()));
}

/**
 * `type-error`: a period target, realisation, progress or Total that cannot be read as a number,
 * percentage, grade, opinion or stage (a date among them). A realisation that names only its unit
 * (`Laporan`) is `implausible-realisation` instead: it was read, but says no quantity.
 */
export const typeError: Rule = {
  codes: ['type-error'],
  check(matrix) {
    const { header } = matrix;
    const totalIndex = header.keyIndex.get('total');
    const satuan = header.keyIndex.get('satuan');
    const found: RawFinding[] = [];
    const report = (row: number, col: number, columnKey: RawFinding['columnKey'], value: CellValue | undefined) => {
      const params = { value: cellText(value), column: columnTitle(matrix, col) };
      found.push(isDate(value) ? { code: 'type-error', variant: 'date', row, col, columnKey, params } : { code: 'type-error', row, col, columnKey, params });
    };
    const columns = periodColumns(matrix);
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      for (let i = 0; i < columns.length; i++) {
        const v = periodValueAt(row, i);
        if (v.kind !== 'invalid') continue;
        const p = columns[i];
        if (p.measure === 'realisasi' && namesOnlyUnit(v.text, satuan === undefined ? '' : cellText(row.values[satuan]))) continue;
        report(row.index, p.index, p.key, row.values[p.index]);
      }
      if (row.total?.kind === 'invalid' && totalIndex !== undefined) report(row.index, totalIndex, 'total', row.values[totalIndex]);
    }
    return found;
  },
};
