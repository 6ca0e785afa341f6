/**
 * What a Satuan says about its targets:
 * - `percent`: Persentase, Presentase, %
 * - `grade`: Predikat, Opini, Kategori (targets like WTP, B)
 * - `score`: Nilai, Indeks, Level, Tingkat (any number)
 * - `count`: Dokumen, Unit Kerja, Jumlah, Pegawai, Aplikasi … (whole numbers)
 * - `other`: anything else (in RB Tematik the Satuan often names the document itself)
 */
export type UnitKind = 'percent' | 'grade' | 'score' | 'count' | 'other';

const PERCENT = /(persen|presentase|prosentase|persentasi|%)/i;
const GRADE = /\b(predikat|opini|kategori)\b/i;
const SCORE = /\b(nilai|indeks|index|level|skor|tingkat|rasio)\b/i;
const COUNT = /\b(dokumen|unit|jumlah|pegawai|orang|aplikasi|sk|sertifikat|laporan|kegiatan|instansi|gedung|kali|paket|modul|naskah|peraturan|keputusan|surat|berkas|buah|satker|k\/l\/d|sdm|pejabat|auditor|layanan|sistem|inovasi)\b/i;

export function unitKind(satuan: string): UnitKind {
  if (PERCENT.test(satuan)) return 'percent';
  if (GRADE.test(satuan)) return 'grade';
  if (SCORE.test(satuan)) return 'score';
  if (COUNT.test(satuan)) return 'count';
  return 'other';
}
