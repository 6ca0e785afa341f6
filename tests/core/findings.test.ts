/**
 * Every finding code of the catalogue, each produced by a small hand-made grid at an exact cell,
 * with a clean counterpart. Data rows of the RB General helper start at sheet row 4 (title, two header rows).
 */
import { CATALOGUE, FINDING_CODES, validateGrid, type CellValue, type Finding, type FindingCode, type Grid } from '../../core';
import { cellTextLimit } from '../../core/plan/cellText';
import { applyFix, CLEAN_GENERAL, G, GENERAL_H1, GENERAL_H2, general, gNext, gRow, TITLE, tematik, tRow, T } from './helpers';

function findings(grid: Grid, lang: 'id' | 'en' = 'id'): Finding[] {
  return validateGrid(grid, { lang }).report.findings;
}

function only(grid: Grid, code: FindingCode): Finding[] {
  return findings(grid).filter((f) => f.code === code);
}

/** Findings of severity error or warning. */
function problems(grid: Grid): Finding[] {
  return findings(grid).filter((f) => f.severity !== 'info');
}

function expectAt(f: Finding | undefined, cell: string, row: number, columnKey: string, severity = f ? CATALOGUE[f.code].severity : 'error') {
  expect(f).toBeDefined();
  expect({ cell: f!.cell, row: f!.row, columnKey: f!.columnKey, severity: f!.severity }).toEqual({ cell, row, columnKey, severity });
}

/** Codes each describe block covers, checked against the catalogue at the end. */
const covered = new Set<FindingCode>();

describe('clean grids', () => {
  test('a clean RB General matrix has no findings at all', () => {
    const grid = general([gRow(), gNext({ satuan: 'Persentase', indikator: 'Pegawai terlatih', tw1: '50%', tw4: '100%', total: '100%', keterangan: 'Rutin' })]);
    const { report } = validateGrid(grid);
    expect(report.findings).toEqual([]);
    expect(report.kind).toBe('rb-general');
    expect(report.header?.rows).toEqual([2, 3]);
    expect(report.counts).toEqual({ kegiatan: 1, rencanaAksi: 2, outputs: 2, errors: 0, warnings: 0, infos: 0 });
    expect(report.titles).toEqual(TITLE);
  });

  test('a clean RB Tematik matrix has no findings at all', () => {
    const { report } = validateGrid(tematik([tRow(), tRow({ permasalahan: '', sasaran: '', indikatorSasaran: '', targetSasaran: '', rencanaAksi: '', satuan: 'Panduan teknis', indikator: 'Panduan teknis', tw1: '', tw2: '', koordinator: '', timSquad: '' })]));
    expect(report.findings).toEqual([]);
    expect(report.kind).toBe('rb-tematik');
    expect(report.header?.columns).toMatchObject({ satuan: 'F', total: 'M', koordinator: 'P', timSquad: 'Q' });
    expect(report.counts.outputs).toBe(2);
  });
});

describe('header-not-found', () => {
  beforeAll(() => covered.add('header-not-found'));

  test('a sheet with no matrix header', () => {
    const { report, matrix } = validateGrid({ sheetName: 'Catatan', values: [['Daftar hadir'], ['Nama', 'Jabatan'], ['Ani', 'Analis']] });
    expect(matrix).toBeUndefined();
    expect(report.kind).toBeNull();
    expect(report.findings).toHaveLength(1);
    // Issue 12, point 7: the finding stands on the row taken as the likeliest header and says what it holds.
    expectAt(report.findings[0], 'A2', 2, '', 'error');
    expect(report.findings[0].code).toBe('header-not-found');
    expect(report.findings[0].params).toEqual({ sheet: 'Catatan', rows: '2', recognised: '–', unrecognised: 'Nama, Jabatan' });
    expect(report.findings[0].message).toContain('Catatan');
    expect(report.findings[0].message).toContain('--columns');
    expect(report.counts.errors).toBe(1);
  });

  test('an empty grid, shifted by topLeft', () => {
    const f = findings({ sheetName: 'Kosong', values: [], topLeft: 'C5' });
    expect(f.map((x) => [x.code, x.variant])).toEqual([['header-not-found', 'empty']]);
    expectAt(f[0], 'C5', 5, '', 'error');
  });

  test('a two-row header of an unknown table: which labels were recognised, which not', () => {
    const f = findings({ sheetName: 'Rekap', values: [['Unit', 'Realisasi', ''], ['', 'TW 1', 'TW 2'], ['Biro Umum', 1, 2]] }, 'en');
    expect(f.map((x) => x.code)).toEqual(['header-not-found']);
    expectAt(f[0], 'A1', 1, '', 'error');
    expect(f[0].params).toEqual({ sheet: 'Rekap', rows: '1–2', recognised: 'TW 1, TW 2', unrecognised: 'Unit' });
    expect(f[0].message).toMatch(/Rows 1–2 look most like a header; recognised: TW 1, TW 2; not recognised: Unit\. Map the columns by hand/);
  });
});

describe('missing-label', () => {
  beforeAll(() => covered.add('missing-label'));

  test('no Koordinator column', () => {
    const h2 = GENERAL_H2.map((v) => (v === 'Koordinator' ? '' : v));
    const grid: Grid = { sheetName: 'S', values: [TITLE, GENERAL_H1, h2, gRow({ koordinator: '' })] };
    const f = only(grid, 'missing-label');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'A2', 2, 'koordinator', 'error');
    expect(f[0].params).toMatchObject({ label: 'Koordinator', rows: '2–3', unrecognised: 'Unit/Satuan Kerja Pelaksana' });
    expect(f[0].params.recognised).toMatch(/^Kegiatan Utama, Indikator Kegiatan Utama, /);
    // Not a missing value too: the column is not there to be blank.
    expect(only(grid, 'missing-value')).toEqual([]);
  });

  test('no period columns at all (variant periods)', () => {
    const h2 = GENERAL_H2.map((v, i) => (i >= G.tw1 && i <= G.tahun2024 ? '' : v));
    const grid: Grid = { sheetName: 'S', values: [TITLE, GENERAL_H1, h2, gRow()] };
    const f = only(grid, 'missing-label');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'A2', 2, 'periode', 'error');
    expect(f[0].variant).toBe('periods');
    expect(f[0].message).toMatch(/TW 1/);
  });

  test('clean: the full header has no missing-label', () => {
    expect(only(general([gRow()]), 'missing-label')).toEqual([]);
  });
});

describe('extra-label', () => {
  beforeAll(() => covered.add('extra-label'));

  test('an unknown column after Keterangan is reported at its label cell and kept', () => {
    const h1 = [...GENERAL_H1, 'Catatan Auditor'];
    const h2 = [...GENERAL_H2, ''];
    const grid: Grid = { sheetName: 'S', values: [TITLE, h1, h2, [...gRow(), 'apa saja']] };
    const f = findings(grid);
    expect(f).toHaveLength(1);
    expect(f[0].code).toBe('extra-label');
    expectAt(f[0], 'Q2', 2, '', 'info');
    expect(f[0].params).toEqual({ label: 'Catatan Auditor' });
  });

  test('an unknown label in the lower header row is reported on the lower row', () => {
    const h1 = [...GENERAL_H1, ''];
    const h2 = [...GENERAL_H2, 'Lampiran Bukti'];
    const f = only({ sheetName: 'S', values: [TITLE, h1, h2, [...gRow(), 'x']] }, 'extra-label');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'Q3', 3, '', 'info');
  });
});

