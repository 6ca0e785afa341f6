/**
 * Reads a number the way Indonesian planners type it.
 *
 * - `3,7` and `2,89`: decimal comma → 3.7, 2.89
 * - `166.406.521.000` and `1.234,5`: thousands dots → 166406521000, 1234.5
 * - `68.48`: a single dot followed by other than three digits is a decimal point → 68.48
 * - `1,234,567` and `1,234.5`: English grouping is understood too
 * - `Rp 1.000.000`: a leading `Rp` is ignored
 *
 * A lone `1.000` is a thousand (Indonesian grouping), and a lone `1,500` is one and a half
 * (Indonesian decimal comma). Returns `undefined` when the text is not a number.
 *
 * @example parseNumber('3,7') // 3.7
 */
export function parseNumber(text: string): number | undefined {
  let s = text.trim();
  if (s === '') return undefined;
  s = s.replace(/^rp\.?\s*/i, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+') || s.startsWith('\u2212')) {
    if (s.startsWith('-') || s.startsWith('\u2212')) sign = -1;
    s = s.slice(1).trimStart();
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  let normal: string;
  if (/^\d+$/.test(s)) normal = s;
  else if (/^\d+,\d+$/.test(s)) normal = s.replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+\.\d+$/.test(s)) normal = s;
  else if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(s) || /^\d{1,3}(,\d{3})+\.\d+$/.test(s)) normal = s.replace(/,/g, '');
  else return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? sign * value : undefined;
}
