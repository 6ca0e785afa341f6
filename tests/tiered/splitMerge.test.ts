/**
 * Issue 17 through the CLI, as the RB team runs it: `rbm split` a master, coordinators fill their
 * files (exceljs here; openpyxl for the committed tests/fixtures/tiered/inspektorat-openpyxl.xlsx,
 * scripts/fill-unit-openpyxl.py), `rbm merge` them back, `rbm summary` on the result.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../cli/readWorkbook';
import type { CellValue, Grid } from '../../core/grid';
import { rbm, ROOT } from '../cli/run';

const SAMPLE = path.join(ROOT, 'samples/matriks-rb.xlsx');
const OPENPYXL_UNIT = path.join(ROOT, 'tests/fixtures/tiered/inspektorat-openpyxl.xlsx');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'rbm-tiered-'));

async function edit(file: string, sheetName: string, change: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void, out = file): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  change(book.getWorksheet(sheetName)!, book);
  await book.xlsx.writeFile(out);
}

async function sheet(file: string, name: string): Promise<Grid> {
  return (await readWorkbook(file)).find((g) => g.sheetName === name)!;
}

/** The row of a grid whose column `column` reads `text` (the n-th one). */
function rowWith(grid: Grid, column: number, text: string, nth = 0): CellValue[] {
  const row = grid.values.filter((r) => r?.[column] === text)[nth];
  return Array.from({ length: 40 }, (_, c) => row[c] ?? null);
}

function split(master: string, dir: string, more: string[] = []) {
  const run = rbm(['split', master, '--by', 'koordinator', '--out', dir, ...more]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run;
}

function summaryJson(file: string) {
  const run = rbm(['summary', file, '--year', '2023', '--quarter', '2', '--format', 'json']);
  return JSON.parse(run.stdout);
}

// The sample: Lampiran II, outputs in F (5), Realisasi TW 1–4 in Q–T (16–19), Kendala U, Tindak Lanjut V, Bukti Dukung W; keys in X (23).
const OUTPUT = 5;
const R_TW2 = 17;
const TINDAK_LANJUT = 21;
const KEY = 23;

describe('rbm split on the sample', () => {
  const dir = tmp();
  let stdout = '';
  beforeAll(() => {
    stdout = split(SAMPLE, dir).stdout;
  });

  test('one file per coordinator with only its rows; the bucket without one is named and reported', async () => {
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(18);
    expect(files).toContain('Tanpa-Koordinator.xlsx');
    expect(stdout).toMatch(/1 output tanpa koordinator masuk berkas “Tanpa Koordinator”/);
    const umum = await sheet(path.join(dir, 'Biro-Umum.xlsx'), 'Lampiran II');
    const outputs = umum.values.slice(5).filter((r) => r?.[KEY]);
    expect(outputs).toHaveLength(13);
    expect(outputs.every((r) => String(r[13]).trim().toLowerCase() === 'biro umum')).toBe(true);
    // The institution's title rows and the header as the master has them.
    expect(umum.values[1][0]).toBe('MATRIKS RENCANA AKSI RB GENERAL BADAN KEPEGAWAIAN NEGARA 2023-2024');
    expect(umum.values[4][KEY]).toBe('Kunci Baris (RB Matrix)');
  });

  test('plan cells locked, monitoring cells open with validations, keys hidden, identity sheet hidden, instructions in Indonesian', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'Inspektorat.xlsx'));
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Petunjuk', 'visible'],
      ['Lampiran II', 'visible'],
      ['RBM Pembagian', 'hidden'],
    ]);
    const matrix = book.getWorksheet('Lampiran II')!;
    expect((matrix as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(matrix.getColumn(KEY + 1).hidden).toBe(true);
    expect(matrix.getCell('G6').protection?.locked).not.toBe(false); // a target
    expect(matrix.getCell('R6').protection?.locked).toBe(false); // Realisasi TW 2
    expect(matrix.getCell('U6').protection?.locked).toBe(false); // Kendala
    expect(matrix.getCell('R6').dataValidation?.type).toBe('decimal');
    expect(String(book.getWorksheet('Petunjuk')!.getCell('A5').value)).toMatch(/Isi hanya sel berwarna kuning/);
  });

  test('--by kegiatan and --by pelaksana split by those columns; names too long or alike still give distinct files', () => {
    const byKegiatan = tmp();
    expect(split(SAMPLE, byKegiatan, ['--by', 'kegiatan']).stdout).toMatch(/^111 output dari “Lampiran II” dibagi menurut kegiatan ke 22 berkas:/);
    expect(readdirSync(byKegiatan)).toHaveLength(22);
    const byPelaksana = tmp();
    const run = rbm(['split', SAMPLE, '--by', 'pelaksana', '--out', byPelaksana]);
    const files = readdirSync(byPelaksana);
    expect(files).toHaveLength(Number(/ke (\d+) berkas/.exec(run.stdout)![1]));
    expect(files).toContain('Direktorat-Pengawasan-dan-Pengendalian-I-IV-Direktorat-Peraturan-Perundang-Undan-2.xlsx');
  });

  test('a password protects with Excel’s hash', async () => {
    const locked = tmp();
    split(SAMPLE, locked, ['--password', 'rahasia']);
    const xml = (await import('jszip')).default;
    const zip = await xml.loadAsync(readFileSync(path.join(locked, 'PPSI.xlsx')));
    const sheetXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheetXml).toMatch(/<sheetProtection password="[0-9A-F]{4}" sheet="1"/);
  });
});

