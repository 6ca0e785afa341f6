import type { Lang } from '../i18n';
import { assertQuarter, type Quarter } from './quarter';
import { quarterLabel } from './quarterLabel';

/**
 * The label of a reporting period: a quarter (`TW II 2023`, `Q2 2023`) or, for a whole year,
 * `Tahun 2023` (`Year 2023`).
 *
 * @example reportPeriodLabel(2023, 2) // 'TW II 2023'
 * @example reportPeriodLabel(2023, 4, true) // 'Tahun 2023'
 */
export function reportPeriodLabel(year: number, quarter: Quarter, wholeYear = false, lang: Lang = 'id'): string {
  assertQuarter(quarter);
  if (wholeYear) return lang === 'en' ? `Year ${year}` : `Tahun ${year}`;
  return quarterLabel(year, quarter, lang);
}
