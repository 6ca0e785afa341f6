/**
 * A matrix whose header the reader cannot recognise (its own words for everything) and the column
 * map a planner makes for it by hand: the round trips of the column map in the CLI, the fake Excel,
 * the fake Sheets and the panel all start from these.
 */
import type { ColumnMap } from '../../core/columnMap/columnMap';
import type { CellValue, Grid } from '../../core/grid';

export const FOREIGN_SHEET = 'Rencana Kerja';

export const FOREIGN_HEADER = ['Bidang', 'Uraian Pekerjaan', 'Produk', 'Ukuran', 'Maret', 'Juni', 'September', 'Desember', 'Pemilik'];

export const FOREIGN_ROWS: CellValue[][] = [
  ['Bidang Kepegawaian', 'Menyusun SOP', 'SOP kepegawaian', 'Dokumen', '', 1, '', '', 'Bagian Umum'],
  ['', 'Menyusun SOP', 'SOP keuangan', 'Dokumen', '', '', 1, '', 'Bagian Keuangan'],
  ['Bidang Pelayanan', 'Survei kepuasan', 'Laporan survei', 'Laporan', '', '', '', 1, 'Bagian Humas'],
  ['', 'Digitalisasi arsip', 'Arsip terdigitalisasi', 'Persentase', '25%', '50%', '75%', '100%', 'Bagian Umum'],
];

/** Title in row 1, header in row 2, four outputs below. */
export function foreignGrid(): Grid {
  return { sheetName: FOREIGN_SHEET, values: [['RENCANA KERJA REFORMASI BIROKRASI 2026'], [...FOREIGN_HEADER], ...FOREIGN_ROWS.map((r) => [...r])] };
}

/** The map a planner makes: each column its role, the months as the quarters of 2026. */
export const FOREIGN_MAP: ColumnMap = {
  sheet: FOREIGN_SHEET,
  headerRows: [2, 2],
  kind: 'rb-general',
  columns: [
    { column: 'A', label: 'Bidang', role: 'kegiatanUtama' },
    { column: 'B', label: 'Uraian Pekerjaan', role: 'rencanaAksi' },
    { column: 'C', label: 'Produk', role: 'indikator' },
    { column: 'D', label: 'Ukuran', role: 'satuan' },
    { column: 'E', label: 'Maret', role: 'target TW 1 2026' },
    { column: 'F', label: 'Juni', role: 'target TW 2 2026' },
    { column: 'G', label: 'September', role: 'target TW 3 2026' },
    { column: 'H', label: 'Desember', role: 'target TW 4 2026' },
    { column: 'I', label: 'Pemilik', role: 'koordinator' },
  ],
};

/** What the map reads: four outputs of three actions under two groups, and nothing wrong. */
export const FOREIGN_COUNTS = { kegiatan: 2, rencanaAksi: 3, outputs: 4, errors: 0, warnings: 0, infos: 0 };
