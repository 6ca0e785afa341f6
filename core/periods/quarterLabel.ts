import { romanQuarter } from './romanQuarter';
import { assertQuarter, type Quarter } from './quarter';
import type { Lang } from '../i18n';

/**
 * The short label of a quarter of a year: `TW II 2023` in Indonesian, `Q2 2023` in English.
 * Throws a `RangeError` for a quarter other than 1–4.
 *
 * @example quarterLabel(2023, 2) // 'TW II 2023'
 * @example quarterLabel(2023, 2, 'en') // 'Q2 2023'
 */
export function quarterLabel(year: number, quarter: Quarter, lang: Lang = 'id'): string {
  assertQuarter(quarter);
  return lang === 'en' ? `Q${quarter} ${year}` : `TW ${romanQuarter(quarter)} ${year}`;
}
