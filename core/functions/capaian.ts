/**
 * `CAPAIAN(target, realisasi, [polaritas])`: the attainment of a target by a realisation, row by
 * row, as a fraction (0.98 = 98%), computed by `capaianOf` (see it for the rules: polarity, range
 * targets, zero targets, grades on their ladder, percent against plain figures).
 *
 * - `''` when the target or the realisation is blank or not applicable (`n/a`, `-`, `tidak ada`).
 * - `#TIDAK_TERBACA: …` when one of them cannot be read as a number, percentage, range or grade.
 * - `#TIDAK_SEBANDING: …` when they cannot be compared: a grade against a number, two different
 *   ladders (`WTP` against `B`), a range as realisation, a negative target, or a ratio too large
 *   for a number (1e-300 against 1e300).
 * - `#POLARITAS: …` in the rows whose polarity is neither Positif nor Negatif.
 * - Numbers from the host are plain numbers: Excel hands a 70% cell over as 0.7, so a percent cell
 *   against a percent cell compares like with like; text such as `70%` is read with its sign.
 */
import { capaianOf } from '../attainment/capaian';
import type { CapaianReason, Polaritas } from '../attainment/types';
import type { CellValue } from '../grid';
import { parseValue, type ParsedValue } from '../values/parseValue';
import { formatParsed } from '../values/formatValue';
import { CellError, guard, memoParse, perRow, readPolaritas, shown } from './broadcast';

/**
 * What a row shows when `capaianOf` gives no value: `''` when there is simply nothing to compare
 * (no target, no realisation); throws a `CellError` (`#TIDAK_TERBACA`, `#TIDAK_SEBANDING`) otherwise.
 */
export function noCapaian(reason: CapaianReason, target: ParsedValue, realisasi: ParsedValue, targetCell?: CellValue, realisasiCell?: CellValue): string {
  if (reason === 'tidak-terbaca') {
    const [name, cell, v] = target.kind === 'invalid' ? ['target', targetCell, target] : ['realisasi', realisasiCell, realisasi];
    const text = cell === undefined ? formatParsed(v, 'id') : shown(cell);
    throw new CellError('TIDAK_TERBACA', `${name} “${text}” tidak terbaca sebagai angka, persentase, rentang atau predikat`);
  }
  if (reason === 'tidak-sebanding') {
    const why =
      (target.kind === 'number' && target.value < 0) || (target.kind === 'range' && target.low < 0)
        ? 'target negatif'
        : realisasi.kind === 'range'
          ? 'realisasi berupa rentang'
          : target.kind === 'tick' || realisasi.kind === 'tick'
            ? 'tanda jadwal (√) dengan nilai lain'
          : target.kind === 'ordinal' && realisasi.kind === 'ordinal'
            ? 'predikat dari jenis yang berbeda'
            : target.kind === 'ordinal' || realisasi.kind === 'ordinal'
              ? 'predikat dengan angka'
              : 'hasil di luar jangkauan angka';
    const quote = (v: ParsedValue, cell: CellValue | undefined) => (cell === undefined ? formatParsed(v, 'id') : shown(cell));
    throw new CellError('TIDAK_SEBANDING', `target “${quote(target, targetCell)}” dan realisasi “${quote(realisasi, realisasiCell)}” tidak dapat dibandingkan (${why})`);
  }
  return '';
}

/** One row of CAPAIAN. */
/** Targets and realisations are read apart: `Sudah` is a realisation, a cross a schedule mark (values/tick.ts). */
interface Parsers {
  target: (c: CellValue) => ParsedValue;
  realisation: (c: CellValue) => ParsedValue;
}

function capaianRow(targetCell: CellValue, realisasiCell: CellValue, polaritas: Polaritas, parse: Parsers): number | string {
  const target = parse.target(targetCell);
  const realisasi = parse.realisation(realisasiCell);
  const c = capaianOf(target, realisasi, polaritas);
  return c.value ?? noCapaian(c.reason, target, realisasi, targetCell, realisasiCell);
}

/**
 * Menghitung capaian (realisasi dibanding target) sebagai pecahan: 0,98 berarti 98%.
 * @customfunction
 * @param target Target: angka (4), persentase (70%), rentang (80–90%) atau predikat (WTP, B). Rentang sel memberi satu hasil per baris.
 * @param realisasi Realisasi, dalam bentuk yang sama dengan target. Rentang sel harus sama jumlah barisnya dengan target.
 * @param polaritas Opsional: Positif (makin tinggi makin baik, bawaan bila kosong) atau Negatif (makin rendah makin baik). Boleh rentang, satu per baris.
 * @returns Kolom capaian per baris; kosong bila target atau realisasi kosong; galat bila tidak dapat dihitung (Excel: #VALUE! dengan pesannya; Google Sheets: teks #KODE: pesan).
 */
export function CAPAIAN(target: any[][], realisasi: any[][], polaritas?: any[][]): any[][] {
  const parse: Parsers = { target: memoParse('target'), realisation: memoParse('realisation') };
  return guard(() =>
    perRow(
      [
        { name: 'target', value: target },
        { name: 'realisasi', value: realisasi },
        { name: 'polaritas', value: polaritas },
      ],
      ([t, r, p]) => capaianRow(t, r, readPolaritas(p), parse),
    ),
  );
}
