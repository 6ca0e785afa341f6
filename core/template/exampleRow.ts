import type { HeaderColumn } from '../layout/header';
import type { MatrixKind } from '../layout/schema';

/** What an example cell holds: a text, or a number with the format it is shown in. */
export type ExampleValue = string | { number: number; format?: string };

/**
 * The one example row of a new matrix, by column key, as a planner would fill it (the user types
 * over it). It validates without errors or warnings: every required value, a target in the year's
 * last quarter with its Total, a choice from the layout's list.
 */
const EXAMPLES: Record<TemplateKind, Record<string, ExampleValue>> = {
  'rb-general': {
    kegiatanUtama: 'Contoh: Penyederhanaan birokrasi',
    indikatorKegiatanUtama: 'Persentase penyederhanaan organisasi',
    targetKegiatanUtama: { number: 0.7, format: '0%' },
    rencanaAksi: 'Menyusun proses bisnis',
    satuan: 'Dokumen',
    indikator: 'Dokumen proses bisnis',
    koordinator: 'Biro Perencanaan',
    pelaksana: 'Seluruh Unit Kerja',
    keterangan: 'Penguatan',
  },
  'rb-tematik': {
    permasalahan: 'Contoh: Layanan belum terintegrasi',
    sasaran: 'Layanan terintegrasi',
    indikatorSasaran: 'Jumlah layanan',
    targetSasaran: { number: 1 },
    rencanaAksi: 'Menyusun standar layanan',
    satuan: 'Dokumen',
    indikator: 'Standar layanan',
    jenisKegiatan: 'Terkait langsung',
    koordinator: 'Biro Perencanaan',
    timSquad: 'Tim Layanan',
  },
  indikator: {
    no: { number: 1 },
    indikator: 'Contoh: Indeks RB',
  },
};

export type TemplateKind = Exclude<MatrixKind, 'peta-jalan'>;
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['rb-general', 'rb-tematik', 'indikator'];

/**
 * The example's value in a column, or undefined for a blank: the table above, and for targets a
 * `1` in the template year's last quarter (with the Total), or for an indicator table a baseline
 * and targets that rise year by year.
 */
export function exampleValue(kind: TemplateKind, column: HeaderColumn, year: number): ExampleValue | undefined {
  const own = EXAMPLES[kind][column.key];
  if (own !== undefined) return own;
  if (column.def?.role === 'total') return { number: 1 };
  const period = column.period;
  if (!period) return undefined;
  if (kind === 'indikator') return period.year === undefined ? undefined : { number: 70 + 5 * (period.year - year + 1) };
  return period.slot === 'tw4' && (period.year === undefined || period.year === year) ? { number: 1 } : undefined;
}