describe('duplicate-label', () => {
  beforeAll(() => covered.add('duplicate-label'));

  test('a second Koordinator column', () => {
    const h1 = [...GENERAL_H1, ''];
    const h2 = [...GENERAL_H2, 'Koordinator'];
    const grid: Grid = { sheetName: 'S', values: [TITLE, h1, h2, [...gRow(), 'Biro Lain']] };
    const f = findings(grid);
    expect(f).toHaveLength(1);
    expect(f[0].code).toBe('duplicate-label');
    expectAt(f[0], 'Q3', 3, 'koordinator', 'error');
    expect(f[0].params).toEqual({ label: 'Koordinator', first: 'N' });
  });

  test('a second TW 2 column', () => {
    const h1 = [...GENERAL_H1, ''];
    const h2 = [...GENERAL_H2, 'TW 2'];
    const f = only({ sheetName: 'S', values: [TITLE, h1, h2, [...gRow(), '']] }, 'duplicate-label');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'Q3', 3, 'tw2', 'error');
    expect(f[0].params.first).toBe('H');
  });
});

describe('repeated-header', () => {
  beforeAll(() => covered.add('repeated-header'));

  test('a page-break copy of both header rows is reported and skipped', () => {
    const grid = general([gRow(), GENERAL_H1, GENERAL_H2, gNext()]);
    const { report } = validateGrid(grid);
    expect(report.findings.map((f) => f.code)).toEqual(['repeated-header', 'repeated-header']);
    expectAt(report.findings[0], 'A5', 5, '', 'info');
    expectAt(report.findings[1], 'A6', 6, '', 'info');
    expect(report.counts.outputs).toBe(2);
  });
});

describe('blank-row', () => {
  beforeAll(() => covered.add('blank-row'));

  test('a blank row between outputs is reported; trailing blank rows are not', () => {
    const blank = new Array(16).fill('');
    const grid = general([gRow(), blank, gNext(), blank, [null, '  '], []]);
    const f = findings(grid);
    expect(f.map((x) => x.code)).toEqual(['blank-row']);
    expectAt(f[0], 'A5', 5, '', 'info');
  });

  test('clean: only trailing blank rows', () => {
    expect(findings(general([gRow(), gNext(), [], new Array(16).fill(null)]))).toEqual([]);
  });
});

describe('fragment-row', () => {
  beforeAll(() => covered.add('fragment-row'));

  test('the tail of an output text on the next row, joined by the fix', () => {
    const fragment: CellValue[] = new Array(16).fill('');
    fragment[G.indikator] = 'berdasarkan analisis kelembagaan';
    const grid = general([gRow(), fragment, gNext()]);
    const f = findings(grid);
    expect(f.map((x) => x.code)).toEqual(['fragment-row']);
    expectAt(f[0], 'F5', 5, '', 'warning');
    expect(f[0].params).toEqual({ previous: 4 });
    expect(f[0].fix?.edits).toEqual([
      { cell: 'F4', row: 4, columnNumber: 6, value: 'Konsep hasil reviu proses bisnis berdasarkan analisis kelembagaan' },
      { cell: 'F5', row: 5, columnNumber: 6, value: null },
    ]);
    expect(validateGrid(grid).report.counts.outputs).toBe(2);

    const fixed = applyFix(grid, f[0]);
    expect(fixed.values[3][G.indikator]).toBe('Konsep hasil reviu proses bisnis berdasarkan analisis kelembagaan');
    expect(fixed.values[4][G.indikator]).toBeNull();
    // The emptied row is now a blank row inside the matrix: informative only, no fragment left.
    const after = findings(fixed);
    expect(after.filter((x) => x.code === 'fragment-row')).toEqual([]);
    expect(after.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  test('a fragment of a group cell is joined into the row that holds the group value', () => {
    const fragment: CellValue[] = new Array(16).fill('');
    fragment[G.rencanaAksi] = 'dan tata laksana';
    fragment[G.koordinator] = 'dan Organisasi';
    // Row 4 holds the Rencana Aksi, row 5 continues it (blank group cells), row 6 is the fragment.
    const grid = general([gRow({ rencanaAksi: 'Menyusun peta proses bisnis' }), gNext({ rencanaAksi: '', indikator: 'Output kedua', koordinator: 'Biro Perencanaan' }), fragment]);
    const f = only(grid, 'fragment-row');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'D6', 6, '', 'warning');
    expect(f[0].params.previous).toBe(5);
    expect(f[0].fix?.edits).toEqual([
      { cell: 'D4', row: 4, columnNumber: 4, value: 'Menyusun peta proses bisnis dan tata laksana' },
      { cell: 'D6', row: 6, columnNumber: 4, value: null },
      { cell: 'N5', row: 5, columnNumber: 14, value: 'Biro Perencanaan dan Organisasi' },
      { cell: 'N6', row: 6, columnNumber: 14, value: null },
    ]);
    const after = findings(applyFix(grid, f[0]));
    expect(after).toEqual([]); // trailing blank row: not reported
  });

  test('consecutive fragments chain their text; applying every fix clears them all', () => {
    const f1: CellValue[] = new Array(16).fill('');
    f1[G.indikator] = 'berdasarkan analisis';
    const f2: CellValue[] = new Array(16).fill('');
    f2[G.indikator] = 'kelembagaan';
    const grid = general([gRow(), f1, f2, gNext()]);
    const f = only(grid, 'fragment-row');
    expect(f.map((x) => [x.cell, x.params.previous])).toEqual([
      ['F5', 4],
      ['F6', 4],
    ]);
    expect(f[1].fix?.edits[0]).toEqual({ cell: 'F4', row: 4, columnNumber: 6, value: 'Konsep hasil reviu proses bisnis berdasarkan analisis kelembagaan' });
    const fixed = f.reduce(applyFix, grid);
    expect(fixed.values[3][G.indikator]).toBe('Konsep hasil reviu proses bisnis berdasarkan analisis kelembagaan');
    expect(findings(fixed).filter((x) => x.severity !== 'info')).toEqual([]);
  });

  test('the tail of a merged per-action cell is joined into the merged cell, not the covered one', () => {
    // RB Tematik: Koordinator P4:P5 merged over the two outputs of one action; its tail spills into P6.
    const fragment: CellValue[] = new Array(17).fill('');
    fragment[T.koordinator] = 'dan Organisasi';
    const second = tRow({ permasalahan: '', sasaran: '', indikatorSasaran: '', targetSasaran: '', rencanaAksi: '', satuan: 'Panduan', indikator: 'Panduan', koordinator: '', timSquad: '' });
    for (const merges of [[{ top: 3, left: T.koordinator, bottom: 4, right: T.koordinator }], undefined]) {
      const grid = tematik([tRow(), second, fragment], merges ? { merges } : {});
      const f = only(grid, 'fragment-row');
      expect(f).toHaveLength(1);
      expectAt(f[0], 'P6', 6, '', 'warning');
      expect(f[0].fix?.edits).toEqual([
        { cell: 'P4', row: 4, columnNumber: 16, value: 'Direktorat Jabatan ASN dan Organisasi' },
        { cell: 'P6', row: 6, columnNumber: 16, value: null },
      ]);
      const fixed = applyFix(grid, f[0]);
      const { report, matrix } = validateGrid(fixed);
      expect(report.findings).toEqual([]);
      expect(matrix!.rows.filter((r) => r.kind === 'output').map((r) => r.values[T.koordinator])).toEqual(['Direktorat Jabatan ASN dan Organisasi', 'Direktorat Jabatan ASN dan Organisasi']);
    }
  });

  test('after a repeated header, a row without values continues the last output', () => {
    const fragment: CellValue[] = new Array(16).fill('');
    fragment[G.indikator] = 'Berdasarkan Sistem Kerja Baru'; // capitalised: only the page break marks it
    const grid = general([gRow(), GENERAL_H1, GENERAL_H2, fragment, gNext()]);
    const f = only(grid, 'fragment-row');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'F7', 7, '', 'warning');
    expect(f[0].fix?.edits[0]).toEqual({ cell: 'F4', row: 4, columnNumber: 6, value: 'Konsep hasil reviu proses bisnis Berdasarkan Sistem Kerja Baru' });
    expect(only(applyFix(grid, f[0]), 'fragment-row')).toEqual([]);
  });
});

describe('missing-value', () => {
  beforeAll(() => covered.add('missing-value'));

  test('blank Koordinator', () => {
    const f = findings(general([gRow(), gNext({ koordinator: '' })]));
    expect(f.map((x) => x.code)).toEqual(['missing-value']);
    expectAt(f[0], 'N5', 5, 'koordinator', 'error');
    expect(f[0].params).toEqual({ column: 'Koordinator' });
    expect(f[0].message).toBe('Koordinator kosong.');
  });

  test('blank Satuan', () => {
    const f = findings(general([gRow({ satuan: null })]));
    expect(f.map((x) => x.code)).toEqual(['missing-value']);
    expectAt(f[0], 'E4', 4, 'satuan', 'error');
    expect(findings(general([gRow({ satuan: null })]), 'en')[0].message).toBe('Unit is blank.');
  });

  test('blank Kegiatan Utama on the first output (nothing to fill down from)', () => {
    const f = only(general([gRow({ kegiatanUtama: '' })]), 'missing-value');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'A4', 4, 'kegiatanUtama', 'error');
  });

  test('clean: group cells left blank below are filled down', () => {
    expect(only(general([gRow(), gNext({ rencanaAksi: '' }), gNext({ rencanaAksi: '' })]), 'missing-value')).toEqual([]);
  });
});

