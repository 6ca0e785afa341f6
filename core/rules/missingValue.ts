import { isBlank } from '../grid';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

/**
 * `missing-value`: a required cell of an output is blank after group cells are filled down
 * (Kegiatan Utama, Rencana Aksi, Satuan, output Indikator, Koordinator …).
 */
export const missingValue: Rule = {
  codes: ['missing-value'],
  check(matrix) {
    // The action column must be filled wherever it is (a Sub Kegiatan that is the action, too).
    const required = matrix.header.columns.filter((c) => c.def?.requiredValue || (c.key === matrix.header.action && c.def));
    const found: RawFinding[] = [];
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      for (let r = 0; r < required.length; r++) {
        const c = required[r];
        if (!isBlank(row.values[c.index] ?? null)) continue;
        found.push({ code: 'missing-value', row: row.index, col: c.index, columnKey: c.key, params: { column: c.def!.title } });
      }
    }
    return found;
  },
};
