/**
 * Issue 17, core: row keys, the split plan and the merge decisions on hand-made grids, the way the
 * CLI and the hosts use them (split → a unit types → merge), without files.
 */
import type { CellValue, Grid } from '../../core/grid';
import { readMatrix, type Matrix } from '../../core/model/readMatrix';
import { mergeDecisions, mergeLogPlan, readCollections, readIdentity, rowKeys, splitPlan, unitSheets, type UnitInput } from '../../core/tiered';
import { planGrid } from '../helpers/plan';
import { GENERAL_H1, GENERAL_H2, gRow, G } from '../core/helpers';

const REAL = 16; // Realisasi › TW 1 … TW 4 in Q–T, then Kendala, Tindak Lanjut, Bukti Dukung
const KENDALA = 20;
const H1 = [...GENERAL_H1, 'Realisasi', '', '', '', 'Kendala', 'Tindak Lanjut', 'Bukti Dukung'];
const H2 = [...GENERAL_H2, 'TW 1', 'TW 2', 'TW 3', 'TW 4', '', '', ''];

function row(ra: string, output: string, koordinator: string, more: Record<number, CellValue> = {}): CellValue[] {
  const r: CellValue[] = [...gRow({ rencanaAksi: ra, indikator: output, koordinator }), null, null, null, null, null, null, null];
  for (const [c, v] of Object.entries(more)) r[Number(c)] = v;
  return r;
}

const ROWS = [
  row('Reviu proses bisnis', 'Laporan reviu', 'Biro Umum'),
  row('Reviu proses bisnis', 'SOP baru', 'Biro Organisasi'),
  row('Penataan jabatan', 'Peta jabatan', 'BIRO UMUM '),
  row('Penataan jabatan', 'Peta jabatan', 'Biro Umum', { [G.satuan]: 'Peta' }), // a twin: same group path and text, another Satuan
  row('Survei', 'Indeks kepuasan', ''),
];

function masterGrid(rows: CellValue[][] = ROWS): Grid {
  return {
    sheetName: 'Lampiran II',
    values: [['MATRIKS RENCANA AKSI RB GENERAL INSTANSI X 2023'], H1, H2, ...rows.map((r) => [...r])],
    merges: [{ top: 1, left: REAL, bottom: 1, right: REAL + 3 }],
  };
}

const read = (g: Grid): Matrix => readMatrix(g)!;

/** Split `master` by Koordinator; each unit file's sheets as grids, by part name. */
function split(master: Matrix): Map<string, Grid[]> {
  const plan = splitPlan(master, 'koordinator');
  const files = new Map<string, Grid[]>();
  for (const part of [...plan.parts, ...(plan.unassigned ? [plan.unassigned] : [])]) files.set(part.name, unitSheets(master, plan, part, { splitOn: '2023-07-01', year: 2023 }).map(planGrid));
  return files;
}

function unit(name: string, grids: Grid[]): UnitInput {
  const sheet = grids.find((g) => g.sheetName === 'Lampiran II');
  return { name, identity: readIdentity(grids), matrix: sheet && readMatrix(sheet) };
}

/** Sets a cell of the unit's matrix sheet on the row whose output reads `output` (the n-th such row). */
function type(grids: Grid[], output: string, column: number, value: CellValue, nth = 0): void {
  const rows = grids[1].values.filter((r) => r[G.indikator] === output);
  rows[nth][column] = value;
}

describe('row keys', () => {
  test('come from the group path and output text, not the row; twins get -2', () => {
    const keys = rowKeys(read(masterGrid()));
    expect(new Set(keys).size).toBe(5);
    // Identical twins are told apart by order only.
    const identical = rowKeys(read(masterGrid([ROWS[0], ROWS[0]])));
    expect(identical[1]).toBe(`${identical[0]}-2`);
    const shuffled = rowKeys(read(masterGrid([ROWS[4], ROWS[1], ROWS[0], ROWS[2], ROWS[3]])));
    expect(shuffled).toEqual([keys[4], keys[1], keys[0], keys[2], keys[3]]);
    // Case, spaces and punctuation do not change a key; a Koordinator does not enter it.
    const retyped = rowKeys(read(masterGrid([row(' REVIU  proses bisnis.', 'laporan   REVIU', 'Lain'), ...ROWS.slice(1)])));
    expect(retyped[0]).toBe(keys[0]);
  });
});

