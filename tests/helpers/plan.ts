/** Small Plans for the writer and resolver tests: a signed sheet with the cells a test names. */
import type { Plan, PlanCell } from '../../core/plan/plan';

export const SIGNATURE = 'Dibuat oleh RB Matrix';

/** A plan of sheet `Ringkasan`, signed in A1, holding `cells` besides. */
export function plan(cells: PlanCell[], more: Partial<Plan> = {}): Plan {
  return {
    sheetName: 'Ringkasan',
    signature: { row: 0, column: 0, text: SIGNATURE },
    cells: [{ row: 0, column: 0, value: { kind: 'text', text: SIGNATURE } }, ...cells],
    merges: [],
    columnWidths: [],
    frozenRows: 0,
    ...more,
  };
}

/** A text cell at a 0-based position, with any look. */
export const text = (row: number, column: number, t: string, extra: Partial<PlanCell> = {}): PlanCell => ({
  row,
  column,
  value: { kind: 'text', text: t },
  ...extra,
});
