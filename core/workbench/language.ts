import type { Lang } from '../findings/catalogue';

/** The language for a host's locale (`en-US`, `en_GB`, `id-ID`): English for any English, Bahasa Indonesia otherwise. */
export function languageOf(locale: string | null | undefined): Lang {
  return /^en/i.test(locale ?? '') ? 'en' : 'id';
}
