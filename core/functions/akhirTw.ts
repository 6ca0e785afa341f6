/**
 * `AKHIR_TW(tahun, tw)`: the last day of a quarter as an Excel date serial (1900 date system),
 * row by row; give the cell a date format to see it as a date (30/06/2023 for 2023, TW II).
 * Google Sheets counts days the same way for every year from 1900 on.
 *
 * - `tahun`: a whole number 1900–9999, or text of four digits (`2023`).
 * - `tw`: 1–4, or text such as `TW II`, `II`, `Triwulan 2`.
 * - Blank `tahun` and blank `tw` together give `''`; one missing or unreadable gives `#TAHUN` or `#TW`.
 */
import type { CellValue } from '../grid';
import { toExcelSerial } from '../periods/excelSerial';
import { quarterEnd } from '../periods/quarterEnd';
import { CellError, guard, isBlankCell, perRow, readQuarter, shown } from './broadcast';

function readYear(cell: CellValue): number {
  const year = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new CellError('TAHUN', `tahun “${shown(cell)}” bukan tahun 1900–9999`);
  return year;
}

/** One row of AKHIR_TW. */
function akhirTwRow(yearCell: CellValue, quarterCell: CellValue): number | '' {
  if (isBlankCell(yearCell) && isBlankCell(quarterCell)) return '';
  const year = readYear(yearCell);
  const quarter = readQuarter(quarterCell, 'tw');
  return toExcelSerial(quarterEnd(year, quarter)) ?? '';
}

/**
 * Memberi tanggal akhir triwulan (31/03, 30/06, 30/09, 31/12) sebagai nomor seri tanggal; beri format tanggal pada selnya.
 * @customfunction
 * @param tahun Tahun, mis. 2023. Rentang sel memberi satu hasil per baris.
 * @param tw Triwulan: 1–4 atau teks seperti TW II. Boleh rentang, satu per baris.
 * @returns Kolom nomor seri tanggal akhir triwulan per baris.
 */
export function AKHIR_TW(tahun: any[][], tw: any[][]): any[][] {
  return guard(() =>
    perRow(
      [
        { name: 'tahun', value: tahun },
        { name: 'tw', value: tw },
      ],
      ([y, q]) => akhirTwRow(y, q),
    ),
  );
}
