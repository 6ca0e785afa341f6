/**
 * *Siapkan monitoring* in Sheets on the fake Apps Script, as the sidebar runs it (the sidebar's bridge
 * computes with core over the built script's rbTieredRead and rbWritePrepared; the menu item opens the panel): the same number of service calls at 10 and 10,000 outputs, the planned
 * cells, formulas, validations and conditional formats in the matrix sheet, the sheet's own cells
 * and conditional formats kept, nothing written the second time.
 */
import { generateMatrix } from '../../bench/generateMatrix';
import { preparePass } from '../../core/workbench/preparePass';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { scriptBridge } from '../../sheets-addon/client/scriptBridge';
import { loadAddon } from './loadAddon';
import { scriptRunner } from './scriptRunner';
import { addGrid } from './workbooks';

const REQUEST = { year: 2023, quarter: 2 as const, lang: 'id' as const };

async function run(outputs: number) {
  const addon = loadAddon();
  const { grid } = generateMatrix(outputs);
  const sheet = addGrid(addon.fake, grid);
  // A rule of the user's own, which the prepare must keep.
  const own = (addon.fake.globals() as any).SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(5).setBackground('#ff0000').setRanges([sheet.getRange('G6:G8')]).build();
  sheet.setConditionalFormatRules([own]);
  const before = grid.values.map((row, r) => row.map((_, c) => sheet.cellAt(r + 1, c + 1).value));
  addon.fake.log.reset();
  const outcome = await scriptBridge(scriptRunner(addon)).prepare(REQUEST);
  const calls = addon.fake.log.total();
  const snapshot = addon.fake.log.snapshot();
  return { addon, grid, sheet, outcome, calls, snapshot, before, own };
}

test('10 and 10,000 outputs: the same service calls; the plan in the sheet; the user’s cells and rules kept', async () => {
  const small = await run(10);
  const large = await run(10_000);
  console.log(`Apps Script calls for Siapkan monitoring: ${small.calls} at 10 outputs, ${large.calls} at 10,000\n${JSON.stringify(large.snapshot)}`);
  expect(large.snapshot).toEqual(small.snapshot);
  expect(large.calls).toBeLessThanOrEqual(97); // 97: the read (with the sheets' names) 11, then 37 new…Rule/Validation builders, 17 getRange handles…
  for (const { grid, sheet, outcome, before, own } of [small, large]) {
    expect(outcome.changed).toBe(true);
    expect(outcome.added).toHaveLength(22);
    before.forEach((row, r) => row.forEach((v, c) => expect(sheet.cellAt(r + 1, c + 1).value).toBe(v)));
    const resolved = resolvePlan(preparePass(grid, { year: 2023, quarter: 2, lang: 'id' }).plan);
    for (const c of resolved.cells.filter((_, i) => i % 101 === 0 || i < 40)) {
      const cell = sheet.cellAt(c.row + 1, c.column + 1);
      if (c.value.kind === 'formula') expect(cell.formula).toBe(`=${c.value.formula}`);
      else if (c.value.kind === 'text') expect(cell.value).toBe(c.value.text);
      else if (c.value.kind === 'blank') expect(cell.value).toBe('');
    }
    // Validations: each planned area's cells carry a rule; the first realisation cell its message.
    for (const v of resolved.validations) for (const a of v.areas) expect(sheet.cellAt(a.top + 1, a.left + 1).validation).toBeDefined();
    const first = resolved.validations.find((v) => v.prompt?.title === 'Realisasi triwulan ini')!;
    expect(sheet.cellAt(first.areas[0].top + 1, first.areas[0].left + 1).validation!.helpText).toMatch(/^Realisasi triwulan ini: /);
    expect(sheet.conditionalFormatRules[0]).toBe(own);
    expect(sheet.conditionalFormatRules).toHaveLength(1 + resolved.conditionalFormats.length);
  }
}, 180000);

test('a second prepare reads, finds the sheet prepared, and writes nothing', async () => {
  const { addon } = await run(10);
  addon.fake.log.reset();
  const again = await scriptBridge(scriptRunner(addon)).prepare(REQUEST);
  expect(again.changed).toBe(false);
  expect(addon.fake.log.total()).toBe(11); // the read: the matrix, the sheets' names, the look for an RB Matrix sheet
  expect(Object.keys(addon.fake.log.snapshot()).filter((k) => /\.set|merge|insert/.test(k))).toEqual([]);
});

test('the menu opens the panel (prepare runs there); a sheet without a matrix gets a sentence, not a stack trace', async () => {
  const addon = loadAddon();
  addGrid(addon.fake, { sheetName: 'Catatan', values: [['rapat'], ['besok']] });
  addon.call('rbMenuPrepare');
  expect(addon.fake.ui.sidebars).toHaveLength(1);
  await expect(scriptBridge(scriptRunner(addon)).prepare(REQUEST)).rejects.toThrow(/Tidak ada matriks/);
});
