/**
 * Issue 13: monitoring sheets as evaluators keep them (tests/fixtures/monitoring/, built by
 * scripts/make-monitoring.ts from scripts/monitoringSpecs.ts). Every expected status and capaian
 * below is derived by hand from the sheet's figures, the way an evaluator reads them; the
 * derivation of each row is written beside it. Nothing here comes from the code under test.
 */
import * as path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readWorkbook } from '../../cli/readWorkbook';
import { attainMatrix } from '../../core/attainment/attainMatrix';
import { readMatrix } from '../../core/model/readMatrix';
import { validateGrid } from '../../core/validate';
import { rbm } from '../cli/run';

const DIR = path.join(__dirname, '../fixtures/monitoring');
type Expected = [status: string, capaian: number | null];

async function attainments(file: string, year: number, quarter: number) {
  const [grid] = await readWorkbook(path.join(DIR, file));
  const matrix = readMatrix(grid)!;
  return attainMatrix(matrix, year, quarter).map((o) => [o.attainment.status, o.attainment.capaian] as [string, number | null]);
}

function expectRows(got: [string, number | null][], want: Expected[]): void {
  expect(got.map(([s]) => s)).toEqual(want.map(([s]) => s));
  got.forEach(([, c], i) => {
    const w = want[i][1];
    if (w === null) expect([i, c]).toEqual([i, null]);
    else expect([i, c]).toEqual([i, expect.closeTo(w, 6)]);
  });
}

function summary(file: string, args: string[]) {
  const { code, stdout, stderr } = rbm(['summary', path.join(DIR, file), ...args, '--format', 'json']);
  return { code, stderr, data: JSON.parse(stdout) };
}

/**
 * The evaluation sheet, TW I–IV 2025, rows 1–9 (sheet rows 5–13). Targets are under
 * `Target Penyelesaian (Kumulatif)`: states to reach by each quarter, never summed.
 */
const EVALUATION: Record<1 | 2 | 3 | 4, Expected[]> = {
  1: [
    // 1. 0,0,0,1 realised 1 in TW I: nothing due (state 0), the year's state 1 already reached.
    ['tercapai-lebih-awal', 1],
    // 2. 1,1,1,1 realised 1: 1 of 1.
    ['tercapai', 1],
    // 3. 25% due, 25% realised.
    ['tercapai', 1],
    // 4. 0,1,2,3: state 0 due at TW I asks for nothing; 1 realised is not yet the year's 3.
    ['belum-jatuh-tempo', null],
    // 5. 1,1 due, 1,12 realised: 1,12 / 1,1.
    ['tercapai', 1.12 / 1.1],
    // 6. 0,0,1,1: nothing due yet, nothing realised.
    ['belum-jatuh-tempo', null],
    // 7. 0,0,1,1: nothing due yet (progress 30% shown only).
    ['belum-jatuh-tempo', null],
    // 8. 1 due, “Laporan” gives no quantity and there is no progress: no data.
    ['tidak-ada-data', null],
    // 9. 1 due, 1 realised.
    ['tercapai', 1],
  ],
  2: [
    ['tercapai-lebih-awal', 1], // 1. still nothing due at TW II; state 1 reached in TW I
    ['tercapai', 1], // 2. '-' after a met state: TW I's 1 carried, 1 of 1
    ['tercapai', 1], // 3. 56,25% due, 0,5625 (a fraction) realised
    ['tercapai', 1], // 4. 1 due; '-' after TW I, which met its state 0: state 1 carried, 1 of 1
    ['tercapai', 1109 / 1.1], // 5. the lost decimal as typed: 1109 of 1,1 (warned at the cell)
    ['belum-jatuh-tempo', null], // 6. nothing due yet
    ['belum-jatuh-tempo', null], // 7. nothing due yet
    ['tercapai', 1], // 8. 2 due, 2 realised
    ['tercapai', 2], // 9. 1 due, 2 realised
  ],
  3: [
    ['tercapai-lebih-awal', 1], // 1. nothing due until TW IV
    ['tercapai', 1], // 2. carried
    ['tercapai', 1], // 3. 75% due, 75 (points) realised
    ['tercapai', 3 / 2], // 4. 2 due, 3 rekomendasi realised
    ['tercapai', 1109 / 1.1], // 5. TW III blank after TW II met its state: 1109 carried
    ['tercapai', 1], // 6. 1 due, 1 realised
    ['belum-tercapai', 0.8], // 7. 1 due, no realised output: the progress, 80%
    ['belum-tercapai', 2 / 3], // 8. 3 due; TW III blank after TW II met 2: state 2 carried, 2 of 3
    ['belum-tercapai', 1 / 2], // 9. 2 due, the state went back to 1 (warned): 1 of 2
  ],
  4: [
    ['tercapai', 1], // 1. 1 due; TW I's 1 carried over the '-'s (TW I met its 0)
    ['tercapai', 1], // 2. carried
    ['belum-tercapai', 0.95], // 3. 100% due, 95% realised
    ['tercapai', 1], // 4. 3 due; TW IV blank after TW III met 2: state 3 carried, 3 of 3
    ['tercapai', 1109 / 1.1], // 5. carried
    ['tercapai', 1], // 6. 1 and 1 in TW III and TW IV are one state: 1 of 1, never 200%
    ['belum-tercapai', 0.8], // 7. still no realised output: the latest progress, 80% (TW III)
    ['belum-tercapai', 2 / 4], // 8. 4 due, state 2 carried
    ['tercapai', 1], // 9. 2 due, 2 realised
  ],
};

