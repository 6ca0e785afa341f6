import { memoChoice, speaksChoices } from '../values/choice';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

/**
 * `invalid-choice`: a value outside a column's fixed list (Keterangan: Rutin / Penguatan; Jenis
 * kegiatan aksi). A column that may hold free remarks instead (*Keterangan*, *Ket.* in many
 * institutions' matrices) is checked only where it speaks the list: at least half of its filled
 * cells are choices.
 */
export const invalidChoice: Rule = {
  codes: ['invalid-choice'],
  check(matrix) {
    const choices = matrix.header.columns.filter((c) => c.def?.role === 'choice');
    const found: RawFinding[] = [];
    const rows = outputRows(matrix);
    for (const c of choices) {
      const allowed = c.def!.choices!;
      const read = memoChoice(allowed);
      const outside: RawFinding[] = [];
      let filled = 0;
      for (let o = 0; o < rows.length; o++) {
        const row = rows[o];
        // A value read from a merged cell above is reported once, at the cell that holds it.
        const { text, match } = read(matrix.grid.values[row.index]?.[c.index]);
        if (text === '') continue;
        filled++;
        if (match) continue;
        outside.push({ code: 'invalid-choice', row: row.index, col: c.index, columnKey: c.key, params: { value: text, column: c.def!.title, choices: allowed.join(' / ') } });
      }
      if (!c.def!.remarks || speaksChoices(filled - outside.length, filled)) found.push(...outside);
    }
    return found.sort((a, b) => a.row - b.row || a.col - b.col);
  },
};
