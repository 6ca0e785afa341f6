/**
 * The monitoring fixtures (issue 13), built by scripts/make-monitoring.ts into
 * tests/fixtures/monitoring/: evaluation sheets as evaluators keep them. Each is a `Dialect` spec
 * (dialectSpecs.ts) without planted defects: its odd cells are the point. What each must give per
 * row and per quarter is derived by hand in tests/monitoring/monitoring.test.ts, not here.
 * The institutions are made up; the shapes, words and notations are those of real evaluation sheets.
 */
import type { Cell, Dialect } from './dialectSpecs';

/** One quarter of a row's monitoring block: realisation, progress, Kendala, Solusi, Bukti Dukung, Catatan Evaluator. */
type Quarter = [real: Cell, progres?: Cell, kendala?: Cell, solusi?: Cell, bukti?: Cell, catatan?: Cell];

interface EvaluationRow {
  no: Cell;
  kegiatan: Cell;
  aksi: Cell;
  output: string;
  satuan: string;
  targets: [Cell, Cell, Cell, Cell];
  quarters: [Quarter, Quarter, Quarter, Quarter];
  pic: string;
}

/** The nine outputs of the evaluation sheet: every case of cumulative targets the issue names. */
const EVALUATION: EvaluationRow[] = [
  // 1. A document due in TW IV, done in TW I, '-' after it.
  {
    no: 1, kegiatan: 'Penguatan tata kelola data', aksi: 'Menyusun SOP pelayanan data', output: 'SOP pelayanan data', satuan: 'Dokumen',
    targets: [0, 0, 0, 1],
    quarters: [[1, 100, '', '', 'https://s.bps.go.id/sop-data', 'SOP sudah ditetapkan'], ['-'], ['-'], ['-']],
    pic: 'Biro Umum',
  },
  // 2. Done once, kept: 1, 1, 1, 1 with 1, -, -, -.
  {
    no: 2, kegiatan: '', aksi: 'Mengevaluasi layanan data', output: 'Laporan evaluasi layanan data', satuan: 'Laporan',
    targets: [1, 1, 1, 1],
    quarters: [[1, '', '', '', 'https://s.bps.go.id/evaluasi'], ['-'], ['-'], ['-']],
    pic: 'Biro Umum ',
  },
  // 3. Growing percentages, the realisation written three ways (25%, 0,5625, 75) and a fourth.
  {
    no: 3, kegiatan: '', aksi: 'Menerapkan standar data', output: 'Persentase unit yang menerapkan standar data', satuan: 'Persentase',
    targets: [25, 56.25, 75, 100],
    quarters: [['25%'], [0.5625], [75], ['95%', '', 'Dua unit belum menerapkan', 'Pendampingan unit', '', 'Sisa 5% pada 2026']],
    pic: 'BIRO UMUM',
  },
  // 4. States 0, 1, 2, 3 with text realisations.
  {
    no: 4, kegiatan: '', aksi: 'Menindaklanjuti rekomendasi', output: 'Rekomendasi perbaikan yang ditindaklanjuti', satuan: 'Rekomendasi',
    targets: [0, 1, 2, 3],
    quarters: [
      ['1 rekomendasi', '', 'Kendala TW I: rekomendasi baru diterima', 'Solusi TW I', 'https://s.bps.go.id/rek-tw1', 'Catatan TW I'],
      ['-', '', 'Kendala TW II: data rekomendasi belum lengkap', 'Solusi TW II: koordinasi dengan unit', 'https://s.bps.go.id/rek-tw2', 'Catatan TW II: lengkapi bukti'],
      ['3 rekomendasi'],
      [''],
    ],
    pic: 'Direktorat Diseminasi Statistik',
  },
  // 5. A lost decimal comma: 1109 against 1,1.
  {
    no: 5, kegiatan: 'Penguatan akuntabilitas', aksi: 'Mengukur kepuasan layanan', output: 'Indeks kepuasan layanan', satuan: 'Indeks',
    targets: [1.1, 1.1, 1.1, 1.1],
    quarters: [[1.12], [1109], [''], ['']],
    pic: 'Biro  Perencanaan',
  },
  // 6. Two 1s in TW III and TW IV: one state, never 200%.
  {
    no: 6, kegiatan: '', aksi: 'Mengintegrasikan aplikasi', output: 'Aplikasi kinerja terintegrasi', satuan: 'Aplikasi',
    targets: [0, 0, 1, 1],
    quarters: [[''], [''], [1], [1]],
    pic: 'Biro Perencanaan',
  },
  // 7. No realised output yet, only progress.
  {
    no: 7, kegiatan: '', aksi: 'Menyusun peraturan tata kelola data', output: 'Peraturan tentang tata kelola data', satuan: 'Dokumen',
    targets: [0, 0, 1, 1],
    quarters: [['', 30], ['', 60], ['', 80, 'Harmonisasi di Kementerian Hukum', 'Percepatan harmonisasi', '', 'Pantau TW IV'], ['']],
    pic: 'Inspektorat Utama',
  },
  // 8. A unit with no quantity (Laporan), then states 1, 2, 3, 4.
  {
    no: 8, kegiatan: '', aksi: 'Melaporkan pemantauan', output: 'Laporan pemantauan', satuan: 'Laporan',
    targets: [1, 2, 3, 4],
    quarters: [['Laporan', '', 'Laporan belum memuat angka', '', '', 'Tulis jumlah laporan'], [2], [''], ['']],
    pic: 'Inspektorat Utama',
  },
  // 9. A realised state that goes back in TW III.
  {
    no: 9, kegiatan: '', aksi: 'Membangun zona integritas', output: 'Unit kerja berpredikat WBK', satuan: 'Unit Kerja',
    targets: [1, 1, 2, 2],
    quarters: [[1], [2], [1], [2]],
    pic: 'Inspektorat Utama',
  },
];