/** Headline figures per quarter, from the table above: due outputs, counts, mean of capaian capped at 100%. */
const EVALUATION_TOTALS = {
  // due: rows 2, 3, 5, 8, 9; mean (1 + 1 + 1 + 0 + 1) / 5
  1: { outputs: 9, due: 5, tercapai: 4, belumTercapai: 0, tidakAdaData: 1, belumJatuhTempo: 3, tercapaiLebihAwal: 1, capaianRataRata: 0.8 },
  // due: rows 2, 3, 4, 5, 8, 9, every one reached
  2: { outputs: 9, due: 6, tercapai: 6, belumTercapai: 0, tidakAdaData: 0, belumJatuhTempo: 2, tercapaiLebihAwal: 1, capaianRataRata: 1 },
  // due: all but row 1; mean (1 + 1 + 1 + 1 + 1 + 0,8 + 2/3 + 0,5) / 8
  3: { outputs: 9, due: 8, tercapai: 5, belumTercapai: 3, tidakAdaData: 0, belumJatuhTempo: 0, tercapaiLebihAwal: 1, capaianRataRata: (5 + 0.8 + 2 / 3 + 0.5) / 8 },
  // all due; mean (1 + 1 + 0,95 + 1 + 1 + 1 + 0,8 + 0,5 + 1) / 9
  4: { outputs: 9, due: 9, tercapai: 6, belumTercapai: 3, tidakAdaData: 0, belumJatuhTempo: 0, tercapaiLebihAwal: 0, capaianRataRata: 8.25 / 9 },
};

const SHEETS = ['evaluasi-triwulan-kumulatif-2025', 'evaluasi-triwulan-kumulatif-2025-ragam'];

