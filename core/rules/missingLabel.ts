import type { Matrix } from '../model/readMatrix';
import { headerParams } from './headerParams';
import type { RawFinding, Rule } from './rule';

function lacksPeriods(matrix: Matrix): boolean {
  return matrix.header.layout.needsPeriods && !matrix.header.periods.some((p) => p.measure === 'target');
}

/** `missing-label`: a required column (Rencana Aksi, Satuan, Koordinator, the period targets …) is absent from the header. */
export const missingLabel: Rule = {
  codes: ['missing-label'],
  check(matrix) {
    const { header } = matrix;
    const col = header.columns[0]?.index ?? 0;
    const about = header.missing.length > 0 || lacksPeriods(matrix) ? headerParams(matrix) : undefined;
    const found: RawFinding[] = header.missing.map((def) => ({ code: 'missing-label', row: header.firstRow, col, columnKey: def.key, params: { label: def.title, ...about! } }));
    if (lacksPeriods(matrix)) found.push({ code: 'missing-label', row: header.firstRow, col, columnKey: 'periode', variant: 'periods', params: about! });
    return found;
  },
};
