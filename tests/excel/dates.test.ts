/**
 * Date cells in Excel: `Range.values` hands a date cell over as its serial number, which the Excel
 * reader turns into core's date cell when the cell's number format shows a date, so the Excel pane
 * quotes the day as the command line does from the same file, in every time zone (jest projects).
 */
import { naiveDate } from '../../core/periods/cellDay';
import { validateGrid } from '../../core/validate';
import { fixtureGrid } from '../sheets/workbooks';
import { bridgeOver, workbookOf } from './helpers';

test('a date typed as a target is quoted as that day, as the command line quotes it', async () => {
  const grid = await fixtureGrid('lampiran-ii.xlsx');
  const values = grid.values.map((r) => [...r]);
  const formats = grid.numberFormats!.map((r) => [...r]);
  values[5][6] = naiveDate(2023, 6, 30); // G6: a date where a figure belongs
  formats[5][6] = 'dd/mm/yyyy';
  values[5][13] = naiveDate(2023, 7, 1, 23, 30); // N6 (Koordinator), a date and time
  formats[5][13] = 'd mmmm yyyy h:mm';
  const dated = { ...grid, values, numberFormats: formats };
  const wb = workbookOf(dated);
  expect(wb.sheet(grid.sheetName).cell('G6')).toMatchObject({ value: 45107, numberFormat: 'dd/mm/yyyy' }); // Excel holds a serial
  const outcome = await bridgeOver(wb).validate('id');
  const message = outcome.report.findings.find((f) => f.cell === 'G6')!.message;
  expect(message).toContain('berisi tanggal (2023-06-30)'); // a date where a target belongs (issue 15, item 9)
  expect(outcome.report.findings).toEqual(validateGrid(dated).report.findings);
  // A plain number stays a number.
  expect(outcome.report.findings.some((f) => /45107/.test(f.message))).toBe(false);
});
