/**
 * `NILAI(teks)`: the number a cell means, read the way planners type it (`parseValue`), row by row.
 *
 * - `3,7` → 3.7; `1.234,5` → 1234.5; `Rp 1.000.000` → 1000000; `4,6 (Kategori "A")` → 4.6.
 * - Percentages as fractions: `100 %` → 1, `70%` → 0.7.
 * - Grades, opinions and stages give their rank on their ladder, 1 = lowest: opini TMP 1 … WTP 4;
 *   predikat D 1, C 2, CC 3, B 4, BB 5, A 6, AA 7; tahapan Draft 1 … Mon ev 4. Ranks of different
 *   ladders are not comparable with each other (CAPAIAN keeps them apart; NILAI cannot).
 * - A bound gives its figure (`>64` → 64, `≥ 80%` → 0.8), a score with its grade its score
 *   (`57/CC` → 57; a grade alone its rank), a figure with a unit its figure (`3 dokumen` → 3), a
 *   schedule mark 1 (`√`).
 * - A number from the host is returned as it is.
 * - `''` for a blank cell, a not-applicable mark (`n/a`, `-`), a range target (`80–90%`: not one
 *   number), a date, TRUE/FALSE, and text that is none of the above.
 */
import type { CellValue } from '../grid';
import { parseValue } from '../values/parseValue';
import { guard, perRow } from './broadcast';

/** One row of NILAI. */
function nilaiRow(cell: CellValue): number | '' {
  const v = parseValue(cell);
  switch (v.kind) {
    case 'number':
    case 'bound':
      return v.value;
    case 'ordinal':
      return v.rank;
    case 'graded':
      return v.score?.value ?? v.grade.rank ?? '';
    case 'tick':
      return v.done ? 1 : 0;
    default:
      return '';
  }
}

/**
 * Membaca angka dari isian sel seperti 3,7 atau 100 %; predikat (WTP, B, Naskah final) menjadi peringkatnya.
 * @customfunction
 * @param teks Isian sel: angka dengan koma desimal (3,7), persentase (100 %) atau predikat. Rentang sel memberi satu hasil per baris.
 * @returns Kolom angka per baris (persentase sebagai pecahan: 100 % menjadi 1); kosong bila kosong atau tidak terbaca.
 */
export function NILAI(teks: any[][]): any[][] {
  return guard(() => perRow([{ name: 'teks', value: teks }], ([t]) => nilaiRow(t)));
}
