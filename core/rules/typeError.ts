import { cellText } from '../grid';
import { namesOnlyUnit } from '../values/unitKind';
import { columnTitle } from './columnTitle';
import { outputRows } from './outputs';
import { periodValues } from './periodValues';
import type { RawFinding, Rule } from './rule';

/**
 * `type-error`: a period target, realisation, progress or Total that cannot be read as a number,
 * percentage, grade, opinion or stage. A realisation that names only its unit (`Laporan`) is
 * `implausible-realisation` instead: it was read, but says no quantity.
 */
export const typeError: Rule = {
  codes: ['type-error'],
  check(matrix) {
    const { header } = matrix;
    const totalIndex = header.keyIndex.get('total');
    const satuan = header.keyIndex.get('satuan');
    const found: RawFinding[] = [];
    for (const row of outputRows(matrix)) {
      for (const { v, p } of periodValues(matrix, row)) {
        if (v.kind !== 'invalid') continue;
        if (p.measure === 'realisasi' && namesOnlyUnit(v.text, satuan === undefined ? '' : cellText(row.values[satuan]))) continue;
        found.push({ code: 'type-error', row: row.index, col: p.index, columnKey: p.key, params: { value: cellText(row.values[p.index]), column: columnTitle(matrix, p.index) } });
      }
      if (row.total?.kind === 'invalid' && totalIndex !== undefined) {
        found.push({ code: 'type-error', row: row.index, col: totalIndex, columnKey: 'total', params: { value: cellText(row.values[totalIndex]), column: columnTitle(matrix, totalIndex) } });
      }
    }
    return found;
  },
};
