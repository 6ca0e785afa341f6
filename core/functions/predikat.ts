/**
 * `PREDIKAT(nilai, skala)`: the grade (band label) a score earns on a scale, row by row.
 *
 * - `skala` is the name of a built-in scale (`SAKIP`, `Indeks RB`, `SKM`, `SPBE`, `Merit`, `IPP`,
 *   `SPIP`, `Permendagri 86`, or any id, name or alias `findScale` knows), one name for all rows or
 *   a one-column range of names, one per row. An unknown name gives `#SKALA: …` listing the known ones.
 * - Or `skala` is a range of two or more columns holding the scale itself, one band per row:
 *   `label | batas bawah | batas atas [| bawah inklusif | atas inklusif]` (`scaleFromRows`: a header
 *   row of words is skipped, a blank bound is open, both edges count unless marked `Tidak`). A
 *   range that cannot be read gives `#SKALA: …` with the first problem.
 * - `nilai` is read with `parseValue`: `82,5`, `82.5` and 82.5 are the same score. Built-in scales
 *   are in points, so a percentage written as text counts in points (`85%` → 85); a number from the
 *   host is taken as it is (Excel hands an 85% cell over as 0.85: multiply by 100 first, as for a
 *   CAPAIAN result on Permendagri 86).
 * - `''` when the score is blank, not a number (a grade, a range, text) or outside every band.
 */
import type { CellValue } from '../grid';
import { findScale, REFERENCE_SCALES } from '../scales/reference';
import { classify, type Scale } from '../scales/scale';
import { scaleFromRows } from '../scales/userScale';
import { parseValue } from '../values/parseValue';
import { CellError, fail, guard, isBlankCell, perRow, shown, toCells, type Arg, type Out } from './broadcast';
import { isProblem, type Problem } from './problem';

const KNOWN = REFERENCE_SCALES.map((s) => s.id).join(', ');

/** The scale a name asks for, or a `CellError`. */
function named(cell: CellValue, cache: Map<string, Scale>): Scale {
  if (isBlankCell(cell)) throw new CellError('SKALA', `nama skala kosong; skala yang dikenal: ${KNOWN}`);
  const name = shown(cell);
  const hit = cache.get(name) ?? findScale(name);
  if (!hit) throw new CellError('SKALA', `skala “${name}” tidak dikenal; skala yang dikenal: ${KNOWN}`);
  cache.set(name, hit);
  return hit;
}

/** The scale a range of rows spells out, or a problem text. */
function fromRange(rows: CellValue[][]): Scale | Problem {
  const reading = scaleFromRows(rows);
  const problem = reading.problems[0];
  if (problem) return fail('SKALA', `baris ${problem.row}, kolom ${problem.column} rentang skala: ${problem.message.id}`);
  return reading.scales[0] ?? fail('SKALA', 'rentang skala tidak berisi rentang nilai (label, batas bawah, batas atas)');
}

/** One row of PREDIKAT. */
function predikatRow(cell: CellValue, scale: Scale): string {
  const v = parseValue(cell);
  if (v.kind !== 'number') return '';
  const score = v.percent && typeof cell === 'string' ? v.value * 100 : v.value;
  return classify(score, scale)?.label ?? '';
}

/**
 * Menentukan predikat sebuah nilai pada skala penilaian (SAKIP, Indeks RB, SKM, SPBE, …) atau pada skala dalam rentang sel.
 * @customfunction
 * @param nilai Nilai yang dinilai, mis. 82,5. Rentang sel memberi satu hasil per baris.
 * @param skala Nama skala (SAKIP, Indeks RB, SKM, SKM interval, SPBE, Indeks Pemdi, Merit, IPP, SPIP, IP ASN, Permendagri 86) atau rentang sel berisi baris label, batas bawah, batas atas.
 * @returns Kolom predikat per baris; kosong bila nilai kosong, bukan angka atau di luar semua rentang.
 */
export function PREDIKAT(nilai: any[][], skala: any[][]): any[][] {
  return guard((): Out => {
    const table = toCells(skala);
    const wide = table.some((row) => row.length > 1);
    const value: Arg = { name: 'nilai', value: nilai };
    if (wide) {
      const scale = fromRange(table);
      if (isProblem(scale)) return [[scale]];
      return perRow([value], ([v]) => predikatRow(v, scale));
    }
    const cache = new Map<string, Scale>();
    return perRow([value, { name: 'skala', value: skala }], ([v, s]) => predikatRow(v, named(s, cache)));
  });
}
