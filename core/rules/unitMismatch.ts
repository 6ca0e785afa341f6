import { cellText } from '../grid';
import { unitKind, unitsAgree, type UnitKind } from '../values/unitKind';
import { bilingualValue } from './bilingualValue';
import { outputRows } from './outputs';
import type { VariantOf } from '../findings/catalogue';
import type { ParsedValue } from '../values/parseValue';
import type { PeriodColumn } from '../layout/detectHeader';
import type { MatrixRow } from '../model/readMatrix';
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
    const at = (row: MatrixRow, p: PeriodColumn, unit: string, v: ParsedValue, variant: Exclude<VariantOf<'unit-mismatch'>, 'mixed' | 'unit'>) =>
      found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant, params: { unit, value: bilingualValue(v) } });
    const mixed = (row: MatrixRow, p: PeriodColumn, unit: string, v: ParsedValue, other: ParsedValue) =>
      found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant: 'mixed', params: { unit, value: bilingualValue(v), other: bilingualValue(other) } });
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      const unit = cellText(row.values[satuan]);
      if (unit === '') continue;
      const kind = unitKind(unit);
      let firstNumber: number | undefined;
      let firstGrade: number | undefined;
      for (let i = 0; i < row.periods.length; i++) {
        const v = row.periods[i];
        const p = header.periods[i];
        if (v.kind === 'number' || v.kind === 'bound') {
          firstNumber ??= i;
          if (v.unit !== undefined && !unitsAgree(v.unit, unit)) {
            found.push({ code: 'unit-mismatch', row: row.index, col: p.index, columnKey: p.key, variant: 'unit', params: { unit, value: bilingualValue(v), written: v.unit } });
            continue;
          }
          const variant = numberMismatch(v, kind);
          if (variant) {
            at(row, p, unit, v, variant);
            continue;
          }
        } else if (v.kind === 'ordinal' && v.ladder !== 'tahap') {
          firstGrade ??= i;
          if (kind === 'count' || kind === 'percent' || kind === 'score') {
            at(row, p, unit, v, 'ordinal-for-number');
            continue;
          }
          if (firstNumber !== undefined) {
            mixed(row, p, unit, v, row.periods[firstNumber]);
            continue;
          }
        }
        if (v.kind === 'number' && firstGrade !== undefined && kind !== 'grade') mixed(row, p, unit, v, row.periods[firstGrade]);
      }
    }
    return found;
  },
};

/** What is wrong with a figure under a Satuan of this kind, if anything. */
function numberMismatch(v: Extract<ParsedValue, { kind: 'number' | 'bound' }>, kind: UnitKind): Exclude<VariantOf<'unit-mismatch'>, 'mixed' | 'unit' | 'ordinal-for-number'> | undefined {
  if (kind === 'count' && v.percent) return 'percent-for-count';
  if (kind === 'count' && v.kind === 'number' && !Number.isInteger(Math.round(v.value * 1e9) / 1e9)) return 'fraction';
  if (kind === 'percent' && !v.percent) return 'not-percent';
  if (kind === 'grade') return 'number-for-ordinal';
  return undefined;
}
