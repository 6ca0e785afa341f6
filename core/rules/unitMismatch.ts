import { cellText } from '../grid';
import { unitKind, unitsAgree } from '../values/unitKind';
import { bilingualValue } from './bilingualValue';
import { outputRows } from './outputs';
import type { VariantOf } from '../findings/catalogue';
import type { ParsedValue } from '../values/parseValue';
import type { RawFinding, Rule } from './rule';

/**
 * `unit-mismatch`: a target that does not fit its Satuan: half a Dokumen, a percentage counted in
 * Unit Kerja, a Persentase written without `%` whose reading is not certain (core/model/percentConvention.ts),
 * a grade where a number is due (or the reverse), a figure written with another unit (`2 Laporan`
 * under Satuan Dokumen), or period targets that mix numbers and grades. Stages (Draft … Mon ev),
 * scores with their grades and schedule marks fit any unit; a bound is checked as its figure.
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
        const at = (variant: Exclude<VariantOf<'unit-mismatch'>, 'mixed' | 'unit'>) =>
          found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant, params: { unit, value: bilingualValue(v) } });
        const mixed = (other: ParsedValue) =>
          found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant: 'mixed', params: { unit, value: bilingualValue(v), other: bilingualValue(other) } });
        if (v.kind === 'number' || v.kind === 'bound') {
          firstNumber ??= i;
          if (v.unit !== undefined && !unitsAgree(v.unit, unit)) {
            found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant: 'unit', params: { unit, value: bilingualValue(v), written: v.unit } });
            return;
          }
          if (kind === 'count' && v.percent) return at('percent-for-count');
          if (kind === 'count' && v.kind === 'number' && !Number.isInteger(Math.round(v.value * 1e9) / 1e9)) return at('fraction');
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
