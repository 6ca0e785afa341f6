/**
 * Reporting periods: quarters (triwulan), Excel serials and dates. Every expectation is written
 * in local calendar terms, so the suite holds in any time zone; run it with
 * `TZ=Asia/Jakarta` and `TZ=America/Los_Angeles` as well.
 */
import {
  calendarDate,
  formatTanggal,
  fromExcelSerial,
  lastClosedQuarter,
  parseQuarter,
  parsePeriod,
  dayToExcelSerial,
  quarterEnd,
  quarterLabel,
  quarterName,
  quarterOf,
  quarterStart,
  reportPeriodLabel,
  romanQuarter,
  toDate,
  toExcelSerial,
  type Quarter,
} from '../../core/periods';

const QUARTERS: Quarter[] = [1, 2, 3, 4];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Local `YYYY-MM-DD HH:mm:ss.SSS` of a date, for readable expectations. */
function show(date: Date | undefined): string | undefined {
  if (date === undefined) return undefined;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${p(date.getFullYear(), 4)}-${p(date.getMonth() + 1)}-${p(date.getDate())} ` +
    `${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}.${p(date.getMilliseconds(), 3)}`
  );
}

/** Local midnight of a day given as `YYYY-MM-DD`, as `show` prints it. */
const midnight = (day: string) => `${day} 00:00:00.000`;

/** A local date; `month` counts from 1. */
const d = (year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0) =>
  new Date(year, month - 1, day, h, m, s, ms);

/** The local calendar day of a date as `YYYY-MM-DD`. */
const dayOf = (date: Date | undefined) => show(date)?.slice(0, 10);

/**
 * False for a day the local time zone skipped entirely (Pacific/Kiritimati on 1994-12-31,
 * Pacific/Apia on 2011-12-30): no local Date falls on it, so the round trips pass over it.
 */
const existsLocally = (year: number, month: number, day: number) => d(year, month, day, 12).getDate() === day;

/** Whether the day an Excel serial stands for exists in the local time zone (computed in UTC). */
function serialExists(serial: number): boolean {
  const utc = new Date(Date.UTC(1899, 11, 30) + (serial < 60 ? serial + 1 : serial) * DAY_MS);
  return existsLocally(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

describe('quarterOf', () => {
  test.each([
    [1, 1], [2, 1], [3, 1], [4, 2], [5, 2], [6, 2], [7, 3], [8, 3], [9, 3], [10, 4], [11, 4], [12, 4],
  ])('month %i is in quarter %i', (month, quarter) => {
    expect(quarterOf(d(2023, month, 15))).toEqual({ year: 2023, quarter });
  });

  test('31 March is the last day of TW I, 1 April the first of TW II', () => {
    expect(quarterOf(d(2023, 3, 31, 23, 59, 59, 999))).toEqual({ year: 2023, quarter: 1 });
    expect(quarterOf(d(2023, 4, 1))).toEqual({ year: 2023, quarter: 2 });
  });

  test('31 December is TW IV, 1 January TW I of the next year', () => {
    expect(quarterOf(d(2025, 12, 31, 23, 59, 59, 999))).toEqual({ year: 2025, quarter: 4 });
    expect(quarterOf(d(2026, 1, 1))).toEqual({ year: 2026, quarter: 1 });
  });

  test('the leap day is in TW I', () => {
    expect(quarterOf(d(2024, 2, 29))).toEqual({ year: 2024, quarter: 1 });
  });

  test('an Invalid Date throws', () => {
    expect(() => quarterOf(new Date(NaN))).toThrow(RangeError);
  });
});

describe('quarterStart and quarterEnd', () => {
  test.each([
    [2023, 1, '2023-01-01', '2023-03-31'],
    [2023, 2, '2023-04-01', '2023-06-30'],
    [2023, 3, '2023-07-01', '2023-09-30'],
    [2023, 4, '2023-10-01', '2023-12-31'],
    [2024, 1, '2024-01-01', '2024-03-31'],
    [2024, 4, '2024-10-01', '2024-12-31'],
  ] as const)('%i TW %i runs from %s to %s, both at local midnight', (year, quarter, start, end) => {
    expect(show(quarterStart(year, quarter))).toBe(midnight(start));
    expect(show(quarterEnd(year, quarter))).toBe(midnight(end));
  });

  test('the day after each quarter end is the next quarter start', () => {
    for (const year of [1999, 2023, 2024, 2100]) {
      for (const quarter of QUARTERS) {
        const end = quarterEnd(year, quarter);
        const next = quarter === 4 ? quarterStart(year + 1, 1) : quarterStart(year, (quarter + 1) as Quarter);
        const dayAfter = new Date(end);
        dayAfter.setDate(dayAfter.getDate() + 1);
        expect(show(dayAfter)).toBe(show(next));
      }
    }
  });

  test('every day of 2023–2025 lies between the start and end of its quarter', () => {
    for (let day = d(2023, 1, 1); day.getFullYear() < 2026; day = d(day.getFullYear(), day.getMonth() + 1, day.getDate() + 1)) {
      const noon = d(day.getFullYear(), day.getMonth() + 1, day.getDate(), 12);
      const { year, quarter } = quarterOf(noon);
      expect(quarterStart(year, quarter).getTime()).toBeLessThanOrEqual(noon.getTime());
      expect(dayOf(quarterEnd(year, quarter))! >= dayOf(noon)!).toBe(true);
      expect(year).toBe(day.getFullYear());
    }
  });

  test('a quarter other than 1–4 throws', () => {
    for (const bad of [0, 5, 1.5, NaN]) {
      expect(() => quarterStart(2023, bad as Quarter)).toThrow(RangeError);
      expect(() => quarterEnd(2023, bad as Quarter)).toThrow(RangeError);
    }
  });
});

describe('lastClosedQuarter', () => {
  test.each([
    ['2026-11-28', 2026, 3],
    ['2026-10-01', 2026, 3],
    ['2026-09-30', 2026, 2],
    ['2026-01-15', 2025, 4],
    ['2026-01-01', 2025, 4],
    ['2026-12-31', 2026, 3],
    ['2024-02-29', 2023, 4],
  ])('as of %s the last closed quarter is %i TW %i', (asOf, year, quarter) => {
    const [y, m, day] = asOf.split('-').map(Number);
    expect(lastClosedQuarter(d(y, m, day))).toEqual({ year, quarter });
    expect(lastClosedQuarter(d(y, m, day, 23, 59, 59, 999))).toEqual({ year, quarter });
  });

  test('at each quarter edge: the quarter closes the day after its last day', () => {
    for (const quarter of QUARTERS) {
      const previous = quarter === 1 ? { year: 2025, quarter: 4 } : { year: 2026, quarter: quarter - 1 };
      const start = quarterStart(2026, quarter);
      const end = quarterEnd(2026, quarter);
      const dayAfterEnd = d(end.getFullYear(), end.getMonth() + 1, end.getDate() + 1);
      expect(lastClosedQuarter(start)).toEqual(previous);
      expect(lastClosedQuarter(end)).toEqual(previous);
      expect(lastClosedQuarter(dayAfterEnd)).toEqual({ year: 2026, quarter });
    }
  });

  test('an Invalid Date throws', () => {
    expect(() => lastClosedQuarter(new Date(NaN))).toThrow(RangeError);
  });
});

describe('quarter labels', () => {
  test.each([
    [1, 'I', 'Triwulan I', 'First quarter', 'TW I 2023', 'Q1 2023'],
    [2, 'II', 'Triwulan II', 'Second quarter', 'TW II 2023', 'Q2 2023'],
    [3, 'III', 'Triwulan III', 'Third quarter', 'TW III 2023', 'Q3 2023'],
    [4, 'IV', 'Triwulan IV', 'Fourth quarter', 'TW IV 2023', 'Q4 2023'],
  ] as const)('quarter %i: %s, %s, %s, %s, %s', (quarter, roman, nameId, nameEn, labelId, labelEn) => {
    expect(romanQuarter(quarter)).toBe(roman);
    expect(quarterName(quarter, 'id')).toBe(nameId);
    expect(quarterName(quarter, 'en')).toBe(nameEn);
    expect(quarterLabel(2023, quarter, 'id')).toBe(labelId);
    expect(quarterLabel(2023, quarter, 'en')).toBe(labelEn);
  });

  test('Indonesian is the default language', () => {
    expect(quarterName(3)).toBe('Triwulan III');
    expect(quarterLabel(2026, 3)).toBe('TW III 2026');
  });

  test('a reporting period: a quarter, or a whole year (issue 13)', () => {
    expect(reportPeriodLabel(2023, 2)).toBe('TW II 2023');
    expect(reportPeriodLabel(2023, 4, true)).toBe('Tahun 2023');
    expect(reportPeriodLabel(2023, 4, true, 'en')).toBe('Year 2023');
    expect(() => reportPeriodLabel(2023, 5 as Quarter, true)).toThrow(RangeError);
  });

  test('a quarter other than 1–4 throws', () => {
    for (const bad of [0, 5, 2.5]) {
      expect(() => romanQuarter(bad as Quarter)).toThrow(RangeError);
      expect(() => quarterName(bad as Quarter, 'en')).toThrow(RangeError);
      expect(() => quarterLabel(2023, bad as Quarter, 'en')).toThrow(RangeError);
    }
  });
});

describe('parseQuarter', () => {
  test.each([
    ['TW II', 2], ['TW 2', 2], ['Triwulan II', 2], ['Q2', 2], ['2', 2],
    ['tw ii', 2], ['TW-II', 2], ['TW.2', 2], ['Trw. II', 2], ['TWIV', 4], ['TW4', 4],
    ['  Triwulan   IV  ', 4], ['triwulan 1', 1], ['Kuartal 3', 3], ['q 1', 1], ['Quarter 4', 4],
    ['I', 1], ['iii', 3], ['Second quarter', 2], ['fourth Quarter', 4],
  ])('%j → %i', (text, quarter) => {
    expect(parseQuarter(text)).toBe(quarter);
  });

  test.each([
    '', '   ', '0', '5', 'TW 0', 'TW 5', 'TW V', 'IIII', 'TW II 2023', 'Q2 2023', 'TW I-III', '2.0', '02',
    'TW', 'Triwulan', 'Tahun 2024', 'II II', 'fifth quarter', 'quarter', 'TWII x',
  ])('%j is not a quarter', (text) => {
    expect(parseQuarter(text)).toBeUndefined();
  });

  test('reads back every name and Roman numeral it is shown', () => {
    for (const quarter of QUARTERS) {
      expect(parseQuarter(romanQuarter(quarter))).toBe(quarter);
      expect(parseQuarter(quarterName(quarter, 'id'))).toBe(quarter);
      expect(parseQuarter(quarterName(quarter, 'en'))).toBe(quarter);
      expect(parseQuarter(`TW ${romanQuarter(quarter)}`)).toBe(quarter);
      expect(parseQuarter(`Q${quarter}`)).toBe(quarter);
    }
  });
});

describe('Excel serial dates', () => {
  test.each([
    [1, '1900-01-01'],
    [2, '1900-01-02'],
    [31, '1900-01-31'],
    [32, '1900-02-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [366, '1900-12-31'],
    [367, '1901-01-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [45000, '2023-03-15'],
    [45107, '2023-06-30'],
    [45350, '2024-02-28'],
    [45351, '2024-02-29'],
    [45352, '2024-03-01'],
    [46354, '2026-11-28'],
    [2958465, '9999-12-31'],
  ])('serial %i is %s, and back', (serial, day) => {
    expect(show(fromExcelSerial(serial))).toBe(midnight(day));
    const [y, m, dd] = day.split('-').map(Number);
    expect(toExcelSerial(d(y, m, dd))).toBe(serial);
  });

  test('the time of day is dropped both ways', () => {
    expect(show(fromExcelSerial(45000.75))).toBe(midnight('2023-03-15'));
    expect(show(fromExcelSerial(45000.999999))).toBe(midnight('2023-03-15'));
    expect(toExcelSerial(d(2023, 3, 15, 23, 59, 59, 999))).toBe(45000);
    expect(toExcelSerial(d(2023, 3, 15, 0, 0, 0, 1))).toBe(45000);
  });

  test("serial 60, Excel's fictitious 29 February 1900, is not a date", () => {
    expect(fromExcelSerial(60)).toBeUndefined();
    expect(fromExcelSerial(60.5)).toBeUndefined();
    // 1 March 1900 follows 28 February 1900 directly: 59 → 61.
    expect(toExcelSerial(d(1900, 2, 28))).toBe(59);
    expect(toExcelSerial(d(1900, 3, 1))).toBe(61);
  });

  test.each([0, 0.5, -1, -45000, NaN, Infinity, -Infinity, 2958466])('serial %p is not a date', (serial) => {
    expect(fromExcelSerial(serial)).toBeUndefined();
  });

  test('dates outside 1900–9999 and Invalid Date have no serial', () => {
    expect(toExcelSerial(d(1899, 12, 31))).toBeUndefined();
    expect(toExcelSerial(d(10000, 1, 1))).toBeUndefined();
    expect(toExcelSerial(new Date(NaN))).toBeUndefined();
    const year50 = new Date(2000, 0, 1);
    year50.setFullYear(50);
    expect(toExcelSerial(year50)).toBeUndefined();
  });

  test('from serial 61 on, serial n is n days after 30 December 1899 (checked against UTC arithmetic)', () => {
    const epoch = Date.UTC(1899, 11, 30);
    const wrong: string[] = [];
    for (let serial = 61; serial <= 80000; serial += 1) {
      if (!serialExists(serial)) continue;
      const utc = new Date(epoch + serial * DAY_MS).toISOString().slice(0, 10);
      const local = dayOf(fromExcelSerial(serial));
      if (local !== utc) wrong.push(`${serial}: ${local} ≠ ${utc}`);
    }
    expect(wrong).toEqual([]);
  });

  test('round trip serial → date → serial for every serial up to 2200', () => {
    // 2200-12-31 is serial 109939.
    const wrong: string[] = [];
    for (let serial = 1; serial <= 109939; serial += 1) {
      if (serial === 60 || !serialExists(serial)) continue;
      const back = toExcelSerial(fromExcelSerial(serial)!);
      if (back !== serial) wrong.push(`${serial} → ${back}`);
    }
    expect(wrong).toEqual([]);
  });

  test('round trip date → serial → date, consecutive days having consecutive serials, 1900–2100', () => {
    const wrong: string[] = [];
    let previous = 0;
    for (let day = d(1900, 1, 1); day.getFullYear() <= 2100; day = d(day.getFullYear(), day.getMonth() + 1, day.getDate() + 1)) {
      const serial = toExcelSerial(day)!;
      let expected = previous === 59 ? 61 : previous + 1;
      while (!serialExists(expected)) expected += 1;
      if (serial !== expected) wrong.push(`${dayOf(day)} is ${serial} after ${previous}`);
      if (dayOf(fromExcelSerial(serial)) !== dayOf(day)) wrong.push(`${dayOf(day)} → ${serial} → ${dayOf(fromExcelSerial(serial))}`);
      previous = serial;
    }
    expect(wrong).toEqual([]);
    expect(previous).toBe(73415); // 2100-12-31
  });
});

describe('toDate', () => {
  test('a Date (a date cell: its UTC fields are the day it shows) gives local midnight of that day, as a new object', () => {
    const input = new Date(Date.UTC(2023, 5, 30, 18, 45, 12, 345));
    const result = toDate(input);
    expect(show(result)).toBe(midnight('2023-06-30'));
    expect(result).not.toBe(input);
    expect(input.toISOString()).toBe('2023-06-30T18:45:12.345Z');
    expect(show(toDate(new Date(Date.UTC(2023, 6, 1, 0, 0))))).toBe(midnight('2023-07-01'));
  });

  test('an Excel serial', () => {
    expect(show(toDate(45107))).toBe(midnight('2023-06-30'));
    expect(show(toDate(45107.9))).toBe(midnight('2023-06-30'));
    expect(toDate(60)).toBeUndefined();
  });

  test.each([
    ['2023-06-30', '2023-06-30'],
    ['2023-6-3', '2023-06-03'],
    [' 2024-02-29 ', '2024-02-29'],
    ['30/06/2023', '2023-06-30'],
    ['1/7/2023', '2023-07-01'],
    ['01/07/2023', '2023-07-01'],
    ['30-06-2023', '2023-06-30'],
    ['30.06.2023', '2023-06-30'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2025', '2025-12-31'],
    ['01/01/2026', '2026-01-01'],
  ])('text %j is %s', (text, day) => {
    expect(show(toDate(text))).toBe(midnight(day));
  });

  test('day first, never month first', () => {
    expect(show(toDate('05/06/2023'))).toBe(midnight('2023-06-05'));
    expect(toDate('06/30/2023')).toBeUndefined();
  });

  test.each([
    '', 'abc', '2023-02-29', '2023-13-01', '2023-00-10', '2023-06-31', '2023-06-00',
    '31/06/2023', '29/02/2023', '00/01/2023', '32/01/2023', '30/06/23', '30/06-2023', '2023/06/30',
    '45107', '30 Juni 2023', '2023-06-30T00:00:00Z', '12023-01-01',
  ])('text %j is not a date', (text) => {
    expect(toDate(text)).toBeUndefined();
  });

  test.each([
    ['Invalid Date', new Date(NaN)],
    ['null', null],
    ['undefined', undefined],
    ['true', true],
    ['an object', { year: 2023, month: 6, day: 30 }],
    ['an array', [2023, 6, 30]],
    ['a negative serial', -1],
    ['NaN', NaN],
    ['a bigint', BigInt(45107)],
  ])('%s is not a date', (_name, value) => {
    expect(toDate(value)).toBeUndefined();
  });
});

describe('formatTanggal', () => {
  test('a day in Indonesian and English', () => {
    expect(formatTanggal(d(2026, 11, 28), 'id')).toBe('28 November 2026');
    expect(formatTanggal(d(2026, 11, 28), 'en')).toBe('28 November 2026');
    expect(formatTanggal(d(2023, 8, 17, 23, 59), 'id')).toBe('17 Agustus 2023');
    expect(formatTanggal(d(2023, 8, 17, 23, 59), 'en')).toBe('17 August 2023');
    expect(formatTanggal(d(2024, 3, 1))).toBe('1 Maret 2024');
  });

  test('every month in both languages', () => {
    const id = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    for (let month = 1; month <= 12; month += 1) {
      expect(formatTanggal(d(2024, month, 5), 'id')).toBe(`5 ${id[month - 1]} 2024`);
      expect(formatTanggal(d(2024, month, 5), 'en')).toBe(`5 ${en[month - 1]} 2024`);
    }
  });

  test('the leap day and year ends', () => {
    expect(formatTanggal(d(2024, 2, 29))).toBe('29 Februari 2024');
    expect(formatTanggal(quarterEnd(2025, 4))).toBe('31 Desember 2025');
    expect(formatTanggal(quarterStart(2026, 1), 'en')).toBe('1 January 2026');
  });

  test('an Invalid Date throws', () => {
    expect(() => formatTanggal(new Date(NaN))).toThrow(RangeError);
  });
});

describe('calendarDate', () => {
  test('the local calendar day, month counted from 1', () => {
    expect(calendarDate(d(2026, 11, 28))).toEqual({ year: 2026, month: 11, day: 28 });
    expect(calendarDate(d(2024, 2, 29, 23, 59, 59, 999))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(calendarDate(d(2026, 1, 1, 0, 0, 0, 0))).toEqual({ year: 2026, month: 1, day: 1 });
    expect(calendarDate(quarterEnd(2023, 1))).toEqual({ year: 2023, month: 3, day: 31 });
    expect(calendarDate(fromExcelSerial(45000)!)).toEqual({ year: 2023, month: 3, day: 15 });
  });

  test('an Invalid Date throws', () => {
    expect(() => calendarDate(new Date(NaN))).toThrow(RangeError);
  });
});

describe('parsePeriod', () => {
  test.each([
    ['2023 TW II', { year: 2023, quarter: 2 }],
    ['TW 2 2023', { year: 2023, quarter: 2 }],
    ['Q3 2024', { year: 2024, quarter: 3 }],
    ['Triwulan IV 2023', { year: 2023, quarter: 4 }],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  test.each(['2023', 'TW II', '', 'TW 5 2023', 'tahun lalu'])('%s is not a period', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('dayToExcelSerial', () => {
  test('a calendar day given as numbers', () => {
    expect(dayToExcelSerial(2023, 3, 15)).toBe(45000);
    expect(dayToExcelSerial(1900, 3, 1)).toBe(61);
    expect(dayToExcelSerial(2024, 2, 29)).toBe(45351);
  });

  test.each([[2023, 2, 29], [2023, 13, 1], [2023, 4, 31], [1899, 12, 31], [10000, 1, 1]])('%i-%i-%i is not a day Excel has', (y, m, d) => {
    expect(dayToExcelSerial(y, m, d)).toBeUndefined();
  });
});
