/**
 * The golden table of the spreadsheet functions: every case of golden.json goes through
 * `CUSTOM_FUNCTIONS[fn](...args)` as a host would call it (ranges as 2-D arrays, scalars as plain
 * values, dates as Excel serials, an error cell as each host hands it over) and, shown the way each
 * host shows it (excel-addin/functionResults.ts, sheets-addon/server/functionResults.ts), must give
 * that host's expected result cell by cell; numbers to 1e-9. A case with `today` (an Excel serial)
 * runs with STATUS's clock set to that day.
 */
import { CUSTOM_FUNCTIONS, setClock } from '../../core/functions';
import { excelResult } from '../../excel-addin/functionResults';
import { sheetsResult } from '../../sheets-addon/server/functionResults';
import { FakeCustomFunctionsError } from '../excel/customFunctionsRuntime';
import { excelArgs, excelExpected, expectCells, expectSheets, GOLDEN_CASES as cases, goldenNow, sheetsArgs } from './goldenTable';

afterEach(() => setClock());

test('the table is large enough, names only known functions, and has error cells for every function', () => {
  expect(cases.length).toBeGreaterThanOrEqual(130);
  for (const c of cases) expect(Object.keys(CUSTOM_FUNCTIONS)).toContain(c.fn);
  for (const name of Object.keys(CUSTOM_FUNCTIONS)) {
    expect(cases.some((c) => c.fn === name)).toBe(true);
    expect([name, cases.some((c) => c.fn === name && JSON.stringify(c.args).includes('"error"'))]).toEqual([name, true]);
  }
  for (const c of cases) expect([c.note, c.expected !== undefined || (c.excel !== undefined && c.sheets !== undefined)]).toEqual([c.note, true]);
});

test.each(cases.map((c, i) => [`${i + 1}. ${c.fn}: ${c.note}`, c] as const))('%s', (_title, c) => {
  const now = goldenNow(c);
  if (now) setClock(() => now);
  const fn = CUSTOM_FUNCTIONS[c.fn];
  const fromSheets = fn(...sheetsArgs(c));
  // Core reads an error cell the same whichever way it comes.
  expect(fn(...excelArgs(c))).toEqual(fromSheets);
  expectCells(excelResult(fn(...excelArgs(c)), FakeCustomFunctionsError), excelExpected(c));
  expectSheets(() => sheetsResult(fn(...sheetsArgs(c))), c);
});
