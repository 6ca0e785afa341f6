import type { CellValue } from '../grid';
import { cellDayText } from '../periods/cellDay';
import { parseNumber } from './parseNumber';
import { matchLadder, type LadderName } from './ladders';

/**
 * What a target or realisation cell means.
 * - `empty`: nothing entered
 * - `none`: explicitly not applicable (`n/a`, `-`, `tidak ada`)
 * - `number`: a quantity; `percent` marks `70%` (value 0.7) and cells formatted as percentages
 * - `ordinal`: a rung on a ladder (`WTP`, `B`, `Naskah final`)
 * - `range`: a target band (`80–90%`, `3,5 - 4`, `80 s.d. 90`); `low` ≤ `high`
 * - `invalid`: text that cannot be read as any of these
 *
 * `canonical` is set when the value is understood but written unusually (`100 %` → `100%`, `wtp` → `WTP`).
 * `note` keeps a parenthetical such as `Kategori "A"` in `4,6 (Kategori "A")`.
 */
export type ParsedValue =
  | { kind: 'empty' }
  | { kind: 'none'; text: string }
  | { kind: 'number'; value: number; percent: boolean; canonical?: string; note?: string }
  | { kind: 'ordinal'; ladder: LadderName; rank: number; label: string; canonical?: string; note?: string }
  | { kind: 'range'; low: number; high: number; percent: boolean; canonical?: string; note?: string }
  | { kind: 'invalid'; text: string };

const EMPTY: ParsedValue = { kind: 'empty' };
const NONE_WORDS = new Set(['n/a', 'na', 'n.a', 'n.a.', '-', '--', '\u2013', '\u2014', 'tidak ada', 'nihil', 'tbd']);

/** True when a number format shows the value as a percentage (`0%`, `0.00%`). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Ignore percent signs inside quoted literals.
  return format.replace(/"[^"]*"/g, '').includes('%');
}

/**
 * Reads one cell as planners type it.
 * @example parseValue('100 %') // { kind: 'number', value: 1, percent: true, canonical: '100%' }
 * @example parseValue(0.7, '0%') // { kind: 'number', value: 0.7, percent: true }
 */
export function parseValue(cell: CellValue | undefined, numberFormat?: string | null): ParsedValue {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { kind: 'invalid', text: String(cell) };
    return { kind: 'number', value: cell, percent: isPercentFormat(numberFormat) };
  }
  if (typeof cell === 'boolean') return { kind: 'invalid', text: cell ? 'TRUE' : 'FALSE' };
  if (cell instanceof Date) return { kind: 'invalid', text: cellDayText(cell) || 'tanggal' };
  const text = String(cell).replace(/\s+/g, ' ').trim();
  if (text === '') return EMPTY;
  return parseText(text);
}

function parseText(text: string): ParsedValue {
  if (NONE_WORDS.has(text.toLowerCase())) return { kind: 'none', text };
  const direct = parsePlain(text);
  if (direct) return direct;
  // `4,6 (Kategori "A")`, `A (Kategori Sehat)`, `60% (Cukup Sehat)`: the head carries the value.
  const annotated = /^(.+?)\s*\((.+)\)$/.exec(text);
  if (annotated) {
    const head = parsePlain(annotated[1]);
    if (head) return { ...head, note: annotated[2].trim() };
  }
  return { kind: 'invalid', text };
}

type Plain = Extract<ParsedValue, { kind: 'number' | 'ordinal' | 'range' }>;

/** `80–90%`, `80% - 90%`, `3,5 s.d. 4`: two figures joined by a dash or "s.d."/"sampai". */
const RANGE = /^(.+?)\s*(?:-|\u2013|\u2014|s\.?\s?d\.?|s\/d|sampai|hingga)\s*(.+)$/i;

function parseRange(text: string): Extract<ParsedValue, { kind: 'range' }> | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const a = parseSimple(m[1]);
  const b = parseSimple(m[2]);
  if (a?.kind !== 'number' || b?.kind !== 'number') return undefined;
  // `80–90%`: a sign on either figure covers both.
  const percent = a.percent || b.percent;
  const low = percent && !a.percent ? a.value / 100 : a.value;
  const high = percent && !b.percent ? b.value / 100 : b.value;
  if (!(low <= high)) return undefined;
  return { kind: 'range', low, high, percent };
}

function parsePlain(text: string): Plain | undefined {
  return parseSimple(text) ?? parseRange(text);
}

function parseSimple(text: string): Extract<ParsedValue, { kind: 'number' | 'ordinal' }> | undefined {
  const percent = /^(.*?)(\s*)%$/.exec(text);
  if (percent) {
    const n = parseNumber(percent[1]);
    if (n === undefined) return undefined;
    const value = n / 100;
    return percent[2] ? { kind: 'number', value, percent: true, canonical: `${percent[1].trim()}%` } : { kind: 'number', value, percent: true };
  }
  const n = parseNumber(text);
  if (n !== undefined) return { kind: 'number', value: n, percent: false };
  const rung = matchLadder(text);
  if (rung) {
    const base = { kind: 'ordinal' as const, ladder: rung.ladder, rank: rung.rung.rank, label: rung.rung.label };
    return rung.exact ? base : { ...base, canonical: rung.rung.label };
  }
  return undefined;
}

/** True when a parsed value carries a target or realisation (anything but empty, not-applicable or unreadable). */
export function hasValue(v: ParsedValue): v is Plain {
  return v.kind === 'number' || v.kind === 'ordinal' || v.kind === 'range';
}
