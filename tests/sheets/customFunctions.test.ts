/**
 * The RB_ custom functions of the BUILT server script (Code.js in a vm) give the golden table's
 * Sheets results (tests/functions/golden.json), called the way Sheets calls them: a cell as a plain
 * value, a range as a 2-D array, blank cells as '', an error cell as its text (`#N/A`). A problem of
 * one row is its `#CODE: message` text; a problem of the whole call is thrown (Sheets shows #ERROR!
 * with the message). Sheets hands a date cell over as a Date, the instant of that day in the
 * spreadsheet's time zone (Asia/Jakarta here, whatever zone the test runs in), so every case with a
 * date serial where a date is expected (TW's `tanggal`, STATUS's `jatuh_tempo`) runs a second time
 * with that Date instead; it must give the same answer. A case with `today` runs with the script's
 * clock at 13:30 of that day in the spreadsheet's zone.
 */
import { CUSTOM_FUNCTIONS, setClock } from '../../core/functions';
import { sheetsResult } from '../../sheets-addon/server/functionResults';
import { naiveDate } from '../../core/periods/cellDay';
import { fromExcelSerial } from '../../core/periods/excelSerial';
import { serialDate } from '../../core/periods/serialDate';
import { expectSheets, GOLDEN_CASES as cases, goldenNow, sheetsArgs, type GoldenCase as Case } from '../functions/goldenTable';
import { loadAddon, overTheWire, type LoadedAddon } from './loadAddon';

/** Which argument of a function holds dates. */
const DATE_ARGUMENT: Record<string, number> = { TW: 0, STATUS: 2 };

// Loaded while the tests are collected: the date variants are made with the script's own Date.
const addon: LoadedAddon = loadAddon();

afterEach(() => {
  addon.setNow(null);
  setClock();
});

/** The calls a custom function may make: the spreadsheet's zone, and formatting an instant in it. */
const ZONE_CALLS = ['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSpreadsheetTimeZone', 'Utilities.formatDate'];

function atToday(c: Case): void {
  const now = goldenNow(c);
  if (!now) return;
  const day = fromExcelSerial(c.today!)!;
  // 13:30 of that day where the spreadsheet is; core's own clock at 13:30 local.
  addon.setNow(addon.fake.instantOf(naiveDate(day.getFullYear(), day.getMonth() + 1, day.getDate(), 13, 30)).getTime());
  setClock(() => now);
}

/** The serials of a date argument as Dates of the script's realm (a date cell in Sheets), or undefined when none qualifies. */
function withDates(c: Case): unknown[] | undefined {
  const at = DATE_ARGUMENT[c.fn];
  if (at === undefined || at >= c.args.length) return undefined;
  let changed = false;
  const given = sheetsArgs(c);
  // Sheets counts days as Excel does only from 1 March 1900 (serial 61): Excel's fictitious
  // 29 February 1900 (serial 60) and the days before are Excel's alone.
  const toDate = (v: unknown): unknown => {
    if (typeof v !== 'number' || v < 61) return v;
    changed = true;
    return addon.fake.instantOf(serialDate(v)!); // the date cell as Sheets hands it over
  };
  const arg = given[at];
  const converted = Array.isArray(arg) ? arg.map((row) => (Array.isArray(row) ? row.map(toDate) : toDate(row))) : toDate(arg);
  if (!changed) return undefined;
  const args = [...given];
  args[at] = converted;
  return args;
}

test('the golden table covers every custom function of the script', () => {
  expect(cases.length).toBe(175); // 134 before issue 12, which added the rows of its notations; 155 before issue 13 (cumulative states, NILAI_CAPAIAN)
  for (const name of Object.keys(CUSTOM_FUNCTIONS)) expect(typeof addon.context[`RB_${name}`]).toBe('function');
});

test.each(cases.map((c, i) => [`${i + 1}. RB_${c.fn}: ${c.note}`, c] as const))('%s', (_title, c) => {
  atToday(c);
  addon.fake.log.reset();
  const args = sheetsArgs(c);
  expectSheets(() => overTheWire(addon.call(`RB_${c.fn}`, ...args)), c);
  expectSheets(() => sheetsResult(CUSTOM_FUNCTIONS[c.fn](...args)), c); // as core gives it
  // No service call, but for STATUS's "today", which is the spreadsheet's.
  const calls = Object.keys(addon.fake.log.snapshot());
  if (c.fn === 'STATUS') expect(calls.every((k) => ZONE_CALLS.includes(k))).toBe(true);
  else expect(calls).toEqual([]);
});

const dated = cases.map((c, i) => [i, c, withDates(c)] as const).filter(([, , args]) => args !== undefined);

test('the date variants are the expected ones', () => {
  expect(dated.map(([, c]) => c.fn)).toEqual(['STATUS', 'STATUS', 'STATUS', 'STATUS', 'STATUS', 'STATUS', 'TW', 'TW', 'TW']);
});

test.each(dated.map(([i, c, args]) => [`${i + 1}. RB_${c.fn} with a Date cell: ${c.note}`, c, args!] as const))('%s', (_title, c, args) => {
  atToday(c);
  expectSheets(() => overTheWire(addon.call(`RB_${c.fn}`, ...args)), c);
});
