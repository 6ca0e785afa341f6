/**
 * Date cells through the command line, run in the time zone of the jest project (UTC, WIB, WITA,
 * WIT, Los Angeles): the .xlsx holds a date as a serial with a date format; the report quotes the
 * day the cell shows, never the day before or after.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FIXTURES, rbm } from './run';

test('a date typed as a target is quoted as that day', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(FIXTURES, 'lampiran-ii.xlsx'));
  const sheet = book.worksheets[0];
  sheet.getCell('G6').value = new Date(Date.UTC(2023, 5, 30)); // exceljs writes a Date by its UTC fields
  sheet.getCell('G6').numFmt = 'dd/mm/yyyy';
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rbm-dates-')), 'tanggal.xlsx');
  await book.xlsx.writeFile(file);
  // The child runs in this project's zone (a test's process.env is a copy without it).
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { stdout } = rbm(['validate', file, '--format', 'json'], { TZ: zone });
  const finding = JSON.parse(stdout).findings.find((f: { cell: string }) => f.cell === 'G6');
  expect(finding).toMatchObject({ code: 'type-error', variant: 'date', severity: 'error' });
  expect(finding.message).toContain('(2023-06-30)');
  // …and never a target of 45,107 in the summary (issue 15, item 9).
  const summary = JSON.parse(rbm(['summary', file, '--year', '2023', '--quarter', '2', '--format', 'json'], { TZ: zone }).stdout);
  expect(summary.rows.find((r: { row: number }) => r.row === 6)?.target ?? null).not.toBe(45107);
  expect(JSON.stringify(summary)).not.toContain('45107');
});
