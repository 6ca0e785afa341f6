import { cellText } from '../grid';
import { columnTitle } from './columnTitle';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

/** `stage-regression`: in time order, a stage (Draft < Naskah final < Perbaikan < Mon ev) that goes back. */
export const stageRegression: Rule = {
  codes: ['stage-regression'],
  check(matrix) {
    const { header } = matrix;
    const found: RawFinding[] = [];
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      let previous: { rank: number; col: number } | undefined;
      for (let i = 0; i < row.periods.length; i++) {
        const v = row.periods[i];
        if (v.kind !== 'ordinal' || v.ladder !== 'tahap' || header.periods[i].measure !== 'target') continue;
        const col = header.periods[i].index;
        if (previous && v.rank < previous.rank) {
          found.push({
            code: 'stage-regression',
            row: row.index,
            col,
            columnKey: header.periods[i].key,
            params: {
              value: cellText(row.values[col]),
              column: columnTitle(matrix, col),
              previous: cellText(row.values[previous.col]),
              previousColumn: columnTitle(matrix, previous.col),
            },
          });
        }
        if (!previous || v.rank >= previous.rank) previous = { rank: v.rank, col };
      }
    }
    return found;
  },
};
