/**
 * The notations other institutions write in target and realisation cells (issue 12, point 4): bounds,
 * scores with grades, figures with units, schedule marks, footnote marks, and how each is attained.
 */
import { capaianOf, parseValue, type ParsedValue } from '../../core';
import { formatParsed } from '../../core/values/formatValue';
import { unitsAgree } from '../../core/values/unitKind';

const capaian = (target: string | number, real: string | number, polaritas?: 'positif' | 'negatif') =>
  capaianOf(parseValue(target), parseValue(real, undefined, 'realisation'), polaritas).value;

describe('bounds', () => {
  test.each<[string, ParsedValue]>([
    ['>64', { kind: 'bound', op: '>', value: 64, percent: false }],
    ['> 3', { kind: 'bound', op: '>', value: 3, percent: false }],
    ['≥ 80%', { kind: 'bound', op: '>=', value: 0.8, percent: true }],
    ['>=80', { kind: 'bound', op: '>=', value: 80, percent: false }],
    ['=> 80', { kind: 'bound', op: '>=', value: 80, percent: false }],
    ['minimal 3', { kind: 'bound', op: '>=', value: 3, percent: false }],
    ['Minimal 3 dokumen', { kind: 'bound', op: '>=', value: 3, percent: false, unit: 'dokumen' }],
    ['min. 80%', { kind: 'bound', op: '>=', value: 0.8, percent: true }],
    ['min 80 %', { kind: 'bound', op: '>=', value: 0.8, percent: true }],
    ['paling sedikit 5', { kind: 'bound', op: '>=', value: 5, percent: false }],
    ['< 5', { kind: 'bound', op: '<', value: 5, percent: false }],
    ['≤ 10%', { kind: 'bound', op: '<=', value: 0.1, percent: true }],
    ['maks 10', { kind: 'bound', op: '<=', value: 10, percent: false }],
    ['maks. 10', { kind: 'bound', op: '<=', value: 10, percent: false }],
    ['maksimal 2', { kind: 'bound', op: '<=', value: 2, percent: false }],
    ['paling banyak 2', { kind: 'bound', op: '<=', value: 2, percent: false }],
    ['kurang dari 5', { kind: 'bound', op: '<', value: 5, percent: false }],
    ['lebih dari 3,5', { kind: 'bound', op: '>', value: 3.5, percent: false }],
  ])('%j', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });

  test('attainment: met is at least 100%, not met at most 99%; the direction is the polarity', () => {
    expect(capaian('>64', 65)).toBeCloseTo(65 / 64);
    expect(capaian('>64', 64)).toBe(0.99); // a strict floor: the figure itself does not meet it
    expect(capaian('>64', 32)).toBeCloseTo(0.5);
    expect(capaian('≥ 80%', '80%')).toBe(1);
    expect(capaian('≥ 80%', 0.8)).toBe(1);
    expect(capaian('≥ 80%', 80)).toBe(1); // points beside a percentage
    expect(capaian('≥ 80%', '60%')).toBeCloseTo(0.75);
    expect(capaian('< 5', 4)).toBeCloseTo(1.2); // a ceiling: 2 − 4/5
    expect(capaian('< 5', 5)).toBe(0.99);
    expect(capaian('≤ 10%', '10%')).toBe(1);
    expect(capaian('maks 10', 15)).toBeCloseTo(0.5);
    expect(capaian('maks 10', 25)).toBe(0);
    // The Polaritas column does not turn a bound around.
    expect(capaian('>64', 65, 'negatif')).toBeCloseTo(65 / 64);
    expect(capaian('≥ 0', 0)).toBe(1);
  });
});

describe('scores with grades', () => {
  test.each<[string, ParsedValue]>([
    ['57/CC', { kind: 'graded', score: { value: 57, percent: false }, grade: { label: 'CC', ladder: 'predikat', rank: 3 } }],
    ['>60/B', { kind: 'graded', score: { value: 60, percent: false, op: '>' }, grade: { label: 'B', ladder: 'predikat', rank: 4 } }],
    ['>80/A', { kind: 'graded', score: { value: 80, percent: false, op: '>' }, grade: { label: 'A', ladder: 'predikat', rank: 6 } }],
    ['>3/ST', { kind: 'graded', score: { value: 3, percent: false, op: '>' }, grade: { label: 'ST' } }],
    ['4,6 (Kategori A)', { kind: 'graded', score: { value: 4.6, percent: false }, grade: { label: 'A', ladder: 'predikat', rank: 6 } }],
    ['BB (70,5)', { kind: 'graded', score: { value: 70.5, percent: false }, grade: { label: 'BB', ladder: 'predikat', rank: 5 } }],
    ['B / 65', { kind: 'graded', score: { value: 65, percent: false }, grade: { label: 'B', ladder: 'predikat', rank: 4 } }],
  ])('%j', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });

  test('a note that is no grade stays a note', () => {
    expect(parseValue('60% (Cukup Sehat)')).toEqual({ kind: 'number', value: 0.6, percent: true, note: 'Cukup Sehat' });
    expect(parseValue('A (Kategori Sehat)')).toEqual({ kind: 'ordinal', ladder: 'predikat', rank: 6, label: 'A', note: 'Kategori Sehat' });
    expect(parseValue('1/2')).toMatchObject({ kind: 'invalid' });
    expect(parseValue('WTP/WDP')).toMatchObject({ kind: 'invalid' });
  });

  test('attainment compares the score, and the grade where only a grade is given', () => {
    expect(capaian('>60/B', '65')).toBeCloseTo(65 / 60);
    expect(capaian('>60/B', '65/B')).toBeCloseTo(65 / 60);
    expect(capaian('>60/B', 60)).toBe(0.99);
    expect(capaian('57/CC', '57/CC')).toBe(1);
    expect(capaian('57/CC', 'CC')).toBe(1);
    expect(capaian('>60/B', 'CC')).toBeCloseTo(3 / 4);
    expect(capaian('>60/B', 'BB')).toBe(1);
    expect(capaian('>3/ST', '3,5')).toBeCloseTo(3.5 / 3);
    expect(capaian('>3/ST', 'SB')).toBeNull(); // a code of its own has no ladder
    expect(capaian('B', '65/BB')).toBe(1); // a grade target, a graded realisation: the grades
    expect(capaian(60, '65/BB')).toBeCloseTo(65 / 60); // a figure target: the score
  });
});