describe('split plan', () => {
  test('groups by Koordinator as written, names the bucket without one', () => {
    const plan = splitPlan(read(masterGrid()), 'koordinator');
    expect(plan.parts.map((p) => [p.name, p.outputs])).toEqual([
      ['Biro Umum', [0, 2, 3]],
      ['Biro Organisasi', [1]],
    ]);
    expect(plan.unassigned).toEqual({ name: 'Tanpa Koordinator', outputs: [4] });
  });

  test('a matrix without the column asked for says so', () => {
    expect(() => splitPlan(read(masterGrid()), 'kegiatan')).not.toThrow();
    const noPelaksana = masterGrid();
    noPelaksana.values[2][G.pelaksana] = '';
    noPelaksana.values[1][G.pelaksana] = 'Catatan Lain';
    expect(() => splitPlan(read(noPelaksana), 'pelaksana')).toThrow(/Pelaksana/);
  });

  test('a unit sheet holds only its rows, the header, keys in a hidden column, plan cells locked and monitoring open', () => {
    const master = read(masterGrid());
    const plan = splitPlan(master, 'koordinator');
    const [guide, sheet, identity] = unitSheets(master, plan, plan.parts[0], { splitOn: '2023-07-01', year: 2023 });
    expect(guide.sheetName).toBe('Petunjuk');
    expect(identity.hidden).toBe(true);
    const unitMatrix = read(planGrid(sheet));
    expect(unitMatrix.outputs.map((o) => o.values[G.indikator])).toEqual(['Laporan reviu', 'Peta jabatan', 'Peta jabatan']);
    const keyColumn = H1.length;
    expect(sheet.hiddenColumns).toEqual([keyColumn]);
    expect(unitMatrix.outputs.map((o) => o.values[keyColumn])).toEqual([plan.keys[0], plan.keys[2], plan.keys[3]]);
    const at = (r: number, c: number) => sheet.cells.find((x) => x.row === r && x.column === c)!;
    expect(at(3, G.tw1).locked).toBeUndefined(); // locked, as every cell is unless its look says otherwise
    expect(at(3, REAL + 1).locked).toBe(false);
    expect(at(3, KENDALA).locked).toBe(false);
    expect(sheet.protection).toBeDefined();
  });
});

test('the Capaian and Status columns of rbm prepare go blank in a unit sheet (their values would go stale)', () => {
  const g = masterGrid();
  g.values[1] = [...H1, 'Capaian TW II 2023'];
  g.values.slice(3).forEach((r) => r.push(0.5));
  const master = read(g);
  const plan = splitPlan(master, 'koordinator');
  const [, sheet] = unitSheets(master, plan, plan.parts[0], { splitOn: '2023-07-01', year: 2023 });
  const column = H1.length;
  expect(sheet.cells.filter((c) => c.column === column && c.row > 2).map((c) => c.value.kind)).toEqual(['blank', 'blank', 'blank']);
  expect(sheet.hiddenColumns).toEqual([column + 1]);
});

