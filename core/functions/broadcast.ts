/**
 * Shared plumbing of the spreadsheet functions (`=RB.CAPAIAN(…)` in Excel, `=RB_CAPAIAN(…)` in
 * Google Sheets): reading arguments that may be a range or a scalar, broadcasting them row by row,
 * and keeping every result a plain spreadsheet value.
 *
 * Conventions, shared by every function:
 * - An argument is a range (a 2-D array, row by row) or a scalar. Excel hands a scalar to an
 *   `any[][]` parameter as `[[x]]`, Sheets as `x`; both read the same. A flat array `[a, b]` is one
 *   row; an empty array is one blank cell. A cell that is neither text, number, boolean nor date
 *   (an object, a nested array) reads as blank.
 * - Blank cells arrive as `''`, `null` or `undefined`: all mean blank.
 * - Range in, column out: a function gives one result per row, as an N×1 column. A range of one
 *   row (or a scalar) is repeated beside a range of N rows; two ranges of more than one row must
 *   have the same number of rows, else the whole result is one `#JUMLAH_BARIS: …` text.
 * - An argument read as one value per row must be one column. A range of a single row and several
 *   columns is read as a column (so `CAPAIAN(B2:E2; B3:E3)` gives four results, down); a range of
 *   several rows and several columns gives `#BENTUK: …`.
 * - Results are numbers (percentages as fractions: 0.98), texts, or `''` for nothing. A problem is a
 *   `Problem` (problem.ts: a code such as `TW` or `SKALA`, a message, the error value that fits),
 *   in that row only when it concerns that row, else the whole result. Functions never throw and
 *   never give NaN or an infinity; each host shows a problem its own way.
 * - A cell holding an error (`#DIV/0!`, `#N/A`: cellError.ts) makes that row's result the problem
 *   `SEL_GALAT` with the same error value, as a formula over an error cell gives that error.
 */
import { agregasiOf, agregasiSetting, polaritasOf } from '../attainment/settingWords';
import type { Polaritas } from '../attainment/types';
import { cellText, isBlank, type CellValue } from '../grid';
import { parseQuarter } from '../periods/parseQuarter';
import { errorOf, passedOn } from './cellError';
import { isProblem, problem, type Problem } from './problem';

export { memoParse } from '../values/memoParse';

/** One cell of a result: a number, a text, `''` for nothing, or a problem. */
export type OutCell = string | number | Problem;
/** A result: rows of cells (a column for the per-row functions). */
export type Out = OutCell[][];

/** A problem with the call as a whole (its arguments' shape, an unreadable option): the result is that alone. */
export function fail(code: string, message: string): Problem {
  return problem(code, message, { whole: true });
}

/** Thrown inside a row to make that row's result a problem. */
export class CellError extends Error {
  readonly problem: Problem;
  constructor(code: string, message: string) {
    super(message);
    this.problem = problem(code, message);
  }
}

/** An argument as rows of raw cells: a scalar is `[[x]]`, a flat array one row, `[]` one blank cell. */
export function asRange(x: unknown): unknown[][] {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) return [[null]];
  if (!x.some((r) => Array.isArray(r))) return [x];
  return x.map((r) => (Array.isArray(r) ? r : [r]));
}

/**
 * A raw cell as core reads it: an error cell as its text (`#N/A`); an Excel data type (a linked
 * entity, a formatted number) as its `basicValue`, should Excel ever hand one over (functions.json
 * asks for basic values); anything else a sheet cannot hold is blank.
 */
export function toCell(x: unknown): CellValue {
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' || x instanceof Date) return x;
  const error = errorOf(x);
  if (error !== undefined) return error;
  const basic = typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as { basicValue?: unknown }).basicValue : undefined;
  return typeof basic === 'string' || typeof basic === 'number' || typeof basic === 'boolean' ? basic : null;
}

/** The cells of a range as core reads them, row by row (ragged rows kept). */
export function toCells(x: unknown): CellValue[][] {
  return asRange(x).map((row) => row.map(toCell));
}

/** A blank cell, by the grid's one rule (`isBlank`: null, spaces, NaN). */
export const isBlankCell = isBlank;

/** A cell as a message quotes it: its text by the grid's one rule (`cellText`), on one line. */
export function shown(c: CellValue): string {
  return cellText(c).replace(/\s+/g, ' ');
}

/**
 * One argument of a per-row function: `columns` undefined reads one cell per row; a number reads
 * up to that many cells per row (`hint` says what they are, for the `#BENTUK` text).
 */
export interface Arg {
  name: string;
  value: unknown;
  columns?: number;
  hint?: string;
}

function widthOf(range: unknown[][]): number {
  return range.reduce((w, row) => Math.max(w, row.length), 0);
}

/**
 * The argument read for broadcasting, or a problem text: one cell per row (a flat column) when it
 * asks for one value per row, else its rows, each as many cells as it asks for.
 */
function normalise(arg: Arg): CellValue[] | CellValue[][] | Problem {
  const range = asRange(arg.value);
  const width = widthOf(range);
  if (arg.columns === undefined) {
    if (width > 1 && range.length === 1) return range[0].map(toCell);
    if (width > 1) return fail('BENTUK', `rentang ${arg.name} ${range.length} baris × ${width} kolom; berikan satu kolom (satu nilai per baris)`);
    const column: CellValue[] = new Array(range.length);
    for (let i = 0; i < range.length; i++) column[i] = toCell(range[i][0]);
    return column;
  }
  const columns = arg.columns;
  if (width > columns) return fail('BENTUK', `rentang ${arg.name} ${width} kolom; paling banyak ${columns}${arg.hint ? ` (${arg.hint})` : ''}`);
  return range.map((row) => Array.from({ length: columns }, (_, i) => toCell(row[i])));
}