describe('round trip on the sample: split → units fill → merge → summary', () => {
  const dir = tmp();
  const out = path.join(dir, 'merged.xlsx');
  let run: ReturnType<typeof rbm>;
  beforeAll(async () => {
    split(SAMPLE, path.join(dir, 'units'));
    // Biro Keuangan and Direktorat Peraturan Perundang-Undangan report the outputs the summary has no data for (exceljs); Inspektorat with openpyxl (committed).
    const missing = (summaryJson(SAMPLE).rows as { status: string; output: string }[]).filter((r) => r.status === 'tidak-ada-data').map((r) => r.output);
    await edit(path.join(dir, 'units/Biro-Keuangan.xlsx'), 'Lampiran II', (s) => {
      for (let r = 6; r <= s.rowCount; r++) if (missing.includes(String(s.getCell(r, OUTPUT + 1).value))) s.getCell(r, R_TW2 + 1).value = 'WTP'; // Predikat WTP
    });
    await edit(path.join(dir, 'units/Direktorat-Peraturan-Perundang-Undangan.xlsx'), 'Lampiran II', (s) => {
      for (let r = 6; r <= s.rowCount; r++) if (missing.includes(String(s.getCell(r, OUTPUT + 1).value))) {
        s.getCell(r, R_TW2 + 1).value = 1;
        if (s.getCell(r, TINDAK_LANJUT + 1).value === null) s.getCell(r, TINDAK_LANJUT + 1).value = 'Harmonisasi dengan Kemenkumham';
      }
    });
    run = rbm(['merge', SAMPLE, path.join(dir, 'units/Biro-Keuangan.xlsx'), path.join(dir, 'units/Direktorat-Peraturan-Perundang-Undangan.xlsx'), OPENPYXL_UNIT, '--quarter', '2', '--out', out]);
  });

  test('exit 0, a progress line per file, only changed cells written', async () => {
    expect([run.code, run.stdout]).toEqual([0, expect.any(String)]);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^rbm: \[1\/3\] .*Biro-Keuangan\.xlsx: 3 output \(Biro Keuangan\)$/),
      expect.stringMatching(/^rbm: \[2\/3\] .*Direktorat-Peraturan-Perundang-Undangan\.xlsx: 10 output/),
      expect.stringMatching(/^rbm: \[3\/3\] .*inspektorat-openpyxl\.xlsx: 11 output \(Inspektorat\)$/),
    ]);
    expect(run.stdout).toMatch(/Biro Keuangan: digabung · 1 disalin/);
    expect(run.stdout).toMatch(/Inspektorat: digabung · 2 disalin/);
  });

  test('the master’s realisation equals what the units typed; every other cell as it was', async () => {
    const before = await sheet(SAMPLE, 'Lampiran II');
    const after = await sheet(out, 'Lampiran II');
    const changed: string[] = [];
    for (let r = 0; r < Math.max(before.values.length, after.values.length); r++) {
      for (let c = 0; c < 30; c++) {
        const a = before.values[r]?.[c] ?? null;
        const b = after.values[r]?.[c] ?? null;
        if (a !== b) changed.push(`${r + 1}:${c}=${b}`);
      }
    }
    const akip = rowWith(after, OUTPUT, 'Keputusan Kepala tentang Pedoman Evaluasi AKIP internal');
    expect([akip[R_TW2], akip[22]]).toEqual([1, 'https://example.go.id/sk-evaluasi-akip']);
    // Inspektorat's 2 cells (openpyxl); Direktorat Peraturan's two rows of that output text, with a Tindak Lanjut where the row had none; Biro Keuangan's WTP.
    expect(changed).toEqual(['43:17=1', '43:22=https://example.go.id/sk-evaluasi-akip', '83:17=1', '91:17=1', '91:21=Harmonisasi dengan Kemenkumham', '132:17=WTP']);
  });

  test('a Log penggabungan sheet, and the summary follows: those coordinators have reported, collected today', async () => {
    const log = await sheet(out, 'Log penggabungan');
    expect(log.values[0][0]).toBe('Log penggabungan laporan unit (RB Matrix)');
    expect(log.values.some((r) => r?.[6] === 'disalin' && r?.[9] === 'https://example.go.id/sk-evaluasi-akip')).toBe(true);
    const before = summaryJson(SAMPLE);
    const after = summaryJson(out);
    const row = (data: { pelaporan: { koordinator: string }[] }, name: string) => data.pelaporan.find((p) => p.koordinator === name);
    expect(row(before, 'Inspektorat')).toMatchObject({ jatuhTempo: 3, sudahMelapor: 2, belumMelapor: 1, terakhirDikumpulkan: null });
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(row(after, 'Inspektorat')).toMatchObject({ jatuhTempo: 3, sudahMelapor: 3, belumMelapor: 0, terakhirDikumpulkan: iso });
    expect(row(after, 'Direktorat Peraturan Perundang-Undangan')).toMatchObject({ belumMelapor: 0, terakhirDikumpulkan: iso });
    expect(row(after, 'Biro Keuangan')).toMatchObject({ belumMelapor: 0, terakhirDikumpulkan: iso });
    expect(after.totals.tidakAdaData).toBe(before.totals.tidakAdaData - 3);
    const text = rbm(['summary', out, '--year', '2023', '--quarter', '2', '--out', path.join(dir, 's.xlsx')]);
    expect(text.stdout).toMatch(/Koordinator yang belum melapor: Biro Sumber Daya Manusia \(1\), Biro Humas, Hukum dan Kerjasama \(1\)\./);
  });

  test('merging the same files again changes nothing', async () => {
    const again = path.join(dir, 'again.xlsx');
    const second = rbm(['merge', out, path.join(dir, 'units/Biro-Keuangan.xlsx'), path.join(dir, 'units/Direktorat-Peraturan-Perundang-Undangan.xlsx'), OPENPYXL_UNIT, '--quarter', '2', '--out', again, '--json']);
    expect(second.code).toBe(0);
    const log = JSON.parse(second.stdout);
    expect(log.cellsWritten).toBe(0);
    expect(log.units.map((u: { copied: number }) => u.copied)).toEqual([0, 0, 0]);
    expect((await sheet(again, 'Lampiran II')).values).toEqual((await sheet(out, 'Lampiran II')).values);
    // The log keeps the day of each coordinator's collection.
    expect(summaryJson(again).pelaporan.find((p: { koordinator: string }) => p.koordinator === 'Inspektorat').terakhirDikumpulkan).not.toBeNull();
  });
});

