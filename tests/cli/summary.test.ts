/** `rbm summary` as a user runs it: the built command on the seed-derived monitoring workbook. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { FIXTURES, rbm } from './run';

const MONITORED = path.join(FIXTURES, 'lampiran-ii-realisasi.xlsx');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'rbm-summary-'));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell of a sheet as `address → value/format/merge`, for comparing a sheet before and after. */
function snapshot(sheet: ExcelJS.Worksheet): string {
  const cells: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => cells.push(`${cell.address}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ''}|${cell.isMerged ? cell.master.address : ''}|${JSON.stringify(cell.fill ?? null)}`)),
  );
  return cells.join('\n');
}

function findRow(sheet: ExcelJS.Worksheet, column: number, text: string, from = 1): number {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getCell(r, column).value === text) return r;
  throw new Error(`no row with ${text}`);
}

describe('rbm summary', () => {
  test('JSON: period, totals, groups and one row per output of the year with its sheet row', () => {
    const { code, stdout, stderr } = rbm(['summary', MONITORED, '--year', '2023', '--quarter', '2', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['period', 'totals', 'groups', 'rows']));
    expect(data.period).toEqual({ year: 2023, quarter: 2 });
    expect(data.totals).toEqual({ outputs: 79, due: 33, tercapai: 23, belumTercapai: 5, tidakAdaData: 5, belumJatuhTempo: 38, tercapaiLebihAwal: 8, capaianRataRata: expect.any(Number) });
    // 23 reached (capped at 100%) + 5 short (0, 0, 0,8, 0,5, 0) + 5 without data (0), over 33 due.
    expect(data.totals.capaianRataRata).toBeCloseTo((23 + 0.8 + 0.5) / 33, 10);
    expect(data.outsideYear).toBe(32);
    expect(data.rows).toHaveLength(79);
    for (const key of ['row', 'kegiatan', 'rencanaAksi', 'output', 'satuan', 'agregasi', 'polaritas', 'target', 'realisasi', 'capaian', 'status']) expect(data.rows[0]).toHaveProperty(key);
    // Row 44: Persentase, 50% in TW 2 and TW 4, Total 100% (the sum: kumulatif); 40% realised in TW 2.
    expect(data.rows.find((r: { row: number }) => r.row === 44)).toMatchObject({ satuan: 'Persentase', agregasi: 'kumulatif', polaritas: 'positif', target: 0.5, realisasi: 0.4, status: 'belum-tercapai' });
    expect(data.rows.find((r: { row: number }) => r.row === 44).capaian).toBeCloseTo(0.8, 10);
    // Row 95: a WTP opinion due in TW 2 with no realisation entered.
    expect(data.rows.find((r: { row: number }) => r.row === 95)).toMatchObject({ satuan: 'Predikat', agregasi: 'nilai-akhir', target: 'WTP', realisasi: null, capaian: null, status: 'tidak-ada-data' });
    const groupSum = (list: { outputs: number }[]) => list.reduce((s, g) => s + g.outputs, 0);
    expect(groupSum(data.groups.kegiatan)).toBe(79);
    expect(groupSum(data.groups.koordinator)).toBe(79);
    expect(data.groups.kegiatan).toHaveLength(22);
  });

  test('--cap none lets outputs above 100% raise the mean', () => {
    const capped = JSON.parse(rbm(['summary', MONITORED, '--year', '2023', '--quarter', '2', '--format', 'json']).stdout);
    const open = JSON.parse(rbm(['summary', MONITORED, '--year', '2023', '--quarter', '2', '--format', 'json', '--cap', 'none']).stdout);
    const uncapped = open.rows.filter((r: { capaian: number | null; status: string }) => r.status !== 'tercapai-lebih-awal' && r.capaian !== null).reduce((s: number, r: { capaian: number }) => s + r.capaian, 0);
    expect(open.totals.capaianRataRata).toBeCloseTo(uncapped / 33, 10);
    expect(open.totals.capaianRataRata).toBeGreaterThan(capped.totals.capaianRataRata);
  });

  test('the tab in a copy: expected cells, formats and colours; user text stays text; the input is untouched', async () => {
    const dir = tmp();
    const input = path.join(dir, 'matriks.xlsx');
    copyFileSync(MONITORED, input);
    const before = sha(input);
    const out = path.join(dir, 'ringkasan.xlsx');
    const { code, stdout, stderr } = rbm(['summary', input, '--year', '2023', '--quarter', '2', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Ringkasan TW II 2023');
    expect(stdout).toContain('79 output · 33 jatuh tempo · 23 tercapai');
    expect(sha(input)).toBe(before);

    const original = await load(input);
    const workbook = await load(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Lampiran II', 'Ringkasan TW II 2023']);
    expect(snapshot(workbook.getWorksheet('Lampiran II')!)).toBe(snapshot(original.getWorksheet('Lampiran II')!));

    const sheet = workbook.getWorksheet('Ringkasan TW II 2023')!;
    expect(sheet.getCell('A1').value).toBe('RINGKASAN CAPAIAN RENCANA AKSI REFORMASI BIROKRASI — TW II 2023');
    expect(sheet.getCell('A2').value).toBe('LAMPIRAN II — MATRIKS RENCANA AKSI RB GENERAL BADAN KEPEGAWAIAN NEGARA 2023-2024');
    expect(sheet.getCell('A3').value).toBe('Ringkasan ini dibuat oleh RB Matrix');
    expect(String(sheet.getCell('B3').value)).toMatch(/^Triwulan II 2023 \(1 April 2023 – 30 Juni 2023\) · sumber: sheet “Lampiran II” · dibuat \d{1,2} \w+ \d{4} · batas capaian per output 100%$/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    // Headline figures: the row after the "Cakupan" header.
    const head = findRow(sheet, 1, 'Cakupan');
    expect(sheet.getCell(head, 1).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } });
    const totals = sheet.getRow(head + 1);
    expect([2, 3, 4, 5, 6, 7, 8].map((c) => totals.getCell(c).value)).toEqual([79, 33, 23, 5, 5, 38, 8]);
    expect(totals.getCell(9).value).toBeCloseTo((23 + 0.8 + 0.5) / 33, 10);
    expect(totals.getCell(9).numFmt).toBe('0.0%');
    // 73,6% is "Sedang" on the Permendagri 86/2017 bands: yellow.
    expect(totals.getCell(10).value).toBe('Sedang');
    expect(totals.getCell(9).fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });

    // The plenary agenda lists the 10 outputs late or without data, with Kendala and Tindak Lanjut.
    const agenda = findRow(sheet, 1, 'Agenda rapat pleno: 10 output belum tercapai atau tanpa data');
    expect(sheet.getRow(agenda + 1).values).toEqual([undefined, 'Output', 'Rencana Aksi', 'Target', 'Realisasi', 'Capaian', 'Status', 'Koordinator', 'Kendala', 'Tindak Lanjut', 'Baris', 'Bukti Dukung']);
    const agendaRows = Array.from({ length: 10 }, (_, i) => sheet.getRow(agenda + 2 + i));
    expect(agendaRows.map((r) => r.getCell(10).value)).toEqual([23, 32, 37, 44, 60, 72, 74, 95, 100, 116]);
    const r44 = agendaRows[3];
    expect(r44.getCell(3).value).toBe(0.5);
    expect(r44.getCell(3).numFmt).toBe('0%');
    expect(r44.getCell(4).value).toBe(0.4);
    expect(r44.getCell(5).value).toBeCloseTo(0.8, 10);
    expect(r44.getCell(6).value).toBe('Belum tercapai');
    expect(r44.getCell(6).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(r44.getCell(8).value).toBe('Penyusunan belum selesai');
    const r95 = agendaRows[7];
    expect([r95.getCell(3).value, r95.getCell(4).value, r95.getCell(6).value]).toEqual(['WTP', null, 'Tidak ada data']);
    expect(r95.getCell(6).fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(r95.getCell(8).value).toBe('Menunggu data dukung dari unit pelaksana');

    // A Rencana Aksi typed as a bullet stays text, in the sheet and in the XML (no formula).
    const details = findRow(sheet, 1, 'Rincian seluruh output');
    const bullet = findRow(sheet, 2, '- Menyusun SOTK BKN Pusat, Kantor Regional, dan UPT', details);
    expect(sheet.getCell(bullet, 2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(bullet, 2).formula).toBeUndefined();
    // Evidence pasted as a formula's text stays that text.
    const link = findRow(sheet, 11, '=HYPERLINK("https://drive.example.go.id/rb","Bukti TW II")', details);
    expect(sheet.getCell(link, 11).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(link, 11).formula).toBeUndefined();
    const JSZip = require('jszip');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml: string = await zip.file('xl/worksheets/sheet2.xml').async('string');
    expect(xml).not.toContain('<f>');
  });

  test('a second run for the same period replaces its own tab and touches no other sheet', async () => {
    const dir = tmp();
    const first = path.join(dir, 'tw2.xlsx');
    const second = path.join(dir, 'tw2-lagi.xlsx');
    expect(rbm(['summary', MONITORED, '--year', '2023', '--quarter', '2', '--out', first]).code).toBe(0);
    expect(rbm(['summary', first, '--year', '2023', '--quarter', '1', '--out', second]).code).toBe(0);
    const third = path.join(dir, 'tw2-ganti.xlsx');
    const { code, stderr } = rbm(['summary', second, '--year', '2023', '--quarter', '2', '--out', third]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const before = await load(second);
    const after = await load(third);
    expect(after.worksheets.map((s) => s.name)).toEqual(['Lampiran II', 'Ringkasan TW I 2023', 'Ringkasan TW II 2023']);
    for (const name of ['Lampiran II', 'Ringkasan TW I 2023']) expect(snapshot(after.getWorksheet(name)!)).toBe(snapshot(before.getWorksheet(name)!));
  });

  test('a sheet of the same name that RB Matrix did not make is never overwritten', async () => {
    const dir = tmp();
    const input = path.join(dir, 'punya-orang.xlsx');
    const workbook = await load(MONITORED);
    workbook.addWorksheet('Ringkasan TW II 2023').getCell('A1').value = 'Catatan rapat, ditulis tangan';
    await workbook.xlsx.writeFile(input);
    const out = path.join(dir, 'keluar.xlsx');
    const { code, stderr } = rbm(['summary', input, '--year', '2023', '--quarter', '2', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^rbm: Sheet “Ringkasan TW II 2023” sudah ada dan bukan buatan RB Matrix/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  test('bad period arguments and an output onto the input are one-line errors (exit 2)', () => {
    const dir = tmp();
    const input = path.join(dir, 'm.xlsx');
    copyFileSync(MONITORED, input);
    for (const args of [['--quarter', '5'], ['--year', 'duaribu'], ['--out', input]]) {
      const { code, stderr } = rbm(['summary', input, '--year', '2023', '--quarter', '2', ...args]);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/at .+\.(ts|js|cjs):\d+/);
    }
  });

  test('a matrix without Realisasi columns: every due output is without data, and the user is told', () => {
    const out = path.join(tmp(), 'tanpa-realisasi.xlsx');
    const { code, stdout, stderr } = rbm(['summary', path.join(FIXTURES, 'lampiran-ii-clean.xlsx'), '--year', '2023', '--quarter', '2', '--out', out]);
    // Never a 0% summary with exit 0 (issue 12, point 8): the tab is written, the reason is on stderr, the exit code is 1.
    expect(code).toBe(1);
    expect(stderr).toContain('belum punya kolom Realisasi');
    expect(stderr).toContain('has no Realisasi columns yet');
    expect(existsSync(out)).toBe(true);
    expect(stdout).toMatch(/79 output · 33 jatuh tempo · 0 tercapai · 0 belum tercapai · 33 tanpa data/);
    const json = rbm(['summary', path.join(FIXTURES, 'lampiran-ii-clean.xlsx'), '--year', '2023', '--quarter', '2', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(['tanpa-kolom-realisasi']);
  });

  test('a CSV export gives a workbook holding the summary tab', async () => {
    const out = path.join(tmp(), 'dari-csv.xlsx');
    const { code } = rbm(['summary', path.join(FIXTURES, 'lampiran-ii-realisasi.csv'), '--year', '2023', '--quarter', '2', '--out', out]);
    expect(code).toBe(0);
    const workbook = await load(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan TW II 2023']);
    const sheet = workbook.worksheets[0];
    const head = findRow(sheet, 1, 'Cakupan');
    expect([2, 3, 4].map((c) => sheet.getCell(head + 1, c).value)).toEqual([79, 33, 23]);
  });
  test('a cell longer than Excel holds (a CSV field of 40,000 characters): cut short with “…”, an info finding, never a failed summary (issue 15, item 8)', async () => {
    const dir = tmp();
    const input = path.join(dir, 'panjang.csv');
    const long = `Kendala panjang ${'x'.repeat(40000)} akhir`;
    writeFileSync(input, readFileSync(path.join(FIXTURES, 'lampiran-ii-realisasi.csv'), 'utf8').replace('Penyusunan belum selesai', long));
    const out = path.join(dir, 'ringkasan.xlsx');
    const { code, stdout, stderr } = rbm(['summary', input, '--year', '2023', '--quarter', '2', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('1 sel berisi teks lebih dari 32.767 karakter');
    const sheet = (await load(out)).worksheets[0];
    const agenda = findRow(sheet, 1, 'Agenda rapat pleno: 10 output belum tercapai atau tanpa data');
    const kendala = Array.from({ length: 10 }, (_, i) => String(sheet.getCell(agenda + 2 + i, 8).value));
    const cut = kendala.find((k) => k.startsWith('Kendala panjang')) ?? '';
    expect(cut).toHaveLength(32767);
    expect(cut.startsWith('Kendala panjang xxx')).toBe(true);
    expect(cut.endsWith('x…')).toBe(true);
    const report = JSON.parse(rbm(['validate', input, '--format', 'json']).stdout);
    expect(report.findings.filter((f: { code: string }) => f.code === 'text-too-long')).toMatchObject([{ severity: 'info', columnKey: 'kendala', params: { length: long.length, limit: 32767 } }]);
  });
});
