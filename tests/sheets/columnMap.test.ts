/**
 * The column map by hand through the BUILT server script on the fake Apps Script (issue 12, point 6):
 * a sheet nobody recognises is shown for mapping, previewed, saved in the RB Matrix sheet, and read
 * with that map from then on; a map that no longer fits is a finding; a person's RB Matrix sheet is
 * never touched.
 */
import { MAP_SHEET, readMapSheet } from '../../core/columnMap/mapSheet';
import type { Grid } from '../../core/grid';
import { foreignGrid, FOREIGN_COUNTS, FOREIGN_MAP, FOREIGN_SHEET } from '../helpers/foreignMatrix';
import type { FakeSheet } from './fakeAppsScript';
import { loadAddon, overTheWire } from './loadAddon';
import { addGrid } from './workbooks';

/** A sheet of the fake read back as a grid (values only). */
function gridOf(sheet: FakeSheet): Grid {
  const { rows, columns } = sheet.extent();
  const values = [];
  for (let r = 1; r <= rows; r++) {
    const row = [];
    for (let c = 1; c <= columns; c++) {
      const v = sheet.peekAt(r, c).value;
      row.push(v === '' || v === undefined ? null : v);
    }
    values.push(row);
  }
  return { sheetName: sheet.name, values } as Grid;
}

test('inspect, preview, save, then check with the saved map: the round trip', () => {
  const addon = loadAddon();
  addGrid(addon.fake, foreignGrid());
  expect(() => addon.call('rbValidate', 'id')).toThrow(/Tidak ada matriks rencana aksi yang dikenali pada sheet “Rencana Kerja”.*Baris 2 paling mirip/);

  const view = overTheWire(addon.call('rbInspectColumns', 'id', null));
  expect(view).toMatchObject({ sheet: FOREIGN_SHEET, source: 'guess', saved: false });
  expect(view.map.columns.map((c: { label: string }) => c.label)).toEqual(FOREIGN_MAP.columns.map((c) => c.label));

  const preview = overTheWire(addon.call('rbPreviewColumns', FOREIGN_MAP, 'id'));
  expect(preview.counts).toEqual(FOREIGN_COUNTS);
  expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([FOREIGN_SHEET]); // a preview writes nothing

  addon.fake.log.reset();
  const saved = overTheWire(addon.call('rbSaveColumns', FOREIGN_MAP, 'id'));
  expect(saved).toEqual({ sheet: MAP_SHEET, matrixSheet: FOREIGN_SHEET, replaced: false });
  expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([FOREIGN_SHEET, MAP_SHEET]);
  expect(addon.fake.spreadsheet.active.name).toBe(FOREIGN_SHEET); // the user stays on the matrix
  expect(readMapSheet(gridOf(addon.fake.sheet(MAP_SHEET))).maps).toEqual([FOREIGN_MAP]);

  const checked = overTheWire(addon.call('rbValidate', 'id'));
  expect(checked.report.counts).toEqual(FOREIGN_COUNTS);
  expect(checked.report.header).toMatchObject({ rows: [2, 2], mapped: true });
  expect(overTheWire(addon.call('rbInspectColumns', 'en', null))).toMatchObject({ source: 'map', saved: true });

  // Saved again: RB Matrix's own sheet is replaced in place.
  const again = overTheWire(addon.call('rbSaveColumns', { ...FOREIGN_MAP, columns: FOREIGN_MAP.columns.slice(0, 8) }, 'en'));
  expect(again.replaced).toBe(true);
  expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([FOREIGN_SHEET, MAP_SHEET]);
  const report = overTheWire(addon.call('rbValidate', 'en')).report;
  expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['missing-label', 'extra-label']);
});

test('a map that no longer fits (a column deleted) is a finding, not a crash', () => {
  const addon = loadAddon();
  const grid = foreignGrid();
  grid.values = grid.values.map((r) => r.filter((_, c) => c !== 2)); // Produk deleted
  addGrid(addon.fake, grid);
  addon.call('rbSaveColumns', FOREIGN_MAP, 'id');
  const report = overTheWire(addon.call('rbValidate', 'en')).report;
  const stale = report.findings.filter((f: { code: string }) => f.code === 'column-map');
  expect(stale.map((f: { variant: string; params: { label: string } }) => [f.variant, f.params.label])).toEqual([['stale', 'Produk']]);
  expect(stale[0].message).toMatch(/no longer in header rows 2/);
});

test('a sheet named RB Matrix that a person made is never touched', () => {
  const addon = loadAddon();
  addGrid(addon.fake, foreignGrid());
  addon.fake.addSheet(MAP_SHEET, [['catatan rapat pokja']]);
  expect(() => addon.call('rbSaveColumns', FOREIGN_MAP, 'en')).toThrow(/already exists and was not made by RB Matrix/);
  expect(addon.fake.sheet(MAP_SHEET).peekAt(1, 1).value).toBe('catatan rapat pokja');
  // A map from anywhere but the sidebar is checked before it is used.
  expect(() => addon.call('rbPreviewColumns', { sheet: 1 }, 'en')).toThrow(/cannot be read/);
});
