/**
 * Checks while typing in Sheets (the built script on the fake): off by default, an edit costs the
 * trigger two calls (the switch is read); on, the add-on's onEdit checks the watched sheet again
 * and repaints it as *Periksa matriks* would, in a number of calls that does not grow with the rows.
 */
import { validateGrid } from '../../core/validate';
import { highlightTargets } from '../../core/workbench/highlight';
import { generated, addGrid } from '../sheets/workbooks';
import { loadAddon } from '../sheets/loadAddon';

function setUp(outputs: number) {
  const addon = loadAddon();
  const grid = generated(outputs);
  const sheet = addGrid(addon.fake, grid);
  return { addon, sheet, grid };
}

test('off by default: an edit reads the switch and nothing else', () => {
  const { addon, sheet } = setUp(10);
  const range = sheet.getRange('N7');
  addon.fake.log.reset();
  addon.call('onEdit', { range });
  expect(addon.fake.log.snapshot()).toEqual({ 'PropertiesService.getDocumentProperties': 1, 'Properties.getProperty': 1 });
});

test('on: each edit of the watched sheet repaints it as a whole check would, in the same number of calls at 10 and 10,000 outputs', () => {
  const calls: number[] = [];
  for (const n of [10, 10_000]) {
    const { addon, sheet, grid } = setUp(n);
    const first = addon.call('rbSetLiveCheck', true, 'id');
    expect(first.report.counts.outputs).toBe(n);
    sheet.cellAt(7, 14).value = ''; // N7: a Koordinator cleared
    grid.values[6][13] = null;
    const range = sheet.getRange('N7');
    addon.fake.log.reset();
    addon.call('onEdit', { range });
    calls.push(addon.fake.log.total());
    if (process.env.RBM_SHOW_CALLS) console.log(n, addon.fake.log.total(), JSON.stringify(addon.fake.log.snapshot()));
    const targets = highlightTargets(validateGrid(grid).report.findings);
    expect(targets.get('N7')).toBeDefined();
    for (const [cell, fill] of targets) expect([cell, sheet.peek(cell).background]).toEqual([cell, fill.toLowerCase()]);
    // Off again: the next edit changes nothing.
    addon.call('rbSetLiveCheck', false, 'id');
    sheet.cellAt(7, 14).value = 'Biro SDM';
    addon.call('onEdit', { range: sheet.getRange('N7') });
    expect(sheet.peek('N7').background).toBe(targets.get('N7')!.toLowerCase());
  }
  expect(calls[0]).toBe(calls[1]);
});
