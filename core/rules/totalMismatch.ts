import { formatParsed } from '../values/formatValue';
import type { ParsedValue } from '../values/parseValue';
import { sameFigure } from '../values/sameFigure';
import { bilingualValue } from './bilingualValue';
import { outputRows } from './outputs';
import type { RawFinding, Rule } from './rule';

type Num = Extract<ParsedValue, { kind: 'number' }>;
/** The kinds of value a Total is checked against: figures and rungs (and a blank Total). */
function summable(kind: ParsedValue['kind']): boolean {
  return kind === 'number' || kind === 'ordinal' || kind === 'empty';
}
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
    // What every finding of a row starts with, made only for a row reported (most rows add up).
    const at = (row: number) => ({ code: 'total-mismatch', row, col: totalIndex, columnKey: 'total' }) as const;
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      const total = row.total;
      if (!total || !summable(total.kind)) continue;
      // One pass over the targets: how many are filled, how many are numbers, their sum, the last filled one.
      let filled = 0;
      let numbers = 0;
      let sum = 0;
      let allPercent = true;
      let lastAt = -1;
      let unsummable = false;
      for (let i = 0; i < row.periods.length; i++) {
        if (!isTarget[i]) continue;
        const v = row.periods[i];
        if (v.kind === 'number') {
          filled++;
          numbers++;
          sum += v.value;
          allPercent &&= v.percent;
          lastAt = i;
        } else if (v.kind === 'ordinal') {
          filled++;
          lastAt = i;
        } else if (v.kind !== 'empty' && v.kind !== 'none') unsummable = true;
      }
      // A range, a bound, a score with its grade or a schedule mark has no single sum; its Total is not checked.
      if (filled === 0 || unsummable) continue;
      const last = row.periods[lastAt];

      if (numbers === filled) {
        if (total.kind === 'empty') {
          const certain = filled === 1;
          const periodCell = matrix.header.periods[lastAt].index;
          const fixed = row.values[periodCell];
          found.push({
            ...at(row.index),
            variant: 'blank',
            params: sumParams(sum, allPercent, last),
            fix: certain ? { params: { fixed: formatParsed(last, 'id') }, edits: [{ row: row.index, col: totalIndex, value: fixed }] } : undefined,
          });
          continue;
        }
        if (total.kind !== 'number') continue; // a grade as Total of numbers is a unit problem, not a sum
        if (sameFigure(total.value, sum) || sameFigure(total.value, (last as Num).value)) continue;
        found.push({ ...at(row.index), params: { ...sumParams(sum, allPercent, last), total: bilingualValue(total) } });
        continue;
      }

      // Grades, opinions and stages: the Total must be the last one. A blank Total is the norm for stages.
      if (total.kind === 'empty') continue;
      const lastOrd = last as Ord;
      if (last.kind === 'ordinal' && total.kind === 'ordinal' && total.ladder === lastOrd.ladder && total.rank === lastOrd.rank) continue;
      if (last.kind === 'ordinal') found.push({ ...at(row.index), variant: 'ordinal', params: { total: bilingualValue(total), last: bilingualValue(last) } });
    }
    return found;
  },
};

/** The params every total-mismatch of figures says: the targets' sum and the last target. */
function sumParams(sum: number, allPercent: boolean, last: ParsedValue) {
  return { sum: bilingualValue({ kind: 'number', value: sum, percent: allPercent }), last: bilingualValue(last) };
}
