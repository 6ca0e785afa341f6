import { getDate, getMonth, getYear, isValid } from 'date-fns';
import type { Lang } from '../i18n';

/**
 * Month names as the two languages write them. A table of its own rather than date-fns's locales:
 * `format` with a locale brings each locale's parsing tables too (about 20 KB in the Sheets bundle,
 * which must stay under 250 KB), for two lists of twelve words.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A date written out, day first, in local time: `17 Agustus 2023` in Indonesian,
 * `17 August 2023` in English (British style). Throws a `RangeError` for an `Invalid Date`.
 *
 * @example formatTanggal(new Date(2026, 10, 28)) // '28 November 2026'
 * @example formatTanggal(new Date(2023, 7, 17), 'en') // '17 August 2023'
 */
export function formatTanggal(date: Date, lang: Lang = 'id'): string {
  if (!isValid(date)) throw new RangeError('Invalid time value');
  return `${getDate(date)} ${MONTHS[lang][getMonth(date)]} ${getYear(date)}`;
}
