/**
 * Header detection of the columns planners add when they monitor a plan: realisations per period
 * (`Realisasi` › `TW 1`, `Realisasi TW 1`, `Realisasi 2023`) and the monitoring columns (Polaritas,
 * Agregasi, Kendala, Tindak Lanjut, Bukti Dukung). Data rows start at sheet row 4 (title, two header rows).
 */
import { readMatrix, validateGrid, type CellValue, type Finding, type Grid, type Matrix, type MergedArea } from '../../core';
import type { ColumnKey } from '../../core/layout/columnKey';
import { general, gRow, tematik, tRow } from './helpers';

/** Appends columns to a grid made by `general` or `tematik`: upper and lower header labels, then each data row's cells. */
function appended(grid: Grid, top: CellValue[], bottom: CellValue[], cells: CellValue[][] = []): Grid {
  const values = grid.values.map((r) => [...r]);
  values[1].push(...top);
  values[2].push(...bottom);
  cells.forEach((c, i) => values[3 + i].push(...c));
  return { ...grid, values };
}

function read(grid: Grid): Matrix {
  const matrix = readMatrix(grid);
  if (!matrix) throw new Error('no header found');
  return matrix;
}

function findings(grid: Grid): Finding[] {
  return validateGrid(grid).report.findings;
}

/** [key, slot, year, from, to, wholeYear] of each realisation column, in time order. */
function realisations(m: Matrix) {
  return m.header.realisations.map((p) => [p.key, p.slot, p.year, p.from, p.to, p.wholeYear]);
}

describe('a Realisasi parent over TW 1 … TW 4 and Tahun 2024 (RB General, two-row header)', () => {
  const top = ['Realisasi', '', '', '', ''];
  const bottom = ['TW 1', 'TW 2', 'TW 3', 'TW 4', 'Tahun 2024'];
  const row = [...gRow({ tw2: 2, tahun2024: 3, total: 6 })];
  /** Columns Q–U; merged like the xlsx (Q2:U2), or not at all like the CSV. */
  const merged = (): Grid => appended(general([row], { merges: [{ top: 1, left: 16, bottom: 1, right: 20 }] }), top, bottom, [[1, 2, '', '', '3']]);
  const csv = (): Grid => appended(general([row]), top, bottom, [[1, 2, '', '', '3']]);

  test('keys realisasi_tw1 … realisasi_tahun2024, slots and years of the targets', () => {
    const m = read(merged());
    expect(realisations(m)).toEqual([
      ['realisasi_tw1', 'tw1', 2023, 1, 1, false],
      ['realisasi_tw2', 'tw2', 2023, 2, 2, false],
      ['realisasi_tw3', 'tw3', 2023, 3, 3, false],
      ['realisasi_tw4', 'tw4', 2023, 4, 4, false],
      ['realisasi_tahun2024', 'tahun2024', 2024, 1, 4, true],
    ]);
    expect(m.header.planYear).toBe(2023);
    expect(m.header.realisations.map((p) => p.slot)).toEqual(m.header.periods.map((p) => p.key));
    expect(m.header.realisations.map((p) => [p.index, p.label, p.measure])).toEqual([
      [16, 'TW 1', 'realisasi'],
      [17, 'TW 2', 'realisasi'],
      [18, 'TW 3', 'realisasi'],
      [19, 'TW 4', 'realisasi'],
      [20, 'Tahun 2024', 'realisasi'],
    ]);
  });

  test('the targets are unchanged by the realisation columns', () => {
    const m = read(merged());
    expect(m.header.periods.map((p) => [p.key, p.index, p.measure])).toEqual([
      ['tw1', 6, 'target'],
      ['tw2', 7, 'target'],
      ['tw3', 8, 'target'],
      ['tw4', 9, 'target'],
      ['tahun2024', 10, 'target'],
    ]);
  });

  test('the row reads its realisations in header order', () => {
    const m = read(merged());
    expect(m.outputs[0].realisations).toEqual([
      { kind: 'number', value: 1, percent: false },
      { kind: 'number', value: 2, percent: false },
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'number', value: 3, percent: false },
    ]);
  });

  test('the report names the columns and finds nothing', () => {
    const { report } = validateGrid(merged());
    expect(report.findings).toEqual([]);
    expect(report.header?.rows).toEqual([2, 3]);
    expect(report.header?.columns).toMatchObject({ realisasi_tw1: 'Q', realisasi_tw2: 'R', realisasi_tw3: 'S', realisasi_tw4: 'T', realisasi_tahun2024: 'U' });
  });

  test('the CSV form (no merges, the parent carried over the blanks to its right) is read the same', () => {
    const a = read(merged());
    const b = read(csv());
    expect(b.header.realisations).toEqual(a.header.realisations);
    expect(b.header.periods).toEqual(a.header.periods);
    expect(b.header.extras).toEqual([]);
    expect(b.outputs[0].realisations).toEqual(a.outputs[0].realisations);
    expect(validateGrid(csv()).report.findings).toEqual([]);
    expect(validateGrid(csv()).report.header).toEqual(validateGrid(merged()).report.header);
  });

  test('in the CSV form, a parent stops at the next labelled parent', () => {
    const grid = appended(general([gRow()]), ['Realisasi', '', 'Kendala'], ['TW 1', 'TW 2', ''], [[1, '', 'Menunggu data']]);
    const m = read(grid);
    expect(realisations(m)).toEqual([
      ['realisasi_tw1', 'tw1', 2023, 1, 1, false],
      ['realisasi_tw2', 'tw2', 2023, 2, 2, false],
    ]);
    expect(m.header.keyIndex.get('kendala')).toBe(18);
    expect(findings(grid)).toEqual([]);
  });
});