/** A result cell made safe for a sheet: no NaN, no infinity, no -0, nothing but text, numbers and problems. */
export function clean(v: unknown): OutCell {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return problem('ANGKA', 'hasil di luar jangkauan angka', { error: '#NUM!' });
    return v === 0 ? 0 : v;
  }
  if (isProblem(v)) return v;
  return typeof v === 'string' ? v : '';
}

/** What an exception becomes: its row's problem, or (unexpected) a problem of the whole call. */
function problemOf(e: unknown, whole: boolean): Problem {
  if (e instanceof CellError) return e.problem;
  return problem('GALAT', e instanceof Error ? e.message : String(e), { whole });
}

/** The first error among a row's cells (one per argument, or an argument's cells), as that row's problem. */
function inputError(args: Arg[], cells: unknown[]): Problem | undefined {
  for (let a = 0; a < cells.length; a++) {
    const cell = cells[a];
    const error = Array.isArray(cell) ? cell.map(errorOf).find((e) => e !== undefined) : errorOf(cell);
    if (error !== undefined) return problem('SEL_GALAT', `${args[a].name} berisi ${error}`, { error: passedOn(error) });
  }
  return undefined;
}

/**
 * Broadcasts the arguments row by row and calls `row` for each row with its cells (one array per
 * argument). Gives an N×1 column, or a single `#BENTUK` / `#JUMLAH_BARIS` text when the shapes do not fit.
 * A `CellError` (or any other exception) thrown for one row becomes that row's result.
 *
 * `cells` holds, per argument, its cell in the row (a `CellValue`), or for an argument with
 * `columns`, that row's cells (a `CellValue[]`).
 */
export function perRow(args: Arg[], row: (cells: any[]) => unknown): Out {
  const ranges: (CellValue[] | CellValue[][])[] = [];
  for (const arg of args) {
    const r = normalise(arg);
    if (isProblem(r)) return [[r]];
    ranges.push(r);
  }
  const n = Math.max(...ranges.map((r) => r.length));
  if (ranges.some((r) => r.length !== 1 && r.length !== n)) {
    const sizes = args.flatMap((a, i) => (ranges[i].length > 1 ? [`${a.name} ${ranges[i].length} baris`] : []));
    return [[fail('JUMLAH_BARIS', `rentang ${sizes.join(', ')}`)]];
  }
  const out: Out = new Array(n);
  const cells: unknown[] = new Array(ranges.length);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < ranges.length; a++) cells[a] = ranges[a].length === 1 ? ranges[a][0] : ranges[a][i];
    const error = inputError(args, cells);
    if (error) {
      out[i] = [error];
      continue;
    }
    try {
      out[i] = [clean(row(cells))];
    } catch (e) {
      out[i] = [problemOf(e, false)];
    }
  }
  return out;
}

/** Runs a whole function; an unexpected exception becomes a one-cell `GALAT` problem, and an empty result `''`. */
export function guard(body: () => Out): Out {
  try {
    const out = body();
    if (out.length === 0) return [['']];
    // Cleaned in place: a 100,000-row result is not copied again.
    for (let i = 0; i < out.length; i++) {
      const r = out[i];
      if (r.length === 0) out[i] = [''];
      else for (let j = 0; j < r.length; j++) r[j] = clean(r[j]);
    }
    return out;
  } catch (e) {
    return [[problemOf(e, true)]];
  }
}

/** `Positif` / `Negatif` in any case (English too); blank is positive. */
export function readPolaritas(c: CellValue): Polaritas {
  if (isBlankCell(c)) return 'positif';
  const found = typeof c === 'string' ? polaritasOf(c) : undefined;
  if (!found) throw new CellError('POLARITAS', `“${shown(c)}” bukan Positif atau Negatif`);
  return found;
}

/**
 * `Kumulatif` (cumulative targets: states), `Jumlah` (a sum), `Nilai Akhir` / `Rata-rata` in any case
 * and spacing, as the setting it makes on a series (settingWords.ts); blank is `{}` (inferred).
 */
export function readAgregasi(c: CellValue): ReturnType<typeof agregasiSetting> | Record<string, never> {
  if (isBlankCell(c)) return {};
  const found = typeof c === 'string' ? agregasiOf(c) : undefined;
  if (!found) throw new CellError('AGREGASI', `“${shown(c)}” bukan Kumulatif, Nilai Akhir atau Rata-rata`);
  return agregasiSetting(found, String(c));
}

/** A quarter: the number 1–4, or text such as `2`, `II`, `TW II`, `Triwulan 2`. */
export function readQuarter(c: CellValue, name: string): 1 | 2 | 3 | 4 {
  if (isBlankCell(c)) throw new CellError('TW', `${name} kosong; isi 1–4 atau TW I–TW IV`);
  const q = typeof c === 'number' ? c : typeof c === 'string' ? parseQuarter(c) : undefined;
  if (q === 1 || q === 2 || q === 3 || q === 4) return q;
  throw new CellError('TW', `${name} “${shown(c)}” bukan triwulan 1–4 (TW I–TW IV)`);
}
