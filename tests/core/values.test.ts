/** Reading and writing target values: numbers as planners type them, percentages, ladders, period labels. */
import { capaianOf, parseNumber, parseValue } from '../../core';
import { parsePeriodLabel, periodKey } from '../../core/layout/periodLabel';
import { formatNumber, formatParsed } from '../../core/values/formatValue';
import { isPercentFormat } from '../../core/values/parseValue';

describe('parseNumber', () => {
  test.each([
    ['3,7', 3.7],
    ['2,89', 2.89],
    ['166.406.521.000', 166406521000],
    ['68.48', 68.48],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['Rp 1.000', 1000],
    ['Rp. 1.000.000', 1000000],
    ['rp1.500', 1500],
    ['-5', -5],
    ['+5', 5],
    ['\u2212 3', -3],
    ['  42  ', 42],
    ['0', 0],
    ['12.3456', 12.3456],
    // A lone group of three after a dot is a thousands separator; after a comma it is a decimal.
    ['1.000', 1000],
    ['1,500', 1.5],
  ])('%j → %p', (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 10);
  });

  test.each(['', '   ', 'abc', '1.2.3', '1,2,3', '1.234.56', '.5', ',5', '5.', '1e3', '0x10', 'Infinity', 'NaN', '12 000', '5 Dokumen', 'Rp', '-', '--5', '70%', 'satu'])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe('parseValue', () => {
  test('percentages', () => {
    expect(parseValue('70%')).toEqual({ kind: 'number', value: 0.7, percent: true });
    expect(parseValue('100 %')).toEqual({ kind: 'number', value: 1, percent: true, canonical: '100%' });
    expect(parseValue('2,5%')).toEqual({ kind: 'number', value: 0.025, percent: true });
    expect(parseValue('60% (Cukup Sehat)')).toEqual({ kind: 'number', value: 0.6, percent: true, note: 'Cukup Sehat' });
    expect(parseValue('abc%')).toEqual({ kind: 'invalid', text: 'abc%' });
  });

  test('numbers from cells and from text', () => {
    expect(parseValue(5)).toEqual({ kind: 'number', value: 5, percent: false });
    expect(parseValue('3,7')).toEqual({ kind: 'number', value: 3.7, percent: false });
    // A score with its grade (issue 12): the grade is a rung of the predikat ladder.
    expect(parseValue('4,6 (Kategori "A")')).toEqual({ kind: 'graded', score: { value: 4.6, percent: false }, grade: { label: 'A', ladder: 'predikat', rank: 6 } });
    expect(parseValue(Infinity)).toEqual({ kind: 'invalid', text: 'Infinity' });
  });

  test('number formats: 0.7 formatted 0% is 70%', () => {
    expect(parseValue(0.7, '0%')).toEqual({ kind: 'number', value: 0.7, percent: true });
    expect(parseValue(0.7, '0.00%')).toEqual({ kind: 'number', value: 0.7, percent: true });
    expect(parseValue(0.7, 'General')).toEqual({ kind: 'number', value: 0.7, percent: false });
    expect(parseValue(0.7)).toEqual({ kind: 'number', value: 0.7, percent: false });
    // A quoted % is a literal, not a percentage format.
    expect(isPercentFormat('0" %"')).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
    // A format on text does not change the text's meaning.
    expect(parseValue('70', '0%')).toEqual({ kind: 'number', value: 70, percent: false });
  });

  test('not applicable and empty', () => {
    for (const t of ['n/a', 'N/A', '-', '\u2013', 'tidak ada', 'Nihil']) expect(parseValue(t)).toEqual({ kind: 'none', text: t });
    expect(parseValue(null)).toEqual({ kind: 'empty' });
    expect(parseValue(undefined)).toEqual({ kind: 'empty' });
    expect(parseValue('   ')).toEqual({ kind: 'empty' });
  });

  test('audit opinions and grades', () => {
    expect(parseValue('WTP')).toEqual({ kind: 'ordinal', ladder: 'opini', rank: 4, label: 'WTP' });
    expect(parseValue('wtp')).toEqual({ kind: 'ordinal', ladder: 'opini', rank: 4, label: 'WTP', canonical: 'WTP' });
    expect(parseValue('Wajar Tanpa Pengecualian')).toMatchObject({ kind: 'ordinal', ladder: 'opini', label: 'WTP', canonical: 'WTP' });
    expect(parseValue('B')).toEqual({ kind: 'ordinal', ladder: 'predikat', rank: 4, label: 'B' });
    expect(parseValue('A (Kategori Sehat)')).toEqual({ kind: 'ordinal', ladder: 'predikat', rank: 6, label: 'A', note: 'Kategori Sehat' });
    expect(parseValue('bb')).toMatchObject({ label: 'BB', canonical: 'BB' });
  });

  test('stages', () => {
    expect(parseValue('Naskah final')).toEqual({ kind: 'ordinal', ladder: 'tahap', rank: 2, label: 'Naskah final' });
    expect(parseValue('naskah final')).toMatchObject({ label: 'Naskah final', canonical: 'Naskah final' });
    // Both spellings of the last stage are accepted as they are.
    expect(parseValue('Monev')).toEqual({ kind: 'ordinal', ladder: 'tahap', rank: 4, label: 'Mon ev' });
    expect(parseValue('Mon ev')).toEqual({ kind: 'ordinal', ladder: 'tahap', rank: 4, label: 'Mon ev' });
    expect(parseValue('Mon\n ev')).toEqual({ kind: 'ordinal', ladder: 'tahap', rank: 4, label: 'Mon ev' });
    expect(parseValue('mon ev')).toMatchObject({ label: 'Mon ev', canonical: 'Mon ev' });
    expect(parseValue('Draf')).toMatchObject({ rank: 1, label: 'Draft', canonical: 'Draft' });
  });

  test('dates, booleans and junk are invalid', () => {
    expect(parseValue(new Date('2023-03-31T00:00:00Z'))).toEqual({ kind: 'invalid', text: '2023-03-31' });
    expect(parseValue(new Date('not a date'))).toEqual({ kind: 'invalid', text: 'tanggal' });
    expect(parseValue(true)).toEqual({ kind: 'invalid', text: 'TRUE' });
    expect(parseValue(false)).toEqual({ kind: 'invalid', text: 'FALSE' });
    expect(parseValue('segera')).toEqual({ kind: 'invalid', text: 'segera' });
    expect(parseValue('(catatan)')).toEqual({ kind: 'invalid', text: '(catatan)' });
    expect(parseValue('=HYPERLINK("http://x","y")')).toMatchObject({ kind: 'invalid' });
  });
});

describe('parsePeriodLabel', () => {
  test.each([
    ['TW 1', { from: 1, to: 1, wholeYear: false }],
    ['TW I', { from: 1, to: 1, wholeYear: false }],
    ['Triwulan II', { from: 2, to: 2, wholeYear: false }],
    ['Q3', { from: 3, to: 3, wholeYear: false }],
    ['TW 4', { from: 4, to: 4, wholeYear: false }],
    ['TW IV', { from: 4, to: 4, wholeYear: false }],
    ['Trw. 2', { from: 2, to: 2, wholeYear: false }],
    ['Kuartal 4', { from: 4, to: 4, wholeYear: false }],
    ['TW\nII', { from: 2, to: 2, wholeYear: false }],
    ['TW I-III', { from: 1, to: 3, wholeYear: false }],
    ['TW I s.d. III', { from: 1, to: 3, wholeYear: false }],
    ['Q1-Q3', { from: 1, to: 3, wholeYear: false }],
    ['TW I - IV', { from: 1, to: 4, wholeYear: true }],
    ['TW 1 Tahun 2024', { from: 1, to: 1, wholeYear: false, year: 2024 }],
    ['Tahun 2024', { from: 1, to: 4, wholeYear: true, year: 2024 }],
    ['2024', { from: 1, to: 4, wholeYear: true, year: 2024 }],
    ['Target Tahun 2023', { from: 1, to: 4, wholeYear: true, year: 2023 }],
  ])('%j', (label, expected) => {
    expect(parsePeriodLabel(label)).toEqual(expected);
  });

  test.each(['TW 5', 'TW III-I', 'Total', 'Satuan', '', 'Tahun', '1999', 'TW'])('%j is no period', (label) => {
    expect(parsePeriodLabel(label)).toBeUndefined();
  });

  test('period keys relative to the plan year', () => {
    expect(periodKey({ from: 2, to: 2, wholeYear: false }, 2023)).toBe('tw2');
    expect(periodKey({ from: 2, to: 2, wholeYear: false, year: 2023 }, 2023)).toBe('tw2');
    expect(periodKey({ from: 1, to: 3, wholeYear: false, year: 2024 }, 2023)).toBe('tw1-3_2024');
    expect(periodKey({ from: 1, to: 4, wholeYear: true, year: 2024 }, 2023)).toBe('tahun2024');
    expect(periodKey({ from: 1, to: 4, wholeYear: true }, undefined)).toBe('tahun');
  });
});

describe('formatNumber', () => {
  test.each([
    [3.7, '3,7', '3.7'],
    [166406521000, '166.406.521.000', '166,406,521,000'],
    [0, '0', '0'],
    [-1234.5, '-1.234,5', '-1,234.5'],
    [1 / 3, '0,3333', '0.3333'],
    [1234567.891, '1.234.567,891', '1,234,567.891'],
    [0.99999, '1', '1'],
    [-0.00001, '0', '0'],
    [100, '100', '100'],
    [1000, '1.000', '1,000'],
  ])('%p → %j / %j', (n, id, en) => {
    expect(formatNumber(n, 'id')).toBe(id);
    expect(formatNumber(n, 'en')).toBe(en);
  });

  test('non-finite values are written as they are', () => {
    expect(formatNumber(NaN, 'id')).toBe('NaN');
    expect(formatNumber(Infinity, 'en')).toBe('Infinity');
  });

  test('round trip: what formatNumber writes in Indonesian, parseNumber reads back', () => {
    for (const n of [3.7, 2.89, 166406521000, 1234.5, 68.48, 0.25, 12, 999999.5]) {
      expect(parseNumber(formatNumber(n, 'id'))).toBeCloseTo(n, 4);
    }
  });

  test('formatParsed writes percentages and ladders', () => {
    expect(formatParsed(parseValue('70%'), 'id')).toBe('70%');
    expect(formatParsed(parseValue('2,5%'), 'id')).toBe('2,5%');
    expect(formatParsed(parseValue('2,5%'), 'en')).toBe('2.5%');
    expect(formatParsed(parseValue(0.7, '0%'), 'en')).toBe('70%');
    expect(formatParsed(parseValue('wtp'), 'en')).toBe('WTP');
    expect(formatParsed(parseValue(null), 'id')).toBe('(kosong)');
    expect(formatParsed(parseValue(null), 'en')).toBe('(blank)');
    expect(formatParsed(parseValue('n/a'), 'en')).toBe('n/a');
  });
});

describe('service categories (SKM mutu pelayanan, IPP Pelayanan Prima)', () => {
  test('read as a ladder, worst to best, and compared on it', () => {
    const ranks = ['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik', 'Pelayanan Prima'].map((t) => parseValue(t));
    expect(ranks.map((v) => (v.kind === 'ordinal' ? [v.ladder, v.rank] : v.kind))).toEqual([
      ['layanan', 1],
      ['layanan', 2],
      ['layanan', 3],
      ['layanan', 4],
      ['layanan', 5],
    ]);
    expect(parseValue('sangat baik')).toMatchObject({ kind: 'ordinal', label: 'Sangat Baik', canonical: 'Sangat Baik' });
    expect(capaianOf(parseValue('Sangat Baik'), parseValue('Baik'))).toEqual({ value: 0.75, reason: 'dihitung' });
    expect(capaianOf(parseValue('Baik'), parseValue('Sangat Baik'))).toEqual({ value: 1, reason: 'dihitung' });
  });
});
