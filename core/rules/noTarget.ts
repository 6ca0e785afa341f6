import { hasValue } from '../values/parseValue';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

/**
 * `no-target`: an output with no target in any period. In indicator tables an explicit `n/a`
 * counts as an answer (not measured that year); only an all-blank row is reported there.
 */
export const noTarget: Rule = {
  codes: ['no-target'],
  check(matrix) {
    const { header } = matrix;
    const targets = header.periods.map((p, i) => ({ p, i })).filter((x) => x.p.measure === 'target');
    if (targets.length === 0) return [];
    const naCounts = matrix.kind === 'indikator';
    const labels = targets.map((x) => x.p.label).join(', ');
    const found: RawFinding[] = [];
    for (const row of outputRows(matrix)) {
      const values = targets.map((x) => row.periods[x.i]);
      if (values.some((v) => hasValue(v) || v.kind === 'invalid')) continue;
      if (naCounts && values.some((v) => v.kind === 'none')) continue;
      found.push({ code: 'no-target', row: row.index, col: targets[0].p.index, columnKey: targets[0].p.key, params: { periods: labels } });
    }
    return found;
  },
};
