/**
 * The Sheets writer (sheets-addon/server/planWriter.ts) writes a plan's protection, unprotected
 * ranges, hidden columns and hidden sheet on the fake Apps Script, which keeps Sheets' rules (the
 * owner and the running user stay editors, a warning-only protection has no editors, the last
 * visible sheet cannot be hidden), in a number of calls that does not grow with the rows.
 */
import { writePlan } from '../../sheets-addon/server/planWriter';
import { guardedPlan, KEY_COLUMN } from '../helpers/guardedPlan';
import { FakeAppsScript, a1 } from './fakeAppsScript';

function written(rows: number, options: Parameters<typeof guardedPlan>[1] = {}, fake = new FakeAppsScript(), replacing?: string) {
  if (fake.spreadsheet.sheets.length === 0) fake.addSheet('Matriks', [['x']]);
  const globals = fake.globals();
  const saved = { SpreadsheetApp: (globalThis as any).SpreadsheetApp, Charts: (globalThis as any).Charts };
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts });
  let error: unknown;
  try {
    fake.log.reset();
    writePlan(fake.spreadsheet as any, guardedPlan(rows, options), { index: 1, replacing: replacing === undefined ? undefined : (fake.sheet(replacing) as any) });
  } catch (e) {
    error = e;
  } finally {
    Object.assign(globalThis, saved);
  }
  return { fake, error, sheet: fake.spreadsheet.sheets.find((s) => s.name === 'Unit A') };
}

test('without a password: the sheet warns before an edit of a locked cell, the monitoring columns are open, the key column hidden', () => {
  const { sheet, error } = written(3);
  expect(error).toBeUndefined();
  const p = sheet!.protection!;
  expect({ warningOnly: p.warningOnly, description: p.description, open: p.unprotected.map((r) => a1(r.box)) }).toEqual({ warningOnly: true, description: 'RB Matrix', open: ['D3:E5'] });
  expect([...sheet!.hiddenColumns]).toEqual([KEY_COLUMN + 1]);
  expect(sheet!.peek('F3').formula).toBe('=IFERROR(D3/C3,"")');
  expect(sheet!.hidden).toBe(false);
});

test('with a password (Sheets has none): only the owner and the running user may edit; a coordinator types only into the open cells', () => {
  const fake = new FakeAppsScript();
  fake.addSheet('Matriks', [['x']]);
  fake.user = 'ketua.tim@instansi.go.id'; // the team lead runs RB Matrix; the owner is someone else
  const { sheet } = written(2, { password: 'rahasia' }, fake);
  const p = sheet!.protection!;
  expect({ warningOnly: p.warningOnly, domainEdit: p.domainEdit, editors: [...p.editors].sort() }).toEqual({ warningOnly: false, domainEdit: false, editors: ['ketua.tim@instansi.go.id', 'tim.rb@instansi.go.id'] });
  fake.user = 'koordinator@instansi.go.id';
  sheet!.getRange('D3:E3').setValues([['5', 'banjir']]);
  expect(sheet!.peek('D3').value).toBe(5);
  expect(() => sheet!.getRange('C3').setValues([['99']])).toThrow(/protected cell/);
});

test('a hidden sheet; one that would be the only sheet shown is refused before anything is written', () => {
  expect(written(2, { hidden: true }).sheet!.hidden).toBe(true);
  const fake = new FakeAppsScript();
  fake.addSheet('Matriks', [['x']]);
  fake.addSheet('Tersembunyi', [['y']]).hidden = true;
  fake.addSheet('Tampil', [['z']]);
  fake.spreadsheet.sheets[0].hidden = true; // as a file may come: no sheet left to show but the one written
  // 'Tampil' is the sheet being replaced: it goes, so nothing else would show.
  const { error, fake: after } = writtenReplacing(fake);
  expect(error).toMatchObject({ name: 'UserError', en: expect.stringMatching(/must show at least one other sheet/) });
  expect(after.spreadsheet.sheets.map((s) => s.name)).toEqual(['Matriks', 'Tersembunyi', 'Tampil']);
});

function writtenReplacing(fake: FakeAppsScript) {
  return written(2, { hidden: true }, fake, 'Tampil');
}

test('the same calls at 10 and at 10,000 rows', () => {
  const small = written(10);
  const large = written(10_000);
  expect(large.error).toBeUndefined();
  // The sheet is fitted to the plan: rows removed below 10 rows, added beyond 1,000 (one call either way).
  expect(large.fake.log.total()).toBe(small.fake.log.total());
  expect(small.fake.log.counts.get('Sheet.protect')).toBe(1);
  expect(small.fake.log.counts.get('Protection.setUnprotectedRanges')).toBe(1);
});

test('the fake keeps Sheets’ rules of protection and hiding', () => {
  const fake = new FakeAppsScript();
  const s = fake.addSheet('S', [['a', 'b']]);
  const t = fake.addSheet('T', [['c']]);
  const p = s.protect();
  expect(s.protect()).toBe(p); // protecting a protected sheet gives its protection
  p.setUnprotectedRanges([s.getRange('A1')]);
  p.setUnprotectedRanges([s.getRange('B1')]);
  expect(p.getUnprotectedRanges().map((r) => a1(r.box))).toEqual(['B1']); // replaced, not added to
  expect(() => p.setUnprotectedRanges([t.getRange('A1')])).toThrow(/on the protected sheet/);
  p.setWarningOnly(true);
  expect(() => p.removeEditors(p.getEditors())).toThrow(/warning-only/);
  p.setWarningOnly(false);
  p.removeEditors(p.getEditors());
  expect(p.editors.has(fake.owner)).toBe(true); // the owner stays
  expect(() => p.setWarningOnly(true)).toThrow(/warning-only/);
  s.hideSheet();
  expect(() => t.hideSheet()).toThrow(/hide all the sheets/);
  expect(() => fake.spreadsheet.deleteSheet(t)).toThrow(/visible sheets/);
  expect(() => t.hideColumns(27)).toThrow(/out of bounds/);
});
