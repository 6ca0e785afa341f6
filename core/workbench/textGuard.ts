/**
 * How a value is handed to a host so the cell holds exactly that value.
 *
 * Excel (`Range.values`) and Sheets (`setValues`) read a string the way they read typing: `=…`
 * becomes a formula, `+62…` or `-5` a number, `- Menyusun` a formula in Excel, `100%` a percentage,
 * `3,7` a number in an Indonesian locale, `1/2/2023` a date, `TRUE`/`BENAR` a boolean, `#N/A` an
 * error. No short rule lists every conversion of every locale, so every non-empty text gets a
 * leading apostrophe: both hosts then keep the rest as text and do not store the apostrophe (it is
 * the cell's quote prefix). The exception is a cell formatted as plain text (`@`), which keeps any
 * string as given; an apostrophe there could stay as a character.
 */
export type HostValue = string | number | boolean;

/** A text for a cell of the given number format. */
export function literalText(text: string, numberFormat?: string | null): string {
  if (text === '' || numberFormat === '@') return text;
  return `'${text}`;
}

/** A fix's value (text, number, boolean, or `null` to empty the cell) as a host writes it. */
export function literalValue(value: string | number | boolean | null, numberFormat?: string | null): HostValue {
  if (value === null) return '';
  return typeof value === 'string' ? literalText(value, numberFormat) : value;
}
