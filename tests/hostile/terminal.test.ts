/**
 * Nothing from a file reaches the terminal raw (issue 15, item 15): escape sequences in file names,
 * C1 controls and bidi overrides in sheet names are shown as `<U+…>` in every message, report and
 * summary line; JSON stays exact JSON, with those characters escaped.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generateMatrix } from '../../bench/generateMatrix';
import { FIXTURES } from '../cli/run';
import { gridXlsx } from '../helpers/xlsxPackage';
import { measured } from './measured';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let dir: string;
const ESCAPED_NAME = '\u001b]0;T\u0007nomatrix.csv';
const SHEET = 'Lampiran\u009b2J \u202Eevil';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-tty-'));
  writeFileSync(path.join(dir, ESCAPED_NAME), 'hanya;catatan\nbukan;matriks\n');
  copyFileSync(path.join(FIXTURES, 'lampiran-ii-realisasi.csv'), path.join(dir, 'r\u001b[31m\u202e.csv'));
  writeFileSync(path.join(dir, 'sheet.xlsx'), gridXlsx({ ...generateMatrix(30, 3).grid, sheetName: SHEET }, 3));
});

test('an escape sequence in a file name: the message shows it, the terminal never gets it', () => {
  const run = measured(['validate', path.join(dir, ESCAPED_NAME)]);
  expect(run.code).toBe(2);
  expect(run.stderr).not.toMatch(RAW);
  expect(run.stderr).toContain('<U+001B>]0;T<U+0007>nomatrix');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
});

test('C1 controls and bidi overrides in a sheet name: shown in the report, in errors and in the batch', () => {
  const file = path.join(dir, 'sheet.xlsx');
  const text = measured(['validate', file]);
  expect(text.stdout).not.toMatch(RAW);
  expect(text.stdout).toContain('Lampiran<U+009B>2J <U+202E>evil');
  const missing = measured(['validate', file, '--sheet', 'Nope']);
  expect(missing.code).toBe(2);
  expect(missing.stderr).not.toMatch(RAW);
  expect(missing.stderr).toContain('<U+202E>evil');
  const batch = measured(['validate', file, path.join(dir, ESCAPED_NAME)]);
  expect(batch.stdout + batch.stderr).not.toMatch(RAW);
});

test('JSON output is exact JSON with the unsafe characters escaped', () => {
  const run = measured(['validate', path.join(dir, 'sheet.xlsx'), '--format', 'json']);
  expect(run.stdout).not.toMatch(RAW);
  expect(run.stdout).toContain('\\u009b');
  expect(JSON.parse(run.stdout).sheet).toBe(SHEET);
});

test("the summary's line names the file and sheet safely", () => {
  const input = path.join(dir, 'r\u001b[31m\u202e.csv');
  const run = measured(['summary', input, '--year', '2023', '--quarter', '2', '--out', path.join(dir, 'out.xlsx')]);
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(RAW);
  expect(run.stdout).toContain('r<U+001B>[31m<U+202E>');
});

test('unknown options echoed by the argument parser are made safe too', () => {
  const run = measured(['validate', '--\u001b[2Jx']);
  expect(run.code).toBe(2);
  expect(run.stderr).not.toMatch(RAW);
});
