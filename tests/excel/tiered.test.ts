/**
 * Issue 17 in Excel, on the fake: *Bagikan ke koordinator* makes one protected sheet per coordinator
 * (their rows only, monitoring cells open, keys hidden), never over a person's sheet; a coordinator
 * types into the open cells; *Kumpulkan laporan* copies what they typed into the matrix by row key
 * (and from .xlsx files picked in the task pane), shows conflicts without writing them, keeps a log
 * sheet, and changes nothing the second time. Round trips do not grow with the rows.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writePlanToFile, writePlanToNewFile } from '../../cli/writePlan';
import type { Grid } from '../../core/grid';
import { readMatrix } from '../../core/model/readMatrix';
import { rowKeys } from '../../core/tiered/rowKey';
import { splitPlan } from '../../core/tiered/splitPlan';
import { unitSheets } from '../../core/tiered/unitSheets';
import { LOG_SHEET } from '../../core/tiered/mergeLog';
import { generated } from '../sheets/workbooks';
import type { FakeWorkbook } from './fakeExcel';
import { bridgeOver, MADE_ON, workbookOf } from './helpers';

const REALISASI_TW3 = 18; // column S of the generated matrix: Realisasi › TW 3
const share = (wb: FakeWorkbook, ask: object = {}) => bridgeOver(wb).shareWithCoordinators({ by: 'koordinator', lang: 'en', ...ask });
const collect = (wb: FakeWorkbook, files: Parameters<ReturnType<typeof bridgeOver>['collectReports']>[1] = [], ask: object = {}) => bridgeOver(wb).collectReports({ lang: 'en', ...ask }, files);

/** A coordinator types into their sheet: Realisasi TW 3 of their first `n` rows. */
async function typeInto(wb: FakeWorkbook, sheet: string, n: number, value: (i: number) => number | string): Promise<void> {
  const first = 5; // title rows and the two header rows of the generated matrix: data from sheet row 6
  await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(first, REALISASI_TW3, n, 1);
    range.values = Array.from({ length: n }, (_, i) => [value(i)]);
  });
}

/** The master's Realisasi TW 3 of the output whose row key is `key` (the grid starts at A1). */
function masterValue(wb: FakeWorkbook, key: string, grid: Grid): unknown {
  const matrix = readMatrix(grid)!;
  const row = matrix.outputs[rowKeys(matrix).indexOf(key)].index;
  return wb.sheet(grid.sheetName).at(row, REALISASI_TW3).value;
}

test('share: one protected sheet per coordinator, their rows only, monitoring cells open, keys hidden; the matrix stays active', async () => {
  const grid = generated(20);
  const wb = workbookOf(grid);
  const outcome = await share(wb);
  expect(outcome.units.map((u) => u.outputs).reduce((a, b) => a + b)).toBe(20);
  expect(wb.sheets.map((s) => s.name)).toEqual([grid.sheetName, ...outcome.units.map((u) => u.sheetName)]);
  for (const unit of outcome.units) {
    const sheet = wb.sheet(unit.sheetName);
    expect(sheet.protection).not.toBeNull();
    expect([...sheet.hiddenColumns]).toEqual([20]);
    expect(sheet.at(5, REALISASI_TW3).locked).toBe(false);
    expect(sheet.at(5, 4).locked).toBe(true); // the output's text
    expect(sheet.at(5 + unit.outputs, 4).value).toBeNull(); // nothing below its rows
  }
  expect(wb.active.name).toBe(grid.sheetName);
});

test('a person’s sheet of a unit’s name is never replaced: nothing is written; RB Matrix’s own are, the second time', async () => {
  const grid = generated(20);
  const wb = workbookOf(grid);
  const first = await share(wb);
  const again = await share(wb);
  expect(again.replaced).toBe(first.units.length);
  expect(wb.sheets.length).toBe(1 + first.units.length);
  const mine = workbookOf(grid, { sheetName: first.units[1].sheetName, values: [['catatan saya']] });
  await expect(share(mine)).rejects.toThrow(/was not made by RB Matrix/);
  expect(mine.sheets.map((s) => s.name)).toEqual([grid.sheetName, first.units[1].sheetName]);
});

test('collect: what coordinators typed lands in the matrix, only changed cells; a changed plan cell and a master that differs are conflicts, not written; again changes nothing', async () => {
  const grid = generated(20);
  const wb = workbookOf(grid);
  const { units } = await share(wb);
  const [a, b] = units;
  await typeInto(wb, a.sheetName, a.outputs, (i) => 10 + i);
  await typeInto(wb, b.sheetName, 1, () => 7);
  // b's coordinator lifts the protection (no password) and changes a target of that row.
  await wb.run(async (context) => {
    const s = context.workbook.worksheets.getItem(b.sheetName);
    s.protection.unprotect();
    s.getRange('J6').values = [['99']];
  });
  const keyOf = (sheet: string, i: number) => String(wb.sheet(sheet).at(5 + i, 20).value);
  const aKeys = Array.from({ length: a.outputs }, (_, i) => keyOf(a.sheetName, i));
  const bKey = keyOf(b.sheetName, 0);
  wb.resetCounters();
  const outcome = await collect(wb, [], { quarter: 3 });
  expect(outcome.units.map((u) => [u.unit, u.status])).toEqual(units.map((u) => [u.sheetName, u.sheetName === b.sheetName ? 'conflicts' : 'merged']));
  expect(outcome.written).toBe(a.outputs);
  for (const [i, key] of aKeys.entries()) expect(masterValue(wb, key, grid)).toBe(10 + i);
  expect(masterValue(wb, bKey, grid)).toBeNull(); // held back: the plan was changed
  const log = wb.sheet(LOG_SHEET);
  const logText = [...log.cells.values()].map((c) => String(c.value)).join('|');
  expect(logText).toMatch(/sel rencana diubah/);
  expect(logText).toMatch(/disalin/);
  // Again: nothing changes, the log is replaced (it is RB Matrix's own).
  const twice = await collect(wb, [], { quarter: 3 });
  expect(twice.written).toBe(0);
  expect(wb.sheets.filter((s) => s.name === LOG_SHEET)).toHaveLength(1);
  // The master's cell now holds another value: the unit's new figure is a conflict, not written.
  await typeInto(wb, a.sheetName, 1, () => 42);
  const third = await collect(wb, [], { quarter: 3 });
  expect(third.written).toBe(0);
  expect(masterValue(wb, aKeys[0], grid)).toBe(10);
  expect(third.units.find((u) => u.unit === a.sheetName)!.status).toBe('conflicts');
});

