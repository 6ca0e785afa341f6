import { cellText } from '../grid';
import { unitKind } from '../values/unitKind';
import { bilingualValue } from './bilingualValue';
import { outputRows } from './outputs';
import type { VariantOf } from '../findings/catalogue';
import type { ParsedValue } from '../values/parseValue';
import type { RawFinding, Rule } from './rule';

/**
 * `unit-mismatch`: a target that does not fit its Satuan: half a Dokumen, a percentage counted in
 * Unit Kerja, a Persentase written without `%`, a grade where a number is due (or the reverse),
 * or period targets that mix numbers and grades. Stages (Draft … Mon ev) fit any unit.
 */
export const unitMismatch: Rule = {
  codes: ['unit-mismatch'],
  check(matrix) {
    const { header } = matrix;
    const satuan = header.keyIndex.get('satuan');
    if (satuan === undefined) return [];
    const found: RawFinding[] = [];
    for (const row of outputRows(matrix)) {
      const unit = cellText(row.values[satuan]);
      if (unit === '') continue;
      const kind = unitKind(unit);
      let firstNumber: number | undefined;
      let firstGrade: number | undefined;
      row.periods.forEach((v, i) => {
        const p = header.periods[i];
        const at = (variant: Exclude<VariantOf<'unit-mismatch'>, 'mixed'>) =>
          found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant, params: { unit, value: bilingualValue(v) } });
        const mixed = (other: ParsedValue) =>
          found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant: 'mixed', params: { unit, value: bilingualValue(v), other: bilingualValue(other) } });
        if (v.kind === 'number') {
          firstNumber ??= i;
          if (kind === 'count' && v.percent) return at('percent-for-count');
          if (kind === 'count' && !Number.isInteger(Math.round(v.value * 1e9) / 1e9)) return at('fraction');
          if (kind === 'percent' && !v.percent) return at('not-percent');
          if (kind === 'grade') return at('number-for-ordinal');
        } else if (v.kind === 'ordinal' && v.ladder !== 'tahap') {
          firstGrade ??= i;
          if (kind === 'count' || kind === 'percent' || kind === 'score') return at('ordinal-for-number');
          if (firstNumber !== undefined) return mixed(row.periods[firstNumber]);
        }
        if (v.kind === 'number' && firstGrade !== undefined && kind !== 'grade') mixed(row.periods[firstGrade]);
      });
    }
    return found;
  },
};
