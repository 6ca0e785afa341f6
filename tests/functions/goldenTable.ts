/**
 * The golden table of the spreadsheet functions (golden.json), shared by the tests that run it
 * through core, through Excel's registered functions and through the Sheets script.
 *
 * A case states each host's result: `expected` when both show the same (no problem in it), else
 * `excel` (a problem as an error value `{ error, message? }`) and `sheets` (a problem of one row as
 * its `#CODE: message` text, a problem of the whole call as `{ throws }`: Sheets shows #ERROR!). An
 * argument cell holding an error is written `{ error: "#DIV/0!" }`: Excel hands it to the function as
 * a CustomFunctions.Error object, Sheets as its text.
 */
import { fromExcelSerial } from '../../core/periods/excelSerial';
import { FakeCustomFunctionsError } from '../excel/customFunctionsRuntime';
import golden from './golden.json';

type Cell = string | number;
export interface ExcelError {
  error: string;
  message?: string;
}

export interface GoldenCase {
  fn: string;
  args: unknown[];
  expected?: Cell[][];
  excel?: (Cell | ExcelError)[][];
  sheets?: Cell[][] | { throws: string };
  note: string;
  /** "Today" for STATUS, as an Excel serial. */
  today?: number;
}

export const GOLDEN_CASES = golden as GoldenCase[];

export function excelExpected(c: GoldenCase): (Cell | ExcelError)[][] {
  return (c.excel ?? c.expected)!;
}

export function sheetsExpected(c: GoldenCase): Cell[][] | { throws: string } {
  return (c.sheets ?? c.expected)!;
}

function isErrorCell(x: unknown): x is ExcelError {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as ExcelError).error === 'string';
}

function mapCells(x: unknown, f: (e: ExcelError) => unknown): unknown {
  if (Array.isArray(x)) return x.map((v) => mapCells(v, f));
  return isErrorCell(x) ? f(x) : x;
}

/** The arguments as Excel hands them: an error cell as a CustomFunctions.Error. */
export function excelArgs(c: GoldenCase): unknown[] {
  return c.args.map((a) => mapCells(a, (e) => new FakeCustomFunctionsError(e.error)));
}

/** The arguments as Google Sheets hands them: an error cell as its text. */
export function sheetsArgs(c: GoldenCase): unknown[] {
  return c.args.map((a) => mapCells(a, (e) => e.error));
}

/** The moment a case runs at: 13:30 local time on its `today`, or undefined when it has none. */
export function goldenNow(c: GoldenCase): Date | undefined {
  if (c.today === undefined) return undefined;
  const day = fromExcelSerial(c.today)!;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 13, 30);
}

/** The result equals the expectation cell by cell; numbers to 1e-9; error values by code and message. */
export function expectCells(actual: unknown[][], expected: (Cell | ExcelError)[][]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((row, r) => {
    expect(actual[r].length).toBe(row.length);
    row.forEach((want, k) => {
      const got = actual[r][k];
      if (typeof want === 'number') {
        expect(typeof got).toBe('number');
        expect(got).toBeCloseTo(want, 9);
      } else if (isErrorCell(want)) {
        expect(got).toBeInstanceOf(FakeCustomFunctionsError);
        expect({ error: (got as FakeCustomFunctionsError).code, message: (got as FakeCustomFunctionsError).message }).toEqual({ error: want.error, message: want.message });
      } else expect(got).toBe(want);
    });
  });
}

/** What Sheets shows for a call: its cells, or #ERROR! with the message it throws. */
export function expectSheets(call: () => unknown[][], c: GoldenCase): void {
  const want = sheetsExpected(c);
  if ('throws' in want) {
    expect(call).toThrow(want.throws);
    return;
  }
  expectCells(call(), want);
}
