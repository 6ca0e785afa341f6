/**
 * The Excel writer (excel-addin/planWriter.ts) writes a plan's protection, unlocked cells, hidden
 * columns and hidden sheet on the fake Excel, which refuses what a protected sheet refuses (so the
 * writer's order is checked, not assumed), in the same one round trip as the cells, at any length.
 */
import { writePlan } from '../../excel-addin/planWriter';
import { guardedPlan, KEY_COLUMN, OPEN_COLUMNS } from '../helpers/guardedPlan';
import { itemsPlan, LIST_CHOICES, LIST_SHEET } from '../helpers/planItems';
import { FakeWorkbook } from './fakeExcel';

async function written(rows: number, options: Parameters<typeof guardedPlan>[1] = {}, wb = FakeWorkbook.of({ name: 'Matriks', values: [['x']] })) {
  let error: unknown;
  wb.resetCounters();
  await wb.run((context) => writePlan(context, guardedPlan(rows, options), { position: 1 })).catch((e) => (error = e));
  return { wb, error, sheet: wb.find('Unit A') };
}

test('plan cells locked, monitoring cells open, the key column hidden, the sheet protected without a password', async () => {
  const { error, sheet } = await written(3);
  expect(error).toBeUndefined();
  expect(sheet!.protection).toEqual({ options: expect.objectContaining({ allowFormatCells: false, allowSort: false, allowInsertRows: false }) });
  for (let r = 2; r < 5; r++) for (let c = 0; c <= KEY_COLUMN; c++) expect([r, c, sheet!.at(r, c).locked]).toEqual([r, c, !OPEN_COLUMNS.includes(c)]);
  expect(sheet!.at(1, 3).locked).toBe(true); // the header stays locked
  expect([...sheet!.hiddenColumns]).toEqual([KEY_COLUMN]);
  expect(sheet!.at(2, 5).formula).toBe('=IFERROR(D3/C3,"")');
  expect(sheet!.visibility).toBe('Visible');
});

test('a password and the allowances go to protect()', async () => {
  const { sheet } = await written(2, { password: 'rahasia', allow: { sort: true, formatColumns: true } });
  expect(sheet!.protection).toEqual({ password: 'rahasia', options: expect.objectContaining({ allowSort: true, allowFormatColumns: true, allowFormatCells: false }) });
});

test('protected, a person may type only into the open cells; a write elsewhere is refused', async () => {
  const { wb } = await written(2);
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem('Unit A').getRange('D3:E4').values = [
      ['5', 'banjir'],
      ['7', ''],
    ];
  });
  expect(wb.sheet('Unit A').at(2, 3).value).toBe(5);
  await expect(wb.run(async (context) => void (context.workbook.worksheets.getItem('Unit A').getRange('C3').values = [['99']]))).rejects.toMatchObject({ message: expect.stringMatching(/protected sheet/) });
});

test('a hidden sheet is hidden after it is complete; hiding the only visible sheet is refused before anything is written', async () => {
  const { sheet, error } = await written(2, { hidden: true });
  expect(error).toBeUndefined();
  expect(sheet!.visibility).toBe('Hidden');
  const lone = FakeWorkbook.of({ name: 'Matriks', values: [['x']] });
  lone.sheets[0].visibility = 'Hidden'; // the fake holds one visible sheet at least; here none but the new one would be
  const { error: refused, wb } = await written(2, { hidden: true }, lone);
  expect(refused).toMatchObject({ name: 'UserError', en: expect.stringMatching(/must show at least one other sheet/) });
  expect(wb.sheets.map((s) => s.name)).toEqual(['Matriks']);
});

test('one round trip at 10 and at 10,000 rows', async () => {
  const small = await written(10);
  const large = await written(10_000);
  expect(small.error).toBeUndefined();
  expect(large.error).toBeUndefined();
  expect([small.wb.syncCount, large.wb.syncCount]).toEqual([1, 1]);
  expect(large.sheet!.at(10_001, 4).locked).toBe(false);
});

test('the fake refuses what a protected Excel refuses', async () => {
  const wb = FakeWorkbook.of({ name: 'S', values: [['a', 'b']] }, { name: 'T', values: [['c']] });
  const run = (f: (sheet: Excel.Worksheet, context: Excel.RequestContext) => void) => wb.run(async (context) => f(context.workbook.worksheets.getItem('S'), context));
  await run((s) => {
    s.getRange('B1').format.protection.locked = false;
    s.protection.protect();
  });
  await expect(run((s) => s.protection.protect())).rejects.toMatchObject({ code: 'InvalidOperation' });
  await expect(run((s) => void (s.getRange('A1').values = [['z']]))).rejects.toMatchObject({ code: 'AccessDenied' });
  await expect(run((s) => void (s.getRange('A1').numberFormat = [['0%']]))).rejects.toMatchObject({ code: 'AccessDenied' });
  await expect(run((s) => void (s.getRange('B1').format.fill.color = '#FF0000'))).rejects.toMatchObject({ code: 'AccessDenied' });
  await expect(run((s) => void (s.getRange('A1').format.protection.locked = false))).rejects.toMatchObject({ code: 'AccessDenied' });
  await expect(run((s) => void (s.getRange('C:C').columnHidden = true))).rejects.toMatchObject({ code: 'AccessDenied' });
  await expect(run((s) => s.getRange('A1:B1').merge())).rejects.toMatchObject({ code: 'AccessDenied' });
  await run((s) => void (s.getRange('B1').values = [['ok']])); // the unlocked cell takes a value
  expect(wb.sheet('S').at(0, 1).value).toBe('ok');
  await expect(run((s) => s.protection.unprotect('salah'))).resolves.toBeUndefined(); // no password set: anyone lifts it
  wb.apiVersion = 6;
  await expect(run((s) => s.protection.protect({}, 'x'))).rejects.toMatchObject({ code: 'ApiNotFound' });
  wb.apiVersion = 13;
  await run((s) => void (s.visibility = 'Hidden' as Excel.SheetVisibility));
  await expect(run((_s, context) => void (context.workbook.worksheets.getItem('T').visibility = 'Hidden' as Excel.SheetVisibility))).rejects.toMatchObject({ message: expect.stringMatching(/at least one visible/) });
  await expect(run((_s, context) => context.workbook.worksheets.getItem('T').delete())).rejects.toMatchObject({ message: expect.stringMatching(/at least one visible/) });
});

test('a protected plan with validations, conditional formats and charts: all go in before protect(), which the fake would otherwise refuse', async () => {
  const wb = FakeWorkbook.of({ name: 'Matriks', values: [['x']] }, { name: LIST_SHEET, values: LIST_CHOICES.map((c) => [c]) });
  const plan = { ...itemsPlan(), protection: {}, hiddenColumns: [15] };
  plan.cells.push({ row: 1, column: 8, value: { kind: 'blank' }, locked: false });
  await wb.run((context) => writePlan(context, plan, { position: 1 }));
  const sheet = wb.sheet('Ringkasan');
  expect([sheet.validations.length, sheet.conditionalFormats.length, sheet.charts.length]).toEqual([8, 12, 5]);
  expect(sheet.protection).not.toBeNull();
  expect(sheet.at(1, 8).locked).toBe(false);
  expect(wb.syncCount).toBe(1);
});
