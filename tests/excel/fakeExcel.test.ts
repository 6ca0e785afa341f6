/**
 * The fake Excel is strict where Excel is: these tests hold it to that, so the adapter tests that
 * run on it prove something.
 */
import { FakeWorkbook, PAYLOAD_LIMIT } from './fakeExcel';

function book(): FakeWorkbook {
  return FakeWorkbook.of({ name: 'Matriks', values: [['a', 1], ['b', 2]] }, { name: 'Lain', values: [['x']] });
}

test('a property read before load + sync throws PropertyNotLoaded; after them it is a snapshot', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Matriks').getRange('A1:B2');
    expect(() => range.values).toThrow(/not available/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/); // loaded, not yet synced
    await context.sync();
    expect(range.values).toEqual([['a', 1], ['b', 2]]);
    wb.sheet('Matriks').put('A1', 'changed');
    expect(range.values[0][0]).toBe('a'); // what the last sync saw
  });
});

test('setters and methods wait for sync, which counts round trips and sizes', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Matriks');
    sheet.getRange('C1').values = [['new']];
    sheet.getRange('A1:B1').format.fill.color = '#FF0000';
    expect(wb.sheet('Matriks').cell('C1').value).toBeNull();
    expect(wb.sheet('Matriks').cell('A1').fill).toBeNull();
    await context.sync();
  });
  expect(wb.sheet('Matriks').cell('C1').value).toBe('new');
  expect(wb.sheet('Matriks').cell('B1').fill).toBe('#FF0000');
  expect(wb.syncCount).toBe(1);
  expect(wb.syncs[0].requestBytes).toBeGreaterThan(20);
});

test('strings written through values are typed input: formulas, numbers, percentages, unless guarded', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Lain');
    sheet.getRange('A1:A7').values = [['=HYPERLINK("https://x.go.id","bukti")'], ['- Menyusun peta proses'], ["'=HYPERLINK(1)"], ["'- Menyusun"], ['100%'], ['2023'], ["'2023"]];
    await context.sync();
  });
  const s = wb.sheet('Lain');
  expect(s.cell('A1').formula).toBe('=HYPERLINK("https://x.go.id","bukti")');
  expect(s.cell('A2').formula).toBe('=- Menyusun peta proses');
  expect(s.cell('A2').value).toBe('#NAME?');
  expect(s.cell('A3')).toMatchObject({ value: '=HYPERLINK(1)', formula: undefined, quotePrefix: true });
  expect(s.cell('A4')).toMatchObject({ value: '- Menyusun', formula: undefined });
  expect(s.cell('A5')).toMatchObject({ value: 1, numberFormat: '0%' });
  expect(s.cell('A6').value).toBe(2023);
  expect(s.cell('A7').value).toBe('2023');
});

