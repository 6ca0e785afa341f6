import { englishCount } from '../../cli/formatText';

test('English counts agree with their number (the CLI once said "1 outputs")', () => {
  expect(englishCount(1, 'output')).toBe('1 output');
  expect(englishCount(0, 'output')).toBe('0 outputs');
  expect(englishCount(10000, 'column')).toBe('10,000 columns');
  expect(englishCount(2, 'activity')).toBe('2 activities');
});
