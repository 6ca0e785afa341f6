/**
 * `rbm prepare` the way a user runs it (issue 16 §1): prepare, then validate (no new errors) on the
 * bundled sample and dialect fixtures; prepare, fill the realisation with exceljs, summarise (the
 * figures follow); the formulas as LibreOffice calculates them agree with the summary, row by row;
 * prepare twice gives the same file; inputs and outputs are guarded.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../cli/csv';
import { STATUS_TEXT } from '../../core/summary/texts';
import { FIXTURES, ROOT, rbm } from './run';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'rbm-prepare-'));
const SAMPLE = path.join(ROOT, 'samples/matriks-rb.xlsx');

/** Errors and warnings of `rbm validate` as `code@cell`. */
function problems(file: string): string[] {
  const run = rbm(['validate', file, '--format', 'json']);
  const report = JSON.parse(run.stdout) as { findings: { code: string; cell: string; severity: string }[] };
  return report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);
}

/** `extra-label` notes of `rbm validate` (columns it did not recognise), as `cell message`. */
function unknownColumns(file: string): string[] {
  const report = JSON.parse(rbm(['validate', file, '--format', 'json']).stdout) as { findings: { code: string; cell: string; message: string }[] };
  return report.findings.filter((f) => f.code === 'extra-label').map((f) => `${f.cell} ${f.message}`);
}

