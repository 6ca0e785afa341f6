/**
 * The finding catalogue: every code the validator can report, declared once. An entry holds the
 * code's severity, its title for the documentation, its message variants in Bahasa Indonesia and
 * English, and, for a code whose findings may carry a certain fix, the fix's message. Codes are
 * stable: tools and people filter on them.
 *
 * A message's `{name}` placeholders are the params that variant takes. The type of what a rule
 * reports (`RawFinding`, rules/rule.ts) is derived from this table, so a variant that does not
 * exist, a param a message needs but the rule does not give, or a fix on a code without a fix
 * message does not compile.
 */
import { say, type Bilingual, type Lang, type TemplateParam } from '../i18n';

export type Severity = 'error' | 'warning' | 'info';

/** What an entry declares (the table keeps its literal texts; this only checks their shape). */
interface CatalogueEntry {
  severity: Severity;
  /** What the code means, for the documentation. */
  title: Bilingual;
  /** Message templates by variant; `default` unless a finding names another. */
  messages: Readonly<Record<string, Bilingual>>;
  /** What applying a finding's fix does, for codes whose findings may carry one. */
  fix?: Bilingual;
}

export const CATALOGUE = {
  'header-not-found': {
    severity: 'error',
    title: { id: 'Judul kolom matriks tidak ditemukan', en: 'No matrix header found' },
    messages: {
      default: {
        id: 'Tidak ditemukan judul kolom matriks yang dikenali pada sheet “{sheet}”. Baris {rows} paling mirip judul kolom; dikenali: {recognised}; tidak dikenali: {unrecognised}. Petakan kolomnya dengan tangan: panel RB Matrix (Atur kolom), sheet “RB Matrix”, atau rbm validate … --columns peta.json.',
        en: 'No recognised matrix header was found on sheet “{sheet}”. Rows {rows} look most like a header; recognised: {recognised}; not recognised: {unrecognised}. Map the columns by hand: the RB Matrix panel (Map columns), a sheet named “RB Matrix”, or rbm validate … --columns map.json.',
      },
      // No row holds several column titles: nothing to say about rows (the message of releases before issue 12, which VALIDASI's golden table keeps).
      empty: {
        id: 'Tidak ditemukan judul kolom matriks (Kegiatan Utama atau Permasalahan, Rencana Aksi, Satuan, TW …) pada sheet “{sheet}”.',
        en: 'No matrix header (Kegiatan Utama or Permasalahan, Rencana Aksi, Satuan, TW …) was found on sheet “{sheet}”.',
      },
    },
  },
  'missing-label': {
    severity: 'error',
    title: { id: 'Kolom wajib tidak ada', en: 'Required column absent' },
    messages: {
      default: {
        id: 'Kolom “{label}” tidak ada pada judul kolom (baris {rows}; dikenali: {recognised}; tidak dikenali: {unrecognised}). Bila kolom itu ada dengan judul lain, petakan kolomnya dengan tangan (panel: Atur kolom; sheet “RB Matrix”; rbm … --columns).',
        en: 'Column “{label}” is missing from the header (rows {rows}; recognised: {recognised}; not recognised: {unrecognised}). If the column is there under another title, map the columns by hand (panel: Map columns; sheet “RB Matrix”; rbm … --columns).',
      },
      periods: {
        id: 'Tidak ada kolom target per periode (TW 1 … TW 4, Tahun …) pada judul kolom (baris {rows}; dikenali: {recognised}; tidak dikenali: {unrecognised}). Bila ada dengan judul lain, petakan kolomnya dengan tangan (panel: Atur kolom; sheet “RB Matrix”; rbm … --columns).',
        en: 'There are no per-period target columns (TW 1 … TW 4, Tahun …) in the header (rows {rows}; recognised: {recognised}; not recognised: {unrecognised}). If they are there under other titles, map the columns by hand (panel: Map columns; sheet “RB Matrix”; rbm … --columns).',
      },
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
    fix: { id: 'Gabungkan teks ke baris {previous} lalu kosongkan baris ini.', en: 'Join the text to row {previous} and clear this row.' },
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
      date: {
        id: '{column} berisi tanggal ({value}), bukan target atau realisasi; tulis angka, persentase, predikat, opini, atau tahapannya.',
        en: '{column} holds a date ({value}), not a target or realisation; write the number, percentage, grade, audit opinion or stage.',
      },
    },
  },
  'non-canonical-value': {
    severity: 'info',
    title: { id: 'Penulisan tidak baku', en: 'Non-standard spelling' },
    messages: { default: { id: '“{value}” sebaiknya ditulis “{canonical}”.', en: '“{value}” is better written “{canonical}”.' } },
    fix: { id: 'Tulis “{canonical}”.', en: 'Write “{canonical}”.' },
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
    fix: { id: 'Isi Total dengan {fixed}.', en: 'Set Total to {fixed}.' },
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
      unit: { id: 'Satuan “{unit}”, tetapi target {value} ditulis dalam “{written}”.', en: 'Unit “{unit}”, but the target {value} is written in “{written}”.' },
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
  'percent-convention': {
    severity: 'info',
    title: { id: 'Persentase tanpa tanda %', en: 'Percentages without a % sign' },
    messages: {
      poin: {
        id: 'Pada baris bersatuan persentase, angka tanpa % di {column} dibaca sebagai poin persen (25 = 25%; {cells} sel).',
        en: 'In rows counted in percent, figures without % in {column} are read as percentage points (25 = 25%; {cells} cells).',
      },
      pecahan: {
        id: 'Pada baris bersatuan persentase, angka tanpa % di {column} dibaca sebagai pecahan (0,25 = 25%; {cells} sel).',
        en: 'In rows counted in percent, figures without % in {column} are read as fractions (0.25 = 25%; {cells} cells).',
      },
      campuran: {
        id: 'Pada baris bersatuan persentase, angka tanpa % di {column} dibaca: di atas 1 sebagai poin persen (25 = 25%), di bawah 1 sebagai pecahan (0,25 = 25%) ({cells} sel).',
        en: 'In rows counted in percent, figures without % in {column} are read as percentage points above 1 (25 = 25%) and as fractions below 1 (0.25 = 25%) ({cells} cells).',
      },
    },
  },
  'column-map': {
    severity: 'error',
    title: { id: 'Peta kolom tidak cocok', en: 'Column map does not fit' },
    messages: {
      stale: {
        id: 'Peta kolom (sheet “RB Matrix”) menyebut kolom “{label}” ({column}) sebagai “{role}”, tetapi judul itu tidak ada lagi pada baris judul kolom {rows}. Perbarui peta kolom (panel: Atur kolom) atau hapus barisnya dari sheet “RB Matrix”.',
        en: 'The column map (sheet “RB Matrix”) names column “{label}” ({column}) as “{role}”, but that title is no longer in header rows {rows}. Update the column map (panel: Map columns) or delete its row from sheet “RB Matrix”.',
      },
      role: {
        id: 'Peran “{role}” untuk kolom “{label}” pada peta kolom tidak dikenal; tulis kunci kolom (mis. koordinator), target / realisasi / baseline dengan periode, atau abaikan.',
        en: 'Role “{role}” of column “{label}” in the column map is unknown; write a column key (e.g. koordinator), target / realisasi / baseline with a period, or abaikan.',
      },
      period: {
        id: 'Kolom “{label}” dipetakan sebagai “{role}”, tetapi periodenya tidak terbaca dari peran maupun judul kolomnya; tulis mis. “target TW 1 2026”.',
        en: 'Column “{label}” is mapped as “{role}”, but its period can be read neither from the role nor from its title; write e.g. “target TW 1 2026”.',
      },
      rows: {
        id: 'Baris judul kolom {rows} pada peta kolom berada di luar sheet “{sheet}” (atau lebih dari 8 baris); perbarui peta kolom. Judul kolom dikenali otomatis.',
        en: 'Header rows {rows} of the column map lie outside sheet “{sheet}” (or span more than 8 rows); update the column map. The header was detected instead.',
      },
      unused: {
        id: 'Peta kolom untuk sheet “{sheet}” tidak cocok lagi: tidak satu pun kolomnya ditemukan pada baris {rows}. Judul kolom dikenali otomatis; perbarui peta kolom.',
        en: 'The column map of sheet “{sheet}” no longer fits: none of its columns is found in rows {rows}. The header was detected instead; update the column map.',
      },
      sheet: {
        id: 'Sheet “RB Matrix” baris {row}: {problem}.',
        en: 'Sheet “RB Matrix” row {row}: {problem}.',
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
  'implausible-realisation': {
    severity: 'warning',
    title: { id: 'Realisasi yang janggal', en: 'Implausible realisation' },
    messages: {
      magnitude: {
        id: 'Realisasi {value} pada {column} berbeda dua tingkat besaran atau lebih dari targetnya {target}; koma desimal yang hilang? Periksa angkanya.',
        en: 'Realisation {value} in {column} is two or more orders of magnitude off its target {target}; a lost decimal comma? Check the figure.',
      },
      'no-quantity': {
        id: 'Realisasi “{value}” pada {column} tidak menyebut jumlah; tulis angkanya (mis. “1 {value}”).',
        en: 'Realisation “{value}” in {column} gives no quantity; write the figure (e.g. “1 {value}”).',
      },
      'percent-flip': {
        id: 'Persentase realisasi pada baris ini ditulis dengan cara berbeda: “{other}” pada {otherColumn}, “{value}” pada {column} (dibaca {read}). Periksa bahwa maksudnya sama, lalu tulis dengan satu cara.',
        en: 'The realisation percentages of this row are written in different ways: “{other}” in {otherColumn}, “{value}” in {column} (read as {read}). Check that they mean what they are read as, then write them one way.',
      },
      regression: {
        id: 'Realisasi {value} pada {column} lebih rendah dari {previous} pada {previousColumn}, padahal targetnya kumulatif (keadaan yang sudah dicapai tidak mundur). Periksa angkanya.',
        en: 'Realisation {value} in {column} is lower than {previous} in {previousColumn}, although the targets are cumulative (a state reached does not go back). Check the figure.',
      },
    },
  },
  'text-too-long': {
    severity: 'info',
    title: { id: 'Teks melebihi batas sel Excel', en: 'Text longer than an Excel cell holds' },
    messages: {
      default: {
        id: 'Teks sel ini {length} karakter, melebihi batas sel Excel ({limit}); di ringkasan teks ini dipotong dengan “…”.',
        en: 'This cell holds {length} characters, more than an Excel cell holds ({limit}); the summary shows it cut short with “…”.',
      },
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingCode = keyof typeof CATALOGUE;
export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];

type Entry<C extends FindingCode> = (typeof CATALOGUE)[C];
/** The message variants of a code (`default`, or `blank`, `ordinal`… for `total-mismatch`). */
export type VariantOf<C extends FindingCode> = keyof Entry<C>['messages'] & string;
/** The codes whose findings may carry a fix. */
export type FixableCode = { [C in FindingCode]: Entry<C> extends { fix: Bilingual } ? C : never }[FindingCode];

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type TemplateParams<T extends Bilingual> = Placeholders<T['id']> | Placeholders<T['en']>;
/** The params a variant's message takes. */
export type ParamsOf<C extends FindingCode, V extends VariantOf<C>> = TemplateParams<Entry<C>['messages'][V] & Bilingual>;
/** The params a fixable code's fix message takes. */
export type FixParamsOf<C extends FixableCode> = TemplateParams<Entry<C>['fix']>;

// Every message says the same in both languages, so it takes the same params in both: a template
// whose Indonesian and English placeholders differ does not compile (the error names it).
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Uneven<T extends Bilingual, Where extends string> = SameSet<Placeholders<T['id']>, Placeholders<T['en']>> extends true ? never : Where;
type UnevenMessages = { [C in FindingCode]: { [V in VariantOf<C>]: Uneven<Entry<C>['messages'][V] & Bilingual, `${C} ${V}`> }[VariantOf<C>] }[FindingCode];
type UnevenFixes = { [C in FixableCode]: Uneven<Entry<C>['fix'], `${C} fix`> }[FixableCode];
const everyTemplateEven: [UnevenMessages | UnevenFixes] extends [never] ? true : UnevenMessages | UnevenFixes = true;
void everyTemplateEven;

/** A finding's message in one language, its placeholders filled from `params` (`RawFinding`'s type makes the variant one of its code's). */
export function renderMessage(finding: { code: FindingCode; variant?: string }, lang: Lang, params: Readonly<Record<string, TemplateParam>>): string {
  const messages: Readonly<Record<string, Bilingual>> = CATALOGUE[finding.code].messages;
  return say(messages[finding.variant ?? 'default'], lang, params);
}

/** A fixable code's fix message in one language. */
export function renderFixMessage(code: FixableCode, lang: Lang, params: Readonly<Record<string, TemplateParam>>): string {
  return say(CATALOGUE[code].fix, lang, params);
}

/** True for a code whose findings may carry a fix. */
export function isFixable(code: FindingCode): code is FixableCode {
  return 'fix' in CATALOGUE[code];
}
