import { formatParsed } from '../values/formatValue';
import type { ParsedValue } from '../values/parseValue';
import { sameFigure } from '../values/sameFigure';
import { bilingualValue } from './bilingualValue';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

type Num = Extract<ParsedValue, { kind: 'number' }>;
/** The kinds of value a Total is checked against: figures and rungs (and a blank Total). */
const SUMMABLE = new Set<ParsedValue['kind']>(['number', 'ordinal', 'empty']);
type Ord = Extract<ParsedValue, { kind: 'ordinal' }>;


/**
 * `total-mismatch`: Total is neither the sum of the period targets (cumulative targets) nor the
 * last of them (end-of-period targets such as a percentage, an index or a grade). A blank Total on
 * a row with numeric targets is reported too; when only one period has a target the fix is certain.
 */
export const totalMismatch: Rule = {
  codes: ['total-mismatch'],
  check(matrix) {
    const totalIndex = matrix.header.keyIndex.get('total');
    if (totalIndex === undefined) return [];
    const found: RawFinding[] = [];
    // The Total adds up the targets; a baseline is no target.
    const isTarget = matrix.header.periods.map((p) => p.measure === 'target');
    for (const row of outputRows(matrix)) {
      const total = row.total;
      if (!total || !SUMMABLE.has(total.kind)) continue;
      const targets: { v: ParsedValue; i: number }[] = [];
      for (let i = 0; i < row.periods.length; i++) if (isTarget[i]) targets.push({ v: row.periods[i], i });
      const filled = targets.filter((x) => x.v.kind === 'number' || x.v.kind === 'ordinal');
      // A range, a bound, a score with its grade or a schedule mark has no single sum; its Total is not checked.
      if (filled.length === 0 || targets.some((x) => !SUMMABLE.has(x.v.kind) && x.v.kind !== 'none')) continue;
      const numbers = filled.filter((x) => x.v.kind === 'number') as { v: Num; i: number }[];
      const last = filled[filled.length - 1];
      const base = { code: 'total-mismatch', row: row.index, col: totalIndex, columnKey: 'total' } as const;

      if (numbers.length === filled.length) {
        const sum = numbers.reduce((s, x) => s + x.v.value, 0);
        const params = () => ({ sum: bilingualValue({ kind: 'number', value: sum, percent: numbers.every((x) => x.v.percent) }), last: bilingualValue(last.v) });
        if (total.kind === 'empty') {
          const certain = filled.length === 1;
          const periodCell = matrix.header.periods[last.i].index;
          const fixed = row.values[periodCell];
          found.push({
            ...base,
            variant: 'blank',
            params: params(),
            fix: certain ? { params: { fixed: formatParsed(last.v, 'id') }, edits: [{ row: row.index, col: totalIndex, value: fixed }] } : undefined,
          });
          continue;
        }
        if (total.kind !== 'number') continue; // a grade as Total of numbers is a unit problem, not a sum
        if (sameFigure(total.value, sum) || sameFigure(total.value, (last.v as Num).value)) continue;
        found.push({ ...base, params: { ...params(), total: bilingualValue(total) } });
        continue;
      }

      // Grades, opinions and stages: the Total must be the last one. A blank Total is the norm for stages.
      if (total.kind === 'empty') continue;
      const lastOrd = last.v as Ord;
      if (last.v.kind === 'ordinal' && total.kind === 'ordinal' && total.ladder === lastOrd.ladder && total.rank === lastOrd.rank) continue;
      if (last.v.kind === 'ordinal') found.push({ ...base, variant: 'ordinal', params: { total: bilingualValue(total), last: bilingualValue(last.v) } });
    }
    return found;
  },
};