describe('single realisation labels', () => {
  test('Realisasi TW 1 and Realisasi TW II', () => {
    const grid = appended(general([gRow({ tw2: 1, total: 2 })]), ['Realisasi TW 1', 'Realisasi TW II'], ['', ''], [[1, 1]]);
    const m = read(grid);
    expect(realisations(m)).toEqual([
      ['realisasi_tw1', 'tw1', 2023, 1, 1, false],
      ['realisasi_tw2', 'tw2', 2023, 2, 2, false],
    ]);
    expect(m.header.realisations.map((p) => p.label)).toEqual(['Realisasi TW 1', 'Realisasi TW II']);
    expect(m.outputs[0].realisations).toEqual([
      { kind: 'number', value: 1, percent: false },
      { kind: 'number', value: 1, percent: false },
    ]);
    expect(findings(grid)).toEqual([]);
  });

  test.each<[string, string, number, number, number]>([
    ['REALISASI TW I', 'realisasi_tw1', 2023, 1, 1],
    ['Realisasi Triwulan II', 'realisasi_tw2', 2023, 2, 2],
    ['Real. TW 3', 'realisasi_tw3', 2023, 3, 3],
    ['Realisasi TW 1 2024', 'realisasi_tw1_2024', 2024, 1, 1],
    ['Realisasi TW I-III 2024', 'realisasi_tw1-3_2024', 2024, 1, 3],
  ])('%p → %s', (label, key, year, from, to) => {
    const m = read(appended(general([gRow()]), [label], [''], [['']]));
    expect(m.header.realisations.map((p) => [p.key, p.year, p.from, p.to, p.measure])).toEqual([[key, year, from, to, 'realisasi']]);
    expect(m.header.extras).toEqual([]);
  });

  test('Realisasi Tahun 2023: the whole plan year', () => {
    const m = read(appended(general([gRow()]), ['Realisasi Tahun 2023'], [''], [['']]));
    expect(realisations(m)).toEqual([['realisasi_tahun2023', 'tahun2023', 2023, 1, 4, true]]);
  });

  test('a lone Realisasi that names no period is no realisation column', () => {
    const grid = appended(general([gRow()]), ['Realisasi'], [''], [['1']]);
    expect(read(grid).header.realisations).toEqual([]);
    expect(findings(grid).map((f) => [f.code, f.cell])).toEqual([['extra-label', 'Q2']]);
  });
});

