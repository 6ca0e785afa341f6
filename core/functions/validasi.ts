/**
 * `VALIDASI(rentang, [sel_awal])`: the findings of the validator (`validateGrid`) on a range
 * holding a matrix, its header included, as a table that spills to the right and down:
 *
 * | Sel | Tingkat | Kode | Pesan |
 * |-----|---------|------|-------|
 * | N5  | galat   | missing-value | Koordinator kosong. |
 *
 * - One row per finding, in sheet order: its cell, its severity in Indonesian (`galat`,
 *   `peringatan`, `info`), its code (stable, as in docs/findings.md) and its message in Indonesian.
 * - No finding: the header and one row `'' | '' | '' | Tidak ada temuan`.
 * - A function cannot know where its range sits, so addresses count from A1 unless `sel_awal`
 *   names the range's top-left cell (`B3`, `$B$3`, `Matriks!B3`; in Excel `CELL("address"; B3)`
 *   gives it). An unreadable `sel_awal` gives `#SEL: …`.
 * - The host hands over values only: merged cells, number formats and dates as dates are not
 *   seen, so a few findings can differ from validating the whole sheet.
 */
import type { Severity } from '../findings/catalogue';
import { columnLetter, parseCell } from '../grid';
import { validateGrid } from '../validate';
import { fail, guard, isBlankCell, shown, toCells, type Out } from './broadcast';
import type { Problem } from './problem';

const TINGKAT: Record<Severity, string> = { error: 'galat', warning: 'peringatan', info: 'info' };
const HEADER = ['Sel', 'Tingkat', 'Kode', 'Pesan'];

/** `B3`, `$B$3` or `Lembar!B3` as the grid's top-left address, `'A1'` when blank, or a problem text. */
function topLeft(value: unknown): { address: string } | { problem: Problem } {
  const cell = toCells(value)[0]?.[0] ?? null;
  if (isBlankCell(cell)) return { address: 'A1' };
  const text = shown(cell);
  const at = parseCell(text.slice(text.lastIndexOf('!') + 1));
  if (!at) return { problem: fail('SEL', `sel_awal “${text}” bukan alamat sel (mis. B3)`) };
  return { address: `${columnLetter(at.column)}${at.row}` };
}

/**
 * Memeriksa matriks rencana aksi dalam rentang sel dan menampilkan temuannya: sel, tingkat, kode dan pesan.
 * @customfunction
 * @param rentang Rentang berisi matriks, termasuk baris judul kolom.
 * @param sel_awal Opsional: alamat sel kiri atas rentang (mis. B3) agar alamat temuan sesuai lembar; bawaan A1.
 * @returns Tabel temuan dengan judul Sel, Tingkat, Kode, Pesan; satu baris per temuan, atau Tidak ada temuan.
 */
export function VALIDASI(rentang: any[][], sel_awal?: any[][]): any[][] {
  return guard((): Out => {
    const origin = topLeft(sel_awal);
    if ('problem' in origin) return [[origin.problem]];
    const { report } = validateGrid({ sheetName: 'Rentang', values: toCells(rentang), topLeft: origin.address });
    if (report.findings.length === 0) return [HEADER, ['', '', '', 'Tidak ada temuan']];
    return [HEADER, ...report.findings.map((f) => [f.range ?? f.cell, TINGKAT[f.severity], f.code, f.message])];
  });
}
