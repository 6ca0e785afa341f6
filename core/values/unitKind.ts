import { remember } from '../remember';
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

/** The kind of a Satuan, remembered per text: a matrix repeats a handful of them down every row, and several readers ask. */
export const unitKind: (satuan: string) => UnitKind = remember(classifyUnit, 1000);

function classifyUnit(satuan: string): UnitKind {
  if (PERCENT.test(satuan)) return 'percent';
  if (GRADE.test(satuan)) return 'grade';
  if (SCORE.test(satuan)) return 'score';
  if (COUNT.test(satuan)) return 'count';
  return 'other';
}

/**
 * Whether a unit written beside a figure (`3 dokumen`) agrees with the row's Satuan: one names the
 * other (`Dokumen` / `dokumen`, `Jumlah Dokumen` / `dokumen`, `Unit Kerja` / `unit`), or one word is
 * an abbreviation of the other (`Dok` / `dokumen`). Case and punctuation do not matter.
 */
export function unitsAgree(written: string, satuan: string): boolean {
  const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  const a = words(written);
  const b = words(satuan);
  if (a.length === 0 || b.length === 0) return true;
  const alike = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));
  return a.some((x) => b.some((y) => alike(x, y)));
}

/**
 * A realisation that names what was done but not how many: a unit word alone (`Laporan`,
 * `rekomendasi`, `Dokumen`), one the row's Satuan names or a count word.
 * @example namesOnlyUnit('rekomendasi', 'Rekomendasi') // true
 * @example namesOnlyUnit('segera', 'Dokumen') // false
 */
export function namesOnlyUnit(text: string, satuan: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (!/^[a-z][a-z .\/-]*$/i.test(t) || words > 3) return false;
  return (unitKind(t) === 'count' && words <= 2) || (satuan.trim() !== '' && t.length >= 3 && unitsAgree(t, satuan));
}