describe('LAMPIRAN I: Realisasi over TW I … TW IV (RB Tematik)', () => {
  const stages = ['Draft', 'Draft', 'Naskah final', 'Perbaikan'];

  test('TW I … TW IV get realisasi_tw1 … realisasi_tw4, slots of the 2023 targets', () => {
    const grid = appended(tematik([tRow()]), ['Realisasi', '', '', '', ''], ['TW I', 'TW II', 'TW III', 'TW IV', 'TW I-III'], [[...stages, '']]);
    const m = read(grid);
    const quarters = m.header.realisations.filter((p) => p.from === p.to);
    expect(quarters.map((p) => [p.key, p.slot, p.year, p.index])).toEqual([
      ['realisasi_tw1', 'tw1', 2023, 17],
      ['realisasi_tw2', 'tw2', 2023, 18],
      ['realisasi_tw3', 'tw3', 2023, 19],
      ['realisasi_tw4', 'tw4', 2023, 20],
    ]);
    expect(quarters.map((p) => p.slot)).toEqual(m.header.periods.slice(0, 4).map((p) => p.key));
    expect(m.header.realisations).toHaveLength(5);
    expect(m.header.realisations.map((p) => p.index).sort()).toEqual([17, 18, 19, 20, 21]);
    expect(m.header.extras).toEqual([]);
    expect(m.outputs[0].realisations.filter((v) => v.kind === 'ordinal').map((v) => (v.kind === 'ordinal' ? v.label : ''))).toEqual(stages);
  });

  test('merged like the xlsx, the same quarters', () => {
    const grid = appended(tematik([tRow()], { merges: [{ top: 1, left: 17, bottom: 1, right: 20 }] }), ['Realisasi', '', '', ''], ['TW I', 'TW II', 'TW III', 'TW IV'], [stages]);
    const m = read(grid);
    expect(realisations(m)).toEqual([
      ['realisasi_tw1', 'tw1', 2023, 1, 1, false],
      ['realisasi_tw2', 'tw2', 2023, 2, 2, false],
      ['realisasi_tw3', 'tw3', 2023, 3, 3, false],
      ['realisasi_tw4', 'tw4', 2023, 4, 4, false],
    ]);
    expect(findings(grid)).toEqual([]);
  });

  test('Realisasi 2023 over TW I … TW IV and Realisasi 2024 over TW I-III: the 2024 range keeps its year', () => {
    const grid = appended(tematik([tRow()]), ['Realisasi 2023', '', '', '', 'Realisasi 2024'], ['TW I', 'TW II', 'TW III', 'TW IV', 'TW I-III'], [[...stages, 'Mon ev']]);
    const m = read(grid);
    expect(realisations(m)).toEqual([
      ['realisasi_tw1', 'tw1', 2023, 1, 1, false],
      ['realisasi_tw2', 'tw2', 2023, 2, 2, false],
      ['realisasi_tw3', 'tw3', 2023, 3, 3, false],
      ['realisasi_tw4', 'tw4', 2023, 4, 4, false],
      ['realisasi_tw1-3_2024', 'tw1-3_2024', 2024, 1, 3, false],
    ]);
    expect(m.header.realisations.map((p) => p.slot)).toEqual(m.header.periods.map((p) => p.key));
    expect(findings(grid)).toEqual([]);
  });
});

