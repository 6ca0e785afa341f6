/**
 * core/workbench/tieredPass.ts, the hosts' side of issue 17 without a host: sheet names for the
 * coordinators, the requests checked, a coordinator's sheet refused as a master, and a share then a
 * collection on grids (the host tests do the same through the fakes).
 */
import { UserError } from '../../core/i18n';
import { checkCollectRequest, checkShareRequest, collectPass, isUnitGrid, sharePass, unitSheetName, unitSheetNames } from '../../core/workbench/tieredPass';
import { generateMatrix } from '../../bench/generateMatrix';
import { planGrid } from '../helpers/plan';

const grid = () => generateMatrix(20, 20230101, true).grid;

test('a coordinator’s sheet name: Lapor and the name, Excel’s characters removed, 31 characters at most, unique without regard to case', () => {
  const used = new Set<string>(['rb general']);
  expect(unitSheetName('Biro Umum', used)).toBe('Lapor Biro Umum');
  expect(unitSheetName('BIRO UMUM', used)).toBe('Lapor BIRO UMUM (2)');
  expect(unitSheetName('Biro [Hukum]: Humas / Protokol', used)).toBe('Lapor Biro Hukum Humas Protokol');
  const long = unitSheetName('Pusat Pengembangan Sistem Informasi Kepegawaian', used);
  expect(long.length).toBeLessThanOrEqual(31);
  expect(unitSheetName('Pusat Pengembangan Sistem Informasi Kepegawaian', used)).toMatch(/ \(2\)$/);
  expect(unitSheetName("'", used)).toBe('Lapor -');
  expect(unitSheetNames(['RB General', 'Lapor A', 'lapor b', 'Laporan', 'Catatan'], 'RB General')).toEqual(['Lapor A', 'lapor b']);
});

test('requests from the panel or the menu are checked before any sheet is read', () => {
  expect(checkShareRequest({ lang: 'id' })).toEqual({ by: 'koordinator', lang: 'id' });
  expect(checkShareRequest({ by: 'pelaksana', year: '2025', password: '', lang: 'en' })).toEqual({ by: 'pelaksana', year: 2025, lang: 'en' });
  expect(() => checkShareRequest({ by: 'eselon', lang: 'id' })).toThrow(UserError);
  expect(() => checkShareRequest({ year: 1850, lang: 'id' })).toThrow(/Unknown year/);
  expect(checkCollectRequest({ quarter: '2', lang: 'id' })).toEqual({ quarter: 2, lang: 'id' });
  expect(() => checkCollectRequest({ quarter: 5, lang: 'id' })).toThrow(/TW I–IV/);
});

test('share then collect on grids: each coordinator’s rows once, what one typed copied, nothing the second time', () => {
  const master = grid();
  const { plans, outcome } = sharePass(master, { by: 'koordinator', lang: 'id' }, new Date(2023, 6, 1));
  expect(outcome.units.reduce((n, u) => n + u.outputs, 0)).toBe(20);
  const units = plans.map((p) => ({ name: p.sheetName, grids: [planGrid(p)], inWorkbook: true }));
  expect(isUnitGrid(units[0].grids[0])).toBe(true);
  expect(() => sharePass(units[0].grids[0], { by: 'koordinator', lang: 'en' }, new Date())).toThrow(/coordinator's part, not the master/);
  const open = plans[0].cells.find((c) => c.locked === false && c.column === 18)!;
  units[0].grids[0].values[open.row][open.column] = 'Selesai =1+1';
  const first = collectPass(master, units, { quarter: 3, lang: 'id' }, new Date(2023, 9, 1));
  expect(first.writes).toHaveLength(1);
  expect(first.writes[0].value).toBe("'Selesai =1+1"); // text stays text
  expect(first.log.cells[0].value).toEqual({ kind: 'text', text: 'Log penggabungan laporan unit (RB Matrix)' });
  const cell = first.writes[0].cell;
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!;
  expect(col).toBe('S');
  master.values[Number(row) - 1][18] = 'Selesai =1+1';
  expect(collectPass(master, units, { quarter: 3, lang: 'id' }, new Date()).writes).toEqual([]);
  expect(() => collectPass(master, [], { lang: 'en' }, new Date())).toThrow(/nothing to collect/);
});
