/**
 * Date cells in Google Sheets, through the BUILT script on the fake (which hands a date cell over as
 * Sheets does: the instant of that date in the spreadsheet's time zone, while the script's Dates
 * follow the zone the test runs in, as an add-on's script zone differs from its users'). The day a
 * message, a fix preview or a function sees is the day the cell shows, in every spreadsheet zone of
 * Indonesia and under every zone this suite runs in (jest projects: UTC, WIB, WITA, WIT, Los Angeles).
 */
import { naiveDate } from '../../core/periods/cellDay';
import { loadAddon } from './loadAddon';
import { addGrid, fixtureGrid } from './workbooks';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'America/Los_Angeles', 'Pacific/Kiritimati'];

describe.each(ZONES)('a spreadsheet in %s', (timeZone) => {
  test('the fake hands a date cell over as the instant of that day in the spreadsheet’s zone', () => {
    const addon = loadAddon({ timeZone });
    const sheet = addon.fake.addSheet('Tanggal', [[naiveDate(2023, 6, 30)]]);
    addon.fake.spreadsheet.active = sheet;
    const [[instant]] = sheet.getRange('A1').getValues() as Date[][];
    expect(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(instant)).toBe('2023-06-30, 00');
    // A Date written is read in the spreadsheet's zone too.
    sheet.getRange('A2').setValue(instant);
    expect(sheet.peek('A2').value).toEqual(naiveDate(2023, 6, 30));
  });

  test('RB_TW of 1 July 2023 is 3 and of 30 June 2023 is 2, with the date cells as Sheets gives them', () => {
    const addon = loadAddon({ timeZone });
    const cells = [[addon.fake.instantOf(naiveDate(2023, 7, 1))], [addon.fake.instantOf(naiveDate(2023, 6, 30))], [addon.fake.instantOf(naiveDate(2023, 6, 30, 23, 59))]];
    expect(addon.call('RB_TW', cells)).toEqual([[3], [2], [2]]);
  });

  test('RB_STATUS reads "today" where the spreadsheet is: due on 1 July, checked at 00:30 there', () => {
    const addon = loadAddon({ timeZone });
    addon.setNow(addon.fake.instantOf(naiveDate(2023, 7, 1, 0, 30)).getTime());
    expect(addon.call('RB_STATUS', 4, 3, addon.fake.instantOf(naiveDate(2023, 7, 1)))).toEqual([['belum-tercapai']]);
    expect(addon.call('RB_STATUS', 4, 3, '01/07/2023')).toEqual([['belum-tercapai']]);
    expect(addon.call('RB_STATUS', 4, 3, '02/07/2023')).toEqual([['belum-jatuh-tempo']]);
    addon.setNow(addon.fake.instantOf(naiveDate(2023, 6, 30, 23, 30)).getTime());
    expect(addon.call('RB_STATUS', 4, 3, '01/07/2023')).toEqual([['belum-jatuh-tempo']]);
  });

  test('a date typed as a target shows as that day in the finding, the fix preview and the check', async () => {
    const grid = await fixtureGrid('lampiran-ii.xlsx');
    const values = grid.values.map((r) => [...r]);
    values[5][6] = naiveDate(2023, 6, 30); // G6, a target: a date where a figure belongs
    values[5][11] = naiveDate(2023, 3, 31); // L6, the Total
    const addon = loadAddon({ timeZone });
    addGrid(addon.fake, { ...grid, values });
    const report = addon.call('rbValidate', 'id').report as { findings: { cell: string; message: string }[] };
    expect(report.findings.find((f) => f.cell === 'G6')!.message).toContain('berisi tanggal (2023-06-30)'); // a date where a target belongs (issue 15, item 9)
    expect(report.findings.find((f) => f.cell === 'L6')!.message).toContain('2023-03-31');
    const preview = addon.call('rbPreviewFixes', 'id') as { changes: { cell: string; before: string }[] };
    const total = preview.changes.find((c) => c.cell === 'L6');
    if (total) expect(total.before).toBe('2023-03-31');
  });
});

test('reading a sheet asks the spreadsheet’s zone only when the sheet holds a date', async () => {
  const grid = await fixtureGrid('lampiran-ii.xlsx');
  const addon = loadAddon({ timeZone: 'Asia/Makassar' });
  addGrid(addon.fake, grid);
  addon.fake.log.reset();
  addon.call('rbPreviewFixes', 'id');
  expect(addon.fake.log.snapshot()['Spreadsheet.getSpreadsheetTimeZone']).toBeUndefined();
  const values = grid.values.map((r) => [...r]);
  values[5][15] = naiveDate(2023, 6, 30);
  values[6][15] = naiveDate(2023, 6, 30);
  values[7][15] = naiveDate(2023, 9, 30);
  const dated = loadAddon({ timeZone: 'Asia/Makassar' });
  addGrid(dated.fake, { ...grid, values });
  dated.fake.log.reset();
  dated.call('rbPreviewFixes', 'id');
  const calls = dated.fake.log.snapshot();
  expect(calls['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
  expect(calls['Utilities.formatDate']).toBe(2); // once per distinct date
});