/** A small flat master of our own (no merged cells), written with exceljs: two coordinators, three outputs each. */
async function ownMaster(file: string, order: number[] = [0, 1, 2, 3, 4, 5]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('Rencana Aksi');
  s.addRow(['MATRIKS RENCANA AKSI RB GENERAL DINAS CONTOH 2025']);
  s.addRow(['Kegiatan Utama', 'Rencana Aksi', 'Output', '', 'Target', '', '', '', 'Koordinator', 'Triwulan I', '', '', '', '', 'Triwulan II', '', '', '', '']);
  s.addRow(['', '', 'Indikator', 'Satuan', 'TW 1', 'TW 2', 'TW 3', 'TW 4', '', 'Realisasi', 'Progres (%)', 'Kendala', 'Tindak Lanjut', 'Bukti Dukung', 'Realisasi', 'Progres (%)', 'Kendala', 'Tindak Lanjut', 'Bukti Dukung']);
  const rows = [
    ['Tata kelola', 'Reviu SOP', 'SOP direviu', 'Dokumen', 1, 2, 3, 4, 'Bagian Umum'],
    ['Tata kelola', 'Reviu SOP', 'Laporan reviu', 'Laporan', 0, 1, 1, 1, 'Bagian Umum'],
    ['Tata kelola', 'Survei', 'Indeks kepuasan', 'Indeks', null, 3, null, 3.5, 'Bagian Umum'],
    ['SDM', 'Pelatihan', 'Pegawai dilatih', 'Orang', 10, 20, 30, 40, 'Bagian Kepegawaian'],
    ['SDM', 'Pelatihan', 'Modul pelatihan', 'Dokumen', 0, 1, 1, 1, 'Bagian Kepegawaian'],
    ['SDM', 'Penilaian kinerja', 'Pegawai dinilai', 'Persen', 25, 50, 75, 100, 'Bagian Kepegawaian'],
  ];
  s.mergeCells('J2:N2');
  s.mergeCells('O2:S2');
  for (const i of order) s.addRow(rows[i]);
  await book.xlsx.writeFile(file);
}