test('collect from .xlsx files picked in the task pane, read with the CLI’s reader; an unreadable file is refused in the log', async () => {
  const grid = generated(20);
  const wb = workbookOf(grid);
  const matrix = readMatrix(grid)!;
  const split = splitPlan(matrix, 'koordinator');
  const [matrixPlan, identity] = unitSheets(matrix, split, split.parts[0], { splitOn: '2023-07-01' }).slice(1);
  matrixPlan.cells.push({ row: 5, column: REALISASI_TW3, value: { kind: 'number', value: 77 }, locked: false });
  const dir = mkdtempSync(path.join(tmpdir(), 'rbm-unit-'));
  await writePlanToNewFile(path.join(dir, 'a.xlsx'), matrixPlan);
  await writePlanToFile(path.join(dir, 'a.xlsx'), path.join(dir, 'unit.xlsx'), identity);
  const bridge = bridgeOver(wb);
  const files = await bridge.readUnitFiles([
    { name: 'unit.xlsx', bytes: new Uint8Array(readFileSync(path.join(dir, 'unit.xlsx'))) },
    { name: 'rusak.xlsx', bytes: new TextEncoder().encode('bukan xlsx') },
  ]);
  const outcome = await bridge.collectReports({ lang: 'en', quarter: 3 }, files);
  expect(outcome.units.map((u) => [u.unit, u.status])).toEqual([
    ['unit.xlsx', 'merged'],
    ['rusak.xlsx', 'refused'],
  ]);
  expect(outcome.written).toBe(1);
  expect(masterValue(wb, split.keys[split.parts[0].outputs[0]], grid)).toBe(77);
});

test('round trips: share and collect do not grow with the rows (one more per coordinator)', async () => {
  const figures: number[][] = [];
  for (const outputs of [10, 10_000]) {
    const grid = generated(outputs);
    const wb = workbookOf(grid);
    wb.resetCounters();
    const { units } = await share(wb);
    const shared = wb.syncCount;
    await typeInto(wb, units[0].sheetName, 1, () => 5);
    wb.resetCounters();
    await collect(wb, [], { quarter: 3 });
    const collected = wb.syncCount;
    wb.resetCounters();
    await collect(wb, [], { quarter: 3 });
    figures.push([outputs, units.length, shared, collected, wb.syncCount]);
  }
  // eslint-disable-next-line no-console
  console.log(`Excel syncs [outputs, coordinators, share, collect, collect again]: ${JSON.stringify(figures)}`);
  for (const [, units, shared, collected, again] of figures) {
    expect(shared).toBe(1 + units); // read · one write per sheet (no earlier sheets: no signatures to read)
    expect(collected).toBe(2 + units); // read · one per unit sheet · write
    expect(again).toBe(3 + units); // and the earlier log, read whole (its coordinators' last collections)
  }
});

test('after a collection the summary knows who reported and when: the log the hosts write is the CLI’s, with each coordinator’s last collection', async () => {
  const grid = generated(20);
  const wb = workbookOf(grid);
  const { units } = await share(wb);
  await typeInto(wb, units[0].sheetName, units[0].outputs, (i) => 10 + i);
  await collect(wb, [], { quarter: 3 });
  // MADE_ON is the day of the collection.
  const day = `${MADE_ON.getFullYear()}-${String(MADE_ON.getMonth() + 1).padStart(2, '0')}-${String(MADE_ON.getDate()).padStart(2, '0')}`;
  const log = wb.sheet(LOG_SHEET);
  const logText = [...log.cells.values()].map((c) => String(c.value));
  expect(logText).toContain('Terakhir dikumpulkan');
  wb.resetCounters();
  await bridgeOver(wb).summarise({ year: 2023, quarter: 3, lang: 'id' });
  // The matrix and the sheet list · the heads of the other sheets with the log · the summary written:
  // the log costs no round trip of its own.
  expect(wb.syncCount).toBe(3);
  const summary = wb.sheets.find((s) => s.name.startsWith('Ringkasan'))!;
  const texts = [...summary.cells.values()].map((c) => String(c.value));
  expect(texts).toContain('Pelaporan per Koordinator');
  // Every coordinator in the summary's table was collected that day: before, the hosts' log had no such column,
  // and coordinators whose sheet name was cut to 31 characters were not recognised ('–').
  const reported = texts.filter((t) => t === day).length;
  expect(reported).toBeGreaterThan(0);
  expect(texts.filter((t) => t === '–').length).toBe(0);
});
