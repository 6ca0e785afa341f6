import type { ColumnKey } from '../layout/columnKey';
import type { Header } from '../layout/detectHeader';
import type { ParsedValue, PercentConvention } from '../values/parseValue';
import { unitKind } from '../values/unitKind';
import type { MatrixRow } from './readMatrix';

/** A column whose figures without `%` were read as percentages by assumption: one note per column. */
export interface PercentNote {
  column: { index: number; key: ColumnKey };
  /** `poin` (25 = 25%), `pecahan` (0,25 = 25%), or `campuran` when the column holds both. */
  convention: PercentConvention | 'campuran';
  /** How many cells were read so. */
  cells: number;
}

type Bare = Extract<ParsedValue, { kind: 'number' | 'range' | 'bound' }>;

/** For a reader of a few rows of a sheet (core/recheck): the sheet's own decisions, and the figures it meets. */
export interface PercentOptions {
  /** Per column index: the convention decided over the whole sheet, used instead of the rows' own. */
  decided?: ReadonlyMap<number, PercentConvention | undefined>;
  /**
   * Told each figure without `%` of a percentage row: grid row, column index, the figure (≥ 0), or for
   * a 1 its own row reads, -1 as points and -2 as a fraction (core/recheck tallies them).
   */
  seen?: (row: number, column: number, figure: number) => void;
}

/**
 * Percentages are written three ways, often in one institution: `25%`, `0,25` (with or without a %
 * format) and `25` in a row whose Satuan is a percentage. In such a row a figure without `%` is read
 * as a percentage by one rule, column by column:
 * - above 1: percentage points (25 = 25%);
 * - between 0 and 1: a fraction (0,25 = 25%);
 * - exactly 1: as the row's other figures count (`0,25 · 0,5 · 0,75 · 1` is a row of fractions, so
 *   its 1 is 100%), else as its column counts (1% in points, 100% in fractions); where neither
 *   tells, it is left unread as a percentage (`unit-mismatch`: 1% or 100%?);
 * - 0 is 0%.
 * A column counts in points when its figures without `%` in percentage rows include one above 1 and
 * none between 0 and 1, in fractions for the reverse. Targets and realisations are columns of their
 * own (the Total too), so `25` as target and `0,2` as realisation compare as 25% and 20%. Rows whose Satuan is not a
 * percentage, and figures written with `%` or a unit, are left as they are.
 *
 * Rewrites the values of `outputs` in place and returns one note per column that needed the rule.
 */
export function applyPercentConvention(header: Header, outputs: MatrixRow[], options: PercentOptions = {}): PercentNote[] {
  const satuan = header.keyIndex.get('satuan');
  if (satuan === undefined || outputs.length === 0) return [];
  const total = header.keyIndex.get('total');
  const columns: { index: number; key: ColumnKey }[] = [...header.periods, ...header.realisations, ...(total === undefined ? [] : [{ index: total, key: 'total' as ColumnKey }])];
  const targets = header.periods.length;
  const realisations = header.realisations.length;
  // One pass over the outputs: the figures without % of percentage rows, by column. Only they are looked at again.
  const found: { row: MatrixRow; v: Bare }[][] = columns.map(() => []);
  // How each percentage row's own figures count, for its figures of exactly 1.
  const rowCounts = new Map<MatrixRow, Counting>();
  let lastUnit: unknown;
  let percent = false;
  // The figures of the row being read, in one list reused for every row.
  const rowFigures: Bare[] = [];
  const add = (row: MatrixRow, c: number, v: Bare | undefined) => {
    if (!v) return;
    found[c].push({ row, v });
    rowFigures.push(v);
  };
  // Loops by index: a `for…of` makes an object per step until the loop is optimised.
  for (let o = 0; o < outputs.length; o++) {
    const row = outputs[o];
    const unit = row.values[satuan];
    if (unit !== lastUnit) {
      lastUnit = unit;
      percent = typeof unit === 'string' && unitKind(unit.trim()) === 'percent';
    }
    if (!percent) continue;
    rowFigures.length = 0;
    for (let i = 0; i < targets; i++) add(row, i, bare(row.periods[i]));
    for (let i = 0; i < realisations; i++) add(row, targets + i, bare(row.realisations[i]));
    if (total !== undefined) add(row, targets + realisations, bare(row.total));
    const own = counting(rowFigures);
    if (own) rowCounts.set(row, own);
  }
  const notes: PercentNote[] = [];
  columns.forEach((column, c) => {
    const figures = found[c];
    if (figures.length === 0) return;
    if (options.seen) {
      for (const { row, v } of figures) {
        const x = figureOf(v);
        // A 1 its own row reads (see above) is told apart from one that follows its column: -1 read as points, -2 as a fraction.
        const own = x === 1 ? rowCounts.get(row) : undefined;
        options.seen(row.index, column.index, own === 'poin' ? -1 : own === 'pecahan' ? -2 : x);
      }
    }
    const convention = options.decided?.has(column.index) ? options.decided.get(column.index) : counting(figures.map(({ v }) => v));
    const used = new Set<PercentConvention>();
    let cells = 0;
    for (let f = 0; f < figures.length; f++) {
      const { row, v } = figures[f];
      const x = figureOf(v);
      const reading: PercentConvention | undefined = x > 1 ? 'poin' : x > 0 && x < 1 ? 'pecahan' : x === 1 ? (rowCounts.get(row) ?? convention) : undefined;
      if (x !== 0 && !reading) continue;
      const read: ParsedValue = reading ? { ...asPercent(v, reading === 'poin' ? 1 / 100 : 1), assumed: reading } : asPercent(v, 1);
      if (c < targets) row.periods[c] = read;
      else if (c < targets + realisations) row.realisations[c - targets] = read;
      else row.total = read;
      if (!reading) continue;
      used.add(reading);
      cells++;
    }
    if (cells > 0) notes.push({ column, convention: used.size > 1 ? 'campuran' : [...used][0], cells });
  });
  return notes;
}

type Counting = PercentConvention | undefined;

/** How figures count: in points when one is above 1 and none between 0 and 1, in fractions for the reverse. */
function counting(figures: readonly Bare[]): Counting {
  let points = false;
  let fractions = false;
  for (let i = 0; i < figures.length; i++) {
    const x = figureOf(figures[i]);
    if (x > 1) points = true;
    else if (x > 0 && x < 1) fractions = true;
  }
  return conventionFrom(points, fractions);
}

/** The one rule both this reader and core/recheck's tallies decide by: points only, fractions only, or neither. */
export function conventionFrom(points: boolean, fractions: boolean): Counting {
  return points && !fractions ? 'poin' : fractions && !points ? 'pecahan' : undefined;
}

/** A figure written without `%` and without a unit. */
function bare(v: ParsedValue | undefined): Bare | undefined {
  if (!v) return undefined;
  if ((v.kind === 'number' || v.kind === 'bound') && !v.percent && v.unit === undefined && v.value >= 0) return v;
  if (v.kind === 'range' && !v.percent && v.low >= 0) return v;
  return undefined;
}

function figureOf(v: Bare): number {
  return v.kind === 'range' ? v.high : v.value;
}

function asPercent(v: Bare, scale: number): Bare {
  if (v.kind === 'range') return { ...v, low: v.low * scale, high: v.high * scale, percent: true };
  return { ...v, value: v.value * scale, percent: true };
}
