import { hasValue } from '../values/parseValue';
import type { MatrixRow } from '../model/readMatrix';
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
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      if (answered(row, targets, naCounts)) continue;
      found.push({ code: 'no-target', row: row.index, col: targets[0].p.index, columnKey: targets[0].p.key, params: { periods: labels } });
    }
    return found;
  },
};

/** Whether a row has a target (or one that was not read) in some period, or with `naCounts` an explicit `n/a`. */
function answered(row: MatrixRow, targets: readonly { i: number }[], naCounts: boolean): boolean {
  for (let t = 0; t < targets.length; t++) {
    const v = row.periods[targets[t].i];
    if (hasValue(v) || v.kind === 'invalid' || (naCounts && v.kind === 'none')) return true;
  }
  return false;
}
