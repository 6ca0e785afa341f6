import type { RawFinding, Rule } from './rule';

/** `missing-label`: a required column (Rencana Aksi, Satuan, Koordinator, the period targets …) is absent from the header. */
export const missingLabel: Rule = {
  codes: ['missing-label'],
  check(matrix) {
    const { header } = matrix;
    const col = header.columns[0]?.index ?? 0;
    const found: RawFinding[] = header.missing.map((def) => ({ code: 'missing-label', row: header.firstRow, col, columnKey: def.key, params: { label: def.title } }));
    if (header.layout.needsPeriods && !header.periods.some((p) => p.measure === 'target')) {
      found.push({ code: 'missing-label', row: header.firstRow, col, columnKey: 'periode', variant: 'periods' });
    }
    return found;
  },
};
