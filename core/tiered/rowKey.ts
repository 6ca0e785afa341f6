/**
 * A stable key per output row, so that a coordinator's copy and the master find each other's rows
 * whatever their order: the master may be re-sorted or get rows inserted, the unit may sort its
 * copy. The key is made from what the row *says* (its group path and its output text), never from
 * where it stands.
 *
 * - Text is normalised before hashing (Unicode NFKC, lower case, every run of characters that is not
 *   a letter or a digit one space), so `Biro Umum ` and `BIRO  UMUM.` key alike.
 * - Group columns that hold a figure (`Target Kegiatan Utama`) stay out: they are plan cells the
 *   merge compares, not names.
 * - The key is a 64-bit hash (two 32-bit FNV-1a runs), 16 hex digits: short enough for a hidden
 *   column, and with 10^5 rows a collision is below one in 10^9.
 * - **Twins** (two outputs with the same group path and text) are told apart by their plan cells
 *   (Satuan, targets, Koordinator, Pelaksana … every other column of the plan but the monitoring
 *   blocks): twins that differ there keep their keys whatever their order. Twins identical in every
 *   plan cell can only be told apart by order: the first keeps its hash, the second gets `-2`, the
 *   third `-3`, top to bottom. Re-sorting the master may swap those, and since they plan the same
 *   thing, a report lands on the twin in that place; the split counts them (`twins`) and says so.
 */
import { cellText, type CellValue } from '../grid';
import type { Matrix, MatrixRow } from '../model/readMatrix';

/** Key material of one output: its group path and output text, normalised. */
export function keyMaterial(matrix: Matrix, row: MatrixRow): string {
  const parts: string[] = [];
  for (let g = 0; g < matrix.groupColumns.length; g++) {
    const group = matrix.groupColumns[g];
    if (group.def.key.startsWith('target')) continue;
    parts.push(normaliseKeyText(row.values[group.index]));
  }
  parts.push(normaliseKeyText(row.values[outputColumn(matrix)]));
  return parts.join('\u001f');
}

/** The column holding the output's own text: Indikator Output, else the action. */
export function outputColumn(matrix: Matrix): number {
  const { keyIndex, action } = matrix.header;
  return keyIndex.get('indikator') ?? (action ? keyIndex.get(action) : undefined) ?? matrix.groupColumns[matrix.groupColumns.length - 1]?.index ?? 0;
}

/** @example normaliseKeyText(' BIRO  Umum. ') // 'biro umum' */
export function normaliseKeyText(value: CellValue | undefined): string {
  return cellText(value ?? null)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Keys of `matrix.outputs`, in their order (twins told apart as above). */
export function rowKeys(matrix: Matrix): string[] {
  const materials = matrix.outputs.map((row) => keyMaterial(matrix, row));
  const uses = new Map<string, number>();
  for (const m of materials) uses.set(m, (uses.get(m) ?? 0) + 1);
  const plan = planColumns(matrix);
  const seen = new Map<string, number>();
  return matrix.outputs.map((row, i) => {
    const material = uses.get(materials[i])! > 1 ? materials[i] + '\u001e' + plan.map((c) => normaliseKeyText(row.values[c])).join('\u001f') : materials[i];
    const base = hashKey(material);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** How many keys are told apart by order only (identical twins: see above). */
export function orderedTwins(keys: readonly string[]): number {
  return keys.filter((k) => k.includes('-')).length;
}

/** The plan columns that tell twins apart: every column of the header that is not a group, the output or a monitoring block's. */
function planColumns(matrix: Matrix): number[] {
  const { header } = matrix;
  const monitoring = new Set(header.blocks.flatMap((b) => Object.values(b.columns)));
  for (const key of ['kendala', 'tindakLanjut', 'buktiDukung', 'catatanEvaluator'] as const) {
    const c = header.keyIndex.get(key);
    if (c !== undefined) monitoring.add(c);
  }
  const grouped = new Set(matrix.groupColumns.map((g) => g.index));
  return header.columns.map((c) => c.index).filter((c) => !monitoring.has(c) && !grouped.has(c) && c !== outputColumn(matrix));
}

/** Whether a cell holds a key as `rowKeys` writes it. */
export function isRowKey(text: string): boolean {
  return /^[0-9a-f]{16}(-\d+)?$/.test(text);
}

/** 16 hex digits: FNV-1a 32-bit with two offset bases, over UTF-16 code units. */
export function hashKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