describe('type-error', () => {
  beforeAll(() => covered.add('type-error'));

  test('text that is no target in TW 2', () => {
    const f = findings(general([gRow({ tw1: '', tw2: 'segera', total: '' })]));
    expect(f.map((x) => x.code)).toEqual(['type-error']);
    expectAt(f[0], 'H4', 4, 'tw2', 'error');
    expect(f[0].params).toEqual({ value: 'segera', column: 'Target TW 2 (Target Penyelesaian)' });
  });

  test('a boolean and a date in the period cells, and junk in Total', () => {
    const f = only(general([gRow({ tw1: true, tw3: new Date('2023-09-30'), total: 'satu' })]), 'type-error');
    expect(f.map((x) => [x.cell, x.columnKey])).toEqual([
      ['G4', 'tw1'],
      ['I4', 'tw3'],
      ['L4', 'total'],
    ]);
    expect(f[1].params.value).toBe('2023-09-30');
    expect(f[1].variant).toBe('date');
    expect(f[1].message).toBe('Target TW 3 (Target Penyelesaian) berisi tanggal (2023-09-30), bukan target atau realisasi; tulis angka, persentase, predikat, opini, atau tahapannya.');
    expect(f[0].variant).toBeUndefined();
  });

  test.each(['30/06/2023', '30-6-23', '2023-06-30', '30.06.2023'])('a date typed as text (%s) is a date, not a target (issue 15, item 9)', (typed) => {
    const f = only(general([gRow({ tw1: '', tw2: typed, total: '' })]), 'type-error');
    expect(f.map((x) => [x.cell, x.variant, x.params.value])).toEqual([['H4', 'date', typed]]);
  });
});

describe('non-canonical-value', () => {
  beforeAll(() => covered.add('non-canonical-value'));

  test.each([
    ['100 %', 'tw1', 'G4', '100%'],
    ['rutin', 'keterangan', 'P4', 'Rutin'],
  ] as const)('%j in %s is written canonically', (value, key, cell, canonical) => {
    const overrides = key === 'tw1' ? { satuan: 'Persentase', tw1: value, total: '100%' } : { keterangan: value };
    const grid = general([gRow(overrides)]);
    const f = findings(grid);
    expect(f.map((x) => x.code)).toEqual(['non-canonical-value']);
    expectAt(f[0], cell, 4, key, 'info');
    expect(f[0].params).toEqual({ value, canonical });
    expect(f[0].fix?.edits).toEqual([{ cell, row: 4, columnNumber: G[key] + 1, value: canonical }]);
    expect(findings(applyFix(grid, f[0]))).toEqual([]);
  });

  test('Presentase is written Persentase', () => {
    const grid = general([gRow({ satuan: 'Presentase', tw1: '80%', total: '80%' })]);
    const f = findings(grid);
    expect(f.map((x) => x.code)).toEqual(['non-canonical-value']);
    expectAt(f[0], 'E4', 4, 'satuan', 'info');
    expect(f[0].fix?.edits[0].value).toBe('Persentase');
    expect(f[0].message).toBe('“Presentase” sebaiknya ditulis “Persentase”.');
    expect(findings(applyFix(grid, f[0]))).toEqual([]);
  });

  test('wtp in Total and TW 4', () => {
    const grid = general([gRow({ satuan: 'Opini', tw1: '', tw4: 'wtp', total: 'wtp' })]);
    const f = findings(grid);
    expect(f.map((x) => [x.code, x.cell])).toEqual([
      ['non-canonical-value', 'J4'],
      ['non-canonical-value', 'L4'],
    ]);
    let fixed = grid;
    for (const x of f) fixed = applyFix(fixed, x);
    expect(findings(fixed)).toEqual([]);
  });

  test('clean: canonical spellings and the Monev twin are not reported', () => {
    const grid = tematik([tRow({ tw13: 'Monev' })]);
    expect(findings(grid)).toEqual([]);
  });
});

describe('invalid-choice', () => {
  beforeAll(() => covered.add('invalid-choice'));

  test('Keterangan outside Rutin / Penguatan', () => {
    const f = findings(general([gRow({ keterangan: 'Prioritas' }), gNext({ keterangan: 'Rutin' })]));
    expect(f.map((x) => x.code)).toEqual(['invalid-choice']);
    expectAt(f[0], 'P4', 4, 'keterangan', 'warning');
    expect(f[0].params).toEqual({ value: 'Prioritas', column: 'Keterangan', choices: 'Rutin / Penguatan' });
  });

  test('a Keterangan of free remarks (most cells no choice) is not a choice column', () => {
    const remarks = general([gRow({ keterangan: 'Prioritas' }), gNext({ keterangan: 'Lanjutan 2025' }), gNext({ keterangan: 'Rutin' })]);
    expect(only(remarks, 'invalid-choice')).toEqual([]);
  });

  test('Jenis kegiatan aksi in RB Tematik', () => {
    const f = findings(tematik([tRow({ jenisKegiatan: 'Langsung' })]));
    expect(f.map((x) => x.code)).toEqual(['invalid-choice']);
    expectAt(f[0], 'N4', 4, 'jenisKegiatan', 'warning');
  });

  test('clean: a blank Keterangan is allowed', () => {
    expect(findings(general([gRow({ keterangan: '' })]))).toEqual([]);
  });
});