describe('bare I … IV under Realisasi Triwulan', () => {
  test('roman numerals', () => {
    const grid = appended(general([gRow()]), ['Realisasi Triwulan', '', '', ''], ['I', 'II', 'III', 'IV'], [[1, '', '', '']]);
    const m = read(grid);
    expect(realisations(m)).toEqual([
      ['realisasi_tw1', 'tw1', 2023, 1, 1, false],
      ['realisasi_tw2', 'tw2', 2023, 2, 2, false],
      ['realisasi_tw3', 'tw3', 2023, 3, 3, false],
      ['realisasi_tw4', 'tw4', 2023, 4, 4, false],
    ]);
    expect(m.header.realisations.map((p) => p.label)).toEqual(['I', 'II', 'III', 'IV']);
    expect(findings(grid)).toEqual([]);
  });

  test('digits, and a year in the parent', () => {
    const digits = read(appended(general([gRow()]), ['Realisasi Triwulan', '', '', ''], ['1', '2', '3', '4'], [['', '', '', '']]));
    expect(digits.header.realisations.map((p) => p.key)).toEqual(['realisasi_tw1', 'realisasi_tw2', 'realisasi_tw3', 'realisasi_tw4']);
    const later = read(appended(general([gRow()]), ['Realisasi Triwulan 2024', ''], ['I', 'II'], [['', '']]));
    expect(realisations(later)).toEqual([
      ['realisasi_tw1_2024', 'tw1_2024', 2024, 1, 1, false],
      ['realisasi_tw2_2024', 'tw2_2024', 2024, 2, 2, false],
    ]);
  });

  test('bare I and II under a plain Realisasi parent', () => {
    const m = read(appended(general([gRow()]), ['Realisasi', ''], ['I', 'II'], [['', '']]));
    expect(m.header.realisations.map((p) => p.key)).toEqual(['realisasi_tw1', 'realisasi_tw2']);
    expect(m.header.extras).toEqual([]);
  });
});

describe('indicator tables', () => {
  test('Indikator | Baseline Tahun 2022 | Target Tahun 2023 | Realisasi 2023 → realisasi_2023', () => {
    const grid: Grid = {
      sheetName: 'Tabel 4',
      values: [['Tabel 4. Indikator Kinerja'], ['Indikator', 'Baseline Tahun 2022', 'Target Tahun 2023', 'Realisasi 2023'], ['Indeks RB', '70', '75', '76,5']],
    };
    const m = read(grid);
    expect(m.kind).toBe('indikator');
    expect(m.header.periods.map((p) => [p.key, p.slot, p.year, p.measure])).toEqual([
      ['baseline2022', '2022', 2022, 'baseline'],
      ['target2023', '2023', 2023, 'target'],
    ]);
    expect(m.header.realisations.map((p) => [p.key, p.slot, p.year, p.from, p.to, p.wholeYear, p.measure, p.index])).toEqual([['realisasi_2023', '2023', 2023, 1, 4, true, 'realisasi', 3]]);
    expect(m.outputs[0].realisations).toEqual([{ kind: 'number', value: 76.5, percent: false }]);
    const { report } = validateGrid(grid);
    expect(report.findings).toEqual([]);
    expect(report.header?.columns).toEqual({ indikator: 'A', baseline2022: 'B', target2023: 'C', realisasi_2023: 'D' });
  });

  test('Realisasi Tahun 2024 beside a Target Tahun 2024', () => {
    const grid: Grid = {
      sheetName: 'Tabel 4',
      values: [['No.', 'Indikator', 'Target Tahun 2023', 'Target Tahun 2024', 'Realisasi 2023', 'Realisasi Tahun 2024'], [1, 'Indeks RB', '75', '80', '76,5', '']],
    };
    const m = read(grid);
    expect(m.header.realisations.map((p) => [p.key, p.slot, p.label])).toEqual([
      ['realisasi_2023', '2023', 'Realisasi 2023'],
      ['realisasi_2024', '2024', 'Realisasi Tahun 2024'],
    ]);
    expect(m.header.realisations.map((p) => p.slot)).toEqual(m.header.periods.map((p) => p.slot));
  });
});

