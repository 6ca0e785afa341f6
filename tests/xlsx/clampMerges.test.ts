/**
 * clampMerges against the plain reading of what it promises, on random sheets: areas clamped to the
 * cells holding data, one-cell areas and areas overlapping an earlier one (top to bottom, left to
 * right) dropped, and the cells the kept areas hide emptied, values and number formats alike. The
 * areas come in file order or shuffled (the sweep skips sorting areas already in order).
 */
import fc from 'fast-check';
import type { CellValue, MergedArea } from '../../core/grid';
import { clampMerges } from '../../core/xlsx/clampMerges';

function plainClamp(areas: MergedArea[], values: CellValue[][], formats: (string | null)[][], width: number): MergedArea[] {
  const lastRow = values.length - 1;
  const clamped = areas
    .filter((a) => a.top <= lastRow && a.left < width)
    .map((a) => ({ top: a.top, left: a.left, bottom: Math.min(a.bottom, lastRow), right: Math.min(a.right, width - 1) }))
    .filter((a) => a.bottom !== a.top || a.right !== a.left)
    .sort((x, y) => x.top - y.top || x.left - y.left);
  const kept: MergedArea[] = [];
  const overlaps = (a: MergedArea, b: MergedArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  for (const area of clamped) if (!kept.some((k) => overlaps(k, area))) kept.push(area);
  for (const a of kept) {
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        if (r === a.top && c === a.left) continue;
        if (c >= values[r].length) continue; // past the row's last cell: nothing there, value or format
        values[r][c] = null;
        if (formats[r] && c < formats[r].length && formats[r][c] != null) formats[r][c] = null;
      }
    }
  }
  return kept;
}

const area = fc.record({ top: fc.nat(14), left: fc.nat(9), height: fc.nat(6), width: fc.nat(5) }).map((a) => ({ top: a.top, left: a.left, bottom: a.top + a.height, right: a.left + a.width }));
const sheet = fc.record({
  rows: fc.array(fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 2 }), fc.integer()), { maxLength: 9 }), { minLength: 1, maxLength: 12 }),
  formats: fc.array(fc.option(fc.array(fc.option(fc.constantFrom('0%', '0.00'), { nil: null }), { maxLength: 9 }), { nil: undefined }), { maxLength: 12 }),
  areas: fc.array(area, { maxLength: 14 }),
  inFileOrder: fc.boolean(),
});

test('clampMerges keeps, clamps and empties as the plain reading does', () => {
  fc.assert(
    fc.property(sheet, ({ rows, formats, areas, inFileOrder }) => {
      const width = Math.max(0, ...rows.map((r) => r.length));
      const formatRows = rows.map((_, r) => formats[r] ?? []);
      const ordered = inFileOrder ? [...areas].sort((x, y) => x.top - y.top || x.left - y.left) : areas;
      const expectedValues = rows.map((r) => [...r]);
      const expectedFormats = formatRows.map((r) => [...r]);
      const expected = plainClamp(ordered, expectedValues, expectedFormats, width);
      const values = rows.map((r) => [...r]);
      const formatsCopy = formatRows.map((r) => [...r]);
      expect(clampMerges(ordered, values, formatsCopy, width)).toEqual(expected);
      expect(values).toEqual(expectedValues);
      expect(formatsCopy).toEqual(expectedFormats);
    }),
    { numRuns: 3000 },
  );
});