describe('merge decisions', () => {
  test('copies what units typed, and merging again changes nothing', () => {
    const master = read(masterGrid());
    const files = split(master);
    const umum = files.get('Biro Umum')!;
    const org = files.get('Biro Organisasi')!;
    type(umum, 'Laporan reviu', REAL + 1, 1);
    type(umum, 'Peta jabatan', KENDALA, 'Menunggu SK', 1);
    type(org, 'SOP baru', REAL + 1, 0.5);
    // The unit sorted its copy: rows reversed.
    umum[1].values = [...umum[1].values.slice(0, 3), ...umum[1].values.slice(3).reverse()];
    const result = mergeDecisions(master, [unit('umum.xlsx', umum), unit('org.xlsx', org)], { quarter: 2 });
    expect(result.units.map((u) => [u.unit, u.status, u.copied])).toEqual([
      ['umum.xlsx', 'merged', 2],
      ['org.xlsx', 'merged', 1],
    ]);
    expect(result.writes).toEqual(
      expect.arrayContaining([
        { row: 3, column: REAL + 1, value: 1 },
        { row: 6, column: KENDALA, value: 'Menunggu SK' },
        { row: 4, column: REAL + 1, value: 0.5 },
      ]),
    );
    expect(result.writes).toHaveLength(3);
    // Write them, re-sort the master, merge again: nothing to copy.
    const merged = masterGrid();
    for (const w of result.writes) merged.values[w.row][w.column] = w.value;
    merged.values = [merged.values[0], merged.values[1], merged.values[2], ...merged.values.slice(3).reverse()];
    const again = mergeDecisions(read(merged), [unit('umum.xlsx', umum), unit('org.xlsx', org)], { quarter: 2 });
    expect(again.writes).toEqual([]);
    expect(again.units.every((u) => u.status === 'merged' && u.copied === 0)).toBe(true);
  });

  test('each conflict is reported and nothing of it written', () => {
    const masterG = masterGrid();
    masterG.values[3 + 1][REAL] = 'Draft'; // SOP baru TW 1 already reported in the master
    const master = read(masterG);
    const files = split(master);
    const umum = files.get('Biro Umum')!;
    const org = files.get('Biro Organisasi')!;
    const orgAgain = split(master).get('Biro Organisasi')!;
    // plan-changed: a target typed over (protection lifted).
    type(umum, 'Laporan reviu', G.tw1, 5);
    type(umum, 'Laporan reviu', REAL, 1);
    // master-differs.
    type(org, 'SOP baru', REAL, 'Final');
    // units-disagree: two copies of one part fill a cell differently.
    type(org, 'SOP baru', REAL + 2, 1);
    type(orgAgain, 'SOP baru', REAL + 2, 2);
    // duplicate-key: a row copied; no-match: a row added without a key.
    umum[1].values.push([...umum[1].values[4]], [...umum[1].values[3]]);
    umum[1].values[umum[1].values.length - 1][H1.length] = null;
    const result = mergeDecisions(master, [unit('umum', umum), unit('org', org), unit('org2', orgAgain)]);
    const kinds = result.entries.filter((e) => e.outcome === 'conflict').map((e) => [e.unit, e.conflict, e.field ?? '']);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['umum', 'plan-changed', 'tw1_2023'],
        ['umum', 'duplicate-key', ''],
        ['umum', 'no-match', ''],
        ['org', 'master-differs', 'realisasi_tw1_2023'],
        ['org', 'units-disagree', 'realisasi_tw3_2023'],
        ['org2', 'units-disagree', 'realisasi_tw3_2023'],
      ]),
    );
    const planChanged = result.entries.find((e) => e.conflict === 'plan-changed')!;
    expect([planChanged.master, planChanged.value]).toEqual(['1', '5']);
    expect(result.writes).toEqual([]);
    // --overwrite writes over the master's value, never over a disagreement.
    const forced = mergeDecisions(master, [unit('org', org), unit('org2', orgAgain)], { overwrite: true });
    expect(forced.writes).toEqual([{ row: 4, column: REAL, value: 'Final' }]);
  });

  test('refuses files of another year, another matrix, an older split, or not split at all', () => {
    const master = read(masterGrid());
    const umum = split(master).get('Biro Umum')!;
    const other = read(masterGrid([row('Lain', 'Lain sama sekali', 'Biro Umum'), row('Lain', 'Lain lagi', 'Biro Umum')]));
    const foreign = split(other).get('Biro Umum')!;
    const lastYear = umum.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
    lastYear[2].values.find((r) => r[0] === 'Tahun')![1] = '2022';
    const plain = [umum[1]];
    const result = mergeDecisions(master, [unit('foreign', foreign), unit('lastYear', lastYear), unit('plain', plain), { name: 'broken', problem: { id: 'rusak', en: 'broken' } }]);
    expect(result.units.map((u) => [u.unit, u.status])).toEqual([
      ['foreign', 'refused'],
      ['lastYear', 'refused'],
      ['plain', 'refused'],
      ['broken', 'refused'],
    ]);
    expect(result.units.map((u) => u.reason!.en)).toEqual([expect.stringMatching(/0 of this file’s 2 row keys/), expect.stringMatching(/for 2022/), expect.stringMatching(/Not a file made/), 'broken']);
  });
});