describe('realisation columns never produce extra-label', () => {
  test.each<[string, CellValue[], CellValue[]]>([
    ['Realisasi › TW 1…TW 4', ['Realisasi', '', '', ''], ['TW 1', 'TW 2', 'TW 3', 'TW 4']],
    ['Realisasi › Tahun 2024', ['Realisasi'], ['Tahun 2024']],
    ['Realisasi TW 1 (one label)', ['Realisasi TW 1'], ['']],
    ['Realisasi Triwulan › I…IV', ['Realisasi Triwulan', '', '', ''], ['I', 'II', 'III', 'IV']],
    ['Realisasi 2023 › TW 1', ['Realisasi 2023', ''], ['TW 1', 'TW 2']],
  ])('%s', (_name, top, bottom) => {
    const grid = appended(general([gRow()]), top, bottom, [top.map(() => '')]);
    const m = read(grid);
    expect(m.header.extras).toEqual([]);
    expect(m.header.realisations).toHaveLength(bottom.length);
    expect(findings(grid).filter((f) => f.code === 'extra-label')).toEqual([]);
  });
});

describe('monitoring columns', () => {
  test.each<[string, string]>([
    ['Polaritas', 'polaritas'],
    ['Polaritas Indikator', 'polaritas'],
    ['Sifat Target', 'agregasi'],
    ['Agregasi', 'agregasi'],
    ['Kendala', 'kendala'],
    ['Hambatan', 'kendala'],
    ['Kendala/Hambatan', 'kendala'],
    ['Tindak Lanjut', 'tindakLanjut'],
    ['RTL', 'tindakLanjut'],
    ['Rencana Tindak Lanjut', 'tindakLanjut'],
    ['Bukti Dukung', 'buktiDukung'],
    ['Data Dukung', 'buktiDukung'],
  ])('%p → %s', (label, key) => {
    const grid = appended(general([gRow()]), [label], [''], [['']]);
    const m = read(grid);
    expect(m.header.keyIndex.get(key as ColumnKey)).toBe(16);
    expect(m.header.extras).toEqual([]);
    expect(validateGrid(grid).report.header?.columns[key]).toBe('Q');
    expect(findings(grid)).toEqual([]);
  });

  test('all five beside the realisations, in RB Tematik too', () => {
    const top = ['Realisasi', '', 'Polaritas', 'Agregasi', 'Kendala', 'Tindak Lanjut', 'Bukti Dukung'];
    const grid = appended(tematik([tRow()]), top, ['TW I', 'TW II', '', '', '', '', ''], [['Draft', 'Draft', 'Positif', 'Nilai Akhir', '', '', 'https://drive.example.go.id/rb']]);
    const { report } = validateGrid(grid);
    expect(report.findings).toEqual([]);
    expect(report.header?.columns).toMatchObject({ realisasi_tw1: 'R', realisasi_tw2: 'S', polaritas: 'T', agregasi: 'U', kendala: 'V', tindakLanjut: 'W', buktiDukung: 'X' });
  });

  test('a Polaritas outside the list is an invalid-choice', () => {
    const f = findings(appended(general([gRow()]), ['Polaritas'], [''], [['Naik']]));
    expect(f.map((x) => [x.code, x.cell, x.row, x.columnKey, x.severity])).toEqual([['invalid-choice', 'Q4', 4, 'polaritas', 'warning']]);
    expect(f[0].params).toEqual({ value: 'Naik', column: 'Polaritas', choices: 'Positif / Negatif' });
    expect(f[0].fix).toBeUndefined();
  });

  test('negatif in lower case is a non-canonical-value fixed to Negatif', () => {
    const f = findings(appended(general([gRow()]), ['Polaritas'], [''], [['negatif']]));
    expect(f.map((x) => [x.code, x.cell, x.columnKey, x.severity])).toEqual([['non-canonical-value', 'Q4', 'polaritas', 'info']]);
    expect(f[0].params).toEqual({ value: 'negatif', canonical: 'Negatif' });
    expect(f[0].fix?.edits).toEqual([{ cell: 'Q4', row: 4, columnNumber: 17, value: 'Negatif' }]);
  });

  test('Agregasi: an unknown value and a lower-case one', () => {
    const grid = appended(general([gRow(), gRow({ rencanaAksi: 'Aksi kedua' })]), ['Sifat Target'], [''], [['Bertahap'], ['nilai akhir']]);
    const f = findings(grid);
    expect(f.map((x) => [x.code, x.cell, x.columnKey])).toEqual([
      ['invalid-choice', 'Q4', 'agregasi'],
      ['non-canonical-value', 'Q5', 'agregasi'],
    ]);
    expect(f[0].params).toEqual({ value: 'Bertahap', column: 'Agregasi', choices: 'Kumulatif / Jumlah / Nilai Akhir / Rata-rata' });
    expect(f[1].fix?.edits).toEqual([{ cell: 'Q5', row: 5, columnNumber: 17, value: 'Nilai Akhir' }]);
  });

  test('canonical values and blanks are clean', () => {
    const grid = appended(
      general([gRow(), gRow({ rencanaAksi: 'Aksi kedua' }), gRow({ rencanaAksi: 'Aksi ketiga' })]),
      ['Polaritas', 'Agregasi'],
      ['', ''],
      [
        ['Positif', 'Kumulatif'],
        ['Negatif', 'Rata-rata'],
        ['', ''],
      ],
    );
    expect(findings(grid)).toEqual([]);
  });

  test('the CSV and merged forms report the same findings', () => {
    const build = (merges?: MergedArea[]) =>
      appended(general([gRow({ tw2: 1, total: 2 })], merges ? { merges } : {}), ['Realisasi', '', 'Polaritas'], ['TW 1', 'TW 2', ''], [[1, '1 %', 'negatif']]);
    const csv = findings(build());
    expect(csv.map((f) => [f.code, f.cell])).toEqual([
      ['non-canonical-value', 'R4'],
      ['non-canonical-value', 'S4'],
    ]);
    expect(findings(build([{ top: 1, left: 16, bottom: 1, right: 17 }]))).toEqual(csv);
  });
});

