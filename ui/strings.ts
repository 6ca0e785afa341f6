import type { Bilingual, Lang } from '../core/i18n';

/** Every text the panel shows, in Bahasa Indonesia and English. Finding messages come from core. */
const STRINGS = {
  title: { id: 'RB Matrix', en: 'RB Matrix' },
  subtitle: { id: 'Matriks Rencana Aksi Reformasi Birokrasi', en: 'Bureaucratic Reform action-plan matrix' },
  validateHeading: { id: 'Periksa matriks', en: 'Check the matrix' },
  validateHint: { id: 'Memeriksa sheet yang sedang dibuka dan menyorot sel yang bermasalah.', en: 'Checks the open sheet and highlights the cells with problems.' },
  validate: { id: 'Periksa matriks', en: 'Check matrix' },
  clear: { id: 'Hapus sorotan', en: 'Clear highlights' },
  fixHeading: { id: 'Perbaiki otomatis', en: 'Fix automatically' },
  fixHint: { id: 'Hanya perbaikan yang pasti; lihat dulu apa yang akan diubah.', en: 'Only certain fixes; see what will change first.' },
  previewFixes: { id: 'Lihat perubahan', en: 'Preview changes' },
  applyFixes: { id: 'Terapkan perbaikan', en: 'Apply fixes' },
  summaryHeading: { id: 'Buat ringkasan TW', en: 'Quarterly summary' },
  summaryHint: { id: 'Sheet ringkasan dibuat di samping matriks; ringkasan lama buatan RB Matrix diganti.', en: 'The summary sheet is added beside the matrix; an earlier RB Matrix summary is replaced.' },
  year: { id: 'Tahun', en: 'Year' },
  quarter: { id: 'Triwulan', en: 'Quarter' },
  wholeYear: { id: 'Setahun', en: 'Whole year' },
  summarise: { id: 'Buat ringkasan TW', en: 'Create summary' },
  prepareHeading: { id: 'Siapkan monitoring', en: 'Prepare for monitoring' },
  prepareHint: {
    id: 'Menambahkan di kanan matriks blok Triwulan I–IV tahun di atas (Realisasi, Progres, Kendala, Tindak Lanjut, Bukti Dukung) dengan validasi isian, serta Capaian dan Status triwulan di atas sebagai rumus biasa. Sel rencana tidak diubah.',
    en: 'Adds, right of the matrix, the Triwulan I–IV blocks of the year above (Realisasi, Progres, Kendala, Tindak Lanjut, Bukti Dukung) with input checks, and Capaian and Status of the quarter above as plain formulas. No plan cell is changed.',
  },
  prepare: { id: 'Siapkan monitoring', en: 'Prepare for monitoring' },
  prepareOffer: {
    id: 'Matriks ini belum punya kolom realisasi, jadi setiap output yang jatuh tempo tanpa data. Siapkan kolom monitoringnya sekarang?',
    en: 'This matrix has no realisation columns yet, so every due output is without data. Prepare its monitoring columns now?',
  },
  error: { id: 'Kesalahan', en: 'Errors' },
  warning: { id: 'Peringatan', en: 'Warnings' },
  info: { id: 'Info', en: 'Notes' },
  fixable: { id: 'dapat diperbaiki otomatis', en: 'can be fixed automatically' },
  stageRead: { id: 'Membaca sheet…', en: 'Reading the sheet…' },
  stageCheck: { id: 'Memeriksa matriks…', en: 'Checking the matrix…' },
  stageWrite: { id: 'Menulis ke sheet…', en: 'Writing to the sheet…' },
  working: { id: 'Sedang memproses…', en: 'Working…' },
  noFindings: { id: 'Tidak ada masalah ditemukan.', en: 'No problems found.' },
  noFixes: { id: 'Tidak ada perbaikan pasti untuk sheet ini.', en: 'There are no certain fixes for this sheet.' },
  empty: { id: '(kosong)', en: '(empty)' },
  language: { id: 'Bahasa', en: 'Language' },
  openSummary: { id: 'Buka ringkasan', en: 'Open the summary' },
  columnsHeading: { id: 'Atur kolom', en: 'Map columns' },
  columnsHint: {
    id: 'Bila judul kolom tidak dikenali atau ada kolom wajib yang hilang: tetapkan peran setiap kolom, lihat hasil bacaannya, lalu simpan (sheet “RB Matrix”).',
    en: 'When the header is not recognised or a required column is missing: give each column its role, preview the reading, then save (sheet “RB Matrix”).',
  },
  inspectColumns: { id: 'Lihat kolom', en: 'Show columns' },
  headerRows: { id: 'Baris judul kolom', en: 'Header rows' },
  reloadRows: { id: 'Muat baris ini', en: 'Load these rows' },
  kind: { id: 'Jenis matriks', en: 'Kind of matrix' },
  kindAuto: { id: '(otomatis)', en: '(automatic)' },
  columnLetter: { id: 'Kolom', en: 'Column' },
  columnLabel: { id: 'Judul kolom', en: 'Column title' },
  columnRole: { id: 'Peran', en: 'Role' },
  roleUnread: { id: '(tidak dibaca)', en: '(not read)' },
  previewColumns: { id: 'Pratinjau', en: 'Preview' },
  saveColumns: { id: 'Simpan peta kolom', en: 'Save column map' },
  previewRow: { id: 'Baris', en: 'Row' },
  previewOutput: { id: 'Output', en: 'Output' },
  previewTargets: { id: 'Target', en: 'Targets' },
  liveCheck: { id: 'Periksa saat mengetik', en: 'Check while typing' },
  newMatrixHeading: { id: 'Buat matriks baru', en: 'New matrix' },
  newMatrixHint: {
    id: 'Sheet baru dengan judul kolom peta jalan, dropdown dan satu baris contoh untuk ditimpa. Tidak ada sheet yang diganti.',
    en: 'A new sheet with the road map’s header, dropdowns and one example row to type over. No sheet is replaced.',
  },
  templateKind: { id: 'Jenis', en: 'Kind' },
  withMonitoring: { id: 'Dengan blok monitoring', en: 'With monitoring blocks' },
  createMatrix: { id: 'Buat matriks baru', en: 'Create matrix' },
  tieredHeading: { id: 'Monitoring berjenjang', en: 'Tiered monitoring' },
  tieredHint: {
    id: 'Bagikan: setiap koordinator mendapat sheet “Lapor …” berisi barisnya saja (kolom rencana dikunci). Kumpulkan: isian mereka disalin ke matriks ini; konflik tidak ditulis dan dicatat di sheet “Log penggabungan”.',
    en: 'Share: each coordinator gets a “Lapor …” sheet with their rows only (plan columns locked). Collect: what they filled is copied into this matrix; conflicts are not written and are listed in the “Log penggabungan” sheet.',
  },
  shareBy: { id: 'Bagikan menurut', en: 'Split by' },
  byKoordinator: { id: 'Koordinator', en: 'Coordinator' },
  byPelaksana: { id: 'Pelaksana', en: 'Implementer' },
  byKegiatan: { id: 'Kegiatan', en: 'Activity' },
  password: { id: 'Kata sandi (opsional)', en: 'Password (optional)' },
  share: { id: 'Bagikan ke koordinator', en: 'Share with coordinators' },
  collectQuarter: { id: 'Triwulan', en: 'Quarter' },
  allQuarters: { id: 'Semua triwulan', en: 'Every quarter' },
  unitFiles: { id: 'Berkas unit (.xlsx)', en: 'Unit files (.xlsx)' },
  collect: { id: 'Kumpulkan laporan', en: 'Collect reports' },
  statusMerged: { id: 'digabung', en: 'merged' },
  statusConflicts: { id: 'ada konflik', en: 'conflicts' },
  statusRefused: { id: 'ditolak', en: 'refused' },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** Sentences with numbers in them. */
export const say = {
  checked: (lang: Lang, sheet: string, outputs: number) =>
    lang === 'en' ? `Sheet “${sheet}”: ${outputs} outputs checked.` : `Sheet “${sheet}”: ${outputs} output diperiksa.`,
  highlighted: (lang: Lang, n: number, restored: number) =>
    lang === 'en'
      ? `${n} cells highlighted${restored ? `; ${restored} cells no longer flagged got their fill back` : ''}.`
      : `${n} sel disorot${restored ? `; ${restored} sel yang sudah beres dikembalikan warnanya` : ''}.`,
  cleared: (lang: Lang, n: number) => (lang === 'en' ? `${n} cells got their previous fill back.` : `${n} sel dikembalikan ke warna semula.`),
  more: (lang: Lang, n: number) => (lang === 'en' ? `… and ${n} more (see the highlighted cells).` : `… dan ${n} lainnya (lihat sel yang disorot).`),
  willChange: (lang: Lang, n: number, skipped: number) =>
    (lang === 'en' ? `${n} cells will change.` : `${n} sel akan diubah.`) +
    (skipped ? (lang === 'en' ? ` ${skipped} fixes wait for the next pass (they touch the same cells).` : ` ${skipped} perbaikan menunggu putaran berikutnya (menyentuh sel yang sama).`) : ''),
  changed: (lang: Lang, n: number, sheet: string) => (lang === 'en' ? `${n} cells changed on “${sheet}”.` : `${n} sel diubah pada “${sheet}”.`),
  summaryDone: (lang: Lang, sheet: string, replaced: boolean) =>
    lang === 'en' ? `Sheet “${sheet}” ${replaced ? 'replaced' : 'created'}.` : `Sheet “${sheet}” ${replaced ? 'diganti' : 'dibuat'}.`,
  summaryFigures: (lang: Lang, t: { outputs: number; due: number; tercapai: number; belumTercapai: number; tidakAdaData: number }) =>
    lang === 'en'
      ? `${t.outputs} outputs · ${t.due} due · ${t.tercapai} achieved · ${t.belumTercapai} not achieved · ${t.tidakAdaData} without data`
      : `${t.outputs} output · ${t.due} jatuh tempo · ${t.tercapai} tercapai · ${t.belumTercapai} belum tercapai · ${t.tidakAdaData} tanpa data`,
  columnsFound: (lang: Lang, sheet: string, count: number, source: 'map' | 'detected' | 'guess' | 'rows') => {
    const from = { map: { id: 'dari peta kolom tersimpan', en: 'from the saved column map' }, detected: { id: 'seperti dikenali', en: 'as detected' }, guess: { id: 'judul kolom tidak dikenali; baris yang paling mirip', en: 'no header recognised; the likeliest rows' }, rows: { id: 'baris yang dipilih', en: 'the rows chosen' } }[source];
    return lang === 'en' ? `Sheet “${sheet}”: ${count} columns (${from.en}).` : `Sheet “${sheet}”: ${count} kolom (${from.id}).`;
  },
  previewCounts: (lang: Lang, c: { outputs: number; rencanaAksi: number; errors: number; warnings: number }) =>
    lang === 'en'
      ? `${c.outputs} outputs, ${c.rencanaAksi} actions read; ${c.errors} errors, ${c.warnings} warnings.`
      : `${c.outputs} output, ${c.rencanaAksi} rencana aksi terbaca; ${c.errors} galat, ${c.warnings} peringatan.`,
  columnsSaved: (lang: Lang, sheet: string, matrix: string, replaced: boolean) =>
    lang === 'en'
      ? `Column map of “${matrix}” saved in sheet “${sheet}” (${replaced ? 'updated' : 'created'}).`
      : `Peta kolom “${matrix}” disimpan di sheet “${sheet}” (${replaced ? 'diperbarui' : 'dibuat'}).`,
  prepared: (lang: Lang, o: { sheet: string; changed: boolean; added: { column: string }[]; outputs: number; rows: { formulas: number } }, period: string) =>
    !o.changed
      ? lang === 'en'
        ? `Sheet “${o.sheet}” is already prepared for ${period}; nothing was added.`
        : `Sheet “${o.sheet}” sudah siap untuk ${period}; tidak ada yang ditambahkan.`
      : lang === 'en'
        ? `Sheet “${o.sheet}”: ${o.added.length} columns added (${o.added[0].column}–${o.added[o.added.length - 1].column}); Capaian and Status for ${period} are formulas for ${o.rows.formulas} of ${o.outputs} outputs.`
        : `Sheet “${o.sheet}”: ${o.added.length} kolom ditambahkan (${o.added[0].column}–${o.added[o.added.length - 1].column}); Capaian dan Status ${period} berupa rumus untuk ${o.rows.formulas} dari ${o.outputs} output.`,
  liveOn: (lang: Lang, sheet: string) =>
    lang === 'en' ? `Sheet “${sheet}” is checked again after each edit.` : `Sheet “${sheet}” diperiksa lagi setiap kali diubah.`,
  matrixCreated: (lang: Lang, sheet: string) =>
    lang === 'en' ? `Sheet “${sheet}” created: type your plan over the example row.` : `Sheet “${sheet}” dibuat: timpa baris contoh dengan rencana Anda.`,
  shared: (lang: Lang, sheets: number, outputs: number, replaced: number) =>
    lang === 'en'
      ? `${sheets} coordinator sheets (${outputs} outputs) made${replaced ? `, ${replaced} of them in place of earlier ones` : ''}.`
      : `${sheets} sheet koordinator (${outputs} output) dibuat${replaced ? `, ${replaced} di antaranya menggantikan yang lama` : ''}.`,
  unitShared: (lang: Lang, sheet: string, outputs: number) => (lang === 'en' ? `${sheet}: ${outputs} outputs` : `${sheet}: ${outputs} output`),
  collected: (lang: Lang, written: number, conflicts: number, log: string) =>
    lang === 'en'
      ? `${written} cells copied into the matrix; ${conflicts} conflicts not written (sheet “${log}”).`
      : `${written} sel disalin ke matriks; ${conflicts} konflik tidak ditulis (sheet “${log}”).`,
  unitCollected: (lang: Lang, unit: string, status: string, copied: number, conflicts: number) =>
    lang === 'en' ? `${unit}: ${status} · ${copied} copied · ${conflicts} conflicts` : `${unit}: ${status} · ${copied} disalin · ${conflicts} konflik`,
  withIndicators: (lang: Lang, sheet: string) =>
    lang === 'en' ? `Includes the indicator table of sheet “${sheet}”.` : `Termasuk tabel indikator dari sheet “${sheet}”.`,
};
