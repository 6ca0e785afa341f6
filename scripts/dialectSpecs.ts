/**
 * The dialect fixtures (scripts/make-dialects.ts), one spec per matrix as an institution keeps it:
 * its title block, its header (1–4 rows, spacers as blank rows, a closing row of column numbers),
 * its data rows as typed, the defects the faithful copy plants (each with the findings expected at
 * its cell), and what the reader must make of it: kind, columns, counts, the infos of both copies.
 * The institutions are made up; the shapes, words and notations are those of real road-map matrices.
 */

export type Cell = string | number | null;

export interface Defect {
  /** The data row (0-based, of the clean rows) the defect is on, or after which a row is inserted. */
  row: number;
  /** The column changed (with `value`), or the column a finding is expected at. */
  col?: number;
  value?: Cell;
  /** A row inserted after `row`: its cells, or `header` for a page-break copy of the header. */
  insert?: Cell[] | 'header';
  /** The finding codes expected, at column `at` (default: `col`, or the first filled cell of the inserted row). */
  expect: string[];
  at?: number;
  /** The findings are said at the column's label in the header (a percent convention), not at the cell. */
  atLabel?: boolean;
}

export interface Dialect {
  name: string;
  institution: string;
  sheet: string;
  title: string[];
  blankAfterTitle?: boolean;
  /** Header rows, top to bottom; a spacer is a row of ''. Labels may be numbers (years typed as numbers). */
  header: Cell[][];
  /** A row of column numbers closing the header: `(1) (2) …`, `1 2 …` as text, or as numbers. */
  numbers?: 'paren' | 'plain' | 'numeric';
  /** Columns merged down over their groups in the .xlsx (left blank below in the CSV). */
  groups: number[];
  rows: Cell[][];
  defects: Defect[];
  kind: 'rb-general' | 'rb-tematik' | 'indikator' | 'peta-jalan';
  /** Keys the reader must give these columns (letters). */
  columns: Record<string, string>;
  counts: { kegiatan: number; rencanaAksi: number; outputs: number };
  /** Findings at a column's label (percent conventions, unknown columns): of both copies, or of the clean one only. */
  infos?: { code: string; col: number; cleanOnly?: boolean }[];
  /** What `rbm summary` must answer for the clean copy. */
  summary?: { year: number; quarter: number; exit: number; totals?: Record<string, number>; warnings?: string[] };
}

const pct = (...cols: number[]) => cols.map((col) => ({ code: 'percent-convention', col }));