describe.each(SHEETS)('%s: one block per quarter, cumulative targets', (name) => {
  test.each(['xlsx', 'csv'])('.%s: every block child is its quarter’s column, never a duplicate', async (ext) => {
    const [grid] = await readWorkbook(path.join(DIR, `${name}.${ext}`));
    const matrix = readMatrix(grid)!;
    expect(matrix.header.duplicates).toEqual([]);
    expect(matrix.header.blocks.map((b) => [b.slot, Object.keys(b.columns).sort()])).toEqual(
      ['tw1', 'tw2', 'tw3', 'tw4'].map((slot) => [slot, ['buktiDukung', 'catatan', 'kendala', 'progres', 'realisasi', 'tindakLanjut']]),
    );
    expect(matrix.header.cumulative).toBe(name.endsWith('ragam') ? 'Target (Kumulatif)' : 'Target Penyelesaian (Kumulatif)');
    expect(matrix.counts).toEqual({ kegiatan: 2, rencanaAksi: 9, outputs: 9 });
  });

  test.each(['xlsx', 'csv'])('.%s: the findings are the four implausible realisations, at their cells, and the percent notes', async (ext) => {
    const [grid] = await readWorkbook(path.join(DIR, `${name}.${ext}`));
    const { report } = validateGrid(grid);
    const labelRow = name.endsWith('ragam') ? 3 : 4;
    expect(report.findings.map((f) => [f.code, f.cell, f.variant ?? ''])).toEqual([
      ...(name.endsWith('ragam') ? [['percent-convention', `P${labelRow}`, 'pecahan'], ['percent-convention', `V${labelRow}`, 'poin']] : []),
      ['percent-convention', 'F4', 'poin'],
      ['percent-convention', 'G4', 'poin'],
      ['percent-convention', 'H4', 'poin'],
      ['percent-convention', 'I4', 'poin'],
      ...(name.endsWith('ragam') ? [] : [['percent-convention', 'P4', 'pecahan'], ['percent-convention', 'V4', 'poin']]),
      // Row 3: 25% then 0,5625: the notation flips in TW II.
      ['implausible-realisation', 'P7', 'percent-flip'],
      // Row 5: 1109 against 1,1.
      ['implausible-realisation', 'P9', 'magnitude'],
      // Row 8: “Laporan”, no quantity.
      ['implausible-realisation', 'J12', 'no-quantity'],
      // Row 9: 2 in TW II, 1 in TW III.
      ['implausible-realisation', 'V13', 'regression'],
    ]);
    expect(report.counts).toMatchObject({ errors: 0, warnings: 4 });
  });

  test.each([1, 2, 3, 4] as const)('TW %s: status and capaian of every row (.xlsx and .csv)', async (quarter) => {
    expectRows(await attainments(`${name}.xlsx`, 2025, quarter), EVALUATION[quarter]);
    expectRows(await attainments(`${name}.csv`, 2025, quarter), EVALUATION[quarter]);
  });
});

