/**
 * Header labels are compared after normalising: lower case, line breaks, NBSP and runs of spaces
 * collapsed, and stray punctuation (`:`, `*`, footnote marks `¹ ²` `†`, trailing dots) removed.
 * @example normalizeLabel('Indikator\nKegiatan  Utama:') // 'indikator kegiatan utama'
 */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[*:\u00a0\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*\.\s*$/, '')
    .trim();
}

/**
 * A label squashed to letters and digits, so that `Tota l`, `Unit / Satuan Kerja` and
 * `UNIT/SATUAN KERJA` compare equal to their clean forms.
 */
export function labelKey(text: string): string {
  return normalizeLabel(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Whether `labelKey(text)` is `key`, without building the key while the text is plain ASCII (most
 * cells of a long sheet are no label, and differ from one within a few letters). ASCII before any
 * `<` reaches the key as its letters and digits, lower-cased, in order; from the first other
 * character on (a tag, an accent, a superscript), `keyOf` (labelKey, or a remembered one) decides.
 */
export function isLabelKey(text: string, key: string, keyOf: (text: string) => string = labelKey): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128 || code === 60) return keyOf(text) === key;
    if (code >= 65 && code <= 90) code += 32;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) continue;
    // A letter or digit of the key: the text's key already differs here, whatever follows.
    if (k === key.length || key.charCodeAt(k) !== code) return false;
    k++;
  }
  return k === key.length;
}