describe('total-mismatch', () => {
  beforeAll(() => covered.add('total-mismatch'));

  test('Total equal to the sum of the periods is fine', () => {
    expect(findings(general([gRow({ tw1: 1, tw2: 1, tw3: '1', total: 3 })]))).toEqual([]);
  });

  test('Total equal to the last period is fine', () => {
    expect(findings(general([gRow({ satuan: 'Persentase', tw1: '50%', tw2: '75%', tw4: '100%', total: '100%' })]))).toEqual([]);
    expect(findings(general([gRow({ satuan: 'Nilai', tw1: 80, tahun2024: 85, total: 85 })]))).toEqual([]);
  });

  test('neither sum nor last is an error', () => {
    const f = findings(general([gRow({ tw1: 1, tw2: 2, total: 5 })]));
    expect(f.map((x) => x.code)).toEqual(['total-mismatch']);
    expectAt(f[0], 'L4', 4, 'total', 'error');
    expect(f[0].params).toEqual({ sum: '3', last: '2', total: '5' });
    expect(f[0].fix).toBeUndefined();
  });

  test('decimals are written per language', () => {
    const grid = general([gRow({ satuan: 'Nilai', tw1: '3,7', tw2: 4.25, total: '9,5' })]);
    expect(findings(grid)[0].params).toEqual({ sum: '7,95', last: '4,25', total: '9,5' });
    expect(findings(grid, 'en')[0].params).toEqual({ sum: '7.95', last: '4.25', total: '9.5' });
  });

  test('a blank Total with a single period target: the fix copies it', () => {
    const grid = general([gRow({ tw1: '', tw3: 2, total: '' })]);
    const f = findings(grid);
    expect(f.map((x) => x.code)).toEqual(['total-mismatch']);
    expectAt(f[0], 'L4', 4, 'total', 'error');
    expect(f[0].variant).toBe('blank');
    expect(f[0].fix?.edits).toEqual([{ cell: 'L4', row: 4, columnNumber: 12, value: 2 }]);
    expect(findings(applyFix(grid, f[0]))).toEqual([]);
  });

  test('a blank Total with a percentage: the fix copies the cell as written', () => {
    const grid = general([gRow({ satuan: 'Persentase', tw1: '', tw4: '100%', total: '' })]);
    const f = findings(grid);
    expect(f.map((x) => x.code)).toEqual(['total-mismatch']);
    expect(f[0].fix?.edits[0].value).toBe('100%');
    expect(f[0].fix?.message).toBe('Isi Total dengan 100%.');
    expect(findings(applyFix(grid, f[0]))).toEqual([]);
  });

  test('a blank Total with two period targets has no certain fix', () => {
    const f = findings(general([gRow({ tw1: 1, tw2: 1, total: '' })]));
    expect(f.map((x) => x.code)).toEqual(['total-mismatch']);
    expect(f[0].fix).toBeUndefined();
  });

  test('an ordinal Total must be the last target (variant ordinal)', () => {
    const f = findings(general([gRow({ satuan: 'Opini', tw1: '', tw3: 'WDP', tw4: 'WTP', total: 'WDP' })]));
    expect(f.map((x) => x.code)).toEqual(['total-mismatch']);
    expectAt(f[0], 'L4', 4, 'total', 'error');
    expect(f[0].variant).toBe('ordinal');
    expect(f[0].params).toEqual({ total: 'WDP', last: 'WTP' });
  });
});

describe('column-map', () => {
  beforeAll(() => covered.add('column-map'));
  const map = (columns: { label: string; role: string; column?: string }[], headerRows: [number, number] = [2, 3]) => ({ sheet: 'RB General', headerRows, columns });
  const GENERAL_MAP = [
    { label: 'Kegiatan Utama', role: 'kegiatanUtama' },
    { label: 'Rencana Aksi', role: 'rencanaAksi' },
    { label: 'Output › Satuan', role: 'satuan' },
    { label: 'Output › Indikator', role: 'indikator' },
    { label: 'Target Penyelesaian › TW 1', role: 'target' },
    { label: 'Total', role: 'total' },
    { label: 'Unit/Satuan Kerja Pelaksana › Koordinator', role: 'koordinator' },
  ];

  test('a map that fits decides the header; the columns it leaves out are extras', () => {
    const { report } = validateGrid(general([gRow()]), { columnMap: map(GENERAL_MAP) });
    expect(report.header).toMatchObject({ rows: [2, 3], mapped: true, columns: { kegiatanUtama: 'A', rencanaAksi: 'D', satuan: 'E', indikator: 'F', tw1: 'G', total: 'L', koordinator: 'N' } });
    expect(report.findings.every((f) => f.code === 'extra-label')).toBe(true);
  });

  test('a mapped column whose title is gone: a clear finding, and the rest of the map still reads', () => {
    const { report } = validateGrid(general([gRow()]), { columnMap: map([...GENERAL_MAP, { label: 'Anggaran Lama', role: 'anggaran', column: 'M' }]) });
    const f = report.findings.filter((x) => x.code === 'column-map');
    expect(f.map((x) => [x.cell, x.variant])).toEqual([['A2', 'stale']]);
    expect(f[0].params).toEqual({ label: 'Anggaran Lama', column: 'M', role: 'anggaran', rows: '2–3' });
    expect(report.header?.mapped).toBe(true);
  });

  test('a map that fits nothing leaves the header to detection, and says so', () => {
    const { report } = validateGrid(general([gRow()]), { columnMap: map([{ label: 'Hilang', role: 'koordinator' }]) });
    expect(report.kind).toBe('rb-general');
    expect(report.header?.mapped).toBeUndefined();
    expect(report.findings.filter((x) => x.code === 'column-map').map((x) => x.variant)).toEqual(['unused', 'stale']);
  });

  test('unknown roles, unreadable periods, rows outside the sheet', () => {
    const roles = validateGrid(general([gRow()]), { columnMap: map([...GENERAL_MAP, { label: 'Jumlah Anggaran', role: 'uang' }, { label: 'Keterangan', role: 'target' }]) }).report;
    expect(roles.findings.filter((x) => x.code === 'column-map').map((x) => x.variant)).toEqual(['role', 'period']);
    const rows = validateGrid(general([gRow()]), { columnMap: map(GENERAL_MAP, [40, 41]) }).report;
    expect(rows.findings.filter((x) => x.code === 'column-map').map((x) => [x.variant, x.params.rows])).toEqual([['rows', '40–41']]);
  });
});

describe('percent-convention', () => {
  beforeAll(() => covered.add('percent-convention'));

  test('25 / 50 / 75 / 100 in Persentase rows: percentage points, said once per column, never per cell', () => {
    const rows = [
      gRow({ satuan: 'Persentase', tw1: 25, tw2: 50, tw3: 75, tw4: 100, total: 100 }),
      gNext({ satuan: 'Persentase', tw1: 25, tw2: 50, tw3: 75, tw4: 100, total: 100 }),
      gNext({ satuan: 'Persen', tw1: '', tw2: 50, tw3: '', tw4: 100, total: 100 }),
    ];
    const { report, matrix } = validateGrid(general(rows));
    expect(report.findings.map((f) => [f.code, f.cell, f.variant, f.severity])).toEqual([
      ['percent-convention', 'G3', 'poin', 'info'],
      ['percent-convention', 'H3', 'poin', 'info'],
      ['percent-convention', 'I3', 'poin', 'info'],
      ['percent-convention', 'J3', 'poin', 'info'],
      ['percent-convention', 'L3', 'poin', 'info'],
    ]);
    expect(report.findings[0].params).toEqual({ column: 'Target TW 1 (Target Penyelesaian)', cells: 2 });
    expect(matrix!.outputs[0].periods[1]).toEqual({ kind: 'number', value: 0.5, percent: true, assumed: 'poin' });
  });

  test('0,25 and 25 and 25% are one quantity: target in points, realisation in fractions', () => {
    const values = general([gRow({ satuan: 'Persentase', tw1: 25, tw4: '', total: 25 })]).values;
    values[1].push('Realisasi TW 1');
    values[3].push(0.2);
    const { report, matrix } = validateGrid({ sheetName: 'S', values });
    expect(report.findings.filter((f) => f.code !== 'percent-convention').map((f) => f.code)).toEqual([]);
    expect(report.findings.map((f) => [f.cell, f.variant])).toEqual([
      ['Q2', 'pecahan'],
      ['G3', 'poin'],
      ['L3', 'poin'],
    ]);
    const out = matrix!.outputs[0];
    expect([out.periods[0], out.realisations[0]].map((v) => (v.kind === 'number' ? [v.value, v.percent] : v.kind))).toEqual([
      [0.25, true],
      [0.2, true],
    ]);
  });

  test('a bare 1 follows its column: 1% among points, 100% among fractions', () => {
    const points = validateGrid(general([gRow({ satuan: 'Persentase', tw1: 1, total: 1 }), gNext({ satuan: 'Persentase', tw1: 40, total: 40 })])).matrix!;
    expect(points.outputs[0].periods[0]).toMatchObject({ value: 0.01, percent: true, assumed: 'poin' });
    const fractions = validateGrid(general([gRow({ satuan: 'Persentase', tw1: 1, total: 1 }), gNext({ satuan: 'Persentase', tw1: 0.4, total: 0.4 })])).matrix!;
    expect(fractions.outputs[0].periods[0]).toMatchObject({ value: 1, percent: true, assumed: 'pecahan' });
  });

  test('a bare 1 follows its own row first: 0,25 · 0,5 · 0,75 · 1 under a row of 25 · 50 · 75 · 100 ends at 100%', () => {
    const rows = [
      gRow({ satuan: 'Persentase', tw1: 25, tw2: 50, tw3: 75, tw4: 100, total: 100 }),
      gNext({ satuan: 'Persentase', tw1: 0.25, tw2: 0.5, tw3: 0.75, tw4: 1, total: 1 }),
    ];
    const { report, matrix } = validateGrid(general(rows));
    expect(matrix!.outputs[1].periods[3]).toMatchObject({ value: 1, percent: true, assumed: 'pecahan' });
    expect(matrix!.outputs[0].periods[3]).toMatchObject({ value: 1, percent: true, assumed: 'poin' });
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.cell])).toEqual([]);
  });

  test('rows that are not percentages, and figures with % or a unit, are left alone', () => {
    const { report } = validateGrid(general([gRow({ satuan: 'Dokumen', tw1: 25, total: 25 }), gNext({ satuan: 'Persentase', tw1: '25%', total: '25%' })]));
    expect(report.findings).toEqual([]);
  });
});