/** A quarter's six block cells, blanks filled in. */
function block(q: Quarter): Cell[] {
  return [0, 1, 2, 3, 4, 5].map((i) => q[i] ?? '');
}

/** The block children of the BPS sheet, and an order and words of another evaluator. */
const CHILDREN = ['Capaian Output', 'Capaian Progres (%)', 'Kendala', 'Solusi', 'Link Bukti Dukung', 'Catatan Evaluator'];
const OTHER_CHILDREN = ['Realisasi Output', 'Hambatan', 'Rencana Tindak Lanjut', 'Persentase Progres', 'Data Dukung', 'Keterangan'];
/** Where each of the six block cells goes in the other evaluator's order. */
const OTHER_ORDER = [0, 2, 3, 1, 4, 5];

const evaluationRows = (reorder: boolean): Cell[][] =>
  EVALUATION.map((r) => [
    r.no,
    r.kegiatan,
    r.aksi,
    r.output,
    r.satuan,
    ...r.targets,
    ...r.quarters.flatMap((q) => {
      const cells = block(q);
      return reorder ? OTHER_ORDER.map((i) => cells[i]) : cells;
    }),
    r.pic,
  ]);

const span = (label: string, width: number): string[] => [label, ...new Array(width - 1).fill('')];

export const MONITORING: Dialect[] = [
  {
    name: 'evaluasi-triwulan-kumulatif-2025',
    institution: 'Badan (statistik): lembar evaluasi TW IV 2025, Target Penyelesaian (Kumulatif) › TW I–IV, satu blok per triwulan: Triwulan I › Capaian Output · Capaian Progres (%) · Kendala · Solusi · Link Bukti Dukung · Catatan Evaluator',
    sheet: 'Evaluasi TW IV 2025',
    title: ['EVALUASI RENCANA AKSI REFORMASI BIROKRASI GENERAL', 'BADAN STATISTIK NUSANTARA — TRIWULAN IV TAHUN 2025'],
    header: [
      ['No', 'Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', ...span('Target Penyelesaian (Kumulatif)', 4), ...span('Triwulan I', 6), ...span('Triwulan II', 6), ...span('Triwulan III', 6), ...span('Triwulan IV', 6), 'PIC'],
      ['', '', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', ...CHILDREN, ...CHILDREN, ...CHILDREN, ...CHILDREN, ''],
    ],
    groups: [1, 2],
    rows: evaluationRows(false),
    defects: [],
    kind: 'rb-general',
    columns: {
      no: 'A', kegiatanUtama: 'B', rencanaAksi: 'C', indikator: 'D', satuan: 'E', tw1: 'F', tw4: 'I',
      realisasi_tw1: 'J', progres_tw1: 'K', kendala_tw1: 'L', tindakLanjut_tw1: 'M', buktiDukung_tw1: 'N', catatan_tw1: 'O',
      realisasi_tw2: 'P', realisasi_tw3: 'V', realisasi_tw4: 'AB', catatan_tw4: 'AG', koordinator: 'AH',
    },
    counts: { kegiatan: 2, rencanaAksi: 9, outputs: 9 },
  },
  {
    name: 'evaluasi-triwulan-kumulatif-2025-ragam',
    institution: 'The same sheet as another evaluator words it: Target (Kumulatif) › 2025 › TW I–IV; blocks TW I 2025 · Q2 · Triwulan 3 2025 · Triwulan IV over Realisasi Output · Hambatan · Rencana Tindak Lanjut · Persentase Progres · Data Dukung · Keterangan',
    sheet: 'Monev 2025',
    title: ['MONITORING DAN EVALUASI RENCANA AKSI RB 2025'],
    header: [
      ['No', 'Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', ...span('Target (Kumulatif)', 4), ...span('TW I 2025', 6), ...span('Q2', 6), ...span('Triwulan 3 2025', 6), ...span('Triwulan IV', 6), 'Penanggung Jawab'],
      ['', '', '', '', '', ...span('2025', 4), ...OTHER_CHILDREN, ...OTHER_CHILDREN, ...OTHER_CHILDREN, ...OTHER_CHILDREN, ''],
      ['', '', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', ...new Array(24).fill(''), ''],
    ],
    groups: [1, 2],
    rows: evaluationRows(true),
    defects: [],
    kind: 'rb-general',
    columns: { no: 'A', kegiatanUtama: 'B', rencanaAksi: 'C', indikator: 'D', satuan: 'E', tw1: 'F', tw4: 'I', realisasi_tw1: 'J', kendala_tw1: 'K', progres_tw1: 'M', catatan_tw1: 'O', realisasi_tw2: 'P', koordinator: 'AH' },
    counts: { kegiatan: 2, rencanaAksi: 9, outputs: 9 },
  },
  {
    name: 'monitoring-agregasi-dinyatakan-2024',
    institution: 'Kota: matriks pemantauan datar, kolom Agregasi (Kumulatif · Jumlah · Nilai Akhir · Rata-rata) per baris, Target › TW 1–4, Total, Realisasi › TW 1–4',
    sheet: 'Pemantauan 2024',
    title: ['PEMANTAUAN RENCANA AKSI RB', 'PEMERINTAH KOTA BANDAR JAYA TAHUN 2024'],
    header: [
      ['Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', 'Agregasi', ...span('Target', 4), 'Total', ...span('Realisasi', 4), 'Koordinator'],
      ['', '', '', '', '', 'TW 1', 'TW 2', 'TW 3', 'TW 4', '', 'TW 1', 'TW 2', 'TW 3', 'TW 4', ''],
    ],
    groups: [0, 1],
    rows: [
      ['Penguatan manajemen kinerja', 'Menyusun pohon kinerja', 'Pohon kinerja', 'Dokumen', 'Kumulatif', 0, 1, 1, 1, 1, '', 1, '-', '', 'Bagian Organisasi'],
      ['', 'Menyusun laporan kinerja triwulanan', 'Laporan kinerja triwulanan', 'Dokumen', 'Kumulatif', 1, 1, 1, 1, 4, 1, 1, '', '', 'Bagian Organisasi'],
      ['', 'Menindaklanjuti pengaduan', 'Pengaduan yang ditindaklanjuti', 'Persentase', 'Nilai Akhir', '80%', '80%', '80%', '80%', '80%', '70%', '85%', '', '90%', 'Bagian Organisasi'],
      ['Penguatan pelayanan publik', 'Mengukur kepuasan masyarakat', 'Indeks kepuasan masyarakat', 'Indeks', 'Rata-rata', 3, 3, 3, 3, 3, 2.5, 3.5, 3, '', 'Bagian Pelayanan'],
      ['', 'Menyusun laporan pengelolaan pengaduan', 'Laporan pengelolaan pengaduan', 'Laporan', 'Jumlah', 1, 1, 1, 1, 4, 1, 1, 1, 1, 'Bagian Pelayanan'],
      ['', 'Melaksanakan survei kepuasan', 'Laporan survei kepuasan', 'Laporan', 'Kumulatif', 0, 0, 0, 1, 1, 0, 0, 1, 1, 'Bagian Pelayanan'],
      ['', 'Menyusun standar pelayanan', 'Standar pelayanan', 'Dokumen', '', '', 2, '', 3, 5, '', 2, '', '', 'Bagian Pelayanan'],
      ['', 'Menerapkan standar pelayanan', 'Unit layanan yang menerapkan standar', 'Persentase', '', '25%', '50%', '75%', '100%', '100%', '25%', '50%', '70%', '', 'Bagian Pelayanan'],
    ],
    defects: [],
    kind: 'rb-general',
    columns: { kegiatanUtama: 'A', rencanaAksi: 'B', indikator: 'C', satuan: 'D', agregasi: 'E', tw1: 'F', tw4: 'I', total: 'J', realisasi_tw1: 'K', realisasi_tw4: 'N', koordinator: 'O' },
    counts: { kegiatan: 2, rencanaAksi: 8, outputs: 8 },
  },
  {
    name: 'peta-jalan-realisasi-tahunan-2023-2025',
    institution: 'Kabupaten: peta jalan dengan tahun sebagai periode, Tahun Pelaksanaan › 2023 · 2024 · 2025 bertanda √ v •, Realisasi › 2023 · 2024 · 2025 (Sudah/Belum, √, persen)',
    sheet: 'Peta Jalan RB',
    title: ['PETA JALAN DAN REALISASI REFORMASI BIROKRASI', 'PEMERINTAH KABUPATEN SUKAMAJU 2023-2025'],
    header: [
      ['No', 'Program', 'Kegiatan', 'Output', ...span('Tahun Pelaksanaan', 3), ...span('Realisasi', 3), 'PIC'],
      ['', '', '', '', 2023, 2024, 2025, 2023, 2024, 2025, ''],
    ],
    groups: [1],
    rows: [
      [1, 'Penataan kelembagaan', 'Evaluasi kelembagaan perangkat daerah', 'Dokumen evaluasi kelembagaan', '√', '', '', 'Sudah', '', '', 'Bagian Organisasi'],
      [2, '', 'Penyusunan peraturan bupati tentang SOTK', 'Perbup SOTK', '', '√', '√', '', 'Belum', 'Sudah', 'Bagian Hukum'],
      [3, 'Penguatan akuntabilitas', 'Penyusunan cascading kinerja', 'Pohon kinerja perangkat daerah', '√', '√', '', 'Sudah', '', '', 'Bagian Organisasi'],
      [4, '', 'Evaluasi SAKIP perangkat daerah', 'Laporan hasil evaluasi SAKIP', 'v', '', '√', '√', '', 'Belum', 'Inspektorat'],
      [5, 'Peningkatan pelayanan publik', 'Pembangunan mal pelayanan publik', 'Mal pelayanan publik beroperasi', '', '', '•', '', '', '50%', 'Bagian Pelayanan'],
    ],
    defects: [],
    kind: 'peta-jalan',
    columns: { no: 'A', program: 'B', kegiatan: 'C', indikator: 'D', tahun2023: 'E', tahun2025: 'G', realisasi_tahun2023: 'H', realisasi_tahun2025: 'J', koordinator: 'K' },
    counts: { kegiatan: 3, rencanaAksi: 5, outputs: 5 },
  },
];