test('a 2-D array must have the range’s shape', async () => {
  const wb = book();
  await expect(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem('Lain').getRange('A1:B2').values = [['only one']];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('over 5 MB a request or a response fails as on the web, and a failed request changes nothing', async () => {
  const wb = book();
  const big = 'x'.repeat(PAYLOAD_LIMIT + 10);
  await expect(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem('Lain').getRange('B1').values = [[big]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(wb.sheet('Lain').cell('B1').value).toBeNull();
  wb.sheet('Lain').put('A1', 'y'.repeat(PAYLOAD_LIMIT + 10));
  await expect(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem('Lain').getRange('A1').load('values');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('OrNullObject: isNullObject only after a sync; getItem of a missing sheet fails the sync', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject('Ringkasan TW II 2023');
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem('nope');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

test('merged areas are reported by the range that holds their top-left cell; more than 512 fail', async () => {
  const wb = book();
  const s = wb.sheet('Matriks');
  s.merges = [{ top: 0, left: 0, bottom: 3, right: 0 }];
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Matriks');
    const top = sheet.getRange('A1:B2').getMergedAreasOrNullObject();
    const below = sheet.getRange('A2:B4').getMergedAreasOrNullObject();
    top.load('address');
    await context.sync();
    expect(top.address).toBe('Matriks!A1:A4');
    expect(below.isNullObject).toBe(true);
  });
  s.merges = Array.from({ length: 513 }, (_, i) => ({ top: i * 2, left: 3, bottom: i * 2 + 1, right: 3 }));
  await expect(
    wb.run(async (context) => {
      context.workbook.worksheets.getItem('Matriks').getRange('A1:E2000').getMergedAreasOrNullObject().load('address');
      await context.sync();
    }),
  ).rejects.toMatchObject({ debugInfo: { errorLocation: 'Range.getMergedAreasOrNullObject' } });
});

test('select needs the range’s sheet to be active; objects die with their Excel.run', async () => {
  const wb = book();
  let kept: any;
  await expect(
    wb.run(async (context) => {
      kept = context.workbook.worksheets.getItem('Lain');
      kept.getRange('A1').select();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperation' });
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Lain');
    sheet.activate();
    sheet.getRange('A1').select();
    await context.sync();
  });
  expect(wb.selected).toBe('Lain!A1');
  await wb.run(async (context) => {
    const selected = context.workbook.getSelectedRange().load('address');
    await context.sync();
    expect(selected.address).toBe('Lain!A1');
  });
  expect(() => kept.activate()).toThrow(/context has ended/);
});

test('unfilled cells report white with the pattern None', async () => {
  const wb = book();
  wb.sheet('Matriks').paint('B2', '#ffff00');
  await wb.run(async (context) => {
    const props = context.workbook.worksheets.getItem('Matriks').getRange('A2:B2').getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await context.sync();
    expect(props.value).toEqual([[{ format: { fill: { color: '#FFFFFF', pattern: 'None' } } }, { format: { fill: { color: '#FFFF00', pattern: 'Solid' } } }]]);
  });
});

test('worksheets.load("items/…") gives the sheets in tab order after sync, each reading only what was loaded', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    expect(() => sheets.items).toThrow(/not available/);
    await context.sync();
    expect(sheets.items.map((s: { name: string }) => s.name)).toEqual(['Matriks', 'Lain']);
    expect(() => sheets.items[0].id).toThrow(/not available/);
    expect(() => sheets.load('items/tabColor')).toThrow(/no loadable property/);
  });
});

test('getRanges takes the list separator of the user’s regional settings, and only that one', async () => {
  for (const [separator, good, bad] of [[',', 'A1:A2,C1', 'A1:A2;C1'], [';', 'A1:A2;C1', 'A1:A2,C1']] as const) {
    const wb = book();
    wb.listSeparator = separator;
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('Matriks').getRanges(good).format.fill.color = '#FF0000';
      await context.sync();
    });
    expect(['A1', 'A2', 'C1'].map((a) => wb.sheet('Matriks').cell(a).fill)).toEqual(['#FF0000', '#FF0000', '#FF0000']);
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem('Matriks').getRanges(bad).format.fill.color = '#00FF00';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  }
});

/** Runs `body` in one Excel.run and syncs; gives the error the sync threw, if any. */
async function failure(wb: FakeWorkbook, body: (sheet: any, context: any) => void): Promise<any> {
  let error: unknown;
  await wb
    .run(async (context) => {
      body(context.workbook.worksheets.getItem('Matriks'), context);
      await context.sync();
    })
    .catch((e) => (error = e));
  return error;
}

test('data validation: one rule type at a time, operators and alert styles from their enums, read only after load', async () => {
  const wb = book();
  expect(await failure(wb, (s) => (s.getRange('C1:C5').dataValidation.rule = { decimal: { operator: 'GreaterThanOrEqual', formula1: 0 } }))).toMatchObject({ code: 'InvalidArgument' });
  expect(await failure(wb, (s) => (s.getRange('C1:C5').dataValidation.rule = { decimal: { operator: 'GreaterThan', formula1: 0 }, textLength: { operator: 'LessThan', formula1: 5 } }))).toMatchObject({ code: 'InvalidArgument' });
  expect(await failure(wb, (s) => (s.getRange('C1:C5').dataValidation.errorAlert = { showAlert: true, style: 'Error', title: '', message: '' }))).toMatchObject({ code: 'InvalidArgument' });
  expect(await failure(wb, (s) => (s.getRange('C1:C5').dataValidation.rule = { custom: { formula: 'C1>0' } }))).toMatchObject({ code: 'InvalidArgument' });
  await wb.run(async (context) => {
    const dv = context.workbook.worksheets.getItem('Matriks').getRange('C1:C5').dataValidation;
    dv.rule = { wholeNumber: { operator: 'Between', formula1: 1, formula2: context.workbook.worksheets.getItem('Matriks').getRange('B2') } };
    expect(() => dv.rule).toThrow(/not available/);
    dv.load('rule,type');
    await context.sync();
    expect(dv.type).toBe('WholeNumber');
    expect(dv.rule).toEqual({ wholeNumber: { operator: 'Between', formula1: '=1', formula2: '=Matriks!B2' } });
  });
});

test('a rule over part of another validation’s range fails (OfficeDev/office-js#2594); over the same range it replaces the rule', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Matriks');
    sheet.getRange('D5:D10').dataValidation.prompt = { showPrompt: true, title: 'Isi', message: 'Angka' };
    sheet.getRange('D5:D10').dataValidation.rule = { decimal: { operator: 'GreaterThan', formula1: 0 } };
    await context.sync();
  });
  expect(await failure(wb, (s) => (s.getRange('D1:D10').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } }))).toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('2594') });
  expect(wb.sheet('Matriks').validations).toEqual([{ rect: { top: 4, left: 3, bottom: 9, right: 3 }, ignoreBlanks: true, prompt: { showPrompt: true, title: 'Isi', message: 'Angka' }, rule: { decimal: { operator: 'GreaterThan', formula1: 0 } } }]);
});