describe('unit-mismatch', () => {
  beforeAll(() => covered.add('unit-mismatch'));

  test('half a Dokumen', () => {
    const f = findings(general([gRow({ tw1: '', tw2: '0,5', total: '0,5' })]));
    expect(f.map((x) => x.code)).toEqual(['unit-mismatch']);
    expectAt(f[0], 'H4', 4, 'tw2', 'warning');
    expect(f[0].variant).toBe('fraction');
    expect(f[0].params).toEqual({ unit: 'Dokumen', value: '0,5' });
    const typed = findings(general([gRow({ tw1: 0.5, total: 0.5 })]), 'en');
    expect(typed.map((x) => [x.code, x.cell, x.variant, x.params.value])).toEqual([['unit-mismatch', 'G4', 'fraction', '0.5']]);
  });

  test('a Persentase written as a bare 1: 1% or 100%? (the column does not tell)', () => {
    const f = findings(general([gRow({ satuan: 'Persentase', tw1: '', tw4: 1, total: 1 })]));
    expect(f.map((x) => x.code)).toEqual(['unit-mismatch']);
    expectAt(f[0], 'J4', 4, 'tw4', 'warning');
    expect(f[0].variant).toBe('not-percent');
  });

  test('a percentage counted in Dokumen, and a grade where a number is due', () => {
    const f = only(general([gRow({ tw1: '50%', tw2: 'B', total: '' })]), 'unit-mismatch');
    expect(f.map((x) => [x.cell, x.variant])).toEqual([
      ['G4', 'percent-for-count'],
      ['H4', 'ordinal-for-number'],
    ]);
  });

  test('percent as 0.7 with number format 0% reads as 70%', () => {
    const values = general([gRow({ satuan: 'Persentase', tw1: 0.7, total: 0.7 })]).values;
    const numberFormats = values.map((r) => r.map(() => 'General'));
    numberFormats[3][G.tw1] = '0%';
    numberFormats[3][G.total] = '0%';
    const grid: Grid = { sheetName: 'S', values, numberFormats };
    const { report, matrix } = validateGrid(grid);
    expect(report.findings).toEqual([]);
    const out = matrix!.rows.find((r) => r.kind === 'output')!;
    expect(out.periods[0]).toEqual({ kind: 'number', value: 0.7, percent: true });
    // Without the format it is a bare 0.7 in a Persentase row: a fraction by the percent convention, said once per column.
    const bare = findings({ sheetName: 'S', values });
    expect(bare.map((x) => [x.code, x.cell, x.variant])).toEqual([
      ['percent-convention', 'G3', 'pecahan'],
      ['percent-convention', 'L3', 'pecahan'],
    ]);
    // The format makes messages show 70%.
    const numberFormats2 = values.map((r) => r.map(() => 'General'));
    numberFormats2[3][G.tw1] = '0%';
    numberFormats2[3][G.total] = '0%';
    const wrong = general([gRow({ satuan: 'Persentase', tw1: 0.7, total: 0.5 })]);
    const f = findings({ ...wrong, numberFormats: numberFormats2 });
    expect(f.map((x) => x.code)).toEqual(['total-mismatch']);
    expect(f[0].params).toEqual({ sum: '70%', last: '70%', total: '50%' });
  });
});

describe('no-target', () => {
  beforeAll(() => covered.add('no-target'));

  test('an output with every period blank', () => {
    const f = findings(general([gRow({ tw1: '', total: '' })]));
    expect(f.map((x) => x.code)).toEqual(['no-target']);
    expectAt(f[0], 'G4', 4, 'tw1', 'error');
    expect(f[0].params).toEqual({ periods: 'TW 1, TW 2, TW 3, TW 4, Tahun 2024' });
  });

  test('n/a everywhere in an action plan is no target either', () => {
    const f = only(general([gRow({ tw1: 'n/a', tw2: '-', total: '' })]), 'no-target');
    expect(f).toHaveLength(1);
    expectAt(f[0], 'G4', 4, 'tw1', 'error');
  });

  test('clean: in an indicator table n/a is an answer', () => {
    const grid: Grid = {
      sheetName: 'Tabel 4',
      values: [['Tabel 4'], ['No.', 'Indikator Kegiatan Utama', 'Target Tahun 2023', 'Target Tahun 2024'], ['1', 'Indeks Perencanaan', 'n/a', 'n/a']],
    };
    expect(findings(grid)).toEqual([]);
    const blank: Grid = { ...grid, values: [...grid.values, ['2', 'Indeks Kualitas', '', '']] };
    const f = findings(blank);
    expect(f.map((x) => [x.code, x.cell])).toEqual([['no-target', 'C4']]);
  });
});

describe('stage-regression', () => {
  beforeAll(() => covered.add('stage-regression'));

  test('Naskah final then Draft goes backwards', () => {
    const grid = tematik([tRow({ tw1: 'Draft', tw2: 'Naskah final', tw3: 'Draft', tw4: 'Perbaikan', tw13: 'Mon ev' })]);
    const f = findings(grid);
    expect(f.map((x) => x.code)).toEqual(['stage-regression']);
    expectAt(f[0], 'J4', 4, 'tw3', 'warning');
    expect(f[0].params).toEqual({ value: 'Draft', column: 'Target TW III (Target 2023)', previous: 'Naskah final', previousColumn: 'Target TW II (Target 2023)' });
  });

  test('the 2024 column counts after the 2023 quarters', () => {
    const f = findings(tematik([tRow({ tw1: '', tw2: '', tw3: 'Naskah final', tw4: 'Perbaikan', tw13: 'Draft' })]));
    expect(f.map((x) => x.code)).toEqual(['stage-regression']);
    expectAt(f[0], 'L4', 4, 'tw1-3_2024', 'warning');
    expect(f[0].params.previous).toBe('Perbaikan');
  });

  test('clean: stages that stay or go forward', () => {
    expect(findings(tematik([tRow({ tw1: 'Draft', tw2: 'Draft', tw3: 'Naskah final', tw4: 'Naskah final', tw13: 'Monev' })]))).toEqual([]);
  });
});

/** RB General with a Realisasi parent over TW 1–4 appended (columns Q–T). */
function monitored(rows: CellValue[][]): Grid {
  const grid = general(rows.map((r) => [...r.slice(0, 16), ...[r[16], r[17], r[18], r[19]].map((v) => v ?? '')]));
  grid.values[1].push('Realisasi', '', '', '');
  grid.values[2].push('TW 1', 'TW 2', 'TW 3', 'TW 4');
  return grid;
}
const real = (overrides: Partial<Record<keyof typeof G, CellValue>>, r: CellValue[]) => [...gRow(overrides), ...r];

