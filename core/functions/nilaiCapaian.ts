/**
 * `NILAI_CAPAIAN(capaian, [target_maksimal])`: the nilai capaian IKI (0–120) of an individual
 * indicator's attainment, as PermenPANRB 8/2021 converts it (core/scales/nilaiCapaian.ts, where
 * each formula and what was not read are given), row by row.
 *
 * - `capaian`: a fraction (0,98 = 98%, as CAPAIAN gives it) or a percentage as text (`98%`).
 * - `target_maksimal`: optional; `Ya` (or TRUE, 1) when the target is the most the indicator can
 *   reach, so that 100% of it is worth 120.
 * - `''` for a blank capaian; `#TIDAK_TERBACA: …` for one that is not a number; `#CAPAIAN: …` for
 *   a negative one.
 */
import type { CellValue } from '../grid';
import { nilaiCapaian } from '../scales/nilaiCapaian';
import { parseValue } from '../values/parseValue';
import { CellError, guard, isBlankCell, perRow, shown } from './broadcast';

const YES = new Set(['ya', 'yes', 'y', 'true', '1', 'benar', 'maksimal']);

/** One row of NILAI_CAPAIAN. */
function nilaiCapaianRow(cell: CellValue, maksimal: CellValue): number | '' {
  if (isBlankCell(cell)) return '';
  const v = parseValue(cell);
  if (v.kind !== 'number') throw new CellError('TIDAK_TERBACA', `capaian “${shown(cell)}” bukan angka atau persentase`);
  if (v.value < 0) throw new CellError('CAPAIAN', `capaian “${shown(cell)}” negatif`);
  const max = maksimal === true || (!isBlankCell(maksimal) && YES.has(String(maksimal).trim().toLowerCase()));
  return Math.round(nilaiCapaian(v.value, max).nilai * 1e9) / 1e9;
}

/**
 * Mengubah capaian indikator kinerja individu menjadi nilai capaian 0–120 menurut PermenPANRB 8/2021.
 * @customfunction
 * @param capaian Capaian sebagai pecahan (0,98 berarti 98%, seperti hasil CAPAIAN) atau teks persentase (98%). Rentang sel memberi satu hasil per baris.
 * @param target_maksimal Opsional: Ya bila target adalah nilai tertinggi yang mungkin dicapai (capaian 100% bernilai 120).
 * @returns Kolom nilai capaian per baris (110–120 Sangat Baik, 109 Baik, 70–89 Cukup, 50–69 Kurang, 0–49 Sangat Kurang); kosong bila capaian kosong.
 */
export function NILAI_CAPAIAN(capaian: any[][], target_maksimal?: any[][]): any[][] {
  return guard(() =>
    perRow(
      [
        { name: 'capaian', value: capaian },
        { name: 'target_maksimal', value: target_maksimal },
      ],
      ([c, m]) => nilaiCapaianRow(c, m),
    ),
  );
}