describe('rbm prepare then rbm validate: no new error or warning', () => {
  test.each([
    ['samples/matriks-rb.xlsx', '2023', '2'],
    ['tests/fixtures/lampiran-ii.xlsx', '2023', '3'],
    ['tests/fixtures/lampiran-i.xlsx', '2023', '2'],
    ['tests/fixtures/dialects/kementerian-satu-baris-2026.xlsx', '2026', '1'],
    ['tests/fixtures/dialects/badan-rencana-aksi-2026.xlsx', '2026', '2'],
    ['tests/fixtures/dialects/lembaga-rb-tematik-2026.xlsx', '2026', '4'],
    ['tests/fixtures/dialects/provinsi-rencana-aksi-2025.xlsx', '2025', '2'],
    ['tests/fixtures/dialects/kota-rencana-aksi-kumulatif-2026.xlsx', '2026', '3'],
    ['tests/fixtures/dialects/kementerian-iku-2025-2029.xlsx', '2025', '4'],
    ['tests/fixtures/monitoring/evaluasi-triwulan-kumulatif-2025.xlsx', '2025', '4'],
  ])('%s (%s TW %s)', (file, year, quarter) => {
    const out = path.join(tmp(), 'siap.xlsx');
    const run = rbm(['prepare', path.join(ROOT, file), '--year', year, '--quarter', quarter, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/kolom ditambahkan|sudah siap/);
    expect(problems(out)).toEqual(problems(path.join(ROOT, file)));
    // Its own Capaian TW n / Status TW n columns are known to the reader, not "unrecognised columns".
    expect(unknownColumns(out)).toEqual(unknownColumns(path.join(ROOT, file)));
  });
});

describe('prepare → fill the realisation → summary', () => {
  const dir = tmp();
  const prepared = path.join(dir, 'lampiran-ii-monitoring.xlsx');
  const filled = path.join(dir, 'lampiran-ii-terisi.xlsx');
  /** Sheet rows whose TW I and TW II realisation were typed, and what. */
  const typed: { row: number; tw1?: number; tw2?: number }[] = [];

  beforeAll(async () => {
    const run = rbm(['prepare', path.join(FIXTURES, 'lampiran-ii.xlsx'), '--year', '2023', '--quarter', '2', '--out', prepared]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('22 kolom ditambahkan (Q–AL)');
    // A planner types TW I and TW II realisation into the prepared cells (Q and V): all of TW I's
    // targets, and TW II's in full on every third row, half on the others.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(prepared);
    const sheet = book.getWorksheet('Lampiran II')!;
    expect(sheet.getCell('Q4').value).toBe('Triwulan I 2023');
    expect(sheet.getCell('Q5').value).toBe('Realisasi');
    expect(sheet.getCell('V4').value).toBe('Triwulan II 2023');
    let n = 0;
    for (let r = 6; r <= sheet.rowCount; r++) {
      const tw1 = sheet.getCell(r, 7).value;
      const tw2 = sheet.getCell(r, 8).value;
      const entry: (typeof typed)[number] = { row: r };
      if (typeof tw1 === 'number') sheet.getCell(r, 17).value = entry.tw1 = tw1;
      if (typeof tw2 === 'number') sheet.getCell(r, 22).value = entry.tw2 = n++ % 3 === 0 ? tw2 : tw2 / 2;
      if (entry.tw1 !== undefined || entry.tw2 !== undefined) typed.push(entry);
    }
    await book.xlsx.writeFile(filled);
  });

  test('before anything is typed, every due output has no data; after, the figures follow what was typed', () => {
    const before = JSON.parse(rbm(['summary', prepared, '--year', '2023', '--quarter', '2', '--format', 'json']).stdout);
    expect(before.totals).toMatchObject({ outputs: 79, tercapai: 0, belumTercapai: 0 });
    expect(before.totals.tidakAdaData).toBe(before.totals.due);
    const after = JSON.parse(rbm(['summary', filled, '--year', '2023', '--quarter', '2', '--format', 'json']).stdout);
    // Derived by hand from what was typed: a row is achieved when its TW II realisation was its full target.
    const full = typed.filter((t) => t.tw2 !== undefined).filter((_, i) => i % 3 === 0).length;
    expect(after.totals.tercapai).toBeGreaterThanOrEqual(full);
    expect(after.totals.tidakAdaData).toBeLessThan(before.totals.tidakAdaData);
    expect(after.totals).toMatchObject({ outputs: 79, due: 33, tercapai: 18, belumTercapai: 12, tidakAdaData: 3 });
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));
  (soffice ? test : test.skip)('the Capaian and Status formulas, calculated by LibreOffice, agree with rbm summary row by row', () => {
    const folder = tmp();
    const csv = spawnSync(soffice!, ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', folder, filled], { env: { ...process.env, HOME: folder }, encoding: 'utf8', timeout: 120000 });
    expect(csv.status).toBe(0);
    const name = readdirSync(folder).find((f) => f.endsWith('-Lampiran II.csv'))!;
    const rows = parseCsv(readFileSync(path.join(folder, name), 'utf8'));
    const statusColumn = rows[3].indexOf('Status TW II 2023');
    const capaianColumn = rows[3].indexOf('Capaian TW II 2023');
    expect(statusColumn).toBeGreaterThan(0);
    const summary = JSON.parse(rbm(['summary', filled, '--year', '2023', '--quarter', '2', '--format', 'json']).stdout) as { rows: { row: number; status: keyof typeof STATUS_TEXT; capaian: number | null }[] };
    expect(summary.rows).toHaveLength(79);
    for (const r of summary.rows) {
      expect([r.row, rows[r.row - 1][statusColumn]]).toEqual([r.row, STATUS_TEXT[r.status].id]);
      const shown = rows[r.row - 1][capaianColumn];
      if (r.capaian === null) expect(shown).toBe('');
      else expect([r.row, shown]).toEqual([r.row, `${Math.round(r.capaian * 1000) / 10}%`.replace(/\.0%$/, '.0%')]);
    }
  }, 240000);
});

test('the written file holds the validations, conditional formats and merges, as Excel reads them (exceljs)', async () => {
  const out = path.join(tmp(), 'siap.xlsx');
  expect(rbm(['prepare', path.join(FIXTURES, 'lampiran-i.xlsx'), '--year', '2023', '--quarter', '2', '--out', out]).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet('Lampiran I')!;
  const model = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[]; prompt?: string; promptTitle?: string; errorStyle?: string }> } }).dataValidations.model;
  const rules = Object.entries(model);
  // Stage rows take the stage list, with the block's input message on its first cell.
  expect(rules.some(([, v]) => v.type === 'list' && v.formulae[0] === '"Draft,Naskah final,Perbaikan,Mon ev"')).toBe(true);
  expect(rules.some(([, v]) => v.promptTitle === 'Realisasi triwulan ini' && /Isi realisasi/.test(v.prompt ?? ''))).toBe(true);
  expect(rules.some(([, v]) => v.type === 'decimal' && v.errorStyle === 'warning')).toBe(true);
  const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[]; style?: unknown }[] }[] }).conditionalFormattings;
  expect(formats.flatMap((f) => f.rules)).toHaveLength(8);
  expect(formats.flatMap((f) => f.rules.map((r) => r.formulae?.[0]))).toContainEqual(expect.stringContaining('="Tercapai"'));
  expect(sheet.getCell('R4').value).toBe('Triwulan I 2023');
  expect((sheet as unknown as { _merges: Record<string, unknown> })._merges.R4).toBeDefined();
});

