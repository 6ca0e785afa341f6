/** The user's language: English when their Google locale is English, Bahasa Indonesia otherwise. */
import { languageOf, type Lang } from '../../core/i18n';

export function userLanguage(): Lang {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    // Before the add-on is authorised in a document (AuthMode.NONE) the locale may be out of reach.
    return 'id';
  }
}

/** A language sent by the sidebar, which is only ever `id` or `en`. */
export function asLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'id';
}
