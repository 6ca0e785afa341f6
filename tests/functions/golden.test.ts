/**
 * The golden table of the spreadsheet functions: every case of golden.json goes through
 * `CUSTOM_FUNCTIONS[fn](...args)` exactly as a host would call it (ranges as 2-D arrays, scalars
 * as plain values, dates as Excel serials) and must give `expected` cell by cell; numbers to 1e-9.
 * A case with `today` (an Excel serial) runs with STATUS's clock set to that day.
 */
import { CUSTOM_FUNCTIONS, setClock } from '../../core/functions';
import { expectGolden, GOLDEN_CASES as cases, goldenNow } from './goldenTable';

afterEach(() => setClock());

test('the table is large enough and names only known functions', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  for (const c of cases) expect(Object.keys(CUSTOM_FUNCTIONS)).toContain(c.fn);
  for (const name of Object.keys(CUSTOM_FUNCTIONS)) expect(cases.some((c) => c.fn === name)).toBe(true);
});

test.each(cases.map((c, i) => [`${i + 1}. ${c.fn}: ${c.note}`, c] as const))('%s', (_title, c) => {
  const now = goldenNow(c);
  if (now) setClock(() => now);
  expectGolden(CUSTOM_FUNCTIONS[c.fn](...c.args), c);
});
