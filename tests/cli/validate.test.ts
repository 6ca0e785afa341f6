/** `rbm validate` as a user runs it: the built command on real files, exit codes, output formats. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { FIXTURES, rbm } from './run';

const fixture = (name: string) => path.join(FIXTURES, name);

describe('rbm validate', () => {
  test('JSON report on the faithful LAMPIRAN II (.xlsx): shape, counts, exit 1 for errors', () => {
    const { code, stdout, stderr } = rbm(['validate', fixture('lampiran-ii.xlsx'), '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['file', 'sheet', 'kind', 'header', 'counts', 'findings']));
    expect(report.file).toBe(fixture('lampiran-ii.xlsx'));
    expect(report.sheet).toBe('Lampiran II');
    expect(report.kind).toBe('rb-general');
    expect(report.header.rows).toEqual([4, 5]);
    expect(report.header.columns).toMatchObject({ rencanaAksi: 'D', satuan: 'E', tw1: 'G', total: 'L', koordinator: 'N' });
    expect(report.counts).toEqual({ kegiatan: 22, rencanaAksi: 102, outputs: 111, errors: 9, warnings: 12, infos: 52 });
    const missing = report.findings.find((f: { cell: string }) => f.cell === 'N19');
    expect(missing).toMatchObject({ code: 'missing-value', severity: 'error', row: 19, columnKey: 'koordinator', message: 'Koordinator kosong.' });
  });

  test('the counts line names the groups the matrix has: Indikator Kinerja and Sub Kegiatan, not Kegiatan Utama', () => {
    const file = fixture('dialects/kabupaten-rencana-aksi-sub-kegiatan-2025.xlsx');
    expect(rbm(['validate', file]).stdout.split('\n')[1]).toBe('judul kolom baris 2 · 2 indikator kinerja · 5 sub kegiatan · 5 output');
    expect(rbm(['validate', file, '--lang', 'en']).stdout.split('\n')[1]).toBe('header row 2 · 2 performance indicators · 5 sub-activities · 5 outputs');
    expect(rbm(['validate', fixture('dialects/kementerian-iku-2025-2029.xlsx')]).stdout.split('\n')[1]).toBe('judul kolom baris 3–4 · 2 sasaran strategis · 5 output');
    expect(rbm(['validate', fixture('lampiran-ii.xlsx'), '--lang', 'en']).stdout.split('\n')[1]).toBe('header rows 4–5 · 22 main activities · 102 action plans · 111 outputs');
  });

  test('--lang en gives English messages', () => {
    const { stdout } = rbm(['validate', fixture('lampiran-ii.csv'), '--format', 'json', '--lang', 'en']);
    const report = JSON.parse(stdout);
    expect(report.findings.find((f: { cell: string }) => f.cell === 'N19').message).toBe('Coordinator is blank.');
  });

  test('a clean matrix exits 0 and says so', () => {
    const { code, stdout } = rbm(['validate', fixture('lampiran-ii-clean.xlsx')]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 galat, 0 peringatan, 0 info');
    expect(stdout).toContain('Tidak ada galat maupun peringatan.');
  });

  test('warnings alone exit 0', () => {
    const { code, stdout } = rbm(['validate', fixture('lampiran-i.csv'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts).toMatchObject({ errors: 0, warnings: 1 });
  });

  test('text output groups findings by row with cell addresses, no colour when not a terminal', () => {
    const { stdout } = rbm(['validate', fixture('lampiran-ii.xlsx')]);
    expect(stdout).not.toMatch(/\u001b\[/);
    const lines = stdout.split('\n');
    const row19 = lines.indexOf('Baris 19');
    expect(row19).toBeGreaterThan(0);
    expect(lines.slice(row19 + 1, row19 + 6).join('\n')).toMatch(/✖ N19 +Koordinator kosong\. \[missing-value\]/);
    expect(stdout).toContain('9 galat, 12 peringatan, 52 info');
  });

  test('--color forces severity colours', () => {
    const { stdout } = rbm(['validate', fixture('lampiran-ii.xlsx'), '--color']);
    expect(stdout).toContain('\u001b[31m✖ N19');
  });

  test('--sheet picks a sheet by name; without it the first matrix sheet is used', () => {
    const sample = path.join(FIXTURES, '../../samples/matriks-rb.xlsx');
    expect(JSON.parse(rbm(['validate', sample, '--format', 'json']).stdout).sheet).toBe('Lampiran II');
    const tabel = JSON.parse(rbm(['validate', sample, '--sheet', 'Tabel 4', '--format', 'json']).stdout);
    expect(tabel.kind).toBe('indikator');
    const missing = rbm(['validate', sample, '--sheet', 'Nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^rbm: Sheet “Nope” tidak ada; yang ada: “Lampiran II”, “Lampiran I”, “Tabel 4”/);
  });

  test('an unusable input is reported in the language --lang asks for, and only in it', () => {
    const english = rbm(['validate', fixture('missing.xlsx'), '--lang', 'en', '--format', 'json']);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(/^rbm: File not found or unreadable: .*missing\.xlsx\n$/);
    expect(JSON.parse(english.stdout).error).toMatch(/^File not found or unreadable/);
    const indonesian = rbm(['validate', fixture('missing.xlsx')]);
    expect(indonesian.stderr).toMatch(/^rbm: Berkas tidak ditemukan atau tidak dapat dibaca: .*missing\.xlsx\n$/);
  });

  test('an Indonesian-locale semicolon CSV and a comma CSV are both read', () => {
    const semi = JSON.parse(rbm(['validate', fixture('lampiran-ii-clean.csv'), '--format', 'json']).stdout);
    const comma = JSON.parse(rbm(['validate', fixture('tabel-4-clean.csv'), '--format', 'json']).stdout);
    expect(semi.counts.outputs).toBe(111);
    expect(comma.counts.outputs).toBe(18);
  });

  test('bad usage exits 2 with commander\'s one-line message', () => {
    const { code, stderr } = rbm(['validate', fixture('lampiran-ii.xlsx'), '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/argument 'xml' is invalid/);
  });
});

describe('rbm validate on several files (a batch from many work units)', () => {
  test('text: one report per file, then a line for the batch; exit code is the worst', () => {
    const { code, stdout, stderr } = rbm(['validate', fixture('lampiran-ii-clean.xlsx'), fixture('lampiran-ii.csv'), fixture('missing.xlsx')]);
    expect(code).toBe(2);
    expect(stdout).toContain('lampiran-ii-clean.xlsx › Lampiran II');
    expect(stdout).toContain('lampiran-ii.csv › lampiran-ii');
    expect(stdout.trim().split('\n').pop()).toBe('3 berkas: 1 dengan galat, 1 tidak dapat dibaca.');
    expect(stderr).toMatch(/^rbm: .*missing\.xlsx: Berkas tidak ditemukan/);
  });

  test('json: an array with one report (or error) per file', () => {
    const { code, stdout } = rbm(['validate', fixture('lampiran-i.xlsx'), fixture('tabel-4.csv'), '--format', 'json']);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { kind: string }) => r.kind)).toEqual(['rb-tematik', 'indikator']);
  });

  test('json for an unusable single file: the reason as JSON too', () => {
    const { code, stdout } = rbm(['validate', fixture('missing.xlsx'), '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error).toMatch(/^Berkas tidak ditemukan/);
  });
});

test('the installed `rbm` bin (bin/rbm.cjs) runs the same command', () => {
  const result = spawnSync(process.execPath, [path.join(__dirname, '../../bin/rbm.cjs'), 'validate', fixture('lampiran-ii.xlsx'), '--format', 'json'], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(JSON.parse(result.stdout).counts.outputs).toBe(111);
});