describe('the evaluation sheet through rbm summary', () => {
  const file = `${SHEETS[0]}.xlsx`;

  test.each([1, 2, 3, 4] as const)('TW %s: the headline figures', (quarter) => {
    const { code, data } = summary(file, ['--year', '2025', '--quarter', String(quarter)]);
    expect(code).toBe(0);
    const { capaianRataRata, ...counts } = data.totals;
    const { capaianRataRata: mean, ...wanted } = EVALUATION_TOTALS[quarter];
    expect(counts).toEqual(wanted);
    expect(capaianRataRata).toBeCloseTo(mean, 9);
  });

  test('the rows say the aggregation, that the sheet declared it and where, the target due, the realised state and the progress', () => {
    const { data } = summary(file, ['--year', '2025', '--quarter', '3']);
    const declared = { sumber: 'dinyatakan', dari: 'judul-kolom', teks: 'Target Penyelesaian (Kumulatif)' };
    expect(data.rows[0]).toMatchObject({ row: 5, agregasi: 'nilai-akhir', agregasiDasar: declared, targetKumulatif: true, targetJatuhTempo: null, realisasi: 1, progres: 1, status: 'tercapai-lebih-awal' });
    expect(data.rows[3]).toMatchObject({ row: 8, targetJatuhTempo: 2, realisasi: 3, progres: null, capaian: 1.5, capaianDari: 'realisasi' });
    // Row 7: no realised output; the progress (80%) gives the capaian.
    expect(data.rows[6]).toMatchObject({ row: 11, targetJatuhTempo: 1, realisasi: null, progres: 0.8, capaian: 0.8, capaianDari: 'progres', status: 'belum-tercapai' });
  });

  test('the summary takes the quarter’s block: TW I and TW II show their own Kendala, Solusi, Bukti Dukung and Catatan Evaluator', () => {
    const tw1 = summary(file, ['--year', '2025', '--quarter', '1']).data.rows[3];
    const tw2 = summary(file, ['--year', '2025', '--quarter', '2']).data.rows[3];
    expect([tw1.kendala, tw1.tindakLanjut, tw1.buktiDukung, tw1.catatanEvaluator]).toEqual(['Kendala TW I: rekomendasi baru diterima', 'Solusi TW I', 'https://s.bps.go.id/rek-tw1', 'Catatan TW I']);
    expect([tw2.kendala, tw2.tindakLanjut, tw2.buktiDukung, tw2.catatanEvaluator]).toEqual([
      'Kendala TW II: data rekomendasi belum lengkap',
      'Solusi TW II: koordinasi dengan unit',
      'https://s.bps.go.id/rek-tw2',
      'Catatan TW II: lengkapi bukti',
    ]);
    // TW III's block of row 7 holds its obstacle; row 3's TW III cells are blank.
    const tw3 = summary(file, ['--year', '2025', '--quarter', '3']).data.rows;
    expect([tw3[6].kendala, tw3[6].tindakLanjut, tw3[6].catatanEvaluator, tw3[2].kendala]).toEqual(['Harmonisasi di Kementerian Hukum', 'Percepatan harmonisasi', 'Pantau TW IV', '']);
  });

  test('one Koordinator group per coordinator, whatever its spacing and case', () => {
    const { data } = summary(file, ['--year', '2025', '--quarter', '2']);
    // Biro Umum, “Biro Umum ” and BIRO UMUM are one; “Biro  Perencanaan” and Biro Perencanaan are one.
    expect(data.groups.koordinator.map((g: { name: string; outputs: number; due: number }) => [g.name, g.outputs, g.due])).toEqual([
      ['Biro Umum', 3, 2],
      ['Direktorat Diseminasi Statistik', 1, 1],
      ['Biro Perencanaan', 2, 1],
      ['Inspektorat Utama', 3, 2],
    ]);
  });

  test('the tab’s plenary agenda at TW III lists the late rows with that quarter’s notes and progress', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rbm-monitoring-'));
    try {
      const out = path.join(dir, 'ringkasan.xlsx');
      expect(rbm(['summary', path.join(DIR, file), '--year', '2025', '--quarter', '3', '--out', out]).code).toBe(0);
      const tab = (await readWorkbook(out)).find((g) => g.sheetName === 'Ringkasan TW III 2025')!;
      const agenda = tab.values.findIndex((r) => String(r[0] ?? '').startsWith('Agenda rapat pleno: 3 output'));
      expect(agenda).toBeGreaterThan(0);
      const header = tab.values[agenda + 1].map(String);
      const col = (title: string) => header.indexOf(title);
      const rows = tab.values.slice(agenda + 2, agenda + 5);
      const cell = (r: unknown[], title: string) => r[col(title)] ?? '';
      expect(rows.map((r) => ['Output', 'Kendala', 'Catatan Evaluator', 'Progres'].map((t) => cell(r, t)))).toEqual([
        ['Peraturan tentang tata kelola data', 'Harmonisasi di Kementerian Hukum', 'Pantau TW IV', 0.8],
        ['Laporan pemantauan', '', '', ''],
        ['Unit kerja berpredikat WBK', '', '', ''],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The flat sheet whose rows declare their aggregation (2024), rows 1–8 (sheet rows 5–12). */
const DECLARED: Record<1 | 2 | 3 | 4, Expected[]> = {
  1: [
    ['belum-jatuh-tempo', null], // 1. Kumulatif 0,1,1,1 (Total 1 = last): states; 0 due asks for nothing
    ['tercapai', 1], // 2. Kumulatif 1,1,1,1 but Total 4 is their sum: a sum; 1 of 1
    ['belum-tercapai', 0.7 / 0.8], // 3. Nilai Akhir: 70% of 80%
    ['belum-tercapai', 2.5 / 3], // 4. Rata-rata: mean 2,5 of mean 3
    ['tercapai', 1], // 5. Jumlah: 1 of 1
    ['belum-jatuh-tempo', null], // 6. Kumulatif 0,0,0,1: nothing due; 0 realised
    ['belum-jatuh-tempo', null], // 7. no Agregasi; Total 5 = 2 + 3: a sum; nothing due in TW 1
    ['tercapai', 1], // 8. no Agregasi; Total 100% = the last, targets never go down: states; 25% of 25%
  ],
  2: [
    ['tercapai', 1], // 1. state 1 due, 1 realised
    ['tercapai', 1], // 2. 2 of 2
    ['tercapai', 0.85 / 0.8], // 3. 85% of 80%
    ['tercapai', 1], // 4. mean 3 of mean 3
    ['tercapai', 1], // 5. 2 of 2
    ['belum-jatuh-tempo', null], // 6. still nothing due
    ['tercapai', 1], // 7. 2 of 2
    ['tercapai', 1], // 8. 50% of 50%
  ],
  3: [
    ['tercapai', 1], // 1. '-' after TW 2 met its state: carried
    ['tidak-ada-data', null], // 2. 3 due, 2 reported, TW 3 blank: the sum is not met, no data
    ['tercapai', 0.85 / 0.8], // 3. TW 3 blank after TW 2 met 80%: 85% carried
    ['tercapai', 1], // 4. mean (2,5 + 3,5 + 3) / 3 = 3 of 3
    ['tercapai', 1], // 5. 3 of 3
    ['tercapai-lebih-awal', 1], // 6. nothing due (state 0), 1 realised already reaches the year's 1
    ['tercapai', 1], // 7. only TW 2's 2 due so far: 2 of 2
    ['belum-tercapai', 0.7 / 0.75], // 8. 70% of 75%
  ],
  4: [
    ['tercapai', 1], // 1. carried
    ['tidak-ada-data', null], // 2. 4 due, 2 reported
    ['tercapai', 0.9 / 0.8], // 3. 90% of 80%
    ['tidak-ada-data', null], // 4. a mean needs TW 4's own figure
    ['tercapai', 1], // 5. 4 of 4
    ['tercapai', 1], // 6. 1 and 1 are one state: 1 of 1
    ['tidak-ada-data', null], // 7. 5 due, 2 reported, TW 4 blank
    ['tidak-ada-data', null], // 8. TW 4 blank after TW 3 fell short of its state: no data
  ],
};

describe('monitoring-agregasi-dinyatakan-2024: a flat sheet whose rows declare Kumulatif, Jumlah, Nilai Akhir, Rata-rata', () => {
  test.each([1, 2, 3, 4] as const)('TW %s: status and capaian of every row (.xlsx and .csv)', async (quarter) => {
    expectRows(await attainments('monitoring-agregasi-dinyatakan-2024.xlsx', 2024, quarter), DECLARED[quarter]);
    expectRows(await attainments('monitoring-agregasi-dinyatakan-2024.csv', 2024, quarter), DECLARED[quarter]);
  });

  test('the JSON says per row which aggregation the sheet declared, or which was inferred and from what', async () => {
    const { data } = summary('monitoring-agregasi-dinyatakan-2024.xlsx', ['--year', '2024', '--quarter', '4']);
    expect(data.rows.map((r: { agregasi: string; targetKumulatif: boolean; agregasiDasar: object }) => [r.agregasi, r.targetKumulatif, r.agregasiDasar])).toEqual([
      ['nilai-akhir', true, { sumber: 'dinyatakan', dari: 'kolom-agregasi', teks: 'Kumulatif' }],
      ['kumulatif', false, { sumber: 'dinyatakan', dari: 'kolom-agregasi', teks: 'Kumulatif' }],
      ['nilai-akhir', false, { sumber: 'dinyatakan', dari: 'kolom-agregasi', teks: 'Nilai Akhir' }],
      ['rata-rata', false, { sumber: 'dinyatakan', dari: 'kolom-agregasi', teks: 'Rata-rata' }],
      ['kumulatif', false, { sumber: 'dinyatakan', dari: 'kolom-agregasi', teks: 'Jumlah' }],
      ['nilai-akhir', true, { sumber: 'dinyatakan', dari: 'kolom-agregasi', teks: 'Kumulatif' }],
      ['kumulatif', false, { sumber: 'disimpulkan', dari: 'total', teks: '5' }],
      ['nilai-akhir', true, { sumber: 'disimpulkan', dari: 'total', teks: '100%' }],
    ]);
    await expect(validateGridOf('monitoring-agregasi-dinyatakan-2024.csv')).resolves.toEqual([]);
  });
});

async function validateGridOf(file: string) {
  const [grid] = await readWorkbook(path.join(DIR, file));
  return validateGrid(grid).report.findings.map((f) => `${f.code} ${f.cell}`);
}

describe('peta-jalan-realisasi-tahunan-2023-2025: years as periods, schedule ticks done or not done', () => {
  // Rows 1–5 (sheet rows 5–9); a year's targets are due at its end; only that year's realisation counts.
  const YEARS: Record<number, { rows: number[]; want: Expected[]; totals: Record<string, number> }> = {
    2023: {
      rows: [5, 7, 8],
      // √ done (Sudah); √ done (Sudah); v done (√)
      want: [['tercapai', 1], ['tercapai', 1], ['tercapai', 1]],
      totals: { outputs: 3, due: 3, tercapai: 3, belumTercapai: 0, tidakAdaData: 0, capaianRataRata: 1 },
    },
    2024: {
      rows: [6, 7],
      // √ not done (Belum); √ with no 2024 realisation (2023's does not count in 2024)
      want: [['belum-tercapai', 0], ['tidak-ada-data', null]],
      totals: { outputs: 2, due: 2, tercapai: 0, belumTercapai: 1, tidakAdaData: 1, capaianRataRata: 0 },
    },
    2025: {
      rows: [6, 8, 9],
      // √ done (Sudah); √ not done (Belum); • with 50% realised: progress, half
      want: [['tercapai', 1], ['belum-tercapai', 0], ['belum-tercapai', 0.5]],
      totals: { outputs: 3, due: 3, tercapai: 1, belumTercapai: 2, tidakAdaData: 0, capaianRataRata: 0.5 },
    },
  };

  test.each([2023, 2024, 2025])('rbm summary --year %s (no quarter): the whole year', (year) => {
    const { code, data } = summary('peta-jalan-realisasi-tahunan-2023-2025.xlsx', ['--year', String(year)]);
    expect(code).toBe(0);
    expect(data.period).toEqual({ year, quarter: 4, wholeYear: true });
    const { rows, want, totals } = YEARS[year];
    expect(data.rows.map((r: { row: number }) => r.row)).toEqual(rows);
    expectRows(data.rows.map((r: { status: string; capaian: number | null }) => [r.status, r.capaian]), want);
    expect(data.totals).toMatchObject(totals);
  });

  test('the year’s tab is named for the year', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rbm-year-'));
    try {
      const { code, stdout } = rbm(['summary', path.join(DIR, 'peta-jalan-realisasi-tahunan-2023-2025.csv'), '--year', '2023', '--out', path.join(dir, 'tahun.xlsx')]);
      expect(code).toBe(0);
      expect(stdout).toContain('Ringkasan Tahun 2023');
      const sheets = (await readWorkbook(path.join(dir, 'tahun.xlsx'))).map((g) => g.sheetName);
      expect(sheets).toEqual(['Ringkasan Tahun 2023']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a column map by hand of an evaluation sheet', () => {
  test('the map of the detected header, given back, reads the same blocks (progress and notes per quarter included)', async () => {
    const { columnMapOf } = await import('../../core/columnMap/fromHeader');
    const [grid] = await readWorkbook(path.join(DIR, `${SHEETS[0]}.xlsx`));
    const detected = readMatrix(grid)!;
    const map = columnMapOf(detected.header, grid.sheetName, { row: 1, column: 1 });
    expect(map.columns.filter((c) => c.label.startsWith('Triwulan II ›')).map((c) => c.role)).toEqual([
      'realisasi TW 2',
      'progres TW 2',
      'kendala TW 2',
      'tindakLanjut TW 2',
      'buktiDukung TW 2',
      'catatan TW 2',
    ]);
    const mapped = readMatrix(grid, { columnMap: map })!;
    expect(mapped.columnMap?.applied).toBe(true);
    expect(mapped.header.columns.map((c) => c.key)).toEqual(detected.header.columns.map((c) => c.key));
    expectRows(attainMatrix(mapped, 2025, 2).map((o) => [o.attainment.status, o.attainment.capaian]), EVALUATION[2]);
  });
});
