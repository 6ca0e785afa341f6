/**
 * A problem a spreadsheet function reports in place of a value: a stable code (`TIDAK_TERBACA`,
 * `JUMLAH_BARIS`…), a message in Indonesian, the spreadsheet error value that says it best, and
 * whether it concerns the whole call (arguments of the wrong shape) or one row. Core gives it as
 * data; each host shows it its own way (excel-addin/functionResults.ts: a real error value such as
 * `#VALUE!` with the message; sheets-addon/server/functionResults.ts: `#CODE: message` in the row,
 * or `#ERROR!` with the message for a whole call).
 */

/** The error values a function may give in Excel (`#REF!` and `#NAME?` are inputs only there). */
export type ErrorValue = '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!' | '#NULL!';

export interface Problem {
  problem: string;
  message: string;
  error: ErrorValue;
  /** True when the arguments as a whole are wrong: there is no row to put it in. */
  whole: boolean;
}

/** A problem; `#VALUE!` (a value of the wrong kind) unless said otherwise. */
export function problem(code: string, message: string, options: { error?: ErrorValue; whole?: boolean } = {}): Problem {
  return { problem: code, message, error: options.error ?? '#VALUE!', whole: options.whole ?? false };
}

export function isProblem(x: unknown): x is Problem {
  return typeof x === 'object' && x !== null && typeof (x as Problem).problem === 'string' && typeof (x as Problem).message === 'string';
}

/** A problem as text, the way a sheet without error values shows it: `#TW: “x” bukan triwulan 1–4`. */
export function problemText(p: Problem): string {
  return `#${p.problem}: ${p.message}`;
}
