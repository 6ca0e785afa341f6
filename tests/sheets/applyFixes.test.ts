/**
 * "Perbaiki otomatis" in Sheets writes the box of the changed cells in one `setValues`, every other
 * cell given back what it holds, and falls back to writing cell by cell where that would change a
 * cell: rich text, an array formula's results. Whatever way it writes, only the fixed cells change.
 * It refuses when the sheet changed between the read and the write.
 */
import type { Grid } from '../../core/grid';
import { naiveDate } from '../../core/periods/cellDay';
import type { FakeSheet } from './fakeAppsScript';
import { loadAddon, type LoadedAddon } from './loadAddon';
import { addGrid, fixtureGrid } from './workbooks';

let faithful: Grid;

beforeAll(async () => {
  faithful = await fixtureGrid('lampiran-ii.xlsx');
});

/** The faithful LAMPIRAN II in the fake, `plant` done on its sheet first; the cells its fixes change. */
function setUp(plant: (sheet: FakeSheet) => void = () => undefined): { addon: LoadedAddon; sheet: FakeSheet; cells: Set<string> } {
  const addon = loadAddon();
  const sheet = addGrid(addon.fake, faithful);
  plant(sheet);
  const preview = addon.call('rbPreviewFixes', 'id');
  return { addon, sheet, cells: new Set(preview.changes.map((c: { cell: string }) => c.cell)) };
}

/** Every cell but the fixed ones, as stored. */
function untouched(sheet: FakeSheet, fixed: Set<string>): string {
  const { rows, columns } = sheet.extent();
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns + 2; c++) if (!fixed.has(`${String.fromCharCode(64 + c)}${r}`)) out.push(JSON.stringify(sheet.peekAt(r, c)));
  return out.join('\n');
}

test('one setValues over the box: a formula, a date, a checkbox and texts Sheets would retype are given back as they were', () => {
  const { addon, sheet, cells } = setUp((s) => {
    s.cellAt(19, 11).formula = '=SUM(G19:J19)'; // K19, between two fixes
    s.cellAt(19, 13).value = naiveDate(2023, 6, 30); // M19, a date cell
    s.cellAt(19, 13).format = 'dd/mm/yyyy';
    s.cellAt(18, 15).value = '=bukan rumus'; // O18, text that looks like a formula
    s.cellAt(20, 15).value = '3,7'; // O20, text Sheets would read as a number
    s.cellAt(20, 13).value = true; // M20, a checkbox
  });
  expect(cells.has('J19') && cells.has('L19')).toBe(true);
  const before = untouched(sheet, cells);
  addon.fake.log.reset();
  addon.call('rbApplyFixes', 'id');
  expect(addon.fake.log.snapshot()['Range.setValues']).toBe(1);
  expect(addon.fake.log.snapshot()['RangeList.setValue']).toBeUndefined();
  expect(untouched(sheet, cells)).toBe(before);
  expect(sheet.peek('J19').value).toBe('100%');
});

test('a text with a link in the box: written cell by cell, the link kept', () => {
  const { addon, sheet, cells } = setUp((s) => {
    const n20 = s.cellAt(20, 14);
    n20.value = 'Biro Organisasi (lihat SOP)';
    n20.runs = [{ text: 'Biro Organisasi ' }, { text: '(lihat SOP)', link: 'https://jdih.example.go.id/sop' }];
  });
  const before = untouched(sheet, cells);
  addon.fake.log.reset();
  addon.call('rbApplyFixes', 'id');
  expect(addon.fake.log.snapshot()['Range.setValues']).toBeUndefined();
  expect(addon.fake.log.snapshot()['RangeList.setValue']).toBeGreaterThan(0);
  expect(untouched(sheet, cells)).toBe(before);
  expect(sheet.peek('N20').runs).toHaveLength(2);
  expect(sheet.peek('J19').value).toBe('100%');
});

test('an array formula spilling into the box: written cell by cell, the array intact', () => {
  // A FILTER in M30 whose results run down M30:M32, inside the box of the fixes.
  const { addon, sheet, cells } = setUp((s) => s.spill('M30', '=FILTER(N6:N40,N6:N40<>"")', [['a'], ['b'], ['c']]));
  const before = untouched(sheet, cells);
  addon.call('rbApplyFixes', 'id');
  expect(untouched(sheet, cells)).toBe(before);
  expect(sheet.peek('M31')).toMatchObject({ value: 'b', spilledFrom: 'M30' });
  expect(sheet.peek('M30').value).toBe('a');
});

test('the fake breaks an array written over, as Sheets does (the fallback above is needed)', () => {
  const { sheet, addon } = setUp();
  sheet.spill('M30', '=FILTER(N6:N40,N6:N40<>"")', [['a'], ['b']]);
  sheet.getRange('M31').setValues([['b']]);
  expect(sheet.peek('M30').value).toBe('#REF!');
  expect(addon.fake.log.total()).toBeGreaterThan(0);
});

test('someone typed in the box after the read: nothing is written, and the panel says why', () => {
  const { addon, sheet, cells } = setUp();
  const original = sheet.getDataRange.bind(sheet);
  sheet.getDataRange = () => {
    const range = original();
    const read = range.getValues.bind(range);
    range.getValues = () => {
      const values = read();
      sheet.cellAt(20, 14).value = 'diketik orang lain'; // N20, inside the box, just after the read
      return values;
    };
    return range;
  };
  const fixedBefore = [...cells].map((cell) => JSON.stringify(sheet.peek(cell)));
  expect(() => addon.call('rbApplyFixes', 'id')).toThrow(/berubah saat perbaikan disiapkan \(sel N20\)/);
  expect([...cells].map((cell) => JSON.stringify(sheet.peek(cell)))).toEqual(fixedBefore); // no fix written
  expect(sheet.peek('N20').value).toBe('diketik orang lain'); // the other person's edit stays
});
