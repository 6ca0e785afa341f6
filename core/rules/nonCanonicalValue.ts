import { cellText, type CellValue } from '../grid';
import type { ColumnKey } from '../layout/columnKey';
import { hasValue, type ParsedValue } from '../values/parseValue';
import { matchChoice } from '../values/choice';
import { outputRows } from './outputs';
import { periodValues } from './periodValues';
import type { RawFinding, Rule } from './rule';

/** Misspellings of unit words that are certain to mean the canonical word. */
const UNIT_SPELLINGS: [RegExp, string][] = [
  [/\b([Pp])r[eo]sentase\b/g, '$1ersentase'],
  [/\b([Pp])ersentasi\b/g, '$1ersentase'],
];

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
    const choices = header.columns.filter((c) => c.def?.role === 'choice');
    const satuan = header.keyIndex.get('satuan');
    const totalIndex = header.keyIndex.get('total');
    for (const row of outputRows(matrix)) {
      const own = matrix.grid.values[row.index] ?? [];
      for (const { v, p } of periodValues(matrix, row)) {
        const canonical = canonicalOf(v);
        if (canonical !== undefined && own[p.index] !== undefined && own[p.index] !== null) push(row.index, p.index, p.key, own[p.index], canonical);
      }
      if (row.total && totalIndex !== undefined && own[totalIndex] != null) {
        const canonical = canonicalOf(row.total);
        if (canonical !== undefined) push(row.index, totalIndex, 'total', own[totalIndex], canonical);
      }
      for (const c of choices) {
        const { match } = matchChoice(own[c.index], c.def!.choices!);
        if (match && match !== cellText(own[c.index] ?? null)) push(row.index, c.index, c.key, own[c.index] ?? null, match);
      }
      if (satuan !== undefined && typeof own[satuan] === 'string') {
        const text = own[satuan] as string;
        let fixed = text;
        for (const [pattern, word] of UNIT_SPELLINGS) fixed = fixed.replace(pattern, word);
        if (fixed !== text) push(row.index, satuan, 'satuan', text, fixed);
      }
    }
    return found;
  },
};

function canonicalOf(v: ParsedValue): string | undefined {
  if (!hasValue(v) || v.kind === 'tick' || v.canonical === undefined || v.note !== undefined) return undefined;
  return v.canonical;
}
