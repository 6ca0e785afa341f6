/**
 * The golden table of the spreadsheet functions (golden.json), shared by the tests that run it
 * through core, through Excel's registered functions and through the Sheets script.
 */
import { fromExcelSerial } from '../../core/periods/excelSerial';
import golden from './golden.json';

export interface GoldenCase {
  fn: string;
  args: unknown[];
  expected: (string | number)[][];
  note: string;
  /** "Today" for STATUS, as an Excel serial. */
  today?: number;
}

export const GOLDEN_CASES = golden as GoldenCase[];

/** The moment a case runs at: 13:30 local time on its `today`, or undefined when it has none. */
export function goldenNow(c: GoldenCase): Date | undefined {
  if (c.today === undefined) return undefined;
  const day = fromExcelSerial(c.today)!;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 13, 30);
}

/** The result equals the case's expectation cell by cell; numbers to 1e-9. */
export function expectGolden(actual: unknown[][], c: GoldenCase): void {
  expect(actual.length).toBe(c.expected.length);
  c.expected.forEach((row, r) => {
    expect(actual[r].length).toBe(row.length);
    row.forEach((want, k) => {
      const got = actual[r][k];
      if (typeof want === 'number') {
        expect(typeof got).toBe('number');
        expect(got).toBeCloseTo(want, 9);
      } else expect(got).toBe(want);
    });
  });
}
