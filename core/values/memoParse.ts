import type { CellValue } from '../grid';
import { isPercentFormat, parseValue, type ParsedValue, type Side } from './parseValue';

/** The most distinct texts (and figures) one reader remembers: a sheet of unique texts must not grow it without end. */
const REMEMBERED = 100000;

/**
 * `parseValue` for many cells read one after another: a column repeats the same texts and figures
 * (`100%`, `WTP`, `3`), so each distinct one is read once. Parsed values are never modified, so
 * sharing them is safe.
 */
export function memoParse(side: Side = 'target'): (cell: CellValue | undefined, numberFormat?: string | null) => ParsedValue {
  const texts = new Map<string, ParsedValue>();
  // A figure reads the same under every format but for whether the format shows a percentage.
  const plain = new Map<number, ParsedValue>();
  const percent = new Map<number, ParsedValue>();
  return (cell, numberFormat) => {
    if (typeof cell === 'string') {
      let v = texts.get(cell);
      if (v === undefined) {
        v = parseValue(cell, numberFormat, side);
        if (texts.size < REMEMBERED) texts.set(cell, v);
      }
      return v;
    }
    // A Map holds -0 and 0 as one key; -0 is read afresh so it keeps its sign.
    if (typeof cell !== 'number' || Object.is(cell, -0)) return parseValue(cell, numberFormat, side);
    const figures = percentFormat(numberFormat) ? percent : plain;
    let v = figures.get(cell);
    if (v === undefined) {
      v = parseValue(cell, numberFormat, side);
      if (figures.size < REMEMBERED) figures.set(cell, v);
    }
    return v;
  };
}

const percentFormats = new Map<string, boolean>();

/** `isPercentFormat`, remembered per format (a sheet has a handful). */
function percentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let known = percentFormats.get(format);
  if (known === undefined) {
    known = isPercentFormat(format);
    if (percentFormats.size < 1000) percentFormats.set(format, known);
  }
  return known;
}
