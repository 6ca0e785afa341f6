import type { CellValue } from '../grid';
import { remember } from '../remember';
import { isPercentFormat, parseValue, type ParsedValue, type Side } from './parseValue';

/** The most distinct texts (and figures) one reader remembers: a sheet of unique texts must not grow it without end. */
const REMEMBERED = 100000;

/**
 * `parseValue` for many cells read one after another: a column repeats the same texts and figures
 * (`100%`, `WTP`, `3`), so each distinct one is read once. Parsed values are never modified, so
 * sharing them is safe.
 */
export function memoParse(side: Side = 'target'): (cell: CellValue | undefined, numberFormat?: string | null) => ParsedValue {
  // A text reads the same under any number format; a figure differs only by whether its format shows a percentage.
  const text = remember((cell: string) => oneShape(parseValue(cell, undefined, side)), REMEMBERED);
  const plain = remember((cell: number) => oneShape(parseValue(cell, undefined, side)), REMEMBERED);
  const percent = remember((cell: number) => oneShape(parseValue(cell, PERCENT, side)), REMEMBERED);
  return (cell, numberFormat) => {
    if (typeof cell === 'string') return text(cell);
    if (cell === null || cell === undefined) return EMPTY;
    // A Map holds -0 and 0 as one key; -0 is read afresh so it keeps its sign.
    if (typeof cell !== 'number' || Object.is(cell, -0)) return oneShape(parseValue(cell, numberFormat, side));
    return percentFormat(numberFormat) ? percent(cell) : plain(cell);
  };
}

/**
 * A parsed value with the fields of every kind, in one order (those of other kinds undefined). The
 * rules read `kind`, `value`, `percent` … of every target of a long matrix, and V8 reads a field
 * fastest from objects of one shape: parseValue's kinds make nine or more. JSON, `toEqual` and every
 * reader of the value see what parseValue gave.
 */
export function oneShape(v: ParsedValue): ParsedValue {
  const f = v as Partial<Record<(typeof FIELDS)[number], unknown>>;
  const shaped = {
    kind: v.kind,
    value: f.value,
    percent: f.percent,
    unit: f.unit,
    canonical: f.canonical,
    note: f.note,
    assumed: f.assumed,
    low: f.low,
    high: f.high,
    op: f.op,
    ladder: f.ladder,
    rank: f.rank,
    label: f.label,
    score: f.score,
    grade: f.grade,
    done: f.done,
    mark: f.mark,
    text: f.text,
  };
  return shaped as ParsedValue;
}

/** Every field a parsed value of some kind may have, but `kind`. */
export const FIELDS = ['value', 'percent', 'unit', 'canonical', 'note', 'assumed', 'low', 'high', 'op', 'ladder', 'rank', 'label', 'score', 'grade', 'done', 'mark', 'text'] as const;

const EMPTY = oneShape(parseValue(null));

/** A number format that shows a percentage (any does: parseValue asks only that). */
const PERCENT = '0%';

const isPercent = remember(isPercentFormat, 1000);

/** `isPercentFormat`, remembered per format (a sheet has a handful). */
function percentFormat(format: string | null | undefined): boolean {
  return !!format && isPercent(format);
}
