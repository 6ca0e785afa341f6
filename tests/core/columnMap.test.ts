/**
 * The column map by hand in core (issue 12, point 6): its sheet read and written, its JSON, a header
 * built from it, what the panel is shown, the preview, and where the map sheet goes.
 */
import { validateGrid, type Grid } from '../../core';
import { parseColumnMapJson, readRole, type ColumnMap } from '../../core/columnMap/columnMap';
import { MAP_SHEET, mapSheetPlan, readMapSheet } from '../../core/columnMap/mapSheet';
import { UserError } from '../../core/i18n';
import { columnsPass, previewPass, saveMapPass } from '../../core/workbench/columnsPass';
import { validationPass } from '../../core/workbench/validationPass';
import { planGrid } from '../helpers/plan';
import { foreignGrid, FOREIGN_COUNTS, FOREIGN_HEADER, FOREIGN_MAP } from '../helpers/foreignMatrix';
import { general, gRow } from './helpers';

describe('roles', () => {
  test.each([
    ['koordinator', { kind: 'column', key: 'koordinator' }],
    ['Koordinator', { kind: 'column', key: 'koordinator' }],
    ['Rencana Aksi', { kind: 'column', key: 'rencanaAksi' }],
    ['Main activity', { kind: 'column', key: 'kegiatanUtama' }],
    ['target TW 1 2026', { kind: 'period', measure: 'target', period: 'TW 1 2026' }],
    ['Realisasi 2025', { kind: 'period', measure: 'realisasi', period: '2025' }],
    ['target', { kind: 'period', measure: 'target', period: '' }],
    ['Kondisi Awal', { kind: 'period', measure: 'baseline', period: '' }],
    ['kendala TW 1', { kind: 'period', measure: 'kendala', period: 'TW 1' }],
    ['tindak lanjut TW 2', { kind: 'period', measure: 'tindakLanjut', period: 'TW 2' }],
    ['bukti dukung TW 3 2025', { kind: 'period', measure: 'buktiDukung', period: 'TW 3 2025' }],
    ['catatan', { kind: 'period', measure: 'catatan', period: '' }],
    ['abaikan', { kind: 'ignore' }],
    ['', { kind: 'unread' }],
  ])('%j', (text, role) => {
    expect(readRole(text)).toEqual(role);
  });

  test('anything else is no role', () => {
    expect(readRole('uang')).toBeUndefined();
  });
});

describe('the map sheet', () => {
  test('written as a Plan and read back: the same maps, every block', () => {
    const other: ColumnMap = { sheet: 'Lampiran II', headerRows: [4, 5], columns: [{ label: 'Output › Satuan', role: 'satuan' }] };
    const plan = mapSheetPlan([FOREIGN_MAP, other]);
    expect(plan.sheetName).toBe(MAP_SHEET);
    const back = readMapSheet(planGrid(plan));
    expect(back.problems).toEqual([]);
    expect(back.maps).toEqual([FOREIGN_MAP, other]);
  });

  test('edited by hand: rows as two cells, a role by its title, a blank letter; bad rows are problems, not exceptions', () => {
    const grid: Grid = {
      sheetName: MAP_SHEET,
      values: [
        ['RB Matrix — peta kolom'],
        [],
        ['Sheet', 'Matriks'],
        ['Baris judul kolom', 3, 4],
        ['Kolom', 'Judul kolom', 'Peran'],
        [null, 'Rencana Aksi', 'Rencana Aksi'],
        ['C', 'Koordinator', 'uang'],
        [],
        ['Sheet', 'Tanpa baris'],
        ['Kolom', 'Judul kolom', 'Peran'],
        ['A', 'X', 'koordinator'],
      ],
    };
    const { maps, problems } = readMapSheet(grid);
    expect(maps).toEqual([{ sheet: 'Matriks', headerRows: [3, 4], columns: [{ label: 'Rencana Aksi', role: 'Rencana Aksi' }, { column: 'C', label: 'Koordinator', role: 'uang' }] }]);
    expect(problems.map((p) => [p.row, p.sheet])).toEqual([
      [7, 'Matriks'],
      [9, 'Tanpa baris'],
    ]);
  });
});

describe('JSON (--columns)', () => {
  test('a map round-trips through JSON', () => {
    expect(parseColumnMapJson(JSON.stringify(FOREIGN_MAP), 'peta.json')).toEqual(FOREIGN_MAP);
  });

  test.each([
    ['not JSON', '{'],
    ['no sheet', JSON.stringify({ headerRows: [1, 1], columns: [] })],
    ['rows reversed', JSON.stringify({ sheet: 'S', headerRows: [5, 4], columns: [] })],
    ['an unknown role', JSON.stringify({ sheet: 'S', headerRows: [1, 1], columns: [{ label: 'X', role: 'uang' }] })],
  ])('%s: a sentence, not a stack trace', (_name, text) => {
    expect(() => parseColumnMapJson(text, 'peta.json')).toThrow(UserError);
  });
});

