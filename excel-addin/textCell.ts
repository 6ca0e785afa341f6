/**
 * Text written through `Range.values` stays text.
 *
 * Excel reads a string assigned to `values` as if the user had typed it: `=…` (and `+`, `-`, `@`
 * before anything that is not a number) becomes a formula, `100%` a percentage, `3.5` or `2023` a
 * number, `6/30/2023` or `1 Mei` a date, `TRUE` a boolean, `#N/A` an error. A leading apostrophe
 * stops all of that: the cell keeps the rest as text (the apostrophe is not part of the value; Excel
 * keeps it as the cell's quote prefix).
 *
 * Why an apostrophe and not the Text number format `@`: the format would change the cell (a number
 * typed there later stays text, and the plan's own number formats would be lost), while the prefix
 * touches only the text it guards. It is put on the texts core says can become a formula
 * (`needsTextGuard`) and on those Excel's typing rules could turn into something else: anything with
 * a digit (numbers, percentages, dates, times), the words TRUE/FALSE (BENAR/SALAH in an Indonesian
 * Excel) and texts starting with `#`. Plain words are left as they are. A cell already formatted as
 * Text (`@`) keeps every string as typed, so it gets no prefix.
 */
import { needsTextGuard } from '../core/workbench/textGuard';

export function excelText(text: string, numberFormat?: string | null): string {
  if (numberFormat === '@') return text;
  return needsTextGuard(text) || /\d/.test(text) || /^\s*(true|false|benar|salah)\s*$/i.test(text) || /^\s*#/.test(text) ? `'${text}` : text;
}

/** A plain value as `values` must receive it: text guarded, blank as `''` (which empties the cell). */
export function excelValue(value: string | number | boolean | null, numberFormat?: string | null): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' ? excelText(value, numberFormat) : value;
}
