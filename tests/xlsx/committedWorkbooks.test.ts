/**
 * core/xlsx on every committed workbook: the same grids exceljs gave the CLI before (values, number
 * formats, merges) wherever exceljs can read the file, and the right ones where it cannot (a chart
 * written by openpyxl). The second writer's files come from tests/fixtures/second-writer/make_fixtures.py.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readXlsx } from '../../core/xlsx';
import { comparable, exceljsGrids } from '../helpers/exceljsGrid';
import { FIXTURES, ROOT, rbm } from '../cli/run';

const SECOND = path.join(FIXTURES, 'second-writer');

function workbooks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? workbooks(path.join(dir, e.name)) : e.name.endsWith('.xlsx') ? [path.join(dir, e.name)] : []));
}

const ALL = [...workbooks(FIXTURES), path.join(ROOT, 'samples/matriks-rb.xlsx')];
/** Files exceljs 4.4 cannot open (issue 15, item 0). */
const EXCELJS_FAILS = new Set(['openpyxl-features.xlsx', 'every-part.xlsx']);

test('the fixtures include files from a second and a third writer', () => {
  expect(ALL.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['openpyxl-features.xlsx', 'openpyxl-1904.xlsx', 'libreoffice-features.xlsx', 'libreoffice-pivot.xlsx']));
});

test.each(ALL.filter((f) => !EXCELJS_FAILS.has(path.basename(f))).map((f) => [path.relative(ROOT, f), f]))('%s: the same grids as exceljs', async (_, file) => {
  const bytes = readFileSync(file);
  const ours = (await readXlsx(bytes)).sheets.map((s) => comparable(s.grid));
  const theirs = (await exceljsGrids(bytes)).map(comparable);
  expect(ours).toEqual(theirs);
});

describe('workbooks exceljs cannot read, or reads without the parts we need', () => {
  test('openpyxl: a bar chart, an image, a chartsheet, a comment, a validation, a hidden sheet, a defined name', async () => {
    const bytes = readFileSync(path.join(SECOND, 'openpyxl-features.xlsx'));
    await expect(exceljsGrids(bytes)).rejects.toThrow(/anchors/);
    const book = await readXlsx(bytes);
    expect(book.sheets.map((s) => [s.grid.sheetName, s.state])).toEqual([
      ['Lampiran II', 'visible'],
      ['Grafik', 'visible'],
      ['Catatan', 'hidden'],
    ]);
    const grafik = book.sheets[1].grid;
    // openpyxl writes formulas without a cached result: nothing to show until a spreadsheet computes it.
    expect(grafik.values.slice(0, 2)).toEqual([
      ['Koordinator', 'Output', null, new Date(Date.UTC(2023, 5, 30))],
      ['Biro Perencanaan dan Organisasi', 7],
    ]);
    const { code, stdout } = rbm(['validate', path.join(SECOND, 'openpyxl-features.xlsx'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ sheet: 'Lampiran II', kind: 'rb-general', counts: { outputs: 15, errors: 0, warnings: 0 } });
  });

  test('LibreOffice: the same workbook re-saved (charts and drawings rewritten, cached results written)', async () => {
    const book = await readXlsx(readFileSync(path.join(SECOND, 'libreoffice-features.xlsx')));
    expect(book.sheets.find((s) => s.grid.sheetName === 'Grafik')!.grid.values[1]).toEqual(['Biro Perencanaan dan Organisasi', 7, null, 13]);
    const { code, stdout } = rbm(['validate', path.join(SECOND, 'libreoffice-features.xlsx'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).counts).toMatchObject({ outputs: 15, errors: 0, warnings: 0 });
  });

  test('LibreOffice: a pivot table with its cache', async () => {
    const grid = (await readXlsx(readFileSync(path.join(SECOND, 'libreoffice-pivot.xlsx')))).sheets[0].grid;
    expect(grid.values[2].slice(5)).toEqual(['Koordinator', 'Count - Output']);
    expect(grid.values.length).toBeGreaterThan(15);
  });

  test('openpyxl, 1904 date system: the date is the one typed', async () => {
    const grid = (await readXlsx(readFileSync(path.join(SECOND, 'openpyxl-1904.xlsx')))).sheets[0].grid;
    expect(grid.values).toEqual([
      ['Batas waktu', new Date(Date.UTC(2023, 5, 30))],
      ['Target', 0.5],
    ]);
  });
});
