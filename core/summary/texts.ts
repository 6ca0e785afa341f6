import type { Status } from '../attainment/types';
import { say, type Bilingual, type Lang, type TemplateParam } from '../i18n';

/** The tab is written in Bahasa Indonesia, the language of the meetings it is made for. */
export const SUMMARY_LANG: Lang = 'id';

/** Every text of the summary tab that does not come from the matrix, in both languages. */
export const SUMMARY_TEXT = {
  title: { id: 'RINGKASAN CAPAIAN RENCANA AKSI REFORMASI BIROKRASI — {period}', en: 'ATTAINMENT OF THE BUREAUCRATIC REFORM ACTION PLAN — {period}' },
  period: {
    id: '{quarter} {year} ({from} – {to}) · sumber: sheet “{sheet}” · dibuat {made} · batas capaian per output {cap}',
    en: '{quarter} {year} ({from} – {to}) · source: sheet “{sheet}” · made {made} · cap on each output {cap}',
  },
  noCap: { id: 'tanpa batas', en: 'none' },
  year: { id: 'Tahun', en: 'Year' },
  headline: { id: 'Angka utama', en: 'Headline figures' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  allOutputs: { id: 'Seluruh output', en: 'All outputs' },
  noRealisation: {
    id: 'Sheet “{sheet}” belum punya kolom Realisasi (mis. Realisasi › TW 1 … TW 4), sehingga setiap output yang jatuh tempo berstatus Tidak ada data.',
    en: 'Sheet “{sheet}” has no Realisasi columns yet (e.g. Realisasi › TW 1 … TW 4), so every due output is without data.',
  },
  outsideYear: { id: '{count} output lain tidak punya target pada tahun {year} dan tidak dihitung.', en: '{count} other outputs have no target in {year} and are not counted.' },
  perGroup: { id: 'Per {group}', en: 'By {group}' },
  jenisKegiatan: { id: 'Jenis Kegiatan', en: 'Kind of action' },
  agenda: { id: 'Agenda rapat pleno: {count} output belum tercapai atau tanpa data', en: 'Plenary agenda: {count} outputs not achieved or without data' },
  reporting: { id: 'Pelaporan per Koordinator', en: 'Reporting by coordinator' },
  everyOutput: { id: 'Rincian seluruh output', en: 'Every output' },
  indicatorTable: { id: 'Indikator (sheet “{sheet}”)', en: 'Indicators (sheet “{sheet}”)' },
  unnamed: { id: '(tanpa nama)', en: '(no name)' },
  none: { id: 'Tidak ada.', en: 'None.' },
  output: { id: 'Output', en: 'Output' },
  dueCount: { id: 'Jatuh tempo', en: 'Due' },
  meanCapaian: { id: 'Capaian rata-rata', en: 'Mean attainment' },
  category: { id: 'Kategori', en: 'Rating' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisation' },
  capaian: { id: 'Capaian', en: 'Attainment' },
  progres: { id: 'Progres', en: 'Progress' },
  status: { id: 'Status', en: 'Status' },
  sheetRow: { id: 'Baris', en: 'Row' },
  indikator: { id: 'Indikator', en: 'Indicator' },
  baseline: { id: 'Baseline', en: 'Baseline' },
  targetOfYear: { id: 'Target {year}', en: 'Target {year}' },
  realisasiOfYear: { id: 'Realisasi {year}', en: 'Realisation {year}' },
  sasaran: { id: 'Sasaran', en: 'Objective' },
  chartData: { id: 'Data diagram (diagramnya di kanan atas tab ini)', en: 'Chart data (the charts are at the top right of this tab)' },
  chartCapaian: { id: 'Capaian rata-rata per {group}', en: 'Mean attainment by {group}' },
  chartStatus: { id: 'Status {count} output', en: 'Status of {count} outputs' },
} as const satisfies Record<string, Bilingual>;

/** Status names as the tab shows them. */
export const STATUS_TEXT: Record<Status, Bilingual> = {
  tercapai: { id: 'Tercapai', en: 'Achieved' },
  'belum-tercapai': { id: 'Belum tercapai', en: 'Not achieved' },
  'tidak-ada-data': { id: 'Tidak ada data', en: 'No data' },
  'belum-jatuh-tempo': { id: 'Belum jatuh tempo', en: 'Not due yet' },
  'tercapai-lebih-awal': { id: 'Tercapai lebih awal', en: 'Achieved early' },
};

/** The lights of a mean capaian as a chart's legend names them (look.ts: trafficLight). */
export const LIGHT_TEXT = {
  green: { id: 'Sangat Tinggi (≥ 91%)', en: 'Very high (≥ 91%)' },
  yellow: { id: 'Tinggi/Sedang (66–90%)', en: 'High/Medium (66–90%)' },
  red: { id: 'Rendah/Sangat Rendah (≤ 65%)', en: 'Low/Very low (≤ 65%)' },
} as const satisfies Record<string, Bilingual>;

/** A text in the tab's language. */
export function tabText(text: Bilingual, params?: Readonly<Record<string, TemplateParam>>): string {
  return say(text, SUMMARY_LANG, params);
}

/** A text that is the same in both languages (a label read from the sheet). */
export function verbatim(text: string): Bilingual {
  return { id: text, en: text };
}