test('a Keterangan with a dropdown of its own keeps it; the rest is prepared', async () => {
  const dir = tmp();
  const theirs = path.join(dir, 'dengan-validasi.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(FIXTURES, 'lampiran-ii.xlsx'));
  for (const a of ['P6', 'P7', 'P8']) book.getWorksheet('Lampiran II')!.getCell(a).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Ya,Tidak"'] };
  await book.xlsx.writeFile(theirs);
  const out = path.join(dir, 'siap.xlsx');
  const run = rbm(['prepare', theirs, '--year', '2023', '--quarter', '2', '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('22 kolom ditambahkan');
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const model = (back.getWorksheet('Lampiran II') as unknown as { dataValidations: { model: Record<string, { formulae: unknown[] }> } }).dataValidations.model;
  // Their rule keeps its cells; ours (Rutin/Penguatan) is cut around them (core/xlsx/patchItems.ts) and covers the rest.
  for (const a of ['P6', 'P7', 'P8']) expect(model[a].formulae).toEqual(['"Ya,Tidak"']);
  const ours = Object.entries(model).filter(([, v]) => v.formulae[0] === '"Rutin,Penguatan"').map(([k]) => k);
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.some((k) => ['P6', 'P7', 'P8'].includes(k))).toBe(false);
  expect(Object.keys(model).some((k) => k.startsWith('Q'))).toBe(true);
});

describe('prepare is idempotent and guarded', () => {
  test('prepare twice: the second copy is the first, byte for byte', () => {
    const dir = tmp();
    const once = path.join(dir, 'sekali.xlsx');
    const twice = path.join(dir, 'dua-kali.xlsx');
    expect(rbm(['prepare', SAMPLE, '--year', '2023', '--out', once]).code).toBe(0);
    const again = rbm(['prepare', once, '--year', '2023', '--out', twice]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('sudah siap');
    expect(readFileSync(twice).equals(readFileSync(once))).toBe(true);
  });

  test('never the input, never an existing file without --force, never a CSV, never a year without targets', () => {
    const dir = tmp();
    const same = rbm(['prepare', SAMPLE, '--year', '2023', '--out', SAMPLE]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/sama dengan berkas masukan/);
    const mine = path.join(dir, 'punya-saya.xlsx');
    writeFileSync(mine, 'penting');
    const exists = rbm(['prepare', SAMPLE, '--year', '2023', '--out', mine]);
    expect(exists.code).toBe(2);
    expect(readFileSync(mine, 'utf8')).toBe('penting');
    expect(rbm(['prepare', SAMPLE, '--year', '2023', '--out', mine, '--force']).code).toBe(0);
    const csv = rbm(['prepare', path.join(FIXTURES, 'lampiran-ii.csv'), '--year', '2023', '--out', path.join(dir, 'x.xlsx')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/bukan CSV/);
    const year = rbm(['prepare', SAMPLE, '--year', '2030', '--out', path.join(dir, 'y.xlsx')]);
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/tidak punya target untuk tahun 2030/);
    expect(existsSync(path.join(dir, 'y.xlsx'))).toBe(false);
  });
});
