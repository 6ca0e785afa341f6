/**
 * Issue 17 in Sheets: the sidebar's bridge (sheets-addon/client/scriptBridge.ts) runs the passes and
 * calls the built Code.js over a google.script.run stand-in (JSON both ways, answered later), on the
 * fake Apps Script. Share makes one protected sheet per coordinator; a coordinator types into the open
 * cells; collect copies it into the matrix by row key, holds conflicts back, keeps a log sheet, and
 * changes nothing the second time. Service calls do not grow with the rows.
 */
import type { CellValue, Grid } from '../../core/grid';
import { LOG_SHEET, LOG_SIGNATURE } from '../../core/tiered/mergeLog';
import { scriptBridge } from '../../sheets-addon/client/scriptBridge';
import type { FakeSheet } from './fakeAppsScript';
import { loadAddon } from './loadAddon';
import { scriptRunner } from './scriptRunner';
import { addGrid, generated } from './workbooks';

const KOORDINATOR = 13;
const REALISASI_TW3 = 19; // 1-based column S
const UNITS = ['Biro Perencanaan dan Organisasi', 'Biro Sumber Daya Manusia', 'Direktorat Jabatan ASN', 'Direktorat Kinerja ASN', 'Pusat Pengembangan Sistem Informasi', 'Inspektorat', ''];

/** A generated matrix whose outputs cycle through six coordinators and one without a name (seven parts at any size). */
function matrix(outputs: number): Grid {
  const grid = generated(outputs);
  let i = 0;
  const values = grid.values.map((row, r) => (r >= 5 && row[5] ? row.map((v, c) => (c === KOORDINATOR ? (UNITS[i++ % UNITS.length] as CellValue) : v)) : row));
  return { ...grid, values };
}

function setUp(outputs = 20) {
  const addon = loadAddon();
  const grid = matrix(outputs);
  const sheet = addGrid(addon.fake, grid);
  return { addon, grid, sheet, bridge: scriptBridge(scriptRunner(addon)) };
}

/** The rows of a coordinator's sheet holding outputs (1-based), found by their key in the hidden column. */
function unitRows(sheet: FakeSheet, keyColumn: number): number[] {
  const rows: number[] = [];
  for (let r = 1; r <= sheet.maxRows; r++) if (/^[0-9a-f]{16}/.test(String(sheet.peekAt(r, keyColumn).value))) rows.push(r);
  return rows;
}

test('share: a protected sheet per coordinator after the matrix, warning before a locked edit, monitoring open, keys hidden; the matrix stays active', async () => {
  const { addon, grid, bridge } = setUp();
  const lines: string[] = [];
  const outcome = await bridge.shareWithCoordinators({ by: 'koordinator', lang: 'id' }, (stage, detail) => lines.push(`${stage} ${detail ?? ''}`.trim()));
  expect(outcome.units).toHaveLength(7);
  expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([grid.sheetName, ...outcome.units.map((u) => u.sheetName)]);
  expect(addon.fake.ui.toasts).toEqual(outcome.units.map((u, i) => `${u.sheetName} (${i + 1}/7)`)); // a progress line per unit
  expect(lines).toEqual(['read', 'check', 'write']);
  for (const unit of outcome.units) {
    const sheet = addon.fake.sheet(unit.sheetName);
    expect(sheet.protection?.warningOnly).toBe(true);
    expect([...sheet.hiddenColumns]).toEqual([21]);
    expect(unitRows(sheet, 21)).toHaveLength(unit.outputs);
    expect(sheet.protection!.unprotected.length).toBeGreaterThan(0);
  }
  expect(addon.fake.spreadsheet.active.name).toBe(grid.sheetName);
});

test('a person’s sheet of a unit’s name stops the share before anything is written', async () => {
  const { addon, grid, bridge } = setUp();
  addon.fake.addSheet('Lapor Inspektorat', [['catatan saya']]);
  await expect(bridge.shareWithCoordinators({ by: 'koordinator', lang: 'en' })).rejects.toThrow(/was not made by RB Matrix/);
  expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual([grid.sheetName, 'Lapor Inspektorat']);
});

