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
  const text = remember((cell: string) => parseValue(cell, undefined, side), REMEMBERED);
  const plain = remember((cell: number) => parseValue(cell, undefined, side), REMEMBERED);
  const percent = remember((cell: number) => parseValue(cell, PERCENT, side), REMEMBERED);
  return (cell, numberFormat) => {
    if (typeof cell === 'string') return text(cell);
    // A Map holds -0 and 0 as one key; -0 is read afresh so it keeps its sign.
    if (typeof cell !== 'number' || Object.is(cell, -0)) return parseValue(cell, numberFormat, side);
    return percentFormat(numberFormat) ? percent(cell) : plain(cell);
  };
}

/** A number format that shows a percentage (any does: parseValue asks only that). */
const PERCENT = '0%';

const isPercent = remember(isPercentFormat, 1000);

/** `isPercentFormat`, remembered per format (a sheet has a handful). */
function percentFormat(format: string | null | undefined): boolean {
  return !!format && isPercent(format);
}
