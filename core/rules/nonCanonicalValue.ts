import { cellText, type CellValue } from '../grid';
import type { ColumnKey } from '../layout/columnKey';
import { hasValue, type ParsedValue } from '../values/parseValue';
import { memoChoice } from '../values/choice';
import { outputRows } from './outputs';
import { periodColumns, periodValueAt } from './periodValues';
import type { RawFinding, Rule } from './rule';
import { remember } from '../remember';

/** Misspellings of unit words that are certain to mean the canonical word. */
const UNIT_SPELLINGS: [RegExp, string][] = [
  [/\b([Pp])r[eo]sentase\b/g, '$1ersentase'],
  [/\b([Pp])ersentasi\b/g, '$1ersentase'],
];

const NO_CELLS: CellValue[] = [];

/**
 * `non-canonical-value`: understood, but written unusually. The fix writes the canonical form:
 * `100 %` → `100%`, `wtp` → `WTP`, `rutin` → `Rutin`, `Presentase` → `Persentase`.
 */
export const nonCanonicalValue: Rule = {
  codes: ['non-canonical-value'],
  check(matrix) {
    const { header } = matrix;
    const found: RawFinding[] = [];
    const push = (row: number, col: number, columnKey: ColumnKey, value: CellValue, canonical: string) =>
      found.push({ code: 'non-canonical-value', row, col, columnKey, params: { value: cellText(value), canonical }, fix: { params: { canonical }, edits: [{ row, col, value: canonical }] } });
    const choices = header.columns.filter((c) => c.def?.role === 'choice').map((c) => ({ column: c, read: memoChoice(c.def!.choices!) }));
    const satuan = header.keyIndex.get('satuan');
    const totalIndex = header.keyIndex.get('total');
    const periods = periodColumns(matrix);
    // A Satuan repeats a few words down the matrix: each is spelled out once.
    const respelled = remember(respell);
    const outputs = outputRows(matrix);
    for (let o = 0; o < outputs.length; o++) {
      const row = outputs[o];
      const own = matrix.grid.values[row.index] ?? NO_CELLS;
      for (let i = 0; i < periods.length; i++) {
        const p = periods[i];
        // A blank cell of its own (most period cells) is never reported: looked at first.
        if (own[p.index] === undefined || own[p.index] === null) continue;
        const canonical = canonicalOf(periodValueAt(row, i));
        if (canonical !== undefined) push(row.index, p.index, p.key, own[p.index], canonical);
      }
      if (row.total && totalIndex !== undefined && own[totalIndex] != null) {
        const canonical = canonicalOf(row.total);
        if (canonical !== undefined) push(row.index, totalIndex, 'total', own[totalIndex], canonical);
      }
      for (let k = 0; k < choices.length; k++) {
        const { column: c, read } = choices[k];
        const { match } = read(own[c.index]);
        if (match && match !== cellText(own[c.index] ?? null)) push(row.index, c.index, c.key, own[c.index] ?? null, match);
      }
      if (satuan !== undefined && typeof own[satuan] === 'string') {
        const text = own[satuan] as string;
        const fixed = respelled(text);
        if (fixed !== text) push(row.index, satuan, 'satuan', text, fixed);
      }
    }
    return found;
  },
};

/** A Satuan with the misspellings of UNIT_SPELLINGS corrected. */
function respell(text: string): string {
  let fixed = text;
  for (const [pattern, word] of UNIT_SPELLINGS) fixed = fixed.replace(pattern, word);
  return fixed;
}

function canonicalOf(v: ParsedValue): string | undefined {
  if (!hasValue(v) || v.kind === 'tick' || v.canonical === undefined || v.note !== undefined) return undefined;
  return v.canonical;
}
