import { cellText } from '../grid';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import { hasValue, type ParsedValue } from '../values/parseValue';
import { columnTitle } from './columnTitle';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

/**
 * The target a realisation is measured against: the target of the same period, or for a
 * whole-year realisation of the plan year (`Realisasi Tahun 2023`), the row's Total.
 */
export function targetOfRealisation(matrix: Matrix, row: MatrixRow, realisation: number): ParsedValue | undefined {
  const { header } = matrix;
  const slot = header.realisations[realisation].slot;
  const same = header.periods.findIndex((p) => p.slot === slot && p.measure === 'target');
  if (same >= 0) return row.periods[same];
  const r = header.realisations[realisation];
  if (r.wholeYear && r.year !== undefined && r.year === header.planYear) return row.total;
  return undefined;
}

/** `realisation-without-target`: a realisation entered for a period in which the output has no target. */
export const realisationWithoutTarget: Rule = {
  codes: ['realisation-without-target'],
  check(matrix) {
    const found: RawFinding[] = [];
    const { realisations } = matrix.header;
    if (realisations.length === 0) return found;
    for (const row of outputRows(matrix)) {
      row.realisations.forEach((v, i) => {
        if (!hasValue(v)) return;
        const target = targetOfRealisation(matrix, row, i);
        if (target && target.kind !== 'empty' && target.kind !== 'none') return;
        const p = realisations[i];
        found.push({ code: 'realisation-without-target', row: row.index, col: p.index, columnKey: p.key, params: { value: cellText(row.values[p.index]), column: columnTitle(matrix, p.index) } });
      });
    }
    return found;
  },
};
