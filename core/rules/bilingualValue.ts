import { formatParsed } from '../values/formatValue';
import type { ParsedValue } from '../values/parseValue';
import type { Bilingual } from '../i18n';

/** A parsed value written for each language (`3,7` / `3.7`). */
export function bilingualValue(v: ParsedValue): Bilingual {
  return { id: formatParsed(v, 'id'), en: formatParsed(v, 'en') };
}