describe('merge log', () => {
  test('per coordinator the day of its last collection, carried over for those refused or absent; read back by the summary', () => {
    const master = read(masterGrid());
    const files = split(master);
    const result = mergeDecisions(master, [unit('umum', files.get('Biro Umum')!), { name: 'org', identity: readIdentity(files.get('Biro Organisasi')!), problem: { id: 'rusak', en: 'broken' } }]);
    const previous = [
      { part: 'Biro Organisasi', day: { year: 2023, month: 4, day: 5 } },
      { part: 'Tanpa Koordinator', day: { year: 2023, month: 4, day: 6 } },
    ];
    const log = mergeLogPlan(result, { day: { year: 2023, month: 7, day: 10 }, quarter: 2, previous });
    const grid = planGrid(log);
    // planGrid keeps texts and numbers: the dates are checked on the plan.
    const dates = log.cells.filter((c) => c.value.kind === 'date').map((c) => [grid.values[c.row][0], c.value]);
    expect(dates).toEqual([
      ['Biro Umum', { kind: 'date', year: 2023, month: 7, day: 10 }],
      ['Biro Organisasi', { kind: 'date', year: 2023, month: 4, day: 5 }],
      ['Tanpa Koordinator', { kind: 'date', year: 2023, month: 4, day: 6 }],
    ]);
    expect(grid.values.some((r) => r?.[6] === 'ditolak' || r?.[2] === 'ditolak')).toBe(true);
    // A date cell reads back as a Date.
    for (const c of log.cells) if (c.value.kind === 'date') grid.values[c.row][c.column] = new Date(Date.UTC(c.value.year, c.value.month - 1, c.value.day));
    expect(readCollections(grid)).toEqual([
      { part: 'Biro Umum', day: { year: 2023, month: 7, day: 10 } },
      { part: 'Biro Organisasi', day: { year: 2023, month: 4, day: 5 } },
      { part: 'Tanpa Koordinator', day: { year: 2023, month: 4, day: 6 } },
    ]);
    expect(readCollections({ sheetName: 'Log penggabungan', values: [['someone else’s sheet']] })).toEqual([]);
  });

  test('a log a host wrote is read back whatever form its dates come in: a Date, text, or the serial day Sheets was given', () => {
    const values = [['Log penggabungan laporan unit (RB Matrix)'], [], [], ['Koordinator', 'Berkas', 'Hasil', 'Disalin', 'Tidak berubah', 'Konflik', 'Terakhir dikumpulkan']];
    values.push(['A', '', '', '', '', '', new Date(Date.UTC(2023, 6, 5)) as never], ['B', '', '', '', '', '', '2023-07-06'], ['C', '', '', '', '', '', 45112 as never], ['D', '', '', '', '', '', 0.5 as never]);
    expect(readCollections({ sheetName: 'Log penggabungan', values })).toEqual([
      { part: 'A', day: { year: 2023, month: 7, day: 5 } },
      { part: 'B', day: { year: 2023, month: 7, day: 6 } },
      { part: 'C', day: { year: 2023, month: 7, day: 5 } },
    ]);
  });
});