// Our master: Indikator C (2), Target TW 1 E (4), Koordinator I (8), Triwulan II Realisasi O (14), Kendala Q (16); keys in T (19).
const O = { output: 2, satuan: 3, tw1: 4, koordinator: 8, realisasi2: 14, kendala2: 16, key: 19 };
const cell = (column: number, row: number) => `${String.fromCharCode(65 + column)}${row}`;

describe('merge on our own master: re-sorting, conflicts, refusals', () => {
  const dir = tmp();
  const master = path.join(dir, 'master.xlsx');
  const umum = path.join(dir, 'units/Bagian-Umum.xlsx');
  const sdm = path.join(dir, 'units/Bagian-Kepegawaian.xlsx');
  beforeAll(async () => {
    await ownMaster(master);
    split(master, path.join(dir, 'units'));
  });

  test('a re-sorted master and a re-sorted unit still match by key', async () => {
    const resorted = path.join(dir, 'resorted.xlsx');
    await ownMaster(resorted, [5, 3, 1, 0, 4, 2]);
    const sorted = path.join(dir, 'umum-sorted.xlsx');
    await edit(umum, 'Rencana Aksi', (s) => {
      // The unit sorts its rows by output, Z to A (values moved row by row, as Excel's sort does).
      const rows = [4, 5, 6].map((r) => s.getRow(r).values as ExcelJS.CellValue[]);
      rows.sort((a, b) => String(b[O.output + 1]).localeCompare(String(a[O.output + 1])));
      rows.forEach((values, i) => (s.getRow(4 + i).values = values));
      for (let r = 4; r <= 6; r++) s.getCell(cell(O.realisasi2, r)).value = `${s.getCell(cell(O.output, r)).value}`.length; // something per row
    }, sorted);
    const out = path.join(dir, 'resorted-merged.xlsx');
    const run = rbm(['merge', resorted, sorted, '--out', out, '--quarter', '2']);
    expect(run.code).toBe(0);
    const grid = await sheet(out, 'Rencana Aksi');
    for (const output of ['SOP direviu', 'Laporan reviu', 'Indeks kepuasan']) expect(rowWith(grid, O.output, output)[O.realisasi2]).toBe(output.length);
    for (const output of ['Pegawai dilatih', 'Modul pelatihan', 'Pegawai dinilai']) expect(rowWith(grid, O.output, output)[O.realisasi2]).toBeNull();
  });

  test('each conflict is reported with both values, nothing of it written, exit 1', async () => {
    // The master already holds a Kendala for one row; a unit lifts protection and types over a target.
    const filled = path.join(dir, 'filled.xlsx');
    await edit(master, 'Rencana Aksi', (s) => (s.getCell(cell(O.kendala2, 4)).value = 'Kendala lama'), filled);
    const unprotected = path.join(dir, 'umum-unprotected.xlsx');
    await edit(umum, 'Rencana Aksi', (s) => {
      (s as unknown as { unprotect(): void }).unprotect();
      s.getCell(cell(O.tw1, 5)).value = 5; // Laporan reviu's TW 1 target: a plan cell
      s.getCell(cell(O.realisasi2, 5)).value = 1;
      s.getCell(cell(O.kendala2, 4)).value = 'Kendala baru'; // the master holds another
      s.getCell(cell(O.realisasi2, 6)).value = 3.1; // agreed below
      s.addRow(['Tata kelola', 'Baru', 'Output baru', 'Dokumen', 1, 1, 1, 1, 'Bagian Umum', '', '', '', '', '', 1]); // no key
    }, unprotected);
    const copy = path.join(dir, 'umum-copy.xlsx');
    await edit(umum, 'Rencana Aksi', (s) => {
      s.getCell(cell(O.realisasi2, 6)).value = 3.2; // disagrees with the other copy
    }, copy);
    const twice = path.join(dir, 'sdm-twice.xlsx');
    await edit(sdm, 'Rencana Aksi', (s) => {
      s.getCell(cell(O.realisasi2, 4)).value = 20;
      s.addRow(s.getRow(4).values as ExcelJS.CellValue[]); // a row copied: its key twice
    }, twice);
    const out = path.join(dir, 'conflicts.xlsx');
    const run = rbm(['merge', filled, unprotected, copy, twice, '--out', out, '--json']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const conflicts = log.entries.filter((e: { outcome: string }) => e.outcome === 'conflict').map((e: Record<string, unknown>) => [path.basename(String(e.file)), e.conflict, e.output, e.master ?? null, e.value ?? null]);
    expect(conflicts).toEqual(
      expect.arrayContaining([
        ['umum-unprotected.xlsx', 'plan-changed', 'Laporan reviu', '0', '5'],
        ['umum-unprotected.xlsx', 'master-differs', 'SOP direviu', 'Kendala lama', 'Kendala baru'],
        ['umum-unprotected.xlsx', 'units-disagree', 'Indeks kepuasan', '', '3.1'],
        ['umum-copy.xlsx', 'units-disagree', 'Indeks kepuasan', '', '3.2'],
        ['umum-unprotected.xlsx', 'no-match', 'Output baru', null, null],
        ['sdm-twice.xlsx', 'duplicate-key', 'Pegawai dilatih', null, null],
      ]),
    );
    expect(log.cellsWritten).toBe(0);
    expect((await sheet(out, 'Rencana Aksi')).values).toEqual((await sheet(filled, 'Rencana Aksi')).values);
    // The text form says the same, with both values.
    const text = rbm(['merge', filled, unprotected, '--out', path.join(dir, 'conflicts2.xlsx')]);
    expect(text.stdout).toMatch(/konflik \(sel rencana diubah\) baris 5 \(induk 5\) “Laporan reviu”: .*TW 1: induk “0”, unit “5”/);
    // --overwrite replaces the master's Kendala; alone, the unit's 3.1 is copied; the changed plan row stays held back.
    const forced = rbm(['merge', filled, unprotected, '--overwrite', '--out', path.join(dir, 'forced.xlsx'), '--json']);
    expect(JSON.parse(forced.stdout).cellsWritten).toBe(2);
    const grid = await sheet(path.join(dir, 'forced.xlsx'), 'Rencana Aksi');
    expect(rowWith(grid, O.output, 'SOP direviu')[O.kendala2]).toBe('Kendala baru');
    expect(rowWith(grid, O.output, 'Indeks kepuasan')[O.realisasi2]).toBe(3.1);
    expect(rowWith(grid, O.output, 'Laporan reviu')[O.realisasi2]).toBeNull();
  });

  test('files of another matrix, of another year, not split, or unreadable: refused with a sentence, exit 2, no stack trace', async () => {
    const other = path.join(dir, 'other');
    split(SAMPLE, other);
    const lastYear = path.join(dir, 'umum-2024.xlsx');
    await edit(umum, 'RBM Pembagian', (s) => (s.getCell('B5').value = '2024'), lastYear);
    const garbage = path.join(dir, 'rusak.xlsx');
    require('node:fs').writeFileSync(garbage, 'bukan workbook');
    const run = rbm(['merge', master, path.join(other, 'Inspektorat.xlsx'), lastYear, master, garbage, umum, '--out', path.join(dir, 'refused.xlsx'), '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const reasons = JSON.parse(run.stdout).units.map((u: { status: string; reason?: { en: string } }) => [u.status, u.reason?.en ?? '']);
    expect(reasons).toEqual([
      ['refused', expect.stringMatching(/for 2023, while the master is for 2025|row keys are in the master/)],
      ['refused', expect.stringMatching(/for 2024, while the master is for 2025/)],
      ['refused', expect.stringMatching(/Not a file made by RB Matrix’s split/)],
      ['refused', expect.stringMatching(/./)],
      ['merged', ''],
    ]);
    expect(existsSync(path.join(dir, 'refused.xlsx'))).toBe(true);
  });

  test('a master that cannot be read: exit 2 with a sentence', () => {
    const run = rbm(['merge', path.join(dir, 'nope.xlsx'), umum, '--out', path.join(dir, 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rbm: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