describe('realisation-without-target', () => {
  beforeAll(() => covered.add('realisation-without-target'));

  test('a realisation in TW 2 when only TW 1 has a target', () => {
    const f = findings(monitored([real({}, [1, 1, '', ''])]));
    expect(f.map((x) => x.code)).toEqual(['realisation-without-target']);
    expectAt(f[0], 'R4', 4, 'realisasi_tw2', 'info');
    expect(f[0].params).toEqual({ value: '1', column: 'Realisasi TW 2' });
    expect(f[0].message).toBe('Realisasi “1” diisi pada Realisasi TW 2, padahal periode ini tidak punya target.');
  });

  test('an unreadable realisation is a type-error at its cell', () => {
    const f = findings(monitored([real({}, ['segera', '', '', ''])]));
    expect(f.map((x) => x.code)).toEqual(['type-error']);
    expectAt(f[0], 'Q4', 4, 'realisasi_tw1', 'error');
    expect(f[0].params).toEqual({ value: 'segera', column: 'Realisasi TW 1' });
  });

  test('a realisation written unusually gets the canonical spelling as a fix', () => {
    const f = findings(monitored([real({ satuan: 'Persentase', tw1: '100%', total: '100%' }, ['90 %', '', '', ''])]));
    expect(f.map((x) => [x.code, x.cell, x.fix?.edits[0].value])).toEqual([['non-canonical-value', 'Q4', '90%']]);
  });

  test('clean: realisations only where targets are, blanks elsewhere', () => {
    expect(findings(monitored([real({ tw2: 2, total: 3 }, [1, 2, '', '']), real({ rencanaAksi: 'Aksi lain' }, ['', '', '', ''])]))).toEqual([]);
  });
});

describe('implausible-realisation', () => {
  beforeAll(() => covered.add('implausible-realisation'));
  const implausible = (grid: Grid) => findings(grid).filter((f) => f.code === 'implausible-realisation');

  test('a lost decimal comma: 1109 against 1,1', () => {
    const f = implausible(monitored([real({ satuan: 'Indeks', tw1: '1,1', total: '1,1' }, [1109, '', '', ''])]));
    expect(f.map((x) => [x.cell, x.variant, x.severity])).toEqual([['Q4', 'magnitude', 'warning']]);
    expect(f[0].params).toEqual({ value: '1109', column: 'Realisasi TW 1', target: '1,1' });
    // A hundredth or less is as suspicious; 0 and figures within a factor of 100 are not.
    expect(implausible(monitored([real({ satuan: 'Unit Kerja', tw1: 400, total: 400 }, [4, '', '', ''])])).map((x) => x.variant)).toEqual(['magnitude']);
    expect(implausible(monitored([real({ satuan: 'Indeks', tw1: '1,1', total: '1,1' }, [0, '', '', ''])]))).toEqual([]);
    expect(implausible(monitored([real({ satuan: 'Unit Kerja', tw1: 400, total: 400 }, [5, '', '', ''])]))).toEqual([]);
  });

  test('a unit with no quantity is a warning, not a type-error; other text stays a type-error', () => {
    const f = findings(monitored([real({ satuan: 'Rekomendasi', tw1: 231, total: 231 }, ['rekomendasi', '', '', ''])]));
    expect(f.map((x) => [x.code, x.cell, x.variant])).toEqual([['implausible-realisation', 'Q4', 'no-quantity']]);
    expect(f[0].message).toBe('Realisasi “rekomendasi” pada Realisasi TW 1 tidak menyebut jumlah; tulis angkanya (mis. “1 rekomendasi”).');
    expect(findings(monitored([real({ satuan: 'Dokumen' }, ['Laporan', '', '', ''])])).map((x) => [x.code, x.variant])).toEqual([['implausible-realisation', 'no-quantity']]);
    expect(findings(monitored([real({}, ['x', '', '', ''])])).map((x) => x.code)).toEqual(['type-error']);
  });

  test('percentages written three ways in one row: one warning where the notation first changes', () => {
    const grid = monitored([real({ satuan: 'Persentase', tw1: 25, tw2: 50, tw3: 75, tw4: 100, total: 100 }, ['25%', 0.5625, 75, ''])]);
    const f = implausible(grid);
    expect(f.map((x) => [x.cell, x.variant])).toEqual([['R4', 'percent-flip']]);
    expect(f[0].params).toEqual({ value: '0,5625', column: 'Realisasi TW 2', other: '25%', otherColumn: 'Realisasi TW 1', read: '56,25%' });
    expect(implausible(monitored([real({ satuan: 'Persentase', tw1: 25, tw2: 50, total: 50 }, ['25%', '50%', '', ''])]))).toEqual([]);
  });

  test('a realised state that goes back where the targets are cumulative states', () => {
    // Total 1 is the last of 1, 1, 1, 1: states (done once, kept).
    const f = implausible(monitored([real({ tw1: 1, tw2: 1, tw3: 1, tw4: 1, total: 1 }, [1, 1, 0, ''])]));
    expect(f.map((x) => [x.cell, x.variant])).toEqual([['S4', 'regression']]);
    expect(f[0].params).toEqual({ value: '0', column: 'Realisasi TW 3', previous: '1', previousColumn: 'Realisasi TW 1' });
    // A sum (Total 4) may have less in a later quarter.
    expect(implausible(monitored([real({ tw1: 1, tw2: 1, tw3: 1, tw4: 1, total: 4 }, [1, 1, 0, ''])]))).toEqual([]);
  });
});

describe('text-too-long', () => {
  beforeAll(() => covered.add('text-too-long'));

  test('a cell over 32,767 characters is an info at its cell; 32,767 is fine', () => {
    const grid = general([gRow({ rencanaAksi: 'r'.repeat(32768) }), gNext({ rencanaAksi: 'r'.repeat(32767) })]);
    const f = only(grid, 'text-too-long');
    expect(f.map((x) => [x.cell, x.columnKey, x.severity, x.params])).toEqual([['D4', 'rencanaAksi', 'info', { length: 32768, limit: 32767 }]]);
  });

  test('cut short for a sheet: 32,767 characters ending in “…”, a surrogate pair never split', () => {
    expect(cellTextLimit('a'.repeat(32767))).toBe('a'.repeat(32767));
    const cut = cellTextLimit('a'.repeat(40000));
    expect(cut).toHaveLength(32767);
    expect(cut.endsWith('a…')).toBe(true);
    const emoji = cellTextLimit('a'.repeat(32765) + '\u{1F600}'.repeat(10));
    expect(emoji.endsWith('a…')).toBe(true);
    expect(emoji.length).toBeLessThanOrEqual(32767);
  });
});

