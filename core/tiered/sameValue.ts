import { cellText, isBlank, type CellValue } from '../grid';

/**
 * Whether two cells hold the same value as a reader sees it: blanks alike, numbers equal to within
 * rounding (`0.1 + 0.2` is `0.3`), dates by their day, text after trimming and collapsing spaces.
 * A number and the text of that number (`3`, `"3"`) are the same.
 */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const blankA = isBlank(a);
  const blankB = isBlank(b);
  if (blankA || blankB) return blankA === blankB;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return shownText(a) === shownText(b);
}

/** A cell's text with runs of white space as one space: how a log quotes it. */
export function shownText(value: CellValue | undefined): string {
  return cellText(value ?? null).replace(/\s+/g, ' ');
}
