import { cellText } from '../grid';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import { hasValue, type ParsedValue } from '../values/parseValue';
import { columnTitle } from './columnTitle';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

/**
 * Prepares, once per matrix, the target each realisation is measured against: the target of the same
 * period, or for a whole-year realisation of the plan year (`Realisasi Tahun 2023`), the row's Total.
 */
export function realisationTargets(matrix: Matrix): (row: MatrixRow, realisation: number) => ParsedValue | undefined {
  const { header } = matrix;
  // Per realisation: the index of its period's target, TOTAL, or NONE.
  const sources = header.realisations.map((r) => {
    const same = header.periods.findIndex((p) => p.slot === r.slot && p.measure === 'target');
    if (same >= 0) return same;
    return r.wholeYear && r.year !== undefined && r.year === header.planYear ? TOTAL : NONE;
  });
  return (row, realisation) => {
    const source = sources[realisation];
    return source >= 0 ? row.periods[source] : source === TOTAL ? row.total : undefined;
  };
}

const TOTAL = -1;
const NONE = -2;

/** `realisation-without-target`: a realisation entered for a period in which the output has no target. */
export const realisationWithoutTarget: Rule = {
  codes: ['realisation-without-target'],
  check(matrix) {
    const found: RawFinding[] = [];
    const { realisations } = matrix.header;
    if (realisations.length === 0) return found;
    const targetOf = realisationTargets(matrix);
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      for (let i = 0; i < row.realisations.length; i++) {
        if (!hasValue(row.realisations[i])) continue;
        const target = targetOf(row, i);
        if (target && target.kind !== 'empty' && target.kind !== 'none') continue;
        const p = realisations[i];
        found.push({ code: 'realisation-without-target', row: row.index, col: p.index, columnKey: p.key, params: { value: cellText(row.values[p.index]), column: columnTitle(matrix, p.index) } });
      }
    }
    return found;
  },
};
