/**
 * The column map by hand through the Excel bridge on the fake Excel (issue 12, point 6): what was
 * found, the preview, the map saved as RB Matrix's own sheet (a Plan, the same one the CLI and Sheets
 * write), read back by every later check; the round trips it costs; a person's sheet never touched.
 */
import { MAP_SHEET, mapSheetPlan, readMapSheet } from '../../core/columnMap/mapSheet';
import type { CellValue, Grid } from '../../core/grid';
import { foreignGrid, FOREIGN_COUNTS, FOREIGN_MAP, FOREIGN_SHEET } from '../helpers/foreignMatrix';
import { FakeWorkbook, type FakeSheet } from './fakeExcel';
import { bridgeOver, expectSheetMatchesPlan, expectWithinLimits, workbookOf } from './helpers';

/** A sheet of the fake as the grid a host reads (values only). */
function gridOf(sheet: FakeSheet): Grid {
  const values: CellValue[][] = [];
  for (const [k, c] of sheet.cells) {
    if (c.value === null || c.value === '') continue;
    const row = Math.floor(k / 16384);
    (values[row] ??= [])[k % 16384] = c.value as CellValue;
  }
  return { sheetName: sheet.name, values: Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null)) };
}

test('inspect, preview, save, then check with the saved map: the round trip, and what it costs', async () => {
  const wb = workbookOf(foreignGrid());
  const bridge = bridgeOver(wb);
  await expect(bridge.validate('id')).rejects.toThrow(/Tidak ada matriks rencana aksi yang dikenali pada sheet “Rencana Kerja”/);

  const view = await bridge.inspectColumns('id');
  expect(view).toMatchObject({ sheet: FOREIGN_SHEET, source: 'guess', saved: false });
  expect(view.map.columns).toHaveLength(FOREIGN_MAP.columns.length);

  const before = wb.syncCount;
  expect((await bridge.previewColumns(FOREIGN_MAP, 'id')).counts).toEqual(FOREIGN_COUNTS);
  expect(wb.syncCount - before).toBe(1);
  expect(wb.sheets.map((s) => s.name)).toEqual([FOREIGN_SHEET]);

  const saving = wb.syncCount;
  expect(await bridge.saveColumns(FOREIGN_MAP, 'id')).toEqual({ sheet: MAP_SHEET, matrixSheet: FOREIGN_SHEET, replaced: false });
  expect(wb.syncCount - saving).toBe(2); // the sheet and the list of sheets; the map sheet written
  expect(wb.sheets.map((s) => s.name)).toEqual([FOREIGN_SHEET, MAP_SHEET]);
  expect(wb.active.name).toBe(FOREIGN_SHEET);
  expectSheetMatchesPlan(wb.sheet(MAP_SHEET), mapSheetPlan([FOREIGN_MAP]));
  expect(readMapSheet(gridOf(wb.sheet(MAP_SHEET))).maps).toEqual([FOREIGN_MAP]);

  const checking = wb.syncCount;
  const outcome = await bridge.validate('id');
  expect(outcome.report.counts).toEqual(FOREIGN_COUNTS);
  expect(outcome.report.header).toMatchObject({ mapped: true });
  // One more round trip than without a map: the map sheet, read once the sheet list shows it.
  expect(wb.syncCount - checking).toBeLessThanOrEqual(4);
  expect(await bridge.inspectColumns('en')).toMatchObject({ source: 'map', saved: true });

  const again = await bridge.saveColumns({ ...FOREIGN_MAP, columns: FOREIGN_MAP.columns.slice(0, 8) }, 'en');
  expect(again.replaced).toBe(true);
  expect(wb.sheets.map((s) => s.name)).toEqual([FOREIGN_SHEET, MAP_SHEET]);
  expect((await bridge.validate('en')).report.findings.map((f) => f.code)).toEqual(['missing-label', 'extra-label']);
  const summary = await bridge.summarise({ year: 2026, quarter: 2, lang: 'id' });
  expect(summary.totals.outputs).toBe(4);
  expectWithinLimits(wb);
});

test('a map that no longer fits is a finding; a person’s RB Matrix sheet is never touched', async () => {
  const grid = foreignGrid();
  grid.values = grid.values.map((r) => r.filter((_, c) => c !== 2));
  const wb = workbookOf(grid);
  const bridge = bridgeOver(wb);
  await bridge.saveColumns(FOREIGN_MAP, 'id');
  const stale = (await bridge.validate('en')).report.findings.filter((f) => f.code === 'column-map');
  expect(stale.map((f) => [f.variant, f.params.label])).toEqual([['stale', 'Produk']]);

  const person = FakeWorkbook.of({ name: FOREIGN_SHEET, values: foreignGrid().values }, { name: MAP_SHEET, values: [['catatan rapat']] });
  await expect(bridgeOver(person).saveColumns(FOREIGN_MAP, 'en')).rejects.toThrow(/already exists and was not made by RB Matrix/);
  expect(gridOf(person.sheet(MAP_SHEET)).values).toEqual([['catatan rapat']]);
});
