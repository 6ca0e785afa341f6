/**
 * The one rule for the calendar day of a date cell (core/periods/cellDay.ts), checked under every
 * time zone of the jest projects: the day a date cell shows never depends on where core runs.
 */
import { cellText } from '../../core/grid';
import { cellDay, cellDayText, naiveDate } from '../../core/periods/cellDay';
import { serialDate } from '../../core/periods/serialDate';
import { toDate } from '../../core/periods/toDate';
import { quarterOf } from '../../core/periods/quarterOf';
import { isDateFormat } from '../../core/values/dateFormat';
import { parseValue } from '../../core/values/parseValue';

test('this file runs in one of the time zones of the jest projects (tests/helpers/timeZoneEnvironment.js)', () => {
  expect(['UTC', 'Etc/UTC', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'America/Los_Angeles']).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
});

test('a date cell is its UTC fields: 30 June 2023 is 30 June in every zone', () => {
  const cell = naiveDate(2023, 6, 30);
  expect(cellDay(cell)).toEqual({ year: 2023, month: 6, day: 30 });
  expect(cellDayText(cell)).toBe('2023-06-30');
  expect(cellText(cell)).toBe('2023-06-30');
  expect(parseValue(cell)).toEqual({ kind: 'invalid', text: '2023-06-30' });
  // With a time of day, late or early, the day stays.
  expect(cellDayText(naiveDate(2023, 6, 30, 23, 59))).toBe('2023-06-30');
  expect(cellDayText(naiveDate(2023, 7, 1, 0, 0))).toBe('2023-07-01');
  expect(cellDayText(new Date(NaN))).toBe('');
  expect(cellDayText(naiveDate(50, 1, 2))).toBe('0050-01-02');
});

test('toDate gives local midnight of the cell’s day, so quarters come out right in every zone', () => {
  const first = toDate(naiveDate(2023, 7, 1))!;
  expect([first.getFullYear(), first.getMonth() + 1, first.getDate(), first.getHours()]).toEqual([2023, 7, 1, 0]);
  expect(quarterOf(first).quarter).toBe(3);
  expect(quarterOf(toDate(naiveDate(2023, 6, 30, 23, 30))!).quarter).toBe(2);
  expect(toDate(new Date(NaN))).toBeUndefined();
});

test('an Excel serial as a date cell, its time of day kept', () => {
  expect(cellDayText(serialDate(45107)!)).toBe('2023-06-30');
  expect(serialDate(45107.75)!.getTime()).toBe(naiveDate(2023, 6, 30, 18).getTime());
  expect(cellDayText(serialDate(59)!)).toBe('1900-02-28');
  expect(serialDate(60)).toBeUndefined();
  expect(cellDayText(serialDate(61)!)).toBe('1900-03-01');
  expect(serialDate(0)).toBeUndefined();
  expect(serialDate(2958466)).toBeUndefined();
});

test.each([
  ['dd/mm/yyyy', true],
  ['m/d/yyyy', true],
  ['[$-421]d mmmm yyyy', true],
  ['yyyy-mm-dd h:mm', true],
  ['h:mm', false],
  ['[h]:mm:ss', false],
  ['General', false],
  ['0%', false],
  ['#,##0', false],
  ['"day" 0', false],
  ['0\\d', false],
  [null, false],
])('number format %s shows a date: %s', (format, yes) => {
  expect(isDateFormat(format)).toBe(yes);
});
