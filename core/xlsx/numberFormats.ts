/**
 * Excel's built-in number formats, which styles.xml names by id only (ECMA-376 Part 1 §18.8.30).
 * Ids 27–36 and 50–58 are East-Asian date and time formats whose text depends on the locale: they
 * are given one representative code, enough to read their numbers as dates.
 */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
for (const id of [27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILT_IN[id] = 'yyyy-mm-dd';
for (const id of [32, 33]) BUILT_IN[id] = 'h:mm:ss';

/** The code of a built-in format id; `undefined` for General (0) and ids Excel does not define. */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/**
 * True when a format shows a number as a date or time: it has a day, month, year, hour or second
 * token outside quoted text, `[…]` sections (colours, locales, conditions), and escaped or
 * padding characters (`\x`, `_x`, `*x`). Elapsed-time sections (`[h]`, `[mm]`) count as time.
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhsb]/i.test(bare); // "General" has none of these letters
}
