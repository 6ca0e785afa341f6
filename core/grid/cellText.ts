import { cellDayText } from '../periods/cellDay';
import type { CellValue } from './grid';

/**
 * True for an empty cell: null, undefined, text of spaces only, and NaN (a number no host shows).
 * Anything else a host may hand over (an object) is blank too.
 */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    // Most cells start with a letter or a digit: only a text starting with a space, a control or a non-ASCII character is trimmed.
    const first = value.charCodeAt(0);
    return !(first > 32 && first < 127) && value.trim() === '';
  }
  if (typeof value === 'number') return Number.isNaN(value);
  return typeof value !== 'boolean' && !(value instanceof Date);
}

/**
 * A cell as text, the way a sheet shows it and a message quotes it: text trimmed, numbers as
 * JavaScript writes them, `TRUE` / `FALSE`, a date as the ISO day the sheet shows (`2023-06-30`, core/periods/cellDay.ts); `''` for a blank
 * cell, NaN or an invalid date.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  return cellDayText(value);
}
