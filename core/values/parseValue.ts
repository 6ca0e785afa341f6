import type { CellValue } from '../grid';
import { cellDayText } from '../periods/cellDay';
import { splitBound, type BoundOp } from './bound';
import { parseGrade, type Grade } from './grade';
import { parseNumber } from './parseNumber';
import { matchLadder, type LadderName } from './ladders';
import { parseTick, type Side } from './tick';

export type { BoundOp, Grade, Side };

/**
 * How a figure without `%` in a percentage row was read (core/model/percentConvention.ts):
 * `poin` percentage points (25 = 25%), `pecahan` a fraction (0,25 = 25%).
 */
export type PercentConvention = 'poin' | 'pecahan';

/**
 * What a target or realisation cell means.
 * - `empty`: nothing entered
 * - `none`: explicitly not applicable (`n/a`, `-`, `tidak ada`)
 * - `number`: a quantity; `percent` marks `70%` (value 0.7) and cells formatted as percentages;
 *   `unit` the word written after it (`3 dokumen`: 3, `dokumen`)
 * - `ordinal`: a rung on a ladder (`WTP`, `B`, `Naskah final`)
 * - `range`: a target band (`80–90%`, `3,5 - 4`, `80 s.d. 90`); `low` ≤ `high`
 * - `bound`: a floor or a ceiling (`>64`, `≥ 80%`, `minimal 3`, `< 5`, `maks 10`)
 * - `graded`: a score with its grade (`57/CC`, `>60/B`, `>3/ST`, `4,6 (Kategori A)`, `BB (70,5)`);
 *   the score may itself be a bound
 * - `tick`: a schedule mark (√ ✓ ✔ v V • x X: scheduled) or, in a realisation, done / not done
 *   (√, `Sudah`, `Selesai` / `Belum`, `Tidak`)
 * - `invalid`: text that cannot be read as any of these
 *
 * `canonical` is set when the value is understood but written unusually (`100 %` → `100%`, `wtp` → `WTP`).
 * `note` keeps a parenthetical such as `Cukup Sehat` in `60% (Cukup Sehat)`.
 * `assumed` says how a figure without `%` in a percentage row was read (set by the matrix reader).
 */
export type ParsedValue =
  | { kind: 'empty' }
  | { kind: 'none'; text: string }
  | { kind: 'number'; value: number; percent: boolean; canonical?: string; note?: string; unit?: string; assumed?: PercentConvention }
  | { kind: 'ordinal'; ladder: LadderName; rank: number; label: string; canonical?: string; note?: string }
  | { kind: 'range'; low: number; high: number; percent: boolean; canonical?: string; note?: string; assumed?: PercentConvention }
  | { kind: 'bound'; op: BoundOp; value: number; percent: boolean; unit?: string; canonical?: string; note?: string; assumed?: PercentConvention }
  | { kind: 'graded'; score?: Score; grade: Grade; canonical?: string; note?: string }
  | { kind: 'tick'; done: boolean; mark: string }
  | { kind: 'invalid'; text: string };

/** The score of a graded value: a figure, or a bound (`>60` in `>60/B`). */
export interface Score {
  value: number;
  percent: boolean;
  op?: BoundOp;
}

const EMPTY: ParsedValue = { kind: 'empty' };
const NONE_WORDS = new Set(['n/a', 'na', 'n.a', 'n.a.', '-', '--', '\u2013', '\u2014', 'tidak ada', 'nihil', 'tbd']);

/** True when a number format shows the value as a percentage (`0%`, `0.00%`). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Ignore percent signs inside quoted literals.
  return format.replace(/"[^"]*"/g, '').includes('%');
}

/**
 * Reads one cell as planners type it. `side` says whether it is a target (the default) or a
 * realisation: `Sudah` / `Belum` are realisations only, and a cross (`x`) is a schedule mark only
 * in a target (see tick.ts).
 * @example parseValue('100 %') // { kind: 'number', value: 1, percent: true, canonical: '100%' }
 * @example parseValue(0.7, '0%') // { kind: 'number', value: 0.7, percent: true }
 * @example parseValue('>60/B') // { kind: 'graded', score: { op: '>', value: 60, percent: false }, grade: { label: 'B', … } }
 */
export function parseValue(cell: CellValue | undefined, numberFormat?: string | null, side: Side = 'target'): ParsedValue {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { kind: 'invalid', text: String(cell) };
    return { kind: 'number', value: cell, percent: isPercentFormat(numberFormat) };
  }
  if (typeof cell === 'boolean') return { kind: 'invalid', text: cell ? 'TRUE' : 'FALSE' };
  if (cell instanceof Date) return { kind: 'invalid', text: cellDayText(cell) || 'tanggal' };
  const text = String(cell).replace(/\s+/g, ' ').trim();
  if (text === '') return EMPTY;
  return parseText(text, side);
}

function parseText(text: string, side: Side): ParsedValue {
  if (NONE_WORDS.has(text.toLowerCase())) return { kind: 'none', text };
  const direct = parsePlain(text);
  if (direct) return direct;
  const tick = parseTick(text, side);
  if (tick) return { kind: 'tick', ...tick };
  const read = parseWritten(text);
  if (read) return read;
  // `75.000.000*`, `85¹`, `± 80%`: footnote marks and "about" signs do not change the figure.
  const bare = stripMarks(text);
  if (bare !== text && bare !== '') return parseWritten(bare) ?? { kind: 'invalid', text };
  return { kind: 'invalid', text };
}

