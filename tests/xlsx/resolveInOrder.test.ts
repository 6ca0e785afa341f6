/**
 * resolvePlan reads a plan whose cells are in order (row by row, left to right, one per place, as
 * SheetWriter lays them out) in one pass; any other plan through a sparse grid. Both give the same
 * resolved plan for the same places: random cells with random looks and merges, given in order and
 * shuffled (the in-order pass must fill a merge's hidden places where they stand, in the look of its
 * top-left, and number the looks as the other does).
 */
import fc from 'fast-check';
import type { PlanCell } from '../../core/plan/plan';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { plan, SIGNATURE } from '../helpers/plan';

const look = fc.record({ fill: fc.constantFrom(undefined, '#FFEEAA', '#00AA00'), wrap: fc.constantFrom(undefined, true), border: fc.constantFrom(undefined, true) });
const place = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }));
const value = fc.oneof(fc.constant({ kind: 'blank' as const }), fc.string({ maxLength: 3 }).map((text) => ({ kind: 'text' as const, text })), fc.integer().map((n) => ({ kind: 'number' as const, value: n })));

test('cells in order and the same cells shuffled resolve alike, merges filled where they stand', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(place, value, look), { selector: ([p]) => p.join(':'), maxLength: 40 }), fc.array(fc.tuple(place, fc.nat(3), fc.nat(2)), { maxLength: 4 }), (entries, areas) => {
      const cells: PlanCell[] = entries.map(([[row, column], v, l]) => ({ row, column, value: v, ...l }));
      // Merges that neither overlap nor hide a value (checkPlan refuses those).
      const merges: { top: number; left: number; bottom: number; right: number }[] = [];
      for (const [[top, left], h, w] of areas) {
        const m = { top, left, bottom: top + h, right: left + w };
        if (m.bottom === m.top && m.right === m.left) continue;
        if (merges.some((o) => m.top <= o.bottom && o.top <= m.bottom && m.left <= o.right && o.left <= m.right)) continue;
        if (cells.some((c) => c.row >= m.top && c.row <= m.bottom && c.column >= m.left && c.column <= m.right && (c.row !== m.top || c.column !== m.left) && c.value.kind !== 'blank')) continue;
        merges.push(m);
      }
      const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
      const shuffled = [...cells].reverse();
      const inOrder = resolvePlan(plan(sorted, { merges }));
      const anyOrder = resolvePlan(plan(shuffled, { merges }));
      expect(inOrder).toEqual(anyOrder);
      expect(inOrder.cells[0]).toMatchObject({ row: 0, column: 0, value: { kind: 'text', text: SIGNATURE } });
    }),
    { numRuns: 1500 },
  );
});