export const DIALECTS: Dialect[] = [
  {
    name: 'kementerian-rencana-aksi-2026',
    institution: 'Kementerian: rencana aksi, judul kolom tiga baris dan baris nomor kolom (1)…(14), huruf kapital, pindah baris, NBSP',
    sheet: 'Renaksi RB 2026',
    title: ['LAMPIRAN', 'MATRIKS RENCANA AKSI REFORMASI BIROKRASI', 'KEMENTERIAN KEUANGAN', 'TAHUN ANGGARAN 2026'],
    blankAfterTitle: true,
    header: [
      ['NO', 'SASARAN\nSTRATEGIS', 'INDIKATOR\u00a0KINERJA', 'RENCANA AKSI', 'OUTPUT', '', 'TARGET PENYELESAIAN (KUMULATIF)', '', '', '', '', 'ANGGARAN\n(Rp)', 'PIC', 'KET.'],
      ['', '', '', '', 'SATUAN', 'URAIAN', '2026', '', '', '', 'TOTAL', '', '', ''],
      ['', '', '', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', '', '', '', ''],
    ],
    numbers: 'paren',
    groups: [1, 2, 3],
    rows: [
      [1, 'Terwujudnya birokrasi yang bersih dan akuntabel', 'Indeks Reformasi Birokrasi', 'Menyusun peta proses bisnis level 3', 'Dokumen', 'Peta proses bisnis level 3', 0, 0, 0, 1, 1, '1.500.000.000', 'Biro Organisasi dan Tata Laksana', 'Penguatan'],
      ['', '', '', '', 'Dokumen', 'SOP hasil penyederhanaan', '', 2, '', 3, 5, '', 'Biro Organisasi dan Tata Laksana', 'Penguatan'],
      [2, '', '', 'Melaksanakan evaluasi internal RB', 'Persentase', 'Unit eselon I yang dievaluasi', 25, 50, 75, 100, 100, '', 'Inspektorat Jenderal', 'Rutin'],
      ['', '', '', '', 'Laporan', 'Laporan evaluasi internal', '', 1, '', 1, 2, '', 'Inspektorat Jenderal', 'Rutin'],
      [3, '', 'Nilai SAKIP', 'Memperkuat manajemen kinerja organisasi', 'Nilai', 'Nilai evaluasi SAKIP internal', '', '', '', '≥ 80', '≥ 80', '', 'Biro Perencanaan', 'Penguatan'],
      ['', '', '', '', 'Dokumen', 'Perjanjian kinerja unit', '3 dokumen', '', '', '', 3, '', 'Biro Perencanaan', 'Rutin'],
      [4, 'Meningkatnya kualitas pelayanan publik', 'Indeks Pelayanan Publik', 'Menerapkan standar pelayanan di seluruh unit', 'Persentase', 'Unit layanan yang menerapkan standar', 25, 50, 75, 100, 100, '', 'Sekretariat Jenderal', 'Penguatan'],
      ['', '', '', '', 'Unit Kerja', 'Unit layanan berpredikat WBK', '', '', '', 2, 2, '', 'Inspektorat Jenderal', 'Penguatan'],
    ],
    defects: [
      { row: 1, col: 7, value: '2 Laporan', expect: ['unit-mismatch'] },
      { row: 3, insert: 'header', expect: [] },
      { row: 5, col: 12, value: '', expect: ['missing-value'] },
      { row: 6, col: 8, value: 'segera', expect: ['type-error'] },
    ],
    kind: 'rb-general',
    columns: { no: 'A', sasaranStrategis: 'B', indikatorKinerja: 'C', rencanaAksi: 'D', satuan: 'E', indikator: 'F', tw1: 'G', tw4: 'J', total: 'K', anggaran: 'L', koordinator: 'M', keterangan: 'N' },
    counts: { kegiatan: 2, rencanaAksi: 4, outputs: 8 },
    infos: pct(6, 7, 8, 9, 10),
  },
  {
    name: 'badan-rencana-aksi-2026',
    institution: 'Badan (statistik): rencana aksi 2026, Target › Triwulan › I–IV, baris nomor kolom 1…14 sebagai angka, Persen 25/50/75/100, butir daftar dan output huruf kecil',
    sheet: 'RA 2026',
    title: ['RENCANA AKSI REFORMASI BIROKRASI GENERAL', 'BADAN PUSAT STATISTIK', 'TAHUN 2026'],
    header: [
      ['No', 'Kegiatan Utama', 'Indikator Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', 'Target', '', '', '', '', 'Koordinator (PJK)', 'Pelaksana', 'Ket'],
      ['', '', '', '', '', '', 'Triwulan', '', '', '', 'Total', '', '', ''],
      ['', '', '', '', '', '', 'I', 'II', 'III', 'IV', '', '', '', ''],
    ],
    numbers: 'numeric',
    groups: [1, 2, 3],
    rows: [
      [1, 'Penataan organisasi dan tata kerja', 'Persentase unit kerja dengan struktur organisasi sederhana', 'Menyusun rancangan peraturan organisasi dan tata kerja', 'a. rancangan peraturan BPS tentang organisasi', 'Dokumen', '', 1, '', '', 1, 'Biro Organisasi dan Tata Laksana', 'Biro Hukum', 'lanjutan 2025'],
      ['', '', '', '', 'b. naskah akademik penataan organisasi', 'Dokumen', 1, '', '', '', 1, 'Biro Organisasi dan Tata Laksana', 'Biro Hukum', ''],
      [2, '', '', 'Mengevaluasi kelembagaan satuan kerja vertikal', 'laporan evaluasi kelembagaan', 'Laporan', '', '', 1, 1, 2, 'Biro Organisasi dan Tata Laksana', 'BPS Provinsi', 'baru'],
      ['', '', '', '', 'Persentase satker vertikal yang dievaluasi', 'Persen', 25, 50, 75, 100, 100, 'Biro Organisasi dan Tata Laksana', 'BPS Provinsi', ''],
      [3, 'Penguatan akuntabilitas kinerja', 'Nilai AKIP BPS', 'Melaksanakan reviu rencana strategis', '- dokumen reviu renstra 2025-2029', 'Dokumen', '', 1, '', '', 1, 'Biro Perencanaan', 'Seluruh unit eselon I', ''],
      ['', '', '', '', '- rekomendasi perbaikan IKU', 'Rekomendasi', '', '', '231 rekomendasi', '', 231, 'Biro Perencanaan', 'Inspektorat Utama', ''],
      [4, '', '', 'Memantau capaian kinerja triwulanan', 'laporan penanganan pengaduan kinerja', 'Laporan', 1, 1, 1, 1, 4, 'Biro Perencanaan', 'Seluruh unit eselon I', 'rutin tiap triwulan'],
      ['', '', '', '', 'Persentase IKU yang dipantau', 'Persentase', 25, 50, 75, 100, 100, 'Biro Perencanaan', 'Seluruh unit eselon I', ''],
    ],
    defects: [
      { row: 0, insert: ['', '', '', '', 'dan kajian beban kerja organisasi'], expect: ['fragment-row'] },
      { row: 3, col: 9, value: '', expect: ['total-mismatch'], at: 10 },
      { row: 7, col: 6, value: '', expect: ['no-target'] },
      { row: 7, col: 7, value: '', expect: [] },
      { row: 7, col: 8, value: '', expect: [] },
      { row: 7, col: 9, value: '', expect: [] },
    ],
    kind: 'rb-general',
    columns: { no: 'A', kegiatanUtama: 'B', indikatorKegiatanUtama: 'C', rencanaAksi: 'D', indikator: 'E', satuan: 'F', tw1: 'G', tw4: 'J', total: 'K', koordinator: 'L', pelaksana: 'M', keterangan: 'N' },
    counts: { kegiatan: 2, rencanaAksi: 4, outputs: 8 },
    // In the faithful copy no TW IV of a Persen row is left without %: the column needs no convention there.
    infos: [...pct(6, 7, 8, 10), { code: 'percent-convention', col: 9, cleanOnly: true }],
  },
  {
    name: 'badan-evaluasi-tw4-2025',
    institution: 'Badan (statistik): lembar evaluasi TW IV 2025, Target 2025 dan Realisasi 2025 per triwulan, Persen sebagai poin pada target dan pecahan pada realisasi',
    sheet: 'Evaluasi TW IV',
    title: ['EVALUASI RENCANA AKSI REFORMASI BIROKRASI', 'TRIWULAN IV TAHUN 2025'],
    header: [
      ['NO', 'KEGIATAN UTAMA', 'RENCANA AKSI', 'OUTPUT', 'SATUAN', 'TARGET 2025', '', '', '', 'REALISASI 2025', '', '', '', 'CAPAIAN (%)', 'KENDALA', 'SOLUSI', 'LINK BUKTI DUKUNG', 'PIC'],
      ['', '', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', '', '', '', '', ''],
    ],
    groups: [1, 2],
    rows: [
      [1, 'Reformasi birokrasi tematik', 'Menyusun SOP pelayanan data', 'SOP pelayanan data', 'Dokumen', '', 1, '', 1, '', 1, '', 1, 100, '', '', 'https://s.bps.go.id/sop-data', 'Direktorat Diseminasi Statistik'],
      [2, '', '', 'Persentase layanan data terstandar', 'Persentase', 25, 50, 75, 100, 0.25, 0.5, 0.7, 0.95, 95, 'keterbatasan SDM', 'pelatihan petugas', 'https://s.bps.go.id/layanan', 'Direktorat Diseminasi Statistik'],
      [3, '', 'Membangun zona integritas', 'Satker berpredikat WBK', 'Unit Kerja', '', '', '', 3, '', '', '', 2, 67, 'penilaian TPN belum selesai', 'pendampingan satker', 'https://s.bps.go.id/zi', 'Inspektorat Utama'],
      [4, 'Penguatan pengawasan', 'Melaksanakan audit kinerja', 'Laporan hasil audit', 'Laporan', 2, 2, 2, 2, 2, 2, 2, 1, 88, 'auditor terbatas', 'audit bersama', 'https://s.bps.go.id/audit', 'Inspektorat Utama'],
      [5, '', '', 'Rekomendasi yang ditindaklanjuti', 'Persentase', 25, 50, 75, 100, 0.2, 0.45, 0.7, 0.9, 90, '', '', 'https://s.bps.go.id/tl', 'Inspektorat Utama'],
    ],
    defects: [
      { row: 0, col: 9, value: 1, expect: ['realisation-without-target'] },
      { row: 2, col: 12, value: 'x', expect: ['type-error'] },
    ],
    kind: 'rb-general',
    columns: { no: 'A', kegiatanUtama: 'B', rencanaAksi: 'C', indikator: 'D', satuan: 'E', tw1: 'F', tw4: 'I', realisasi_tw1: 'J', realisasi_tw4: 'M', kendala: 'O', tindakLanjut: 'P', buktiDukung: 'Q', koordinator: 'R' },
    counts: { kegiatan: 2, rencanaAksi: 3, outputs: 5 },
    infos: [...pct(5, 6, 7, 8, 9, 10, 11, 12), { code: 'extra-label', col: 13 }],
    summary: { year: 2025, quarter: 4, exit: 0, totals: { outputs: 5, due: 5, tercapai: 1, belumTercapai: 4, tidakAdaData: 0 } },
  },
  {
    name: 'kabupaten-peta-jalan-2022-2024',
    institution: 'Kabupaten: peta jalan, KEGIATAN › SUB KEGIATAN › OUTPUT, TAHUN PELAKSANAAN › 2022 · 2023 · 2024 dengan tanda √ v •, baris sela kosong di judul kolom',
    sheet: 'Peta Jalan',
    title: ['PETA JALAN REFORMASI BIROKRASI', 'PEMERINTAH KABUPATEN SUKAMAJU 2022-2024'],
    header: [
      ['No', 'KEGIATAN', 'SUB KEGIATAN', 'OUTPUT', 'TAHUN PELAKSANAAN', '', ''],
      ['', '', '', '', '', '', ''],
      ['', '', '', '', 2022, 2023, 2024],
    ],
    groups: [1],
    rows: [
      [1, 'Penataan kelembagaan perangkat daerah', 'Evaluasi kelembagaan perangkat daerah', 'Dokumen evaluasi kelembagaan', '√', '', ''],
      ['', '', 'Penyusunan peraturan bupati tentang SOTK', 'Perbup SOTK', '', '√', ''],
      ['', '', 'Sosialisasi SOTK baru', 'Laporan sosialisasi', '', '√', '√'],
      [2, 'Penguatan akuntabilitas kinerja', 'Penyusunan cascading kinerja', 'Pohon kinerja perangkat daerah', 'v', 'v', 'v'],
      ['', '', 'Evaluasi SAKIP perangkat daerah', 'Laporan hasil evaluasi SAKIP', '•', '•', '•'],
      [3, 'Peningkatan kualitas pelayanan publik', 'Pembangunan mal pelayanan publik', 'Mal pelayanan publik beroperasi', '', '', '√'],
    ],
    defects: [
      { row: 2, col: 5, value: 'segera', expect: ['type-error'] },
      { row: 5, col: 3, value: '', expect: ['missing-value'] },
    ],
    kind: 'peta-jalan',
    columns: { no: 'A', kegiatan: 'B', subKegiatan: 'C', indikator: 'D', tahun2022: 'E', tahun2023: 'F', tahun2024: 'G' },
    counts: { kegiatan: 3, rencanaAksi: 6, outputs: 6 },
    summary: { year: 2023, quarter: 4, exit: 1, warnings: ['tanpa-kolom-realisasi'] },
  },
  {
    name: 'kota-target-indikator-2021-2026',
    institution: 'Kota: tabel target indikator, Tujuan › Sasaran › Indikator Kinerja, Kondisi Awal (2020), Target › 2021…2026 dengan >64, 57/CC, >60/B, >3/ST, WTP',
    sheet: 'Target IKU',
    title: ['TABEL 3.2', 'TUJUAN, SASARAN, INDIKATOR DAN TARGET KINERJA', 'PEMERINTAH KOTA TELUK SARI'],
    header: [
      ['No', 'Tujuan', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Kondisi Awal (2020)', 'Target', '', '', '', '', ''],
      ['', '', '', '', '', '', 2021, 2022, 2023, 2024, 2025, 2026],
    ],
    groups: [1, 2],
    rows: [
      [1, 'Meningkatnya tata kelola pemerintahan yang baik', 'Meningkatnya akuntabilitas kinerja', 'Nilai SAKIP', 'Nilai', '57/CC', '>60/B', '>64', '>64', '>72', '>72', '>80/A'],
      [2, '', '', 'Opini BPK atas LKPD', 'Opini', 'WDP', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP'],
      [3, '', '', 'Indeks Reformasi Birokrasi', 'Indeks', '55,4', '>60', '>64', '>68', '>72', '>75', '>78'],
      [4, '', 'Meningkatnya kualitas pelayanan publik', 'Indeks Kepuasan Masyarakat', 'Indeks', '3,1', '>3/ST', '>3/ST', '>3,2/ST', '>3,3/ST', '>3,4/ST', '>3,5/ST'],
      [5, '', '', 'Persentase perangkat daerah dengan pelayanan prima', 'Persentase', '40%', '50%', '60%', '70%', '80%', '90%', '100%'],
      [6, 'Meningkatnya kapasitas aparatur', 'Meningkatnya kompetensi ASN', 'Indeks Profesionalitas ASN', 'Indeks', 62, 65, 68, 71, 74, 77, 80],
      [7, '', '', 'Persentase ASN yang memenuhi standar kompetensi', 'Persen', 45, 50, 60, 70, 80, 90, 100],
    ],
    defects: [
      { row: 1, col: 8, value: 'tinggi', expect: ['type-error'] },
      { row: 5, col: 9, value: '2 Laporan', expect: ['unit-mismatch'] },
    ],
    kind: 'indikator',
    columns: { no: 'A', tujuan: 'B', sasaran: 'C', indikator: 'D', satuan: 'E', baseline2020: 'F', target2021: 'G', target2026: 'L' },
    counts: { kegiatan: 2, rencanaAksi: 0, outputs: 7 },
    infos: pct(5, 6, 7, 8, 9, 10, 11),
  },
  {
    name: 'provinsi-rencana-aksi-2025',
    institution: 'Provinsi: rencana aksi, judul kolom empat baris dengan baris sela, TARGET TAHUN 2025 › TRIWULAN › I–IV, PROGRAM › KEGIATAN › SUB KEGIATAN (tanpa Rencana Aksi), Keterangan bebas',
    sheet: 'Renaksi 2025',
    title: ['RENCANA AKSI REFORMASI BIROKRASI', 'PEMERINTAH PROVINSI NUSA INDAH TAHUN 2025'],
    header: [
      ['NO', 'PROGRAM', 'KEGIATAN', 'SUB KEGIATAN', 'INDIKATOR OUTPUT', 'SATUAN', 'TARGET TAHUN 2025', '', '', '', 'PENANGGUNG JAWAB', 'KETERANGAN'],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', 'TRIWULAN', '', '', '', '', ''],
      ['', '', '', '', '', '', 'I', 'II', 'III', 'IV', '', ''],
    ],
    groups: [1, 2],
    rows: [
      [1, 'Program Penunjang Urusan Pemerintahan Daerah', 'Administrasi Kepegawaian Perangkat Daerah', 'Penyusunan analisis jabatan', 'Dokumen anjab dan ABK', 'Dokumen', '', 1, '', '', 'Biro Organisasi', 'lanjutan'],
      [2, '', '', 'Pengembangan kompetensi ASN', 'ASN mengikuti pelatihan', 'Orang', 50, 50, 50, 50, 'Badan Kepegawaian Daerah', ''],
      [3, '', 'Perencanaan dan Evaluasi Kinerja', 'Penyusunan LKjIP', 'LKjIP Provinsi', 'Dokumen', 1, '', '', '', 'Biro Organisasi', 'tepat waktu'],
      [4, '', '', 'Evaluasi SAKIP perangkat daerah', 'Perangkat daerah dievaluasi', 'Perangkat Daerah', '', '', 20, 24, 'Inspektorat', ''],
      [5, 'Program Peningkatan Pelayanan Publik', 'Penyelenggaraan Mal Pelayanan Publik', 'Integrasi layanan perizinan', 'Layanan terintegrasi', 'Persentase', '25%', '50%', '75%', '100%', 'DPMPTSP', ''],
    ],
    defects: [
      { row: 1, col: 10, value: '', expect: ['missing-value'] },
      { row: 4, col: 7, value: '0,5', expect: ['percent-convention'], atLabel: true },
    ],
    kind: 'rb-general',
    columns: { no: 'A', program: 'B', kegiatan: 'C', subKegiatan: 'D', indikator: 'E', satuan: 'F', tw1: 'G', tw4: 'J', koordinator: 'K', keterangan: 'L' },
    counts: { kegiatan: 2, rencanaAksi: 5, outputs: 5 },
  },
  {
    name: 'kementerian-iku-2025-2029',
    institution: 'Kementerian: tabel IKU, Sasaran Strategis sebagai kolom kelompok, Baseline 2024, Target › 2025…2029 dengan ≥, maks, min., BB (70,5), >72/BB',
    sheet: 'IKU 2025-2029',
    title: ['INDIKATOR KINERJA UTAMA', 'KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA 2025-2029'],
    header: [
      ['No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Satuan', 'Baseline 2024', 'Target', '', '', '', '', 'Penanggung Jawab'],
      ['', '', '', '', '', 2025, 2026, 2027, 2028, 2029, ''],
    ],
    groups: [1],
    rows: [
      [1, 'Meningkatnya kualitas kebijakan pendayagunaan aparatur', 'Indeks Kualitas Kebijakan', 'Indeks', '68,4', '≥ 70', '≥ 72', '≥ 74', '≥ 76', '≥ 78', 'Deputi Kebijakan'],
      [2, '', 'Nilai Reformasi Birokrasi Kementerian', 'Nilai', 'BB (70,5)', '>72/BB', '>74/BB', '>76/BB', '>80/A', '>82/A', 'Deputi Reformasi Birokrasi'],
      [3, 'Menurunnya temuan pengawasan', 'Jumlah temuan berulang', 'Temuan', 12, 'maks 10', 'maks 8', 'maks 6', 'maks 4', 'maks 2', 'Inspektorat'],
      [4, '', 'Persentase tindak lanjut rekomendasi', 'Persentase', '85%', 'min. 90%', 'min. 90%', 'min. 90%', 'min. 95%', 'min. 95%', 'Inspektorat'],
      [5, '', 'Opini BPK atas laporan keuangan', 'Opini', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP', 'Biro Keuangan'],
    ],
    defects: [
      { row: 1, col: 7, value: 'turun', expect: ['type-error'] },
      { row: 3, col: 5, value: '', expect: ['no-target'] },
      { row: 3, col: 6, value: '', expect: [] },
      { row: 3, col: 7, value: '', expect: [] },
      { row: 3, col: 8, value: '', expect: [] },
      { row: 3, col: 9, value: '', expect: [] },
    ],
    kind: 'indikator',
    columns: { no: 'A', sasaranStrategis: 'B', indikator: 'C', satuan: 'D', baseline2024: 'E', target2025: 'F', target2029: 'J', koordinator: 'K' },
    counts: { kegiatan: 2, rencanaAksi: 0, outputs: 5 },
  },
  {
    name: 'lembaga-rb-tematik-2026',
    institution: 'Lembaga: rencana aksi RB Tematik 2026, Permasalahan › Sasaran › Indikator › Target, Output › Satuan · Indikator, Target 2026 › TW I–IV, tahapan Draft → Naskah final → Mon ev, PIC dan Tim Squad',
    sheet: 'RB Tematik 2026',
    title: ['MATRIKS RENCANA AKSI RB TEMATIK', 'LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH 2026'],
    header: [
      ['Permasalahan', 'Sasaran', 'Indikator', 'Target', 'Rencana Aksi', 'Output', '', 'Target 2026', '', '', '', 'Total', 'PIC', 'Tim Squad'],
      ['', '', '', '', '', 'Satuan', 'Indikator', 'TW I', 'TW II', 'TW III', 'TW IV', '', '', ''],
    ],
    groups: [0, 1, 2, 3, 4],
    rows: [
      ['Pengadaan barang/jasa belum berpihak pada produk UMKM', 'Meningkatnya belanja produk UMKM', 'Persentase belanja produk dalam negeri', '40%', 'Menyusun pedoman pengadaan produk UMKM', 'Peraturan LKPP', 'Peraturan tentang pengadaan produk UMKM', 'Draft', 'Naskah final', 'Naskah final', 'Mon ev', 'Mon ev', 'Direktorat Pengembangan Strategi', 'Direktorat Advokasi; Biro Hukum'],
      ['', '', '', '', '', 'Dokumen', 'Pedoman teknis pengadaan produk UMKM', '', 'Draft', 'Naskah final', 'Mon ev', 'Mon ev', 'Direktorat Pengembangan Strategi', 'Direktorat Advokasi; Biro Hukum'],
      ['Katalog elektronik lokal belum merata', 'Meluasnya katalog elektronik lokal', 'Jumlah pemda dengan katalog lokal', '300 pemda', 'Pendampingan pemda membangun katalog lokal', 'Pemda', 'Pemda yang didampingi', 50, 100, 150, 200, 200, 'Direktorat Katalog', 'Direktorat Advokasi'],
    ],
    defects: [
      { row: 0, col: 9, value: 'Draft', expect: ['stage-regression'] },
      { row: 2, col: 12, value: '', expect: ['missing-value'] },
    ],
    kind: 'rb-tematik',
    columns: { permasalahan: 'A', sasaran: 'B', indikatorSasaran: 'C', targetSasaran: 'D', rencanaAksi: 'E', satuan: 'F', indikator: 'G', tw1: 'H', tw4: 'K', total: 'L', koordinator: 'M', timSquad: 'N' },
    counts: { kegiatan: 2, rencanaAksi: 2, outputs: 3 },
  },
  {
    name: 'kabupaten-rencana-aksi-sub-kegiatan-2025',
    institution: 'Kabupaten: rencana aksi tanpa Rencana Aksi dan tanpa Kegiatan Utama, dikelompokkan per Indikator Kinerja › Kegiatan › Sub Kegiatan, Q1 2025…Q4 2025, target berupa angka dengan satuan',
    sheet: 'Renaksi',
    title: ['RENCANA AKSI RB KABUPATEN LEMBAH HIJAU TAHUN 2025'],
    header: [['Indikator Kinerja', 'Kegiatan', 'Sub Kegiatan', 'Output', 'Satuan', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025', 'Penanggung Jawab']],
    groups: [0, 1],
    rows: [
      ['Indeks Reformasi Birokrasi Kabupaten', 'Penataan tata laksana', 'Penyusunan SOP perangkat daerah', 'SOP tersusun', 'Dokumen', '', '12 dokumen', '', '', 'Bagian Organisasi'],
      ['', '', 'Penerapan e-office', 'Naskah dinas elektronik', 'Persentase', '', '50%', '', '100%', 'Dinas Komunikasi dan Informatika'],
      ['', 'Manajemen kinerja', 'Penyusunan perjanjian kinerja', 'Perjanjian kinerja', 'Dokumen', '1 Dokumen', '', '', '', 'Bagian Organisasi'],
      ['Indeks Kepuasan Masyarakat', 'Survei kepuasan masyarakat', 'Pelaksanaan survei kepuasan masyarakat', 'Rekomendasi hasil survei', 'Rekomendasi', '', '', '231 rekomendasi', '', 'Bagian Organisasi'],
      ['', '', 'Publikasi hasil survei', 'Laporan hasil survei', 'Laporan', '', '', '', '2 laporan', 'Bagian Protokol dan Komunikasi'],
    ],
    defects: [
      { row: 0, col: 6, value: '12 Laporan', expect: ['unit-mismatch'] },
      { row: 4, col: 3, value: '', expect: ['missing-value'] },
    ],
    kind: 'rb-general',
    columns: { indikatorKinerja: 'A', kegiatan: 'B', subKegiatan: 'C', indikator: 'D', satuan: 'E', tw1: 'F', tw4: 'I', koordinator: 'J' },
    counts: { kegiatan: 2, rencanaAksi: 5, outputs: 5 },
  },
  {
    name: 'kota-peta-jalan-triwulan-2025-2026',
    institution: 'Kota: peta jalan per triwulan, Jadwal Pelaksanaan › 2025 · 2026 › TW I–IV dengan √ • V, Area Perubahan › Program › Kegiatan, baris nomor kolom 1…14 sebagai teks',
    sheet: 'Roadmap',
    title: ['ROADMAP REFORMASI BIROKRASI', 'PEMERINTAH KOTA BANDAR JAYA 2025-2026'],
    header: [
      ['No', 'Area Perubahan', 'Program', 'Kegiatan', 'Output', 'Jadwal Pelaksanaan', '', '', '', '', '', '', '', 'PJ'],
      ['', '', '', '', '', 2025, '', '', '', 2026, '', '', '', ''],
      ['', '', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I', 'TW II', 'TW III', 'TW IV', ''],
    ],
    numbers: 'plain',
    groups: [1, 2],
    rows: [
      [1, 'Manajemen perubahan', 'Penguatan budaya kerja', 'Internalisasi nilai BerAKHLAK', 'Agen perubahan aktif', '√', '√', '√', '√', '√', '√', '√', '√', 'Bagian Organisasi'],
      [2, '', '', 'Lomba inovasi pelayanan publik', 'Inovasi terpilih', '', '', '√', '', '', '', '√', '', 'Bappeda'],
      [3, 'Penataan tata laksana', 'Digitalisasi layanan', 'Pengembangan aplikasi layanan terpadu', 'Aplikasi layanan terpadu', '•', '•', '', '', '', '', '', '', 'Dinas Kominfo'],
      [4, '', '', 'Integrasi data kependudukan', 'Data kependudukan terintegrasi', '', '', 'V', 'V', 'V', '', '', '', 'Dinas Dukcapil'],
    ],
    defects: [{ row: 1, col: 7, value: 'segera', expect: ['type-error'] }],
    kind: 'peta-jalan',
    columns: { no: 'A', areaPerubahan: 'B', program: 'C', kegiatan: 'D', indikator: 'E', tw1: 'F', tw4: 'I', tw1_2026: 'J', tw4_2026: 'M', koordinator: 'N' },
    counts: { kegiatan: 2, rencanaAksi: 4, outputs: 4 },
  },
  {
    name: 'provinsi-indikator-hasil-2025',
    institution: 'Provinsi: tabel indikator, Target Tahun 2025 · Hasil Tahun 2025 · Target Tahun 2026, persentase ditulis tiga cara (25%, 0,25, 25)',
    sheet: 'Capaian IKU 2025',
    title: ['CAPAIAN INDIKATOR KINERJA UTAMA', 'PEMERINTAH PROVINSI NUSA INDAH'],
    header: [['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target Tahun 2025', 'Hasil Tahun 2025', 'Target Tahun 2026']],
    groups: [1],
    rows: [
      [1, 'Meningkatnya akuntabilitas kinerja pemerintah provinsi', 'Nilai SAKIP Provinsi', 'Nilai', 75, 76, 78],
      [2, '', 'Persentase perangkat daerah berpredikat minimal BB', 'Persentase', '25%', 0.2, 30],
      [3, '', 'Persentase rekomendasi BPK ditindaklanjuti', 'Persen', 80, 0.75, 85],
      [4, 'Meningkatnya kualitas pelayanan publik', 'Indeks Pelayanan Publik', 'Indeks', '4,2', '4,0 (Kategori B)', '4,3'],
      [5, '', 'Persentase pengaduan yang diselesaikan', 'Persentase', '90%', 0.88, '95%'],
    ],
    defects: [{ row: 3, col: 5, value: 'tinggi', expect: ['type-error'] }],
    kind: 'indikator',
    columns: { no: 'A', sasaran: 'B', indikator: 'C', satuan: 'D', target2025: 'E', realisasi_2025: 'F', target2026: 'G' },
    counts: { kegiatan: 2, rencanaAksi: 0, outputs: 5 },
    infos: pct(4, 5, 6),
    summary: { year: 2025, quarter: 4, exit: 0, totals: { outputs: 5, due: 5, tercapai: 1, belumTercapai: 4, tidakAdaData: 0 } },
  },
  {
    name: 'lembaga-daftar-output-2026',
    institution: 'Lembaga: rencana aksi yang outputnya butir daftar (a. b. c., 1. 2., -) dan output huruf kecil bertarget, dengan baris terpotong yang sungguhan',
    sheet: 'Rencana Aksi',
    title: ['RENCANA AKSI RB 2026 — LEMBAGA ADMINISTRASI APARATUR'],
    header: [
      ['Kegiatan Utama', 'Rencana Aksi', 'Output', '', 'Target', '', '', '', 'Total', 'Koordinator', 'Pelaksana'],
      ['', '', 'Indikator', 'Satuan', 'TW 1', 'TW 2', 'TW 3', 'TW 4', '', '', ''],
    ],
    groups: [0, 1],
    rows: [
      ['Penguatan manajemen SDM aparatur', 'Menyusun pedoman manajemen talenta', 'a. draf pedoman manajemen talenta', 'Dokumen', 1, '', '', '', 1, 'Biro SDM', 'Pusat Kajian'],
      ['', '', 'b. pedoman manajemen talenta final', 'Dokumen', '', 1, '', '', 1, 'Biro SDM', 'Biro Hukum'],
      ['', '', 'c. sosialisasi pedoman ke unit kerja', 'Kegiatan', '', '', 2, 2, 4, 'Biro SDM', 'Seluruh unit kerja'],
      ['', 'Menangani pengaduan pegawai', 'laporan penanganan pengaduan pegawai', 'Laporan', 1, 1, 1, 1, 4, 'Biro SDM', 'Inspektorat'],
      ['', '', '- rekap tindak lanjut pengaduan', 'Dokumen', '', 1, '', 1, 2, 'Biro SDM', 'Inspektorat'],
      ['Penguatan pengawasan internal', 'Melaksanakan reviu laporan keuangan', '1. laporan hasil reviu semester I', 'Laporan', '', 1, '', '', 1, 'Inspektorat', 'Biro Keuangan'],
      ['', '', '2. laporan hasil reviu semester II', 'Laporan', '', '', '', 1, 1, 'Inspektorat', 'Biro Keuangan'],
    ],
    defects: [
      { row: 0, insert: ['', 'serta rencana suksesi jabatan'], expect: ['fragment-row'] },
      { row: 3, insert: ['', '', 'dan penyelesaian keberatan pegawai'], expect: ['fragment-row'] },
    ],
    kind: 'rb-general',
    columns: { kegiatanUtama: 'A', rencanaAksi: 'B', indikator: 'C', satuan: 'D', tw1: 'E', tw4: 'H', total: 'I', koordinator: 'J', pelaksana: 'K' },
    counts: { kegiatan: 2, rencanaAksi: 3, outputs: 7 },
  },
  {
    name: 'kementerian-satu-baris-2026',
    institution: 'Kementerian: judul kolom satu baris huruf kapital dengan titik dua, tanda bintang dan catatan kaki, blok judul lima baris, Tujuan › Sasaran Strategis, TW-1…TW-4, 75.000.000*, ± 80%',
    sheet: 'Lampiran III',
    title: ['LAMPIRAN III', 'PERATURAN MENTERI AGAMA', 'NOMOR 12 TAHUN 2025', 'TENTANG ROAD MAP REFORMASI BIROKRASI', 'KEMENTERIAN AGAMA TAHUN 2026'],
    header: [['NO.', 'TUJUAN:', 'SASARAN STRATEGIS:', 'RENCANA AKSI*', 'KELUARAN', 'SATUAN', 'TW-1', 'TW-2', 'TW-3', 'TW-4', 'JUMLAH TARGET', 'PENANGGUNG\u00a0JAWAB', 'UNIT PELAKSANA', 'ANGGARAN¹']],
    groups: [1, 2],
    rows: [
      [1, 'Birokrasi yang bersih dan akuntabel', 'Meningkatnya kapabilitas APIP', 'Penguatan kapabilitas APIP', 'Auditor bersertifikat', 'Orang', 10, 10, 10, 10, 40, 'Inspektorat Jenderal', 'Sekretariat Itjen', '75.000.000*'],
      [2, '', '', 'Penerapan manajemen risiko', 'Unit kerja yang menerapkan manajemen risiko', 'Persentase', '', '', '', '± 80%', '± 80%', 'Inspektorat Jenderal', 'Seluruh unit eselon I', ''],
      [3, '', 'Meningkatnya kualitas pelayanan keagamaan', 'Digitalisasi layanan nikah', 'Layanan nikah daring', 'Persentase', '25%', '50%', '75%', '100%', '100%', 'Ditjen Bimas Islam', 'Kantor Urusan Agama', '2.500.000.000'],
      [4, 'Birokrasi yang kapabel', 'Meningkatnya profesionalitas ASN', 'Uji kompetensi jabatan', 'Pegawai yang diuji kompetensinya', 'Orang', 500, 500, 500, 500, 2000, 'Biro SDM', 'Pusat Pengembangan Kompetensi', ''],
    ],
    defects: [
      { row: 0, col: 10, value: 45, expect: ['total-mismatch'] },
      { row: 2, col: 9, value: '100\u00a0%', expect: ['non-canonical-value'] },
    ],
    kind: 'rb-general',
    columns: { no: 'A', tujuan: 'B', sasaranStrategis: 'C', rencanaAksi: 'D', indikator: 'E', satuan: 'F', tw1: 'G', tw4: 'J', total: 'K', koordinator: 'L', pelaksana: 'M', anggaran: 'N' },
    counts: { kegiatan: 2, rencanaAksi: 4, outputs: 4 },
  },
  {
    name: 'kota-rencana-aksi-kumulatif-2026',
    institution: 'Kota: rencana aksi, Target Penyelesaian (Kumulatif) › TW I–IV dengan tahapan 0 · 0 · 0 · 1 dan batas minimal, IKU sebagai kelompok, baris nomor kolom',
    sheet: 'Renaksi Kota',
    title: ['RENCANA AKSI REFORMASI BIROKRASI', 'PEMERINTAH KOTA BANDAR JAYA TAHUN 2026'],
    header: [
      ['Kegiatan Utama', 'IKU', 'Rencana Aksi', 'Output', '', 'Target Penyelesaian (Kumulatif)', '', '', '', 'Koordinator', 'Pelaksana', 'Keterangan'],
      ['', '', '', 'Indikator Output', 'Satuan', 'TW I', 'TW II', 'TW III', 'TW IV', '', '', ''],
    ],
    numbers: 'plain',
    groups: [0, 1, 2],
    rows: [
      ['Penguatan manajemen kinerja', 'Nilai SAKIP Kota', 'Penyusunan cascading kinerja', 'Pohon kinerja tersusun', 'Dokumen', 0, 0, 0, 1, 'Bagian Organisasi', 'Bappeda', 'Penguatan'],
      ['', '', 'Evaluasi AKIP perangkat daerah', 'Perangkat daerah dievaluasi', 'Perangkat Daerah', '', 'minimal 10', 'minimal 20', 'minimal 30', 'Inspektorat', 'Bagian Organisasi', 'Rutin'],
      ['Penguatan pelayanan publik', 'Indeks Pelayanan Publik', 'Standardisasi pelayanan', 'Unit layanan terstandar', 'Persentase', 25, 50, 75, 100, 'Bagian Organisasi', 'Seluruh perangkat daerah', 'Penguatan'],
      ['', '', 'Survei kepuasan masyarakat', 'Laporan SKM', 'Laporan', 0, 1, 0, 1, 'Bagian Organisasi', 'Seluruh perangkat daerah', 'Rutin'],
    ],
    defects: [
      { row: 1, col: 11, value: 'prioritas', expect: ['invalid-choice'] },
      { row: 3, col: 6, value: '1,5', expect: ['unit-mismatch'] },
    ],
    kind: 'rb-general',
    columns: { kegiatanUtama: 'A', indikatorKinerja: 'B', rencanaAksi: 'C', indikator: 'D', satuan: 'E', tw1: 'F', tw4: 'I', koordinator: 'J', pelaksana: 'K', keterangan: 'L' },
    counts: { kegiatan: 2, rencanaAksi: 4, outputs: 4 },
    infos: pct(5, 6, 7, 8),
  },
];
