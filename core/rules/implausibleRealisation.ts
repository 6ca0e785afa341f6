import { cellText } from '../grid';
import { seriesReader } from '../attainment/attainMatrix';
import { inferAgregasi } from '../attainment/inferAgregasi';
import type { PeriodColumn } from '../layout/detectHeader';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import type { ParsedValue, PercentConvention } from '../values/parseValue';
import { formatNumber } from '../values/formatValue';
import { sameFigure } from '../values/sameFigure';
import type { Bilingual } from '../i18n';
import { namesOnlyUnit } from '../values/unitKind';
import { bilingualValue } from './bilingualValue';
import { columnTitle } from './columnTitle';
import { outputRows } from './outputs';
import { realisationTargets } from './realisationWithoutTarget';
import type { RawFinding, Rule } from './rule';

/** How far off a realisation must be from its target to look like a slip: two orders of magnitude. */
const MAGNITUDE = 100;

/**
 * `implausible-realisation` (warning, at the cell): a realisation that was read but does not look
 * like what the row measures —
 * - `magnitude`: 100 times its target or more, or a hundredth or less (`1109` against `1,1`: a lost
 *   decimal comma);
 * - `no-quantity`: a unit alone, no figure (`Laporan`, `rekomendasi`);
 * - `percent-flip`: the row's realisation percentages written in different ways (`25%`, `0,5625`, `75`);
 * - `regression`: a realised state lower than an earlier one where the targets are cumulative states.
 */
export const implausibleRealisation: Rule = {
  codes: ['implausible-realisation'],
  check(matrix) {
    const { header } = matrix;
    if (header.realisations.length === 0) return [];
    const satuan = header.keyIndex.get('satuan');
    const series = seriesReader(matrix);
    const nearestTarget = targetFinder(matrix);
    const found: RawFinding[] = [];
    const cell = (row: MatrixRow, p: PeriodColumn) => ({ row: row.index, col: p.index, columnKey: p.key });
    const value = (row: MatrixRow, p: PeriodColumn) => cellText(row.values[p.index]);
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      let unit: string | undefined;
      let flip: { p: PeriodColumn; i: number; how: Notation } | undefined;
      let flipped = false;
      let highest: { p: PeriodColumn; v: number } | undefined;
      // Whether the targets are cumulative states is asked only of a row whose realisation goes down.
      let states: boolean | undefined;
      for (let i = 0; i < row.realisations.length; i++) {
        const v = row.realisations[i];
        const p = header.realisations[i];
        if (v.kind === 'invalid' && namesOnlyUnit(v.text, (unit ??= satuan === undefined ? '' : cellText(row.values[satuan])))) {
          found.push({ ...cell(row, p), code: 'implausible-realisation', variant: 'no-quantity', params: { value: v.text, column: columnTitle(matrix, p.index) } });
          continue;
        }
        if (v.kind !== 'number') continue;
        const target = nearestTarget(row, i);
        if (target && offByMagnitude(target, v)) {
          found.push({ ...cell(row, p), code: 'implausible-realisation', variant: 'magnitude', params: { value: value(row, p), column: columnTitle(matrix, p.index), target: bilingualValue(target) } });
        }
        const how = notation(v);
        if (how && !flipped) {
          if (!flip) flip = { p, i, how };
          else if (flip.how !== how) {
            flipped = true;
            const before = row.realisations[flip.i] as typeof v;
            found.push({ ...cell(row, p), code: 'implausible-realisation', variant: 'percent-flip', params: { value: written(v), column: columnTitle(matrix, p.index), other: written(before), otherColumn: columnTitle(matrix, flip.p.index), read: bilingualValue(v) } });
          }
        }
        if (highest && p.year !== undefined && highest.p.year !== undefined && p.year !== highest.p.year) highest = undefined;
        if (highest && v.value < highest.v && !sameFigure(v.value, highest.v) && (states ??= inferAgregasi(series(row)).states === true)) {
          found.push({ ...cell(row, p), code: 'implausible-realisation', variant: 'regression', params: { value: value(row, p), column: columnTitle(matrix, p.index), previous: value(row, highest.p), previousColumn: columnTitle(matrix, highest.p.index) } });
        }
        if (!highest || v.value > highest.v) highest = { p, v: v.value };
      }
    }
    return found;
  },
};

type Notation = 'tanda' | PercentConvention;

/** A percentage as it was written: `25%`, or the bare figure the percent convention read (`0,5625`, `75`). */
function written(v: Extract<ParsedValue, { kind: 'number' }>): Bilingual {
  if (!v.assumed) return bilingualValue(v);
  const figure = v.assumed === 'poin' ? v.value * 100 : v.value;
  return { id: formatNumber(figure, 'id'), en: formatNumber(figure, 'en') };
}

/** How a percentage was written: with `%` (or a % format), or as points or a fraction read by the percent convention. */
function notation(v: Extract<ParsedValue, { kind: 'number' }>): Notation | undefined {
  if (!v.percent) return undefined;
  return v.assumed ?? 'tanda';
}

/**
 * Prepares, once per matrix, the target each realisation answers: its own period's, else the
 * nearest earlier one that asks for something, else the nearest later one (of the same year).
 */
function targetFinder(matrix: Matrix): (row: MatrixRow, realisation: number) => ParsedValue | undefined {
  const { header } = matrix;
  const targets = header.periods.map((p, i) => ({ p, i })).filter((x) => x.p.measure === 'target');
  const targetOf = realisationTargets(matrix);
  return (row, i) => {
    const own = targetOf(row, i);
    if (own?.kind === 'number' && own.value !== 0) return own;
    const r = header.realisations[i];
    let earlier: ParsedValue | undefined;
    let later: ParsedValue | undefined;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k];
      const v = row.periods[t.i];
      if (v.kind !== 'number' || v.value === 0 || (t.p.year ?? r.year) !== r.year) continue;
      if (t.p.to <= r.to) earlier = v;
      else later ??= v;
    }
    return earlier ?? later;
  };
}

/** A realisation 100 times its target or more, or a hundredth of it or less (a realisation of 0 is no slip). */
function offByMagnitude(target: ParsedValue, real: Extract<ParsedValue, { kind: 'number' }>): boolean {
  // Only like against like: a % realisation against a count is progress (attainSeries.ts), no slip.
  if (target.kind !== 'number' || target.percent !== real.percent || target.value <= 0 || real.value <= 0) return false;
  return real.value / target.value >= MAGNITUDE || target.value / real.value >= MAGNITUDE;
}
