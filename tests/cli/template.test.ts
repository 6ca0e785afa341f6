/** `rbm template` as a user runs it: the built command writes a new workbook that validates cleanly, and that reads the seed's rows as the seed fixture does. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../cli/readWorkbook';
import { validateGrid } from '../../core/validate';
import expected from '../seed/expected.json';
import { FIXTURES, rbm } from './run';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'rbm-template-'));

describe('rbm template', () => {
  test.each(['rb-general', 'rb-tematik', 'indikator'])('%s: the new workbook validates with no error and no warning', (kind) => {
    const out = path.join(tmp(), `${kind}.xlsx`);
    const made = rbm(['template', '--kind', kind, '--year', '2025', '--out', out]);
    expect(made.stderr).toContain(out);
    expect(made.code).toBe(0);
    const checked = rbm(['validate', out, '--format', 'json']);
    expect(checked.code).toBe(0);
    const report = JSON.parse(checked.stdout);
    expect(report.kind).toBe(kind);
    expect(report.counts).toMatchObject({ outputs: 1, errors: 0, warnings: 0 });
    expect(report.findings).toEqual([]);
  });

  test('the header as the road map prints it, merged, frozen, for the year asked', async () => {
    const out = path.join(tmp(), 'general.xlsx');
    expect(rbm(['template', '--kind', 'rb-general', '--year', '2025', '--out', out]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('RB General 2025')!;
    expect(sheet.getCell('C4').value).toBe('Target Tahun 2025');
    expect(sheet.getCell('K5').value).toBe('Tahun 2026');
    expect(sheet.getCell('A5').isMerged && sheet.getCell('A5').master.address).toBe('A4'); // Kegiatan Utama over both rows
    expect(sheet.getCell('L4').master.address).toBe('G4'); // Target Penyelesaian over TW 1 … Total
    expect(sheet.getCell('F4').master.address).toBe('E4'); // Output over Satuan · Indikator
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.getCell('P6').value).toBe('Penguatan'); // the example row
  });

  test("filled with LAMPIRAN II's rows (typed over the example row), it gives exactly the seed fixture's findings", async () => {
    const out = path.join(tmp(), 'general.xlsx');
    expect(rbm(['template', '--kind', 'rb-general', '--year', '2023', '--out', out]).code).toBe(0);
    const seed: { rows: string[][] } = JSON.parse(readFileSync(path.join(FIXTURES, 'seed/lampiran-ii.rows.json'), 'utf8'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    // The seed's header rows are the template's own (rows 4–5); its other rows go from row 6 down, as a planner pastes them (the CSV's cells).
    seed.rows.slice(2).forEach((row, i) => row.forEach((text, c) => (sheet.getCell(6 + i, c + 1).value = text === '' ? null : text)));
    const filled = path.join(tmp(), 'filled.xlsx');
    await workbook.xlsx.writeFile(filled);
    const [grid] = await readWorkbook(filled);
    const { report } = validateGrid(grid);
    const want = expected['lampiran-ii'];
    expect(report.header).toEqual(want.header);
    expect(report.counts).toEqual(want.counts);
    expect(report.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(want.findings);
  });

  test('dropdowns in the file over the rows to fill; --monitoring adds the quarter blocks, still without an error or a warning', async () => {
    const dir = tmp();
    const out = path.join(dir, 'general.xlsx');
    expect(rbm(['template', '--kind', 'rb-general', '--year', '2025', '--out', out]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    for (const cell of ['P6', 'P1005']) expect(sheet.getCell(cell).dataValidation).toMatchObject({ type: 'list', formulae: ['"Rutin,Penguatan"'], errorStyle: 'warning' });
    expect(sheet.getCell('P1006').dataValidation).toBeUndefined();

    const monitored = path.join(dir, 'monitored.xlsx');
    expect(rbm(['template', '--kind', 'rb-general', '--year', '2025', '--monitoring', '--quarter', '2', '--out', monitored]).code).toBe(0);
    const report = JSON.parse(rbm(['validate', monitored, '--format', 'json']).stdout);
    expect(report.counts).toMatchObject({ outputs: 1, errors: 0, warnings: 0 });
    expect(report.header.columns).toMatchObject({ realisasi_tw1: 'Q', progres_tw1: 'R', buktiDukung_tw4: 'AJ' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(monitored);
    const blocks = book.worksheets[0];
    expect(blocks.getCell('Q1005').dataValidation).toBeDefined(); // the realisation's rule, stretched down the rows to fill
    expect(blocks.getCell('P6').dataValidation).toMatchObject({ type: 'list' });
  });

  test('an existing file is left alone without --force; a wrong kind or year is one sentence', () => {
    const dir = tmp();
    const out = path.join(dir, 'mine.xlsx');
    writeFileSync(out, 'my own file');
    const refused = rbm(['template', '--kind', 'indikator', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/sudah ada.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('my own file');
    expect(rbm(['template', '--kind', 'indikator', '--out', out, '--force']).code).toBe(0);
    const year = rbm(['template', '--kind', 'indikator', '--year', '20255', '--out', path.join(dir, 'x.xlsx')]);
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/^rbm: Tahun “20255” tidak sah/);
    expect(rbm(['template', '--kind', 'peta', '--out', path.join(dir, 'y.xlsx')]).code).toBe(2);
  });
});
