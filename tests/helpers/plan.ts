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

/** The values a plan writes, as the grid a host would read back from its sheet (texts and numbers). */
export function planGrid(p: Plan): import('../../core/grid').Grid {
  const values: (string | number | null)[][] = [];
  for (const c of p.cells) {
    const row = (values[c.row] ??= []);
    row[c.column] = c.value.kind === 'text' ? (c.value.text === '' ? null : c.value.text) : c.value.kind === 'number' ? c.value.value : null;
  }
  for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => (v === undefined ? null : v));
  return { sheetName: p.sheetName, values };
}
