import { matchChoice } from '../values/choice';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

/** `invalid-choice`: a value outside a column's fixed list (Keterangan: Rutin / Penguatan; Jenis kegiatan aksi). */
export const invalidChoice: Rule = {
  codes: ['invalid-choice'],
  check(matrix) {
    const choices = matrix.header.columns.filter((c) => c.def?.role === 'choice');
    const found: RawFinding[] = [];
    for (const row of outputRows(matrix)) {
      for (const c of choices) {
        // A value read from a merged cell above is reported once, at the cell that holds it.
        const allowed = c.def!.choices!;
        const { text, match } = matchChoice(matrix.grid.values[row.index]?.[c.index], allowed);
        if (text === '' || match) continue;
        found.push({ code: 'invalid-choice', row: row.index, col: c.index, columnKey: c.key, params: { value: text, column: c.def!.title, choices: allowed.join(' / ') } });
      }
    }
    return found;
  },
};
