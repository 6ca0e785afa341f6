/**
 * The RB.* functions as Excel gets them: the built dist/excel/functions.js run against a recording
 * `CustomFunctions.associate` (with the runtime's `CustomFunctions.Error`, as strict as documented:
 * tests/excel/customFunctionsRuntime.ts), and dist/excel/functions.json as the build finishes it.
 * The golden table (tests/functions/golden.json) gives Excel's expected results through the
 * registered functions, called as the table says and called the way Excel calls (every argument a
 * 2-D array, an error cell a CustomFunctions.Error). `npm test` builds first; run alone, this builds
 * when dist/excel is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CUSTOM_FUNCTIONS, setClock } from '../../core/functions';
import { excelArgs, excelExpected, expectCells, GOLDEN_CASES as cases, goldenNow, type GoldenCase as Case } from '../functions/goldenTable';
import { FakeCustomFunctionsError } from './customFunctionsRuntime';

const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/excel');
/** Excel wants names of three letters or more: TW is TRIWULAN there. */
const EXCEL_ID: Record<string, string> = { TW: 'TRIWULAN' };

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: { id: string; name: string; description: string; options?: { volatile?: boolean }; parameters: { name: string; description: string; optional?: boolean; type?: string; dimensionality: string }[]; result: { dimensionality: string } }[];
}

let registered: Map<string, (...args: unknown[]) => unknown[][]>;
let metadata: Metadata;

beforeAll(() => {
  if (!existsSync(path.join(DIST, 'functions.js'))) execFileSync(process.execPath, ['scripts/build-excel.mjs'], { cwd: ROOT, stdio: 'pipe' });
  registered = new Map();
  const bundle = readFileSync(path.join(DIST, 'functions.js'), 'utf8');
  // The bundle runs as a script in this realm (so a faked clock reaches it), with only CustomFunctions given.
  new Function('CustomFunctions', bundle)({ associate: (id: string, fn: (...args: unknown[]) => unknown[][]) => registered.set(id, fn), Error: FakeCustomFunctionsError });
  metadata = JSON.parse(readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
});

afterEach(() => {
  jest.useRealTimers();
  setClock();
});

/** Runs one case with "today" fixed as the golden test fixes it (13:30 local on that day). */
function withToday<T>(c: Case, run: () => T): T {
  const now = goldenNow(c);
  if (now) {
    jest.useFakeTimers({ now });
    setClock(() => now);
  }
  return run();
}

/** An argument as Excel hands it to a `matrix` parameter: a scalar as [[x]], a row as [row]; an omitted one as null. */
function excelShape(arg: unknown): unknown {
  if (arg === null || arg === undefined) return null;
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length > 0 && arg.every((r) => Array.isArray(r))) return arg;
  return [arg];
}

test('every id of functions.json is associated, with a function, and nothing else', () => {
  const ids = metadata.functions.map((f) => f.id).sort();
  expect([...registered.keys()].sort()).toEqual(ids);
  for (const fn of registered.values()) expect(typeof fn).toBe('function');
  // Every core function is there, under its Excel id.
  expect(Object.keys(CUSTOM_FUNCTIONS).map((n) => EXCEL_ID[n] ?? n).sort()).toEqual(ids);
});

test('the metadata gives Excel’s autocomplete a description and help for every parameter', () => {
  expect(metadata.functions).toHaveLength(9);
  for (const f of metadata.functions) {
    expect(f.name).toBe(f.id);
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/); // three characters or more
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.result.dimensionality).toBe('matrix');
    expect(f.parameters.length).toBeGreaterThan(0);
    for (const p of f.parameters) {
      expect([f.id, p.name, p.description.length > 10]).toEqual([f.id, p.name, true]);
      expect(p.dimensionality).toBe('matrix');
    }
  }
  const capaian = metadata.functions.find((f) => f.id === 'CAPAIAN')!;
  expect(capaian.parameters.map((p) => [p.name, !!p.optional])).toEqual([['target', false], ['realisasi', false], ['polaritas', true]]);
});

test('functions.json takes error cells and basic values, and only STATUS, which reads the clock, is volatile', () => {
  // Error cells reach the functions (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany),
  // on every parameter, all of type any.
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  for (const f of metadata.functions) for (const p of f.parameters) expect([f.id, p.name, p.type]).toEqual([f.id, p.name, 'any']);
  // Linked data types arrive as their basic value: no objects, no CustomFunctionsRuntime 1.4.
  expect(metadata.allowCustomDataForDataTypeAny).not.toBe(true);
  // Excel recalculates a volatile function whenever the sheet recalculates, without a changed input
  // (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile): the one reading "today".
  expect(metadata.functions.filter((f) => f.options?.volatile).map((f) => f.id)).toEqual(['STATUS']);
});

test('STATUS depends on the day: the same inputs give another status after the due date', () => {
  const status = registered.get('STATUS')!;
  jest.useFakeTimers({ now: new Date(2023, 5, 29, 12) }); // the bundle reads the system clock
  expect(status([[4]], [[3]], [['30/06/2023']])).toEqual([['belum-jatuh-tempo']]);
  jest.setSystemTime(new Date(2023, 6, 1, 12));
  expect(status([[4]], [[3]], [['30/06/2023']])).toEqual([['belum-tercapai']]);
});

test('a linked data type cell, should Excel hand one over, is read as its basic value', () => {
  const capaian = registered.get('CAPAIAN')!;
  expect(capaian([[{ type: 'Double', basicValue: 4 }]], [[{ type: 'String', basicValue: '3' }]])).toEqual([[0.75]]);
});

describe('the golden table through the registered functions', () => {
  test('the table is all there', () => {
    expect(cases.length).toBeGreaterThanOrEqual(134);
  });

  test.each(cases.map((c, i) => [`${i + 1}. ${c.fn}: ${c.note}`, c] as const))('%s', (_title, c) => {
    const fn = registered.get(EXCEL_ID[c.fn] ?? c.fn)!;
    expectCells(withToday(c, () => fn(...excelArgs(c)) as unknown[][]), excelExpected(c));
    // As Excel calls it: every argument a 2-D array, an omitted optional one null.
    expectCells(withToday(c, () => fn(...excelArgs(c).map(excelShape)) as unknown[][]), excelExpected(c));
  });
});
