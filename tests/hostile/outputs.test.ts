/**
 * `rbm summary` never loses a byte (issue 15, items 10–12): not the input however the output path
 * reaches it (symbolic link, hard link, extensionless input), not a file of the user's at the
 * output path (unless --force), never through a symbolic link, and never half a file.
 */
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { FIXTURES } from '../cli/run';
import { expectRefusal, measured, sha } from './measured';

const CSV = path.join(FIXTURES, 'lampiran-ii-realisasi.csv');
const XLSX = path.join(FIXTURES, 'lampiran-ii-realisasi.xlsx');
const PERIOD = ['--year', '2023', '--quarter', '2'];

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'rbm-out-'));
}

/** Runs `rbm summary` and checks that every listed file is byte for byte what it was. */
function summaryKeeping(files: string[], args: string[]) {
  const before = files.map(sha);
  const run = measured(['summary', ...args, ...PERIOD]);
  files.forEach((f, i) => expect(sha(f)).toBe(before[i]));
  return run;
}

const noTemporaryFiles = (dir: string) => expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('the output is never the input', () => {
  test.each([
    ['a CSV input', CSV, 'in.csv', 'a symbolic link', symlinkSync],
    ['a CSV input', CSV, 'in.csv', 'a hard link', linkSync],
    ['an extensionless workbook', XLSX, 'matriks', 'a symbolic link', symlinkSync],
    ['an extensionless workbook', XLSX, 'matriks', 'a hard link', linkSync],
  ])('%s and %s to it as --out', (_kind, source, name, _link, link) => {
    const dir = folder();
    const input = path.join(dir, name);
    copyFileSync(source, input);
    link(input, path.join(dir, 'alias.xlsx'));
    expectRefusal(summaryKeeping([input], [input, '--out', path.join(dir, 'alias.xlsx')]), /sama dengan berkas masukan/);
  });

  test('an extensionless workbook is copied whole (as a workbook, not as text)', () => {
    const dir = folder();
    const input = path.join(dir, 'matriks');
    copyFileSync(XLSX, input);
    const out = path.join(dir, 'ringkasan.xlsx');
    const run = summaryKeeping([input], [input, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parts = Object.keys(unzipSync(readFileSync(out)));
    expect(parts.filter((p) => p.startsWith('xl/worksheets/sheet'))).toHaveLength(2);
  });
});

describe('a file at the output path', () => {
  test("a file of the user's is not overwritten; --force overwrites it (atomically)", () => {
    const dir = folder();
    const input = path.join(dir, 'm.xlsx');
    copyFileSync(XLSX, input);
    const out = path.join(dir, 'laporan.xlsx');
    writeFileSync(out, 'laporan bulanan, bukan ringkasan');
    expectRefusal(summaryKeeping([input, out], [input, '--out', out]), /sudah ada dan bukan ringkasan buatan rbm .* --force/);
    const forced = summaryKeeping([input], [input, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    noTemporaryFiles(dir);
  });

  test('the default path too', () => {
    const dir = folder();
    const input = path.join(dir, 'm.xlsx');
    copyFileSync(XLSX, input);
    const out = path.join(dir, 'm-ringkasan-2023-TW2.xlsx');
    copyFileSync(path.join(FIXTURES, 'lampiran-ii-clean.xlsx'), out);
    expectRefusal(summaryKeeping([input, out], [input]), /sudah ada/);
  });

  test('an earlier summary of the same input is replaced without --force, for .xlsx and .csv inputs', () => {
    for (const source of [XLSX, CSV]) {
      const dir = folder();
      const input = path.join(dir, `m${path.extname(source)}`);
      copyFileSync(source, input);
      const out = path.join(dir, 'ringkasan.xlsx');
      expect(summaryKeeping([input], [input, '--out', out]).code).toBe(0);
      const again = summaryKeeping([input], [input, '--out', out]);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
      noTemporaryFiles(dir);
    }
  });

  test('a summary of another workbook is not replaced', () => {
    const dir = folder();
    const out = path.join(dir, 'ringkasan.xlsx');
    expect(measured(['summary', CSV, '--out', out, ...PERIOD]).code).toBe(0);
    const input = path.join(dir, 'm.xlsx');
    copyFileSync(XLSX, input);
    expectRefusal(summaryKeeping([input, out], [input, '--out', out]), /sudah ada/);
  });

  test('a symbolic link at --out is refused, even with --force, and its target left alone', () => {
    const dir = folder();
    const input = path.join(dir, 'm.csv');
    copyFileSync(CSV, input);
    const target = path.join(dir, 'penting.xlsx');
    copyFileSync(path.join(FIXTURES, 'lampiran-ii-clean.xlsx'), target);
    symlinkSync(target, path.join(dir, 'keluar.xlsx'));
    expectRefusal(summaryKeeping([input, target], [input, '--out', path.join(dir, 'keluar.xlsx'), '--force']), /tautan simbolik/);
  });
});

test('a workbook with macros (.xlsm, or renamed .xlsx) keeps them: its copy must be an .xlsm, an .xlsx name is refused', () => {
  const dir = folder();
  const parts = unzipSync(readFileSync(XLSX));
  parts['xl/vbaProject.bin'] = strToU8('VBA');
  for (const name of ['m.xlsm', 'renamed.xlsx']) {
    const input = path.join(dir, name);
    writeFileSync(input, zipSync(parts));
    const out = path.join(dir, `out-${name}.xlsx`);
    expectRefusal(summaryKeeping([input], [input, '--out', out]), /makro \(VBA\); keluarannya harus \.xlsm/);
    expect(existsSync(out)).toBe(false);
    const kept = path.join(dir, `out-${name}.xlsm`);
    expect(summaryKeeping([input], [input, '--out', kept]).code).toBe(0);
    expect(Buffer.from(unzipSync(readFileSync(kept))['xl/vbaProject.bin']).toString()).toBe('VBA');
  }
  // Reading it is fine: validate does not write.
  expect(measured(['validate', path.join(dir, 'm.xlsm'), '--format', 'json']).code).toBe(0);
});