/** Everything but the plain forms: bounds, scores with grades, numbers with units, annotated values. */
function parseWritten(text: string): ParsedValue | undefined {
  const plain = parsePlain(text);
  if (plain) return plain;
  const graded = parseGraded(text);
  if (graded) return graded;
  const bound = parseBound(text);
  if (bound) return bound;
  const unit = parseWithUnit(text);
  if (unit) return unit;
  // `4,6 (Kategori "A")`, `BB (70,5)`, `A (Kategori Sehat)`, `60% (Cukup Sehat)`: the head carries the value.
  const annotated = /^(.+?)\s*\((.+)\)$/.exec(text);
  if (annotated) {
    const note = annotated[2].trim();
    const head = parsePlain(annotated[1]) ?? parseBound(annotated[1]) ?? parseWithUnit(annotated[1]);
    if (head) return withGradeNote(head, note) ?? { ...head, note };
  }
  return undefined;
}

const MARKS = /^(?:±|\+\/-|\+-|kurang lebih|sekitar|kira-kira|~|≈)\s*|\s*(?:\*+\)?|[\u00b9\u00b2\u00b3\u2070-\u2079]+|[†‡]+)$/gi;

function stripMarks(text: string): string {
  return text.replace(MARKS, '').trim();
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

/** A figure: `80`, `80%`, `80 %`, `80 persen`. */
function parseFigure(text: string): { value: number; percent: boolean } | undefined {
  const words = /^(.*?)\s*(?:%|persen|percent)$/i.exec(text);
  if (words) {
    const n = parseNumber(words[1]);
    return n === undefined ? undefined : { value: n / 100, percent: true };
  }
  const n = parseNumber(text);
  return n === undefined ? undefined : { value: n, percent: false };
}

/** `>64`, `≥ 80%`, `minimal 3 dokumen`, `maks. 10`. */
function parseBound(text: string): Extract<ParsedValue, { kind: 'bound' }> | undefined {
  const split = splitBound(text);
  if (!split) return undefined;
  const figure = parseFigure(split.rest);
  if (figure) return { kind: 'bound', op: split.op, ...figure };
  const withUnit = parseWithUnit(split.rest);
  if (withUnit) return { kind: 'bound', op: split.op, value: withUnit.value, percent: false, unit: withUnit.unit };
  return undefined;
}

/** A unit after a figure: one to four words of letters (`dokumen`, `rekomendasi`, `unit kerja`), an optional `(satu)` between. */
const WITH_UNIT = /^([+-]?[\d.,]+)\s*(?:\(\s*[a-z ]+\s*\)\s*)?([a-z][a-z.\/-]*(?: [a-z][a-z.\/-]*){0,3})$/i;

/** `3 dokumen`, `2.232 Laporan`, `1 (satu) Dokumen`, `80 persen`. */
function parseWithUnit(text: string): Extract<ParsedValue, { kind: 'number' }> | undefined {
  const m = WITH_UNIT.exec(text);
  if (!m) return undefined;
  const n = parseNumber(m[1]);
  if (n === undefined) return undefined;
  const unit = m[2].replace(/\.$/, '');
  if (/^(?:persen|percent)$/i.test(unit)) return { kind: 'number', value: n / 100, percent: true };
  return { kind: 'number', value: n, percent: false, unit };
}

/** A score alone: a figure or a bound. */
function parseScore(text: string): Score | undefined {
  const figure = parseFigure(text);
  if (figure) return figure;
  const split = splitBound(text);
  if (!split) return undefined;
  const bounded = parseFigure(split.rest);
  return bounded ? { ...bounded, op: split.op } : undefined;
}

/** `57/CC`, `>60/B`, `>3/ST`, `B/65`. */
function parseGraded(text: string): Extract<ParsedValue, { kind: 'graded' }> | undefined {
  const m = /^(.+?)\s*\/\s*(.+)$/.exec(text);
  if (!m) return undefined;
  const score = parseScore(m[1]);
  const grade = score ? parseGrade(m[2]) : parseGrade(m[1]);
  const scoreAfter = score ? undefined : parseScore(m[2]);
  if (!grade || (!score && !scoreAfter)) return undefined;
  return { kind: 'graded', score: score ?? scoreAfter, grade };
}

/** `4,6 (Kategori "A")` and `BB (70,5)`: a parenthetical that is the other half of a score-with-grade. */
function withGradeNote(head: ParsedValue, note: string): ParsedValue | undefined {
  if (head.kind === 'number' && head.unit === undefined) {
    const grade = parseGrade(note);
    if (grade) return { kind: 'graded', score: { value: head.value, percent: head.percent }, grade };
  }
  if (head.kind === 'bound' && head.unit === undefined) {
    const grade = parseGrade(note);
    if (grade) return { kind: 'graded', score: { value: head.value, percent: head.percent, op: head.op }, grade };
  }
  if (head.kind === 'ordinal' && head.ladder !== 'tahap') {
    const score = parseScore(note);
    if (score) return { kind: 'graded', score, grade: { label: head.label, ladder: head.ladder, rank: head.rank } };
  }
  return undefined;
}

/** True when a parsed value carries a target or realisation (anything but empty, not-applicable or unreadable). */
export function hasValue(v: ParsedValue): v is Exclude<ParsedValue, { kind: 'empty' | 'none' | 'invalid' }> {
  return v.kind !== 'empty' && v.kind !== 'none' && v.kind !== 'invalid';
}

/** A value of one of the kinds that can be a figure on its own (number, range, bound). */
export type Figure = Extract<ParsedValue, { kind: 'number' | 'range' | 'bound' }>;