test('collect: what a coordinator typed reaches the matrix, a changed plan cell is a conflict not written, the log is kept; again changes nothing', async () => {
  const { addon, grid, sheet: master, bridge } = setUp();
  const { units } = await bridge.shareWithCoordinators({ by: 'koordinator', lang: 'id' });
  const [a, b] = units.map((u) => addon.fake.sheet(u.sheetName));
  addon.fake.user = 'koordinator@instansi.go.id';
  const aRows = unitRows(a, 21);
  a.getRange(aRows[0], REALISASI_TW3, aRows.length, 1).setValues(aRows.map((_, i) => [String(10 + i)]));
  const bRow = unitRows(b, 21)[0];
  b.getRange(bRow, REALISASI_TW3).setValues([['7']]);
  b.getRange(bRow, 10).setValues([['99']]); // a target: the protection only warns
  addon.fake.user = addon.fake.owner;
  const lines: string[] = [];
  const outcome = await bridge.collectReports({ quarter: 3, lang: 'id' }, [], (stage, detail) => lines.push(`${stage} ${detail ?? ''}`.trim()));
  expect(lines).toEqual(['read', ...units.map((u, i) => `read ${u.sheetName} (${i + 1}/7)`), 'check', 'write']);
  expect(outcome.written).toBe(aRows.length);
  expect(outcome.units.find((u) => u.unit === b.name)!.status).toBe('conflicts');
  const key = (s: FakeSheet, r: number) => s.peekAt(r, 21).value;
  const masterRow = (k: unknown) => grid.values.findIndex((_, r) => r >= 5 && master.peekAt(r + 1, 6).value === a.peekAt(aRows.find((x) => key(a, x) === k)!, 6).value) + 1;
  expect(master.peekAt(masterRow(key(a, aRows[0])), REALISASI_TW3).value).toBe(10);
  expect(addon.fake.sheet(LOG_SHEET).peek('A1').value).toBe(LOG_SIGNATURE);
  const again = await bridge.collectReports({ quarter: 3, lang: 'id' });
  expect(again.written).toBe(0);
  expect(addon.fake.spreadsheet.sheets.filter((s) => s.name === LOG_SHEET)).toHaveLength(1);
});

test('service calls: the same at 10 and 10,000 outputs (seven coordinators each)', async () => {
  const figures: Record<string, number>[] = [];
  for (const outputs of [10, 10_000]) {
    const { addon, bridge } = setUp(outputs);
    addon.fake.log.reset();
    const { units } = await bridge.shareWithCoordinators({ by: 'koordinator', lang: 'id' });
    const share = addon.fake.log.total();
    const builders = addon.fake.log.snapshot()['SpreadsheetApp.newDataValidation'] ?? 0;
    const a = addon.fake.sheet(units[0].sheetName);
    const row = unitRows(a, 21)[0];
    a.getRange(row, REALISASI_TW3).setValues([['5']]);
    addon.fake.log.reset();
    const outcome = await bridge.collectReports({ quarter: 3, lang: 'id' });
    expect(outcome.written).toBe(1);
    const collect = addon.fake.log.total();
    addon.fake.log.reset();
    await bridge.collectReports({ quarter: 3, lang: 'id' }); // with the first one's log to read back
    figures.push({ outputs, units: units.length, share: share - builders, builders, collect, again: addon.fake.log.total() });
  }
  // eslint-disable-next-line no-console
  console.log(`Sheets service calls: ${JSON.stringify(figures)}`);
  // Every call but the validation rules' builders is the same at both sizes. Sheets builds a rule
  // per area where it checks by a formula relative to the area (whole numbers, text lengths), and a
  // larger matrix has more runs of rows of different kinds: 40 builders at 10 outputs, 56 at 10,000.
  expect(figures[1].share).toBe(figures[0].share);
  expect(figures[1].builders).toBeLessThanOrEqual(figures[0].builders * 2);
  expect(figures[1].collect).toBe(figures[0].collect);
  expect(figures[1].again).toBe(figures[0].again);
});

test('after a collection the summary says who reported and when (the log is the CLI’s, read back by the summary)', async () => {
  const { addon, bridge } = setUp();
  const { units } = await bridge.shareWithCoordinators({ by: 'koordinator', lang: 'id' });
  const a = addon.fake.sheet(units[0].sheetName);
  const aRows = unitRows(a, 21);
  addon.fake.user = 'koordinator@instansi.go.id';
  a.getRange(aRows[0], REALISASI_TW3, aRows.length, 1).setValues(aRows.map((_, i) => [String(10 + i)]));
  addon.fake.user = addon.fake.owner;
  await bridge.collectReports({ quarter: 3, lang: 'id' });
  const summary = addon.call('rbSummarise', { year: 2023, quarter: 3, lang: 'id' }) as { sheetName: string };
  const sheet = addon.fake.sheet(summary.sheetName);
  const texts: string[] = [];
  for (let r = 1; r <= sheet.maxRows; r++) for (let c = 1; c <= 8; c++) texts.push(String(sheet.peekAt(r, c).value));
  const at = texts.indexOf('Terakhir dikumpulkan');
  expect(at).toBeGreaterThan(0);
  // The day of the collection, in the spreadsheet's calendar: every coordinator's row of the table carries one.
  const days = texts.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t));
  expect(days.length).toBeGreaterThan(0);
  expect(texts.filter((t) => t === '–')).toEqual([]);
});