test('conditional formats: each added on top; a type from the enum; only the parts of its own type', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Matriks').getRange('B1:B2');
    range.conditionalFormats.add('CellValue').cellValue.rule = { operator: 'GreaterThan', formula1: '=1' };
    range.conditionalFormats.add('Custom').custom.rule.formula = '=B1=2';
    await context.sync();
  });
  expect(wb.sheet('Matriks').conditionalFormats.map((f) => f.type)).toEqual(['Custom', 'CellValue']);
  expect(await failure(wb, (s) => s.getRange('B1').conditionalFormats.add('Formula'))).toMatchObject({ code: 'InvalidArgument' });
  expect(await failure(wb, (s) => (s.getRange('B1').conditionalFormats.add('Custom').cellValue.format.fill.color = '#FF0000'))).toMatchObject({ code: 'InvalidOperation' });
  expect(await failure(wb, (s) => (s.getRange('B1').conditionalFormats.add('CellValue').cellValue.rule = { operator: 'GreaterThanOrEqualTo', formula1: '=1' }))).toMatchObject({ code: 'InvalidArgument' });
});

test('charts: types and seriesBy from their enums, series from the source as seriesBy says, no axes on a doughnut, its hole 10–90%', async () => {
  const wb = book();
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Matriks');
    const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B2'), 'Rows');
    expect(() => chart.width).toThrow(/not available/);
    chart.load('width');
    await context.sync();
    expect(chart.width).toBe(360);
  });
  expect(wb.sheet('Matriks').charts[0].series.map((s) => s.name)).toEqual(['Series1', 'Series2']);
  expect(await failure(wb, (s) => s.charts.add('Column', s.getRange('B1:B2'), 'Columns'))).toMatchObject({ code: 'InvalidArgument' });
  expect(await failure(wb, (s) => s.charts.add('Doughnut', s.getRange('B1:B2'), 'Down'))).toMatchObject({ code: 'InvalidArgument' });
  expect(await failure(wb, (s) => (s.charts.add('Doughnut', s.getRange('B1:B2'), 'Columns').axes.valueAxis.minimum = 0))).toMatchObject({ code: 'InvalidOperation' });
  expect(await failure(wb, (s) => (s.charts.add('Doughnut', s.getRange('B1:B2'), 'Columns').series.getItemAt(0).doughnutHoleSize = 95))).toMatchObject({ code: 'InvalidArgument' });
  expect(await failure(wb, (s) => s.charts.add('Doughnut', s.getRange('B1:B2'), 'Columns').series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor('#FF0000'))).toMatchObject({ code: 'ItemNotFound' });
  expect(await failure(wb, (s) => s.charts.add('BarClustered', s.getRange('B1:B2'), 'Columns').series.getItemAt(1))).toMatchObject({ code: 'ItemNotFound' });
});

test('an API above the workbook’s requirement set fails with ApiNotFound at the sync', async () => {
  const wb = book();
  wb.apiVersion = 7;
  expect(await failure(wb, (s) => (s.getRange('C1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } }))).toMatchObject({ code: 'ApiNotFound' });
  wb.apiVersion = 5;
  expect(await failure(wb, (s) => s.getRange('C1').conditionalFormats.add('CellValue'))).toMatchObject({ code: 'ApiNotFound' });
  expect(await failure(wb, (s) => s.charts.add('BarClustered', s.getRange('B1:B2'), 'Columns').series.add('x'))).toMatchObject({ code: 'ApiNotFound' });
});
