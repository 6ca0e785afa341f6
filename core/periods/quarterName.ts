import { romanQuarter } from './romanQuarter';
import { assertQuarter, type Quarter } from './quarter';
import type { Lang } from '../i18n';

const ENGLISH = ['First', 'Second', 'Third', 'Fourth'] as const;

/**
 * The full name of a quarter: `Triwulan II` in Indonesian, `Second quarter` in English.
 * Throws a `RangeError` for a quarter other than 1–4.
 *
 * @example quarterName(2) // 'Triwulan II'
 * @example quarterName(2, 'en') // 'Second quarter'
 */
export function quarterName(quarter: Quarter, lang: Lang = 'id'): string {
  assertQuarter(quarter);
  return lang === 'en' ? `${ENGLISH[quarter - 1]} quarter` : `Triwulan ${romanQuarter(quarter)}`;
}