describe('regressions found in review', () => {
  test('LAMPIRAN I: TW I-III under a plain Realisasi parent takes the year of its target (2024)', () => {
    const grid = appended(tematik([tRow()]), ['Realisasi', '', '', '', ''], ['TW I', 'TW II', 'TW III', 'TW IV', 'TW I-III'], [['Draft', 'Draft', '', '', 'Mon ev']]);
    const m = read(grid);
    expect(realisations(m).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['realisasi_tw1', 'tw1', 2023],
      ['realisasi_tw2', 'tw2', 2023],
      ['realisasi_tw3', 'tw3', 2023],
      ['realisasi_tw4', 'tw4', 2023],
      ['realisasi_tw1-3_2024', 'tw1-3_2024', 2024],
    ]);
    expect(findings(grid).filter((f) => f.code === 'realisation-without-target')).toEqual([]);
  });

  test('Realisasi 2023 as a single label is the whole-year realisation, compared with the Total', () => {
    const grid = appended(general([gRow()]), ['Realisasi 2023'], [''], [[1]]);
    const m = read(grid);
    expect(realisations(m)).toEqual([['realisasi_tahun2023', 'tahun2023', 2023, 1, 4, true]]);
    expect(findings(grid)).toEqual([]);
  });

  test('Capaian 2023 in an indicator table is not read as a realisation', () => {
    const grid: Grid = { sheetName: 'Tabel 4', values: [['No.', 'Indikator', 'Target Tahun 2023', 'Realisasi 2023', 'Capaian 2023'], [1, 'Indeks RB', '72', '73', '101%']] };
    expect(read(grid).header.realisations.map((p) => p.key)).toEqual(['realisasi_2023']);
    expect(findings(grid).map((f) => [f.code, f.cell])).toEqual([['extra-label', 'E1']]);
  });
});