describe('figures with units', () => {
  test.each<[string, ParsedValue]>([
    ['1 Dokumen', { kind: 'number', value: 1, percent: false, unit: 'Dokumen' }],
    ['3 dokumen', { kind: 'number', value: 3, percent: false, unit: 'dokumen' }],
    ['231 rekomendasi', { kind: 'number', value: 231, percent: false, unit: 'rekomendasi' }],
    ['2.232 Laporan', { kind: 'number', value: 2232, percent: false, unit: 'Laporan' }],
    ['1 (satu) Dokumen', { kind: 'number', value: 1, percent: false, unit: 'Dokumen' }],
    ['12 unit kerja', { kind: 'number', value: 12, percent: false, unit: 'unit kerja' }],
    ['80 persen', { kind: 'number', value: 0.8, percent: true }],
  ])('%j', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });

  test('attained as their figure', () => {
    expect(capaian('3 dokumen', 2)).toBeCloseTo(2 / 3);
    expect(capaian('3 dokumen', '3 dokumen')).toBe(1);
  });

  test('a unit agrees with its Satuan when one names the other', () => {
    expect(unitsAgree('dokumen', 'Dokumen')).toBe(true);
    expect(unitsAgree('dokumen', 'Jumlah Dokumen')).toBe(true);
    expect(unitsAgree('Dok', 'Dokumen')).toBe(true);
    expect(unitsAgree('unit', 'Unit Kerja')).toBe(true);
    expect(unitsAgree('Laporan', 'Dokumen')).toBe(false);
    expect(unitsAgree('rekomendasi', 'Persentase')).toBe(false);
  });
});

describe('schedule marks and done / not done', () => {
  test.each(['√', '✓', '✔', 'v', 'V', 'x', 'X', '•'])('%j is a scheduled target', (mark) => {
    expect(parseValue(mark)).toEqual({ kind: 'tick', done: true, mark });
  });

  test('realisations: ticks and words; a cross is left unread there', () => {
    expect(parseValue('√', undefined, 'realisation')).toEqual({ kind: 'tick', done: true, mark: '√' });
    expect(parseValue('Sudah', undefined, 'realisation')).toEqual({ kind: 'tick', done: true, mark: 'Sudah' });
    expect(parseValue('selesai', undefined, 'realisation')).toEqual({ kind: 'tick', done: true, mark: 'selesai' });
    expect(parseValue('Belum', undefined, 'realisation')).toEqual({ kind: 'tick', done: false, mark: 'Belum' });
    expect(parseValue('x', undefined, 'realisation')).toEqual({ kind: 'invalid', text: 'x' });
    expect(parseValue('Sudah')).toEqual({ kind: 'invalid', text: 'Sudah' }); // not a target
  });

  test('attainment: done 100%, not done 0%; a figure is progress', () => {
    expect(capaian('√', '√')).toBe(1);
    expect(capaian('√', 'Sudah')).toBe(1);
    expect(capaian('√', 'Belum')).toBe(0);
    expect(capaian('v', 1)).toBe(1);
    expect(capaian('v', 0)).toBe(0);
    expect(capaian('v', '100%')).toBe(1);
    expect(capaian('v', '50%')).toBe(0.5);
    expect(capaian('v', 100)).toBe(1);
    expect(capaian(3, '√')).toBeNull(); // how many? a tick does not say
  });
});

describe('footnote marks, NBSP and ±', () => {
  test.each<[string, ParsedValue]>([
    ['75.000.000*', { kind: 'number', value: 75000000, percent: false }],
    ['85**', { kind: 'number', value: 85, percent: false }],
    ['85*)', { kind: 'number', value: 85, percent: false }],
    ['85¹', { kind: 'number', value: 85, percent: false }],
    ['± 80%', { kind: 'number', value: 0.8, percent: true }],
    ['±80', { kind: 'number', value: 80, percent: false }],
    ['80\u00a0%', { kind: 'number', value: 0.8, percent: true, canonical: '80%' }],
    ['\u00a0WTP\u00a0', { kind: 'ordinal', ladder: 'opini', rank: 4, label: 'WTP' }],
    ['>\u00a064', { kind: 'bound', op: '>', value: 64, percent: false }],
  ])('%j', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });

  test('a mark alone is not a value', () => {
    expect(parseValue('*')).toMatchObject({ kind: 'invalid' });
    expect(parseValue('±')).toMatchObject({ kind: 'invalid' });
  });
});

test('formatParsed writes every kind back as people write it', () => {
  const f = (text: string, lang: 'id' | 'en' = 'id') => formatParsed(parseValue(text), lang);
  expect(f('≥ 80%')).toBe('≥ 80%');
  expect(f('>64')).toBe('> 64');
  expect(f('maks 2,5', 'en')).toBe('≤ 2.5');
  expect(f('57/CC')).toBe('57/CC');
  expect(f('>60/B')).toBe('>60/B');
  expect(f('3 dokumen')).toBe('3 dokumen');
  expect(f('√')).toBe('√');
});
