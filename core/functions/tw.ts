/**
 * `TW(tanggal)`: the quarter (triwulan) 1–4 a date falls in, row by row: a date cell by the day it
 * shows (core/periods/cellDay.ts), whatever time zone the function runs in.
 * `tanggal` is an Excel date serial (a date cell in Excel), a `Date` (a date cell in Sheets) or
 * text (`30/06/2023`, `30-06-2023`, `2023-06-30`), as `toDate` reads it. `''` for a blank cell;
 * `#TANGGAL: …` for anything else (serial 60, Excel's fictitious 29 February 1900, included).
 */
import type { CellValue } from '../grid';
import { quarterOf } from '../periods/quarterOf';
import { toDate } from '../periods/toDate';
import { CellError, guard, isBlankCell, perRow, shown } from './broadcast';

/** One row of TW. */
function twRow(cell: CellValue): number | '' {
  if (isBlankCell(cell)) return '';
  const date = toDate(cell);
  if (!date) throw new CellError('TANGGAL', `“${shown(cell)}” bukan tanggal (isi tanggal, mis. 30/06/2023)`);
  return quarterOf(date).quarter;
}

// Excel requires a custom function's id and name to be at least three characters, so Excel
// registers this one as RB.TRIWULAN (the id after the tag); Sheets keeps RB_TW.
/**
 * Menentukan triwulan (1–4) sebuah tanggal.
 * @customfunction TRIWULAN
 * @param tanggal Tanggal: sel bertanggal atau teks seperti 30/06/2023. Rentang sel memberi satu hasil per baris.
 * @returns Kolom nomor triwulan 1–4 per baris; kosong bila tanggal kosong.
 */
export function TW(tanggal: any[][]): any[][] {
  return guard(() => perRow([{ name: 'tanggal', value: tanggal }], ([d]) => twRow(d)));
}