describe('every catalogue code', () => {
  /** One grid that produces every code at once, except header-not-found (which stands alone). */
  function everything(): Grid {
    const fragment: CellValue[] = new Array(17).fill('');
    fragment[G.indikator] = 'berdasarkan analisis';
    const h1 = [...GENERAL_H1, 'Catatan Auditor', '', 'Realisasi TW 1'];
    const h2 = [...GENERAL_H2.map((v) => (v === 'Koordinator' ? 'Pelaksana' : v === 'Pelaksana' ? '' : v)), '', 'TW 2', ''];
    const realisedWithoutTarget = gNext({ tw1: '', total: '', satuan: '' });
    realisedWithoutTarget[18] = 1;
    const noQuantity = gNext({ tw1: 1, total: 1, satuan: 'Dokumen' });
    noQuantity[18] = 'Laporan';
    return {
      sheetName: 'Semua',
      values: [
        TITLE,
        h1,
        h2,
        gRow(),
        fragment,
        [],
        h1,
        h2,
        gNext({ tw1: 'segera', total: '' }),
        gNext({ tw1: '100 %', total: 3, satuan: 'Dokumen', keterangan: 'lain' }),
        realisedWithoutTarget,
        noQuantity,
        gNext({ tw1: 'Naskah final', tw2: 'Draft', total: '', satuan: 'Peraturan' }),
        gNext({ tw1: 25, tw4: '', total: '', satuan: 'Persentase' }),
        gNext({ rencanaAksi: 'r'.repeat(32768) }),
      ],
    };
  }

  test('the combined grid reports every code but header-not-found', () => {
    const { report } = validateGrid(everything());
    // The damaged header (Koordinator renamed, an extra column) is still the one read: its copy below is a repeat.
    expect(report.header?.rows).toEqual([2, 3]);
    const codes = new Set(report.findings.map((f) => f.code));
    codes.add(findings({ sheetName: 'x', values: [['x']] })[0].code);
    // A column map by hand comes with the grid, not in it (describe 'column-map').
    codes.add(validateGrid(general([gRow()]), { columnMap: { sheet: 'RB General', headerRows: [2, 3], columns: [{ label: 'Hilang', role: 'koordinator' }] } }).report.findings[0].code);
    expect([...codes].sort()).toEqual([...FINDING_CODES].sort());
  });

  test('English messages differ from Indonesian and leave no placeholder unfilled', () => {
    const grids = [everything(), { sheetName: 'x', values: [['x']] }, tematik([tRow({ tw3: 'Draft', total: 'Draft', jenisKegiatan: 'lain' })])];
    let compared = 0;
    for (const grid of grids) {
      const id = findings(grid, 'id');
      const en = findings(grid, 'en');
      expect(en.map((f) => [f.code, f.cell])).toEqual(id.map((f) => [f.code, f.cell]));
      id.forEach((f, i) => {
        const e = en[i];
        expect(e.message).not.toBe(f.message);
        for (const text of [f.message, e.message, f.fix?.message ?? '', e.fix?.message ?? '']) expect(text).not.toMatch(/\{\w+\}/);
        if (f.fix) expect(e.fix?.message).not.toBe(f.fix.message);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(FINDING_CODES.length);
  });

  test('every catalogue message template has distinct Indonesian and English text', () => {
    for (const code of FINDING_CODES) {
      for (const [variant, text] of Object.entries(CATALOGUE[code].messages)) {
        expect(`${code}.${variant}: ${text.id}`).not.toBe(`${code}.${variant}: ${text.en}`);
      }
    }
  });

  afterAll(() => {
    // Each code has its own describe block above.
    expect([...covered].sort()).toEqual([...FINDING_CODES].sort());
  });
});

describe('addresses, merges and layouts', () => {
  test('topLeft C5 shifts every address, row and fix edit', () => {
    const rows = [gRow({ tw1: '', tw3: 2, total: '' }), gNext({ koordinator: '' }), gNext({ keterangan: 'rutin' })];
    const plain = findings(general(rows));
    const shifted = validateGrid(general(rows, { topLeft: 'C5' })).report;
    expect(shifted.header?.rows).toEqual([6, 7]);
    expect(shifted.header?.columns.kegiatanUtama).toBe('C');
    expect(shifted.header?.columns.keterangan).toBe('R');
    expect(plain.map((f) => [f.code, f.cell])).toEqual([
      ['total-mismatch', 'L4'],
      ['missing-value', 'N5'],
      ['non-canonical-value', 'P6'],
    ]);
    expect(shifted.findings.map((f) => [f.code, f.cell, f.row])).toEqual([
      ['total-mismatch', 'N8', 8],
      ['missing-value', 'P9', 9],
      ['non-canonical-value', 'R10', 10],
    ]);
    expect(shifted.findings[0].fix?.edits).toEqual([{ cell: 'N8', row: 8, columnNumber: 14, value: 2 }]);
    expect(shifted.findings[2].fix?.edits).toEqual([{ cell: 'R10', row: 10, columnNumber: 18, value: 'Rutin' }]);
    const grid = general(rows, { topLeft: 'C5' });
    expect(validateGrid(applyFix(grid, shifted.findings[0])).report.findings.map((f) => f.cell)).toEqual(['P9', 'R10']);
  });

  test('merged group and per-action cells are filled down from their top-left', () => {
    // Kegiatan Utama A4:A6, Rencana Aksi D4:D5, Koordinator N4:N6, and a merged header.
    const rows = [gRow(), gNext({ rencanaAksi: '', koordinator: '', indikator: 'Output 2' }), gNext({ rencanaAksi: 'Aksi kedua', koordinator: '', indikator: 'Output 3' })];
    const merges = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 11 },
      { top: 1, left: 12, bottom: 2, right: 12 },
      { top: 1, left: 13, bottom: 1, right: 14 },
      { top: 1, left: 15, bottom: 2, right: 15 },
      { top: 3, left: 0, bottom: 5, right: 0 },
      { top: 3, left: 3, bottom: 4, right: 3 },
      { top: 3, left: 13, bottom: 5, right: 13 },
    ];
    const withMerges = general(rows, { merges });
    const { report, matrix } = validateGrid(withMerges);
    expect(report.findings).toEqual([]);
    expect(report.counts).toMatchObject({ kegiatan: 1, rencanaAksi: 2, outputs: 3 });
    const outs = matrix!.rows.filter((r) => r.kind === 'output');
    expect(outs.map((r) => r.values[G.koordinator])).toEqual(['Biro Perencanaan dan Organisasi', 'Biro Perencanaan dan Organisasi', 'Biro Perencanaan dan Organisasi']);
    expect(outs.map((r) => r.values[G.rencanaAksi])).toEqual(['Melaksanakan Reviu Proses Bisnis', 'Melaksanakan Reviu Proses Bisnis', 'Aksi kedua']);
    expect(outs.map((r) => r.values[G.kegiatanUtama])).toEqual(Array(3).fill(CLEAN_GENERAL.kegiatanUtama));
    // Without the merges the blank Koordinator cells are missing values.
    expect(findings(general(rows)).map((f) => [f.code, f.cell])).toEqual([
      ['missing-value', 'N5'],
      ['missing-value', 'N6'],
    ]);
  });

  test('merged period cells are not filled from a neighbour', () => {
    // TW 1 … TW 4 merged across (one target for the year): only the top-left carries it.
    const grid = general([gRow({ tw1: 1, total: 1 })], { merges: [{ top: 3, left: 6, bottom: 3, right: 9 }] });
    const { report, matrix } = validateGrid(grid);
    expect(report.findings).toEqual([]);
    expect(matrix!.rows[0].periods.map((p) => p.kind)).toEqual(['number', 'empty', 'empty', 'empty', 'empty']);
  });

  test('a single-row header with TW I / Triwulan II / Q3 / TW 4 is recognised', () => {
    const header = ['Kegiatan Utama', 'Rencana Aksi', 'Satuan', 'Indikator', 'TW I', 'Triwulan II', 'Q3', 'TW 4', 'Total', 'Koordinator'];
    const grid: Grid = { sheetName: 'CSV', values: [header, ['KU', 'RA', 'Dokumen', 'Laporan', 1, 1, '', '', 2, 'Biro Umum'], ['', 'RA 2', 'Persentase', 'Capaian', '', '', '90%', '100%', '100%', 'Biro Umum']] };
    const { report } = validateGrid(grid);
    expect(report.kind).toBe('rb-general');
    expect(report.header?.rows).toEqual([1, 1]);
    expect(report.header?.columns).toEqual({ kegiatanUtama: 'A', rencanaAksi: 'B', satuan: 'C', indikator: 'D', tw1: 'E', tw2: 'F', tw3: 'G', tw4: 'H', total: 'I', koordinator: 'J' });
    expect(report.findings).toEqual([]);
    expect(report.counts).toMatchObject({ kegiatan: 1, rencanaAksi: 2, outputs: 2 });
  });

  test('an indicator table with Sasaran Strategis heading lines', () => {
    const grid: Grid = {
      sheetName: 'Tabel 4',
      values: [
        ['Tabel 4 Indikator Kegiatan Utama RB Instansional BKN Tahun 2023'],
        ['No.', 'Indikator Kegiatan Utama', 'Target Tahun 2023', 'Target Tahun 2024'],
        ['Sasaran Strategis I: Terciptanya Tata Kelola Pemerintahan Digital', '', '', ''],
        ['1', 'Persentase Penyederhanaan Struktur Organisasi', '70%', '70%'],
        ['2', 'Nilai SAKIP', '81', '85'],
        ['3', 'Indeks Pengelolaan Aset', '3.2', '3.5'],
        ['Sasaran Strategis 2: Terciptanya Budaya Birokrasi BerAKHLAK', '', '', ''],
        ['1', 'Indeks Sistem Merit', '380', '380'],
      ],
    };
    const { report, matrix } = validateGrid(grid);
    expect(report.kind).toBe('indikator');
    expect(report.header?.columns).toEqual({ no: 'A', indikator: 'B', target2023: 'C', target2024: 'D' });
    expect(report.findings).toEqual([]);
    expect(report.counts).toMatchObject({ kegiatan: 2, outputs: 4 });
    expect(matrix!.rows.map((r) => r.kind)).toEqual(['heading', 'output', 'output', 'output', 'heading', 'output']);
    expect(matrix!.rows[5].heading).toMatch(/^Sasaran Strategis 2/);
  });
});

describe('missing-label for a column that also identifies the layout', () => {
  test('a plan grouped by Indikator Kegiatan Utama needs no Kegiatan Utama column', () => {
    const h1 = GENERAL_H1.map((v) => (v === 'Kegiatan Utama' ? '' : v));
    const grid: Grid = { sheetName: 'S', values: [TITLE, h1, GENERAL_H2, gRow()] };
    expect(validateGrid(grid).report.kind).toBe('rb-general');
    expect(only(grid, 'missing-label')).toEqual([]);
  });

  test.each([
    [['Rencana Aksi'], 'rencanaAksi', 'A2'],
    // Reported at the header's first recognised column. Kegiatan Utama is missing only when no other
    // group column stands (issue 12): here neither Indikator Kegiatan Utama nor the target does.
    [['Kegiatan Utama', 'Indikator Kegiatan Utama', 'Target Tahun 2023'], 'kegiatanUtama', 'D2'],
  ])('an RB General header without %j is still RB General, and the column is reported', (labels, key, cell) => {
    const h1 = GENERAL_H1.map((v) => (labels.includes(v as string) ? '' : v));
    const grid: Grid = { sheetName: 'S', values: [TITLE, h1, GENERAL_H2, gRow()] };
    const { report } = validateGrid(grid);
    expect(report.kind).toBe('rb-general');
    const f = only(grid, 'missing-label');
    expect(f.map((x) => x.columnKey)).toEqual([key]);
    expect(f[0].cell).toBe(cell);
  });

  test('a table with only one or two known labels is not taken for a matrix', () => {
    const grid: Grid = { sheetName: 'S', values: [['Rencana Aksi', 'Catatan'], ['Menyusun SOTK', 'x']] };
    expect(validateGrid(grid).report.kind).toBeNull();
  });
});

describe('header variants planners use', () => {
  test('quarters written as bare I … IV under a “Target Triwulan 2023” parent', () => {
    const h1 = GENERAL_H1.map((v, i) => (i === G.tw1 ? 'Target Triwulan 2023' : v));
    const h2 = GENERAL_H2.map((v, i) => (i >= G.tw1 && i <= G.tw4 ? ['I', 'II', 'III', 'IV'][i - G.tw1] : v));
    const grid: Grid = { sheetName: 'S', values: [TITLE, h1, h2, gRow()] };
    const { report } = validateGrid(grid);
    expect(report.kind).toBe('rb-general');
    expect(report.header?.columns).toMatchObject({ tw1: 'G', tw2: 'H', tw3: 'I', tw4: 'J', tahun2024: 'K' });
    expect(report.findings).toEqual([]);
  });

  test('labels with line breaks, odd case and extra spaces', () => {
    const h1 = GENERAL_H1.map((v) => (typeof v === 'string' ? v.toUpperCase().replace(' ', '\n ') : v));
    const grid: Grid = { sheetName: 'S', values: [TITLE, h1, GENERAL_H2, gRow()] };
    expect(validateGrid(grid).report.findings).toEqual([]);
  });
});

test('KU targets for two years (Target Tahun 2023 and Target Tahun 2024) are both read, not a duplicate', () => {
  const h1 = [...GENERAL_H1.slice(0, 3), 'Target Tahun 2024', ...GENERAL_H1.slice(3)];
  const h2 = [...GENERAL_H2.slice(0, 3), '', ...GENERAL_H2.slice(3)];
  const row = gRow();
  const grid: Grid = { sheetName: 'S', values: [TITLE, h1, h2, [...row.slice(0, 3), '85', ...row.slice(3)]] };
  const { report } = validateGrid(grid);
  expect(report.findings).toEqual([]);
  expect(report.header?.columns).toMatchObject({ targetKegiatanUtama: 'C', targetKegiatanUtamaBerikut: 'D', rencanaAksi: 'E' });
});

describe('runs of identical findings (issue 15, items 6 and 7)', () => {
  test('blank rows down to one stray cell far below: one finding over the range, not 99,994', () => {
    const values = general([gRow(), gNext()]).values;
    values[99998] = ['catatan'];
    const { report } = validateGrid({ sheetName: 'RB General', values });
    const blank = report.findings.filter((f) => f.code === 'blank-row');
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ cell: 'A6', row: 6, range: 'A6:A99998', count: 99993, severity: 'info' });
    expect(report.counts.infos).toBe(report.findings.filter((f) => f.severity === 'info').length);
  });

  test('a rule returning 300,000 findings: no stack overflow (no spread into push)', () => {
    const values = general([gRow()]).values;
    values[300003] = ['x'];
    expect(() => validateGrid({ sheetName: 'S', values })).not.toThrow();
  });

  test('Koordinator blank on many consecutive rows: one missing-value over N4:N503', () => {
    const rows = Array.from({ length: 500 }, (_, i) => (i === 0 ? gRow({ koordinator: '' }) : gNext({ koordinator: '' })));
    const f = only(general(rows), 'missing-value');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'N4', range: 'N4:N503', count: 500, message: 'Koordinator kosong.' });
  });

  test('two in a row stay two; a gap or another value breaks a run', () => {
    const blankK = (i: number) => (i === 0 ? gRow({ koordinator: '' }) : gNext({ koordinator: '' }));
    expect(only(general([blankK(0), blankK(1)]), 'missing-value').map((f) => [f.cell, f.range])).toEqual([
      ['N4', undefined],
      ['N5', undefined],
    ]);
    const rows = [blankK(0), blankK(1), blankK(2), gNext(), blankK(4), blankK(5), blankK(6)];
    expect(only(general(rows), 'missing-value').map((f) => f.range)).toEqual(['N4:N6', 'N8:N10']);
  });

  test('fixable findings in a run: one finding whose fix holds every edit, and applying it clears the run', () => {
    const rows = Array.from({ length: 4 }, (_, i) => (i === 0 ? gRow({ keterangan: 'rutin' }) : gNext({ keterangan: 'rutin' })));
    const grid = general(rows);
    const f = only(grid, 'non-canonical-value');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'P4', range: 'P4:P7', count: 4 });
    expect(f[0].fix?.edits.map((e) => [e.cell, e.value])).toEqual([
      ['P4', 'Rutin'],
      ['P5', 'Rutin'],
      ['P6', 'Rutin'],
      ['P7', 'Rutin'],
    ]);
    expect(findings(applyFix(grid, f[0]))).toEqual([]);
  });

  test('other findings keep their order around a run (sorted by first row, then column)', () => {
    const rows = Array.from({ length: 5 }, (_, i) => (i === 0 ? gRow({ koordinator: '' }) : gNext({ koordinator: '', ...(i === 2 ? { keterangan: 'Prioritas' } : {}) })));
    expect(findings(general(rows)).map((f) => `${f.code} ${f.range ?? f.cell}`)).toEqual(['missing-value N4:N8', 'invalid-choice P6']);
  });
});
