/** Unusable input: a one-line reason on stderr, exit 2, never a stack trace; huge input still works. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { rbGeneral } from '../../core/layout';
import { FIXTURES, rbm } from './run';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-bad-'));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Kosong');
  await empty.xlsx.writeFile(path.join(dir, 'empty-sheet.xlsx'));
  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
  writeFileSync(path.join(dir, 'junk.xlsx'), junk);
  const real = readFileSync(path.join(FIXTURES, 'lampiran-ii.xlsx'));
  writeFileSync(path.join(dir, 'corrupt.xlsx'), real.subarray(0, Math.floor(real.length / 2)));
  // A real password-protected workbook (LibreOffice, password “rahasia”; it cannot open it without the
  // password either), also under an .xlsx name as users send them.
  const locked = readFileSync(path.join(FIXTURES, 'locked-password-rahasia.xls'));
  writeFileSync(path.join(dir, 'locked.xls'), locked);
  writeFileSync(path.join(dir, 'locked.xlsx'), locked);
  writeFileSync(path.join(dir, 'zero.xlsx'), Buffer.alloc(0));
  writeFileSync(path.join(dir, 'notes.csv'), 'hanya;catatan\nbukan;matriks\n');
  writeFileSync(path.join(dir, 'binary.csv'), junk);
  mkdirSync(path.join(dir, 'folder.xlsx'));
});

const cases: [string, RegExp][] = [
  ['missing.xlsx', /tidak ditemukan/],
  ['empty-sheet.xlsx', /Tidak ada matriks yang dikenali pada “Kosong”/],
  ['junk.xlsx', /bukan berkas \.xlsx atau \.csv/],
  ['corrupt.xlsx', /rusak/],
  ['locked.xls', /kata sandi/],
  ['locked.xlsx', /kata sandi/],
  ['zero.xlsx', /kosong \(0 byte\)/],
  ['notes.csv', /Tidak ada matriks yang dikenali/],
  ['binary.csv', /bukan berkas teks CSV/],
  ['folder.xlsx', /folder/],
];

test.each(cases)('%s: exit 2, one clear line, no stack trace', (name, reason) => {
  const { code, stdout, stderr } = rbm(['validate', path.join(dir, name)]);
  // Text output: nothing on stdout, the reason on stderr.
  expect(code).toBe(2);
  expect(stderr).toMatch(reason);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stdout).toBe('');
});

test('a 200,000-row sheet is read and validated, not refused', async () => {
  const file = path.join(dir, 'big.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = writer.addWorksheet('Matriks');
  sheet.addRow(['MATRIKS RENCANA AKSI RB GENERAL']).commit();
  for (const headerRow of rbGeneral.template) sheet.addRow(headerRow).commit();
  for (let i = 0; i < 200000; i++) {
    const koordinator = i === 123456 ? null : 'Biro Umum';
    sheet.addRow([i % 50 === 0 ? `Kegiatan ${i}` : null, null, null, i % 5 === 0 ? `Rencana aksi ${i}` : null, 'Dokumen', `Output ${i}`, 1, null, 1, null, 1, 3, null, koordinator, 'Biro Umum', 'Rutin']).commit();
  }
  await writer.commit();
  const { code, stdout } = rbm(['validate', file, '--format', 'json']);
  expect(code).toBe(1);
  const report = JSON.parse(stdout);
  expect(report.counts).toMatchObject({ outputs: 200000, kegiatan: 4000, rencanaAksi: 40000, errors: 1 });
  expect(report.findings[0]).toMatchObject({ code: 'missing-value', cell: 'N123460' });
}, 120000);
