/**
 * The Sheets writer (sheets-addon/server/planWriter.ts) writes a plan's data validations, conditional
 * formats and charts on the fake Apps Script, item by item as SpreadsheetApp's builders take them, in a
 * number of calls set by the plan's items, not its rows.
 */
import { writePlan } from '../../sheets-addon/server/planWriter';
import { LIST_CHOICES, LIST_SHEET, itemsPlan } from '../helpers/planItems';
import { FakeAppsScript } from './fakeAppsScript';
import { itemsOf } from './sheetItems';

/** The writer's source runs with the fake's services as its globals (the built script is tested through the actions). */
function written() {
  const fake = new FakeAppsScript();
  fake.addSheet('Matriks', [['x']]);
  fake.addSheet(LIST_SHEET, LIST_CHOICES.map((c) => [c]));
  const globals = fake.globals();
  const saved = { SpreadsheetApp: (globalThis as any).SpreadsheetApp, Charts: (globalThis as any).Charts };
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts });
  try {
    fake.log.reset();
    writePlan(fake.spreadsheet as any, itemsPlan(), { index: 1 });
  } finally {
    Object.assign(globalThis, saved);
  }
  return { fake, items: itemsOf(fake.sheet('Ringkasan')) };
}

test('every validation: a rule per validation (per area where Sheets checks by a relative formula) from the builders, help text, reject or warn, and formulas for what Sheets has no criterion for; set in one setDataValidations', () => {
  const { items } = written();
  const v = (range: string, criterion: string, values: unknown[], helpText: string, allowInvalid: boolean) => ({ range, whole: true, criterion, values, helpText, allowInvalid });
  expect(items.validations).toEqual([
    v('E2:E20', 'requireValueInList', [['Rutin', 'Penguatan'], true], 'Keterangan: Pilih Rutin atau Penguatan.', false),
    v('F2:F20', 'requireValueInRange', ['Ringkasan!A2:A4', true], 'Bukan kegiatan: Nama kegiatan dari kolom A.', true),
    v('G2:G20', 'requireValueInRange', ['Daftar!A1:A4', true], 'Tahap: Pilih tahap dari daftar.', false),
    v('H2:H20', 'requireFormulaSatisfied', ['=AND(ISNUMBER(H2),H2=INT(H2),AND(H2>=1,H2<=10))'], 'Skor: Bilangan bulat 1–10.', true),
    // The two Realisasi areas share one rule object (one builder): the fake lists its cells as one range, J between them holding another rule.
    { ...v('I2:K20', 'requireNumberGreaterThanOrEqualTo', [0], 'Realisasi: Angka ≥ 0; koma desimal boleh.', false), whole: false },
    v('J2:J20', 'requireFormulaSatisfied', ['=LEN(J2)<=255'], 'Terlalu panjang: Paling banyak 255 karakter.', true),
    v('L2:L20', 'requireFormulaSatisfied', ['=OR(ISBLANK(L2),ISNUMBER(SEARCH("http",L2)))'], 'Bukti dukung: Tautan diawali http.', true),
  ]);
});

test('every conditional format, in the plan’s priority order, set in one call', () => {
  const { fake, items } = written();
  expect(fake.log.counts.get('Sheet.setConditionalFormatRules')).toBe(1);
  const rule = (condition: string, values: unknown[], look: object, ranges: string[]) => ({ condition, values, look, ranges });
  const green = { background: '#c6efce', fontColor: '#006100' };
  expect(items.conditionalFormats).toEqual([
    rule('whenNumberBetween', [0.5, 0.9], { background: '#ffeb9c' }, ['Ringkasan!B2:D4']),
    rule('whenNumberGreaterThanOrEqualTo', [0.9], { ...green, bold: true }, ['Ringkasan!B2:D4', 'Ringkasan!B6:D6']),
    rule('whenTextContains', ['Belum "final"'], { fontColor: '#9c0006' }, ['Ringkasan!M2:M20']),
    rule('whenFormulaSatisfied', ['=AND(ISNUMBER(N2),N2>=0.90995)'], { ...green, bold: true }, ['Ringkasan!N2:N20']),
    rule('whenFormulaSatisfied', ['=AND(ISNUMBER(N2),N2>=0.65995)'], { background: '#ffeb9c', fontColor: '#9c5700', bold: true }, ['Ringkasan!N2:N20']),
    rule('whenFormulaSatisfied', ['=ISNUMBER(N2)'], { background: '#ffc7ce', fontColor: '#9c0006', bold: true }, ['Ringkasan!N2:N20']),
    rule('whenFormulaSatisfied', ['=O2="Tercapai"'], green, ['Ringkasan!O2:O20']),
    rule('whenFormulaSatisfied', ['=O2="Tercapai lebih awal"'], green, ['Ringkasan!O2:O20']),
    rule('whenFormulaSatisfied', ['=O2="Belum tercapai"'], { background: '#ffc7ce', fontColor: '#9c0006' }, ['Ringkasan!O2:O20']),
    rule('whenFormulaSatisfied', ['=O2="Tidak ada data"'], { background: '#ffeb9c', fontColor: '#9c5700' }, ['Ringkasan!O2:O20']),
    rule('whenFormulaSatisfied', ['=O2="Belum jatuh tempo"'], { background: '#ededed', fontColor: '#3a3a3a' }, ['Ringkasan!O2:O20']),
  ]);
});

