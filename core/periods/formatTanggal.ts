import { format } from 'date-fns';
import { enGB, id } from 'date-fns/locale';
import type { Lang } from '../i18n';

/**
 * A date written out, day first, in local time: `17 Agustus 2023` in Indonesian,
 * `17 August 2023` in English (British style). Throws a `RangeError` for an `Invalid Date`.
 *
 * @example formatTanggal(new Date(2026, 10, 28)) // '28 November 2026'
 * @example formatTanggal(new Date(2023, 7, 17), 'en') // '17 August 2023'
 */
export function formatTanggal(date: Date, lang: Lang = 'id'): string {
  return format(date, 'd MMMM yyyy', { locale: lang === 'en' ? enGB : id });
}
