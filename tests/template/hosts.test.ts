/**
 * *Buat matriks baru* in the hosts, on the fakes: a new sheet under a free name (a sheet a person
 * made keeps its name and content), the template cell for cell, shown to the user, and checked by
 * the host's own *Periksa matriks* with no error and no warning; a constant number of round trips
 * whatever the workbook holds.
 */
import { generated } from '../sheets/workbooks';
import { addGrid } from '../sheets/workbooks';
import { scriptBridge } from '../../sheets-addon/client/scriptBridge';
import { scriptRunner } from '../sheets/scriptRunner';
import { loadAddon } from '../sheets/loadAddon';
import { templatePlan } from '../../core/template';
import { bridgeOver, expectSheetMatchesPlan, snapshot, workbookOf } from '../excel/helpers';

const request = { kind: 'rb-general' as const, year: 2025, lang: 'id' as const };

describe('Excel', () => {
  test('a new sheet beside a person’s sheet of the same name, the template cell for cell, checked clean, in 3 round trips at any size', async () => {
    const trips: number[] = [];
    for (const n of [10, 10_000]) {
      const mine = { ...generated(n), sheetName: 'RB General 2025' };
      const wb = workbookOf(mine);
      const before = snapshot(wb.sheet('RB General 2025'));
      const bridge = bridgeOver(wb);
      wb.resetCounters();
      const outcome = await bridge.createMatrix(request);
      trips.push(wb.syncCount);
      expect(outcome.sheetName).toBe('RB General 2025 (2)');
      expect(snapshot(wb.sheet('RB General 2025'))).toBe(before);
      expectSheetMatchesPlan(wb.sheet(outcome.sheetName), templatePlan(request, outcome.sheetName));
      expect(wb.active.name).toBe(outcome.sheetName);
      const { report } = await bridge.validate('id');
      expect(report.sheet).toBe(outcome.sheetName);
      expect(report.counts).toMatchObject({ outputs: 1, errors: 0, warnings: 0 });
    }
    expect(trips).toEqual([3, 3]);
  });

  test('with the monitoring blocks: still no error and no warning', async () => {
    const wb = workbookOf({ sheetName: 'Sheet1', values: [[]] });
    const bridge = bridgeOver(wb);
    const outcome = await bridge.createMatrix({ ...request, kind: 'rb-tematik', monitoring: true });
    const { report } = await bridge.validate('id');
    expect(report.sheet).toBe(outcome.sheetName);
    expect(report.header?.columns).toHaveProperty('realisasi_tw1');
    expect(report.counts).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe('Sheets', () => {
  test('the sidebar (which lays the sheet out with core) over the built script: free names, the person’s sheet untouched, checked clean, calls that do not grow with the matrix', async () => {
    const totals: number[] = [];
    for (const n of [10, 10_000]) {
      const addon = loadAddon();
      const mine = addGrid(addon.fake, { ...generated(n), sheetName: 'RB General 2025' });
      const before = JSON.stringify(mine.extent()) + mine.peek('A1').value;
      addon.fake.log.reset();
      const outcome = await scriptBridge(scriptRunner(addon)).createMatrix(request);
      totals.push(addon.fake.log.total());
      expect(outcome).toEqual({ sheetName: 'RB General 2025 (2)' });
      expect(JSON.stringify(mine.extent()) + mine.peek('A1').value).toBe(before);
      const made = addon.fake.sheet('RB General 2025 (2)');
      expect(made.peek('C4').value).toBe('Target Tahun 2025');
      expect(made.frozenRows).toBe(5);
      expect(addon.fake.spreadsheet.active.name).toBe('RB General 2025 (2)');
      const checked = addon.call('rbValidate', 'id');
      expect(checked.report.counts).toMatchObject({ outputs: 1, errors: 0, warnings: 0 });
    }
    expect(totals[0]).toBe(totals[1]);
  });

  test('the menu opens the panel, where the sheet is made; a sheet made meanwhile under the chosen name is never replaced', async () => {
    const addon = loadAddon();
    addGrid(addon.fake, generated(10));
    addon.call('rbMenuNewMatrix');
    expect(addon.fake.ui.sidebars).toHaveLength(1);
    const outcome = await scriptBridge(scriptRunner(addon)).createMatrix({ ...request, kind: 'rb-tematik', year: 2026 });
    expect(outcome).toEqual({ sheetName: 'RB Tematik 2026' });
    expect(addon.fake.sheet('RB Tematik 2026').peek('H4').value).toBe('Target 2026');
    expect(() => addon.call('rbWriteNewSheet', { sheetName: 'RB Tematik 2026' }, 'id')).toThrow(/sudah ada/);
  });
});
