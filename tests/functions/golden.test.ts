/**
 * The golden table of the spreadsheet functions: every case of golden.json goes through
 * `CUSTOM_FUNCTIONS[fn](...args)` exactly as a host would call it (ranges as 2-D arrays, scalars
 * as plain values, dates as Excel serials) and must give `expected` cell by cell; numbers to 1e-9.
 * A case with `today` (an Excel serial) runs with STATUS's clock set to that day.
 */
import { CUSTOM_FUNCTIONS, setClock } from '../../core/functions';
import { fromExcelSerial } from '../../core/periods/excelSerial';
import golden from './golden.json';

interface Case {
  fn: string;
  args: unknown[];
  expected: (string | number)[][];
  note: string;
  today?: number;
}

const cases = golden as Case[];

afterEach(() => setClock());

test('the table is large enough and names only known functions', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  for (const c of cases) expect(Object.keys(CUSTOM_FUNCTIONS)).toContain(c.fn);
  for (const name of Object.keys(CUSTOM_FUNCTIONS)) expect(cases.some((c) => c.fn === name)).toBe(true);
});

test.each(cases.map((c, i) => [`${i + 1}. ${c.fn}: ${c.note}`, c] as const))('%s', (_title, c) => {
  if (c.today !== undefined) {
    const day = fromExcelSerial(c.today)!;
    setClock(() => new Date(day.getFullYear(), day.getMonth(), day.getDate(), 13, 30));
  }
  const actual = CUSTOM_FUNCTIONS[c.fn](...c.args);
  expect(actual.length).toBe(c.expected.length);
  c.expected.forEach((row, r) => {
    expect(actual[r].length).toBe(row.length);
    row.forEach((want, k) => {
      const got = actual[r][k];
      if (typeof want === 'number') {
        expect(typeof got).toBe('number');
        expect(got).toBeCloseTo(want, 9);
      } else {
        expect(got).toBe(want);
      }
    });
  });
});
