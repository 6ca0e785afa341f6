import type { Lang } from '../findings/catalogue';

/**
 * A problem the user can act on (wrong sheet, a sheet name already taken), with its sentence in
 * Bahasa Indonesia and English. Hosts show `text(lang)` and never a stack trace.
 */
export class UserError extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(`${id} / ${en}`);
    this.name = 'UserError';
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
