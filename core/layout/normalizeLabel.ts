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
