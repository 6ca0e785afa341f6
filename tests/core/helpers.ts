/** Small builders for hand-made grids shared by the core tests. */
import type { CellValue, Grid, MergedArea } from '../../core';
import type { Finding } from '../../core';
import { rbGeneral, rbTematik } from '../../core/layout';
import { applyEdits } from '../helpers/applyEdits';

export const TITLE = ['MATRIKS RENCANA AKSI RB GENERAL'];

/** RB General header, two rows (LAMPIRAN II). Columns A…P. */
export const [GENERAL_H1, GENERAL_H2]: CellValue[][] = rbGeneral.template;

/** Column index of each RB General key in the header above. */
export const G = {
  kegiatanUtama: 0,
  indikatorKegiatanUtama: 1,
  targetKegiatanUtama: 2,
  rencanaAksi: 3,
  satuan: 4,
  indikator: 5,
  tw1: 6,
  tw2: 7,
  tw3: 8,
  tw4: 9,
  tahun2024: 10,
  total: 11,
  anggaran: 12,
  koordinator: 13,
  pelaksana: 14,
  keterangan: 15,
} as const;
export type GeneralKey = keyof typeof G;

/** A clean RB General output row: one Dokumen in TW 1, Total 1. */
export const CLEAN_GENERAL: Record<GeneralKey, CellValue> = {
  kegiatanUtama: 'Penyederhanaan Birokrasi',
  indikatorKegiatanUtama: 'Persentase Penyederhanaan Struktur Organisasi',
  targetKegiatanUtama: '70%',
  rencanaAksi: 'Melaksanakan Reviu Proses Bisnis',
  satuan: 'Dokumen',
  indikator: 'Konsep hasil reviu proses bisnis',
  tw1: 1,
  tw2: '',
  tw3: '',
  tw4: '',
  tahun2024: '',
  total: 1,
  anggaran: 'Rp 1.000.000',
  koordinator: 'Biro Perencanaan dan Organisasi',
  pelaksana: 'Seluruh Unit Kerja',
  keterangan: 'Penguatan',
};

/** An RB General output row: the clean row with some cells replaced. */
export function gRow(overrides: Partial<Record<GeneralKey, CellValue>> = {}): CellValue[] {
  const merged = { ...CLEAN_GENERAL, ...overrides };
  const row: CellValue[] = new Array(16).fill('');
  for (const [k, i] of Object.entries(G)) row[i] = merged[k as GeneralKey];
  return row;
}

/** A row that continues the group above: group columns (A–D) left blank. */
export function gNext(overrides: Partial<Record<GeneralKey, CellValue>> = {}): CellValue[] {
  return gRow({ kegiatanUtama: '', indikatorKegiatanUtama: '', targetKegiatanUtama: '', rencanaAksi: 'Aksi lanjutan', ...overrides });
}

/** Title row, two header rows, then `rows`: data starts at sheet row 4 (grid row 3). */
export function general(rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheetName: 'RB General', values: [[...TITLE], [...GENERAL_H1], [...GENERAL_H2], ...rows.map((r) => [...r])], ...extra };
}

/** RB Tematik header, two rows (LAMPIRAN I). Satuan = 5, TW I-III = 11, Total = 12, Koordinator = 15, Tim Squad = 16. */
export const [TEMATIK_H1, TEMATIK_H2]: CellValue[][] = rbTematik.template;

export const T = {
  permasalahan: 0,
  sasaran: 1,
  indikatorSasaran: 2,
  targetSasaran: 3,
  rencanaAksi: 4,
  satuan: 5,
  indikator: 6,
  tw1: 7,
  tw2: 8,
  tw3: 9,
  tw4: 10,
  tw13: 11,
  total: 12,
  jenisKegiatan: 13,
  anggaran: 14,
  koordinator: 15,
  timSquad: 16,
} as const;
export type TematikKey = keyof typeof T;

export const CLEAN_TEMATIK: Record<TematikKey, CellValue> = {
  permasalahan: 'Belum tuntasnya penataan jabatan fungsional',
  sasaran: 'Terselesaikannya transformasi jabatan',
  indikatorSasaran: 'Persentase penyelesaian transformasi jabatan',
  targetSasaran: 'Transformasi JF mencapai 100% di tahun 2023',
  rencanaAksi: 'Tindak lanjut penyederhanaan birokrasi',
  satuan: 'Peraturan Badan Kepegawaian',
  indikator: 'Disahkannya Peraturan Badan',
  tw1: 'Draft',
  tw2: 'Draft',
  tw3: 'Naskah final',
  tw4: 'Perbaikan',
  tw13: 'Mon ev',
  total: '',
  jenisKegiatan: 'Tidak terkait langsung',
  anggaran: '',
  koordinator: 'Direktorat Jabatan ASN',
  timSquad: 'Direktorat Kinerja',
};

export function tRow(overrides: Partial<Record<TematikKey, CellValue>> = {}): CellValue[] {
  const merged = { ...CLEAN_TEMATIK, ...overrides };
  const row: CellValue[] = new Array(17).fill('');
  for (const [k, i] of Object.entries(T)) row[i] = merged[k as TematikKey];
  return row;
}

export function tematik(rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return {
    sheetName: 'RB Tematik',
    values: [['MATRIKS RENCANA AKSI RB TEMATIK'], [...TEMATIK_H1], [...TEMATIK_H2], ...rows.map((r) => [...r])],
    ...extra,
  };
}

/** Applies a finding's fix edits to a copy of the grid (addresses are sheet addresses; the grid's topLeft is honoured). */
export function applyFix(grid: Grid, finding: Finding): Grid {
  if (!finding.fix) throw new Error(`${finding.code} at ${finding.cell} has no fix`);
  return applyEdits(grid, finding.fix.edits);
}

export type { MergedArea };
