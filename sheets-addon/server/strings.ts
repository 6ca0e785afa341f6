/** The texts of the menu and its dialogs, in Bahasa Indonesia and English. The panel has its own (ui/strings.ts). */
import { say, type Bilingual, type Lang } from '../../core/i18n';

const TEXTS = {
  validate: { id: 'Periksa matriks', en: 'Check matrix' },
  fix: { id: 'Perbaiki otomatis', en: 'Fix automatically' },
  summary: { id: 'Buat ringkasan TW…', en: 'Quarterly summary…' },
  panel: { id: 'Buka panel', en: 'Open panel' },
  prepare: { id: 'Siapkan monitoring…', en: 'Prepare for monitoring…' },
  newMatrix: { id: 'Buat matriks baru…', en: 'New matrix…' },
  share: { id: 'Bagikan ke koordinator', en: 'Share with coordinators' },
  collect: { id: 'Kumpulkan laporan', en: 'Collect reports' },
  checked: {
    id: 'Sheet “{sheet}”: {errors} galat, {warnings} peringatan, {infos} info. {highlighted} sel disorot. Buka panel untuk daftar temuan.',
    en: 'Sheet “{sheet}”: {errors} errors, {warnings} warnings, {infos} notes. {highlighted} cells highlighted. Open the panel for the list of findings.',
  },
  noFixes: { id: 'Tidak ada perbaikan pasti untuk sheet ini.', en: 'There are no certain fixes for this sheet.' },
  confirmFixes: { id: '{count} sel akan diubah:\n{list}\n\nTerapkan?', en: '{count} cells will change:\n{list}\n\nApply?' },
  more: { id: '… dan {count} lainnya', en: '… and {count} more' },
  fixed: { id: '{count} sel diperbaiki. Periksa matriks lagi untuk melihat sisanya.', en: '{count} cells fixed. Check the matrix again to see what is left.' },
  askPeriod: {
    id: 'Tahun dan triwulan, mis. “2023 TW II”. Kosongkan untuk {default}.',
    en: 'Year and quarter, e.g. “2023 Q2”. Leave empty for {default}.',
  },
  badPeriod: { id: 'Periode “{text}” tidak dikenal; tulis seperti “2023 TW II”.', en: 'Unknown period “{text}”; write it like “2023 Q2”.' },
  summaryDone: { id: 'Sheet “{sheet}” {how} ({period}).', en: 'Sheet “{sheet}” {how} ({period}).' },
  created: { id: 'dibuat', en: 'created' },
  replaced: { id: 'diperbarui', en: 'replaced' },
} as const satisfies Record<string, Bilingual>;

export type TextKey = keyof typeof TEXTS;

export function t(key: TextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return say(TEXTS[key], lang, params);
}