test('every chart: its builder, ranges (categories first), options, colours, stacking, cell and size in pixels', () => {
  const { items } = written();
  const text = (title: number, body: number) => ({ titleTextStyle: { fontSize: title }, legend: { position: 'bottom', textStyle: { fontSize: body } } });
  const names = (...list: string[]) => ({ series: Object.fromEntries(list.map((n, i) => [i, { labelInLegend: n }])) });
  const chart = (type: string, title: string, ranges: string[], options: object, colors: string[] | undefined, stacked: boolean, row: number, merge = 'MERGE_COLUMNS') => ({
    type,
    ranges: ranges.map((r) => `Ringkasan!${r}`),
    options: { title, ...options },
    colors,
    stacked,
    position: { row, column: 17, offsetX: 0, offsetY: 0 },
    mergeStrategy: merge,
    transpose: merge === 'MERGE_ROWS',
    numHeaders: 0,
  });
  const size = (w: number, h: number) => ({ width: w, height: h });
  expect(items.charts).toEqual([
    chart('BAR', 'Batang', ['A2:A4', 'B2:B4'], { ...text(14, 10), ...size(480, 288), ...names('TW I'), hAxis: { viewWindow: { min: 0 }, textStyle: { fontSize: 10 }, format: '0%' }, vAxis: { textStyle: { fontSize: 10 } } }, ['#4e9a4e'], false, 2),
    chart('COLUMN', 'Kolom', ['A2:A4', 'C2:C4'], { ...text(14, 10), ...size(480, 288), ...names('TW II'), vAxis: { viewWindow: { min: 0 }, textStyle: { fontSize: 10 } }, hAxis: { textStyle: { fontSize: 10 } } }, undefined, false, 17),
    chart('BAR', 'Bertumpuk', ['A2:A4', 'B2:B4', 'C2:C4', 'D2:D4'], { ...text(20, 14), ...size(960, 540), ...names('TW I', 'TW II', 'TW III'), hAxis: { viewWindow: { min: 0 }, textStyle: { fontSize: 14 }, format: '0%' }, vAxis: { textStyle: { fontSize: 14 } } }, ['#4e9a4e', '#e6a817', '#c9413a'], true, 32),
    chart('COLUMN', 'Kolom bertumpuk', ['B1:D1', 'B2:D2', 'B3:D3'], { ...text(14, 10), ...size(480, 288), ...names('Kegiatan A', 'Kegiatan B'), vAxis: { viewWindow: { min: 0 }, textStyle: { fontSize: 10 } }, hAxis: { textStyle: { fontSize: 10 } } }, undefined, true, 61, 'MERGE_ROWS'),
    chart('PIE', 'Donat', ['A2:A4', 'D2:D4'], { ...text(20, 14), ...size(540, 540), pieHole: 0.5, pieSliceText: 'percentage' }, ['#4e9a4e', '#e6a817', '#c9413a'], false, 76),
  ]);
});

test('a pie builder has no setStacked, and a rule without a range is refused, as in Apps Script', () => {
  const fake = new FakeAppsScript();
  const sheet = fake.addSheet('S', [[1]]);
  expect(() => (sheet.newChart().asPieChart() as any).setStacked()).toThrow(TypeError);
  const { SpreadsheetApp } = fake.globals() as any;
  const noRange = SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(1).setBackground('#ff0000').build();
  expect(() => sheet.setConditionalFormatRules([noRange])).toThrow(/at least one range/);
  const elsewhere = SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(1).setRanges([fake.addSheet('T', [[1]]).getRange('A1')]).build();
  expect(() => sheet.setConditionalFormatRules([elsewhere])).toThrow(/on the sheet/);
  expect(() => SpreadsheetApp.newDataValidation().setHelpText('x').build()).toThrow(/no criteria/);
  expect(() => sheet.getRange('A1:A2').setDataValidations([[SpreadsheetApp.newDataValidation().requireNumberGreaterThan(0).build()]])).toThrow(/number of rows/);
  expect(() => SpreadsheetApp.newDataValidation().requireFormulaSatisfied('A1>0')).toThrow(/starts with =/);
});
