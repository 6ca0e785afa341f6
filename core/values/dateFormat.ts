/**
 * True for a number format that shows a date: one with a day or a year part (`d`, `y`) outside quoted
 * text, escaped characters and `[…]` sections (colours, locales, elapsed time). A number in such a
 * cell is a date serial; a host that hands over numbers (Excel's `Range.values`) turns it into a date
 * cell with it. Time-only formats (`h:mm`) are not dates.
 *
 * @example isDateFormat('dd/mm/yyyy') // true
 * @example isDateFormat('[$-421]d mmmm yyyy') // true
 * @example isDateFormat('0%') // false
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  return /[dy]/i.test(bare);
}
