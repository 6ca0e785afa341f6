/**
 * `CAPAIAN_PERIODE(targets, realisasi, sampai_tw, [agregasi], [polaritas])`: the attainment of an
 * output up to a quarter, from its quarterly targets and realisations, the way the matrix summary
 * computes it (`attainSeries`, one output per row, with no year: every column is this year's).
 *
 * - `targets` and `realisasi`: one row per output, one column per quarter, TW 1 to TW 4 from the
 *   left (up to four columns; fewer columns leave the later quarters blank).
 * - `sampai_tw`: 1–4, or text such as `TW II`, `II`, `Triwulan 2`.
 * - `agregasi`: Kumulatif (the targets are cumulative states: `0, 0, 0, 1`, `1, 1, 1, 1`,
 *   `25%, 50%, 75%, 100%`; the state due by `sampai_tw` is compared with the latest realised state,
 *   never summed), Jumlah (the sum of the quarters), Nilai Akhir (the latest quarter), Rata-rata
 *   (the mean). Blank: inferred by `inferAgregasi` from the values alone (there is no Total or
 *   Satuan here): grades, opinions and stages → Nilai Akhir; numbers and percentages → the sum. So
 *   percentage targets meant as levels (25%, 50%, 75%, 100%) need `Kumulatif` or `Nilai Akhir` written out.
 * - A target of 0 (positive polarity) asks for nothing: up to a quarter whose targets are all 0 or
 *   blank, nothing is due (`''`). A realisation `-` or blank after a quarter that met its state
 *   carries that state forward (states, Nilai Akhir); a sum already met counts the same.
 * - The result is the capaian as a fraction when targets are due by `sampai_tw` and a realisation
 *   for the latest due quarter (or later, up to `sampai_tw`, or carried as above) is there. It is
 *   `''` when no target is due yet, when there is no target at all, or when the realisation is
 *   missing (status `tidak-ada-data`). One exception: when nothing is due yet but the realisation
 *   already meets the whole year's target (`tercapai-lebih-awal`), the result is that capaian.
 * - `#TIDAK_TERBACA: …` when a target (any quarter) or a realisation up to `sampai_tw` cannot be
 *   read; `#TIDAK_SEBANDING: …` as in CAPAIAN; `#TW`, `#AGREGASI`, `#POLARITAS` for bad settings.
 */
import { attainSeries } from '../attainment/attainSeries';
import type { PeriodPoint, Series } from '../attainment/series';
import type { Polaritas } from '../attainment/types';
import type { CellValue } from '../grid';
import { parseValue } from '../values/parseValue';
import { CellError, guard, perRow, readAgregasi, readPolaritas, readQuarter, shown } from './broadcast';
import { noCapaian } from './capaian';

const QUARTERS = 'TW 1 sampai TW 4';

function points(cells: CellValue[], name: 'target' | 'realisasi', upTo: number): PeriodPoint[] {
  return cells.map((cell, i) => {
    const value = parseValue(cell, undefined, name === 'target' ? 'target' : 'realisation');
    if (value.kind === 'invalid' && i + 1 <= upTo) {
      throw new CellError('TIDAK_TERBACA', `${name} TW ${i + 1} “${shown(cell)}” tidak terbaca sebagai angka, persentase, rentang atau predikat`);
    }
    return { from: i + 1, to: i + 1, value };
  });
}

/** One row of CAPAIAN_PERIODE. */
function capaianPeriodeRow(targets: CellValue[], realisasi: CellValue[], quarter: number, agregasi: ReturnType<typeof readAgregasi>, polaritas: Polaritas): number | string {
  const series: Series = {
    targets: points(targets, 'target', 4),
    realisations: points(realisasi, 'realisasi', quarter),
    satuan: '',
    ...agregasi,
    polaritas,
  };
  // No year: the points carry none, so they all belong to whichever year is asked about.
  const a = attainSeries(series, 0, quarter);
  if (a.capaian !== null) return a.capaian;
  return a.status === 'tidak-ada-data' ? noCapaian(a.reason, a.target, a.realisasi) : '';
}

/**
 * Menghitung capaian sampai suatu triwulan dari target dan realisasi per triwulan (TW 1–TW 4), sebagai pecahan.
 * @customfunction
 * @param targets Target per triwulan: satu baris per output, kolom TW 1 sampai TW 4 dari kiri. Rentang beberapa baris memberi satu hasil per baris.
 * @param realisasi Realisasi per triwulan, dengan susunan kolom yang sama (TW 1 sampai TW 4) dan jumlah baris yang sama dengan target.
 * @param sampai_tw Triwulan yang dinilai: 1–4 atau teks seperti TW II. Boleh rentang, satu per baris.
 * @param agregasi Opsional: Kumulatif (target berupa keadaan kumulatif: 0, 0, 0, 1; tidak dijumlah), Jumlah (dijumlah), Nilai Akhir (nilai triwulan terakhir) atau Rata-rata. Bila kosong: predikat dan tahapan memakai Nilai Akhir, angka dan persentase dijumlah.
 * @param polaritas Opsional: Positif (bawaan) atau Negatif (makin rendah makin baik). Boleh rentang, satu per baris.
 * @returns Kolom capaian per baris; kosong bila belum jatuh tempo atau belum ada realisasi; galat bila tidak dapat dihitung (Excel: #VALUE! dengan pesannya; Google Sheets: teks #KODE: pesan).
 */
export function CAPAIAN_PERIODE(targets: any[][], realisasi: any[][], sampai_tw: any[][], agregasi?: any[][], polaritas?: any[][]): any[][] {
  return guard(() =>
    perRow(
      [
        { name: 'targets', value: targets, columns: 4, hint: QUARTERS },
        { name: 'realisasi', value: realisasi, columns: 4, hint: QUARTERS },
        { name: 'sampai_tw', value: sampai_tw },
        { name: 'agregasi', value: agregasi },
        { name: 'polaritas', value: polaritas },
      ],
      ([t, r, q, a, p]) => capaianPeriodeRow(t, r, readQuarter(q, 'sampai_tw'), readAgregasi(a), readPolaritas(p)),
    ),
  );
}