describe('a header by hand', () => {
  test('a header nobody recognises reads as the map says', () => {
    expect(validateGrid(foreignGrid()).report.kind).toBeNull();
    const { report } = validateGrid(foreignGrid(), { columnMap: FOREIGN_MAP });
    expect(report.counts).toEqual(FOREIGN_COUNTS);
    expect(report.header).toMatchObject({ rows: [2, 2], mapped: true, columns: { kegiatanUtama: 'A', tw1: 'E', tw4: 'H', koordinator: 'I' } });
  });

  test('a column inserted before the mapped ones: found again by its label', () => {
    const grid = foreignGrid();
    grid.values = grid.values.map((r, i) => ['', ...r].map((v, c) => (c === 0 && i === 1 ? 'No' : v)));
    const { report } = validateGrid(grid, { columnMap: FOREIGN_MAP });
    expect(report.header?.columns).toMatchObject({ kegiatanUtama: 'B', koordinator: 'J' });
    expect(report.findings.map((f) => f.code)).toEqual(['extra-label']); // the new No column
  });

  test('a mapped column deleted: a column-map finding, the rest still read', () => {
    const grid = foreignGrid();
    grid.values = grid.values.map((r) => r.filter((_, c) => c !== 8));
    const { report } = validateGrid(grid, { columnMap: FOREIGN_MAP });
    const codes = report.findings.map((f) => [f.code, f.variant ?? '']);
    expect(codes).toEqual(expect.arrayContaining([['column-map', 'stale'], ['missing-label', '']]));
    expect(report.counts.outputs).toBe(4);
  });
});

describe('what the panel is shown, and the preview', () => {
  test('an unrecognised header: the likeliest rows, every label unread', () => {
    const view = columnsPass(foreignGrid(), undefined, 'id');
    expect(view.source).toBe('guess');
    expect(view.map.headerRows).toEqual([2, 2]);
    expect(view.map.columns.map((c) => [c.column, c.label, c.role])).toEqual(FOREIGN_HEADER.map((label, i) => [String.fromCharCode(65 + i), label, '']));
    expect(view.roles.map((r) => r.value)).toEqual(expect.arrayContaining(['kegiatanUtama', 'koordinator', 'target', 'realisasi', 'abaikan']));
    // A monitoring block's columns can be named by hand too, and each role the dropdown offers is one readRole reads.
    expect(view.roles.map((r) => r.value)).toEqual(expect.arrayContaining(['progres', 'tindak lanjut', 'catatan']));
    for (const r of view.roles) expect([r.value, readRole(r.value)]).not.toEqual([r.value, undefined]);
    expect(new Set(view.roles.map((r) => r.value)).size).toBe(view.roles.length);
  });

  test('a recognised header: its columns with their roles', () => {
    const view = columnsPass(general([gRow()]), undefined, 'en');
    expect(view.source).toBe('detected');
    expect(view.map.columns.find((c) => c.column === 'N')).toEqual({ column: 'N', label: 'Unit/Satuan Kerja Pelaksana › Koordinator', role: 'koordinator' });
    expect(view.map.columns.find((c) => c.column === 'G')?.role).toBe('target TW 1 2023');
  });

  test('rows the user names', () => {
    const view = columnsPass(foreignGrid(), undefined, 'id', [1, 2]);
    expect(view.source).toBe('rows');
    expect(view.map.headerRows).toEqual([1, 2]);
  });

  test('the preview counts the outputs and shows the first rows', () => {
    const preview = previewPass(foreignGrid(), FOREIGN_MAP, 'id');
    expect(preview.counts).toEqual(FOREIGN_COUNTS);
    expect(preview.rows[0]).toEqual({ row: 3, group: 'Bidang Kepegawaian', action: 'Menyusun SOP', output: 'SOP kepegawaian', targets: 'Juni: 1' });
    expect(preview.problems).toEqual([]);
    const partial = previewPass(foreignGrid(), { ...FOREIGN_MAP, columns: FOREIGN_MAP.columns.slice(0, 8) }, 'en');
    expect(partial.problems).toEqual([expect.stringMatching(/^Column “Coordinator” is missing/)]);
  });

  test('saved: the map sheet is created, then replaced; the map is shown as saved and checks use it', () => {
    const first = saveMapPass(FOREIGN_MAP, undefined);
    expect(first.placement).toBe('create');
    const mapGrid = planGrid(first.plan);
    const again = saveMapPass({ ...FOREIGN_MAP, columns: FOREIGN_MAP.columns.map((c) => (c.label === 'Pemilik' ? { ...c, role: 'pelaksana' } : c)) }, mapGrid);
    expect(again.placement).toBe('replace');
    expect(columnsPass(foreignGrid(), mapGrid, 'id')).toMatchObject({ source: 'map', saved: true });
    expect(validationPass(foreignGrid(), 'id', mapGrid).report.counts).toEqual(FOREIGN_COUNTS);
  });

  test('a sheet named RB Matrix that a person made is never replaced', () => {
    expect(() => saveMapPass(FOREIGN_MAP, { sheetName: MAP_SHEET, values: [['catatan saya']] })).toThrow(/bukan buatan RB Matrix/);
  });

  test('the map sheet itself is never read as a matrix', () => {
    const mapGrid = planGrid(saveMapPass(FOREIGN_MAP, undefined).plan);
    expect(() => validationPass(mapGrid, 'id', mapGrid)).toThrow(/peta kolom RB Matrix, bukan matriks/);
  });
});
