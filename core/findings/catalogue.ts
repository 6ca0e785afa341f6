/**
 * The finding catalogue: every code the validator can report, its severity, and its text in
 * Bahasa Indonesia and English. Codes are stable: tools and people may filter on them.
 * Messages use `{name}` placeholders filled from the finding's params; some codes have variants.
 */

import type { Lang } from '../i18n';

export type Severity = 'error' | 'warning' | 'info';

interface Text {
  id: string;
  en: string;
}

export interface CatalogueEntry {
  severity: Severity;
  /** What the code means, for the documentation. */
  title: Text;
  /** Message templates; `default` unless a finding names another variant. */
  messages: Record<string, Text>;
}

export const CATALOGUE = {
  'header-not-found': {
    severity: 'error',
    title: { id: 'Judul kolom matriks tidak ditemukan', en: 'No matrix header found' },
    messages: {
      default: {
        id: 'Tidak ditemukan judul kolom matriks (Kegiatan Utama atau Permasalahan, Rencana Aksi, Satuan, TW …) pada sheet “{sheet}”.',
        en: 'No matrix header (Kegiatan Utama or Permasalahan, Rencana Aksi, Satuan, TW …) was found on sheet “{sheet}”.',
      },
    },
  },
  'missing-label': {
    severity: 'error',
    title: { id: 'Kolom wajib tidak ada', en: 'Required column absent' },
    messages: {
      default: { id: 'Kolom “{label}” tidak ada pada judul kolom.', en: 'Column “{label}” is missing from the header.' },
      periods: { id: 'Tidak ada kolom target per periode (TW 1 … TW 4, Tahun …).', en: 'There are no per-period target columns (TW 1 … TW 4, Tahun …).' },
    },
  },
  'extra-label': {
    severity: 'info',
    title: { id: 'Kolom tidak dikenali (dibiarkan)', en: 'Unrecognised column (kept)' },
    messages: { default: { id: 'Kolom “{label}” tidak dikenali; isinya dibiarkan.', en: 'Column “{label}” is not recognised; its contents are kept as they are.' } },
  },
  'duplicate-label': {
    severity: 'error',
    title: { id: 'Kolom ganda', en: 'Duplicate column' },
    messages: {
      default: {
        id: 'Kolom “{label}” sudah ada di kolom {first}; kolom ini tidak dibaca.',
        en: 'Column “{label}” already appears in column {first}; this column is not read.',
      },
    },
  },
  'repeated-header': {
    severity: 'info',
    title: { id: 'Judul kolom berulang', en: 'Repeated header' },
    messages: { default: { id: 'Judul kolom diulang (salinan pindah halaman); baris dilewati.', en: 'The header is repeated here (a page-break copy); the row is skipped.' } },
  },
  'blank-row': {
    severity: 'info',
    title: { id: 'Baris kosong', en: 'Blank row' },
    messages: { default: { id: 'Baris kosong di tengah matriks.', en: 'Blank row inside the matrix.' } },
  },
  'fragment-row': {
    severity: 'warning',
    title: { id: 'Baris terpotong', en: 'Split row' },
    messages: {
      default: {
        id: 'Baris ini berisi sambungan teks baris {previous} yang terpotong pindah halaman; perbaikan menggabungkannya ke baris {previous}.',
        en: 'This row holds the tail of row {previous}, split across a page break; the fix joins it to row {previous}.',
      },
    },
  },
  'missing-value': {
    severity: 'error',
    title: { id: 'Isian wajib kosong', en: 'Required value blank' },
    messages: { default: { id: '{column} kosong.', en: '{column} is blank.' } },
  },
  'type-error': {
    severity: 'error',
    title: { id: 'Nilai tidak terbaca', en: 'Value cannot be read' },
    messages: {
      default: {
        id: '“{value}” pada {column} tidak dapat dibaca sebagai angka, persentase, predikat, opini, atau tahapan.',
        en: '“{value}” in {column} cannot be read as a number, percentage, grade, audit opinion or stage.',
      },
    },
  },
  'non-canonical-value': {
    severity: 'info',
    title: { id: 'Penulisan tidak baku', en: 'Non-standard spelling' },
    messages: { default: { id: '“{value}” sebaiknya ditulis “{canonical}”.', en: '“{value}” is better written “{canonical}”.' } },
  },
  'invalid-choice': {
    severity: 'warning',
    title: { id: 'Pilihan tidak dikenal', en: 'Unknown choice' },
    messages: { default: { id: '“{value}” bukan pilihan {column} yang dikenal ({choices}).', en: '“{value}” is not a known {column} ({choices}).' } },
  },
  'total-mismatch': {
    severity: 'error',
    title: { id: 'Total tidak sesuai', en: 'Total does not match' },
    messages: {
      default: {
        id: 'Total {total} tidak sama dengan jumlah target periode ({sum}) maupun target terakhir ({last}).',
        en: 'Total {total} is neither the sum of the period targets ({sum}) nor the last one ({last}).',
      },
      ordinal: {
        id: 'Total “{total}” tidak sama dengan target terakhir (“{last}”).',
        en: 'Total “{total}” is not the last target (“{last}”).',
      },
      blank: {
        id: 'Total kosong, padahal ada target periode (jumlah {sum}, terakhir {last}).',
        en: 'Total is blank although there are period targets (sum {sum}, last {last}).',
      },
    },
  },
  'unit-mismatch': {
    severity: 'warning',
    title: { id: 'Target tidak sesuai satuan', en: 'Target does not fit its unit' },
    messages: {
      fraction: { id: 'Satuan “{unit}” dihitung utuh, tetapi targetnya {value}.', en: 'Unit “{unit}” counts whole items, but the target is {value}.' },
      'percent-for-count': { id: 'Satuan “{unit}” berupa jumlah, tetapi targetnya persentase ({value}).', en: 'Unit “{unit}” is a count, but the target is a percentage ({value}).' },
      'not-percent': { id: 'Satuan “{unit}” berupa persentase, tetapi targetnya {value} tanpa tanda %.', en: 'Unit “{unit}” is a percentage, but the target {value} has no % sign.' },
      'ordinal-for-number': { id: 'Satuan “{unit}” berupa angka, tetapi targetnya “{value}”.', en: 'Unit “{unit}” is numeric, but the target is “{value}”.' },
      'number-for-ordinal': { id: 'Satuan “{unit}” berupa predikat, tetapi targetnya angka {value}.', en: 'Unit “{unit}” is a grade, but the target is the number {value}.' },
      mixed: { id: 'Target periode bercampur jenis: {value} dan {other}.', en: 'The period targets mix kinds: {value} and {other}.' },
    },
  },
  'no-target': {
    severity: 'error',
    title: { id: 'Output tanpa target', en: 'Output without a target' },
    messages: { default: { id: 'Output ini tidak punya target pada periode mana pun ({periods}).', en: 'This output has no target in any period ({periods}).' } },
  },
  'stage-regression': {
    severity: 'warning',
    title: { id: 'Tahapan mundur', en: 'Stage goes backwards' },
    messages: {
      default: {
        id: 'Tahapan mundur: “{value}” pada {column} setelah “{previous}” pada {previousColumn}.',
        en: 'The stage goes backwards: “{value}” in {column} after “{previous}” in {previousColumn}.',
      },
    },
  },
  'realisation-without-target': {
    severity: 'info',
    title: { id: 'Realisasi tanpa target', en: 'Realisation without a target' },
    messages: {
      default: {
        id: 'Realisasi “{value}” diisi pada {column}, padahal periode ini tidak punya target.',
        en: 'Realisation “{value}” is entered in {column}, but this period has no target.',
      },
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingCode = keyof typeof CATALOGUE;
export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];

/** What applying a fix does, per code that offers fixes. */
export const FIX_MESSAGES = {
  'fragment-row': { id: 'Gabungkan teks ke baris {previous} lalu kosongkan baris ini.', en: 'Join the text to row {previous} and clear this row.' },
  'non-canonical-value': { id: 'Tulis “{canonical}”.', en: 'Write “{canonical}”.' },
  'total-mismatch': { id: 'Isi Total dengan {fixed}.', en: 'Set Total to {fixed}.' },
} as const satisfies Partial<Record<FindingCode, Text>>;

/** Fills a fix's message template. */
export function renderFixMessage(code: keyof typeof FIX_MESSAGES, lang: Lang, params: Record<string, string | number>): string {
  return FIX_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Fills a code's message template with params in the chosen language. */
export function renderMessage(code: FindingCode, lang: Lang, params: Record<string, string | number>, variant = 'default'): string {
  const entry: CatalogueEntry = CATALOGUE[code];
  const template = (entry.messages[variant] ?? entry.messages.default ?? Object.values(entry.messages)[0])[lang];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}
