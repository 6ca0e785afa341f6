/**
 * How a value must be handed to `setValues`/`setValue` so the cell holds exactly that value.
 *
 * Sheets reads a string the way it reads typing: `=…` becomes a formula, `+62…` and `-5` numbers,
 * `100%` a percentage, `3,7` (in an Indonesian spreadsheet) 3.7, `1/2/2023` a date, `TRUE` a
 * boolean. A leading apostrophe makes Sheets keep the rest as text without storing the apostrophe.
 * `needsTextGuard` (core) names the texts that would become formulas; Sheets also converts many
 * more, and no short rule lists them all, so every non-empty text gets the apostrophe. The one
 * exception is a cell formatted as plain text (`@`): it already keeps what it is given, and an
 * apostrophe there could be kept as a character.
 */
export type SheetsValue = string | number | boolean;

/** A text for a cell of the given number format. */
export function textValue(text: string, numberFormat?: string | null): string {
  if (text === '' || numberFormat === '@') return text;
  return `'${text}`;
}

/** A fix's value (text, number, boolean, or `null` to empty the cell). */
export function fixValue(value: string | number | boolean | null, numberFormat?: string | null): SheetsValue {
  if (value === null) return '';
  if (typeof value === 'string') return textValue(value, numberFormat);
  return value;
}
