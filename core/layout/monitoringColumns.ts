import type { ColumnInput } from './schema';

/**
 * Columns planners add beside the targets when they monitor the plan each quarter. All optional;
 * every layout accepts them. Polaritas and Agregasi override, per row, how attainment is computed.
 */
export const MONITORING_COLUMNS = [
  {
    key: 'polaritas',
    title: { id: 'Polaritas', en: 'Polarity' },
    role: 'choice',
    labels: ['polaritas', 'polaritas indikator', 'polarisasi', 'arah indikator'],
    choices: ['Positif', 'Negatif'],
  },
  {
    key: 'agregasi',
    title: { id: 'Agregasi', en: 'Aggregation' },
    role: 'choice',
    labels: ['agregasi', 'sifat target', 'jenis target', 'metode agregasi', 'sifat capaian'],
    // Kumulatif: cumulative targets (states); Jumlah: a sum (attainment/inferAgregasi.ts).
    choices: ['Kumulatif', 'Jumlah', 'Nilai Akhir', 'Rata-rata'],
  },
  { key: 'buktiDukung', title: { id: 'Bukti Dukung', en: 'Evidence' }, role: 'text', labels: ['bukti dukung', 'data dukung', 'link bukti dukung', 'tautan bukti dukung', 'bukti', 'link data dukung', 'dokumen pendukung', 'bukti pendukung', 'eviden', 'evidence', 'link eviden'] },
  { key: 'kendala', title: { id: 'Kendala', en: 'Obstacles' }, role: 'text', labels: ['kendala', 'hambatan', 'kendala hambatan', 'kendala dan hambatan', 'kendala yang dihadapi'] },
  { key: 'catatanEvaluator', title: { id: 'Catatan Evaluator', en: 'Evaluator’s notes' }, role: 'text', labels: ['catatan evaluator', 'catatan evaluasi', 'catatan verifikator', 'rekomendasi evaluator', 'catatan tim evaluator'] },
  { key: 'tindakLanjut', title: { id: 'Tindak Lanjut', en: 'Follow-up' }, role: 'text', labels: ['tindak lanjut', 'rencana tindak lanjut', 'rtl', 'solusi', 'upaya', 'upaya tindak lanjut', 'langkah tindak lanjut'] },
] as const satisfies readonly ColumnInput[];
