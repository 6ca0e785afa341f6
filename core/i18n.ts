/**
 * Everything RB Matrix says to people is said in Bahasa Indonesia and English. This module holds
 * what every text needs, whichever module writes it: the language type, a text in both languages,
 * the one `{name}` template filler, the language of a host's locale, and the error a user can act on.
 */

import { remember } from './remember';

/** Bahasa Indonesia (the default) or English. */
export type Lang = 'id' | 'en';

/** A text in both languages. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

/** A template parameter: a value, or a text that differs by language. */
export type TemplateParam = string | number | Bilingual;

/**
 * Fills `{name}` placeholders from `params` (a bilingual param in the template's language).
 * A placeholder without a param stays as it is, so a missing value shows rather than vanishes.
 * @example fill('{column} kosong.', { column: 'Koordinator' }) // 'Koordinator kosong.'
 */
export function fill(template: string, params: Readonly<Record<string, TemplateParam>> = {}, lang: Lang = 'id'): string {
  const parts = cut(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    if (!(name in params)) out += `{${name}}`;
    else {
      const value = params[name];
      out += typeof value === 'object' ? value[lang] : String(value);
    }
    out += parts[i + 1];
  }
  return out;
}

/**
 * A template cut at its `{name}` placeholders, texts at even places and names at odd ones: once per
 * template, not a pattern search per text filled (a long matrix's report fills thousands of findings
 * from a few dozen templates).
 */
const cut = remember((template: string) => template.split(/\{(\w+)\}/), 1000);

/** A bilingual template filled in one language. */
export function say(text: Bilingual, lang: Lang, params?: Readonly<Record<string, TemplateParam>>): string {
  return fill(text[lang], params, lang);
}

/** The language for a host's locale (`en-US`, `en_GB`, `id-ID`): English for any English, Bahasa Indonesia otherwise. */
export function languageOf(locale: string | null | undefined): Lang {
  return /^en/i.test(locale ?? '') ? 'en' : 'id';
}

/**
 * A problem the user can act on (wrong sheet, a sheet name already taken, an unreadable file), with
 * its sentence in Bahasa Indonesia and English. Hosts and the command line show `text(lang)` and
 * never a stack trace; `message` holds both, for logs.
 */
export class UserError extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(`${id} / ${en}`);
    this.name = 'UserError';
  }

  /** The same sentence from a bilingual template. */
  static of(text: Bilingual, params?: Readonly<Record<string, TemplateParam>>): UserError {
    return new UserError(say(text, 'id', params), say(text, 'en', params));
  }

  text(lang: Lang): string {
    return lang === 'en' ? this.en : this.id;
  }
}

/** The sentence to show for anything thrown: a UserError's own, otherwise a plain apology with the cause. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof UserError) return error.text(lang);
  const cause = error instanceof Error ? error.message : String(error);
  return lang === 'en'
    ? `Something went wrong and nothing was changed: ${cause}`
    : `Terjadi kesalahan dan tidak ada yang diubah: ${cause}`;
}
