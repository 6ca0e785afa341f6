/**
 * MergeIndex against the plain reading of its answers, for areas in reading order (as readers give
 * them, when the index skips sorting) or in any order: `ownerOf` looks at the last area, in a stable
 * order by top row, that starts at or above the row in that column; `areaAt` is the last area with that
 * top-left. Keys hold for any row and column a spreadsheet has.
 */
import fc from 'fast-check';
import { MergeIndex, type MergedArea } from '../../core/grid';

const area: fc.Arbitrary<MergedArea> = fc
  .record({ top: fc.integer({ min: 0, max: 30 }), left: fc.integer({ min: 0, max: 5 }), height: fc.integer({ min: 0, max: 6 }), width: fc.integer({ min: 0, max: 2 }) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

function plainOwner(areas: MergedArea[], row: number, column: number): { row: number; column: number } | undefined {
  const spans = areas
    .filter((a) => !(a.top === a.bottom && a.left === a.right) && a.left <= column && column <= a.right)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.top - y.a.top || x.i - y.i);
  const started = spans.filter((s) => s.a.top <= row);
  const hit = started[started.length - 1]?.a;
  if (!hit || hit.bottom < row || (hit.top === row && hit.left === column)) return undefined;
  return { row: hit.top, column: hit.left };
}

test('ownerOf and areaAt answer as the plain reading, areas in reading order or not', () => {
  fc.assert(
    fc.property(fc.array(area, { maxLength: 25 }), fc.boolean(), (areas, inReadingOrder) => {
      const given = inReadingOrder ? [...areas].sort((x, y) => x.top - y.top || x.left - y.left) : areas;
      const index = new MergeIndex(given);
      for (let row = 0; row < 40; row++) {
        for (let column = 0; column < 9; column++) {
          expect(index.ownerOf(row, column)).toEqual(plainOwner(given, row, column));
          const last = [...given].reverse().find((a) => a.top === row && a.left === column && !(a.bottom === a.top && a.right === a.left));
          expect(index.areaAt(row, column)).toBe(last);
        }
      }
    }),
    { numRuns: 500 },
  );
});

test('top-left keys stay apart at the edges of a sheet', () => {
  const far = { top: 1_048_575, left: 18_277, bottom: 1_048_576, right: 18_277 };
  const next = { top: 1_048_576, left: 0, bottom: 1_048_577, right: 0 };
  const index = new MergeIndex([far, next]);
  expect(index.areaAt(1_048_575, 18_277)).toBe(far);
  expect(index.areaAt(1_048_576, 0)).toBe(next);
  expect(index.areaAt(1_048_575, 18_278)).toBeUndefined();
});
