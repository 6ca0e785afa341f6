/**
 * The column map by hand on the command line (issue 12, point 6): `rbm columns` prints a map, the
 * planner corrects it, `--columns FILE.json` reads with it, `rbm columns --out` keeps it in the
 * workbook's RB Matrix sheet where every later run (and Excel, and Sheets) finds it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { MAP_SHEET } from '../../core/columnMap/mapSheet';
import { foreignGrid, FOREIGN_COUNTS, FOREIGN_MAP } from '../helpers/foreignMatrix';
import { FIXTURES, rbm } from './run';

const dir = mkdtempSync(path.join(tmpdir(), 'rbm-columns-'));

async function writeGrid(file: string, values: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(foreignGrid().sheetName);
  values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && (sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  await workbook.xlsx.writeFile(file);
}

test('a header nobody recognises: unusable until mapped; the map by JSON, then kept in the workbook', async () => {
  const input = path.join(dir, 'rencana-kerja.xlsx');
  await writeGrid(input, foreignGrid().values);
  const refused = rbm(['validate', input]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/Baris 2 paling mirip judul kolom; dikenali: –; tidak dikenali: Bidang, Uraian Pekerjaan/);
  expect(refused.stderr).toContain('--columns');

  // What the reader made of it: every label, none with a role; exit 1 (nothing mapped).
  const shown = rbm(['columns', input]);
  expect(shown.code).toBe(1);
  expect(JSON.parse(shown.stdout).columns.map((c: { role: string }) => c.role)).toEqual(new Array(9).fill(''));

  const mapFile = path.join(dir, 'peta.json');
  writeFileSync(mapFile, JSON.stringify(FOREIGN_MAP, null, 2));
  const mapped = rbm(['validate', input, '--columns', mapFile, '--format', 'json']);
  expect(mapped.code).toBe(0);
  const report = JSON.parse(mapped.stdout);
  expect(report.counts).toEqual(FOREIGN_COUNTS);
  expect(report.header).toMatchObject({ rows: [2, 2], mapped: true });

  const copy = path.join(dir, 'rencana-kerja-peta.xlsx');
  const written = rbm(['columns', input, '--columns', mapFile, '--out', copy]);
  expect(written.code).toBe(0);
  expect(written.stderr).toContain(`sheet “${MAP_SHEET}”`);
  // The copy keeps the map: read without --columns, and printed back as it was given.
  const again = rbm(['validate', copy, '--format', 'json']);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout).header.mapped).toBe(true);
  expect(JSON.parse(rbm(['columns', copy]).stdout)).toEqual(FOREIGN_MAP);
  const summary = rbm(['summary', copy, '--year', '2026', '--quarter', '4', '--format', 'json']);
  expect(JSON.parse(summary.stdout).totals.outputs).toBe(4);

  // A column deleted since: the map no longer fits, and says so.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(copy);
  workbook.getWorksheet(foreignGrid().sheetName)!.spliceColumns(3, 1);
  const edited = path.join(dir, 'rencana-kerja-tanpa-produk.xlsx');
  await workbook.xlsx.writeFile(edited);
  const stale = rbm(['validate', edited, '--format', 'json', '--lang', 'en']);
  expect(stale.code).toBe(1);
  const staleFindings = JSON.parse(stale.stdout).findings.filter((f: { code: string }) => f.code === 'column-map');
  expect(staleFindings.map((f: { variant: string; params: { label: string } }) => [f.variant, f.params.label])).toEqual([['stale', 'Produk']]);
});

test('the map of a recognised matrix, given back, reads the same', () => {
  const file = path.join(FIXTURES, 'lampiran-ii.xlsx');
  const shown = rbm(['columns', file]);
  expect(shown.code).toBe(0);
  const mapFile = path.join(dir, 'lampiran-ii.json');
  writeFileSync(mapFile, shown.stdout);
  const plain = JSON.parse(rbm(['validate', file, '--format', 'json']).stdout);
  const mapped = JSON.parse(rbm(['validate', file, '--format', 'json', '--columns', mapFile]).stdout);
  expect(mapped.counts).toEqual(plain.counts);
  expect(mapped.findings).toEqual(plain.findings);
  expect({ ...mapped.header, mapped: undefined }).toEqual({ ...plain.header, mapped: undefined });
});

test('a map file that is not one: a sentence and exit 2', () => {
  const bad = path.join(dir, 'rusak.json');
  writeFileSync(bad, '{"sheet": "X", "headerRows": [3], "columns": []}');
  const { code, stderr } = rbm(['validate', path.join(FIXTURES, 'lampiran-ii.xlsx'), '--columns', bad]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/^rbm: Peta kolom .*rusak\.json tidak sesuai bentuknya di headerRows/);
  expect(rbm(['validate', path.join(FIXTURES, 'lampiran-ii.xlsx'), '--columns', path.join(dir, 'tidak-ada.json')]).code).toBe(2);
});
