/**
 * A new matrix with its monitoring blocks (`rbm template --monitoring`): the template read back as
 * a matrix, given what *Siapkan monitoring* plans for it (core/prepare: the quarter blocks, Capaian
 * and Status formulas on the example row, validations, colours, dropdowns), and the validations and
 * colours stretched from the example row over every row to fill.
 */
import type { CellValue, Grid } from '../grid';
import { readMatrix } from '../model/readMatrix';
import type { Quarter } from '../periods/quarter';
import type { PlanArea } from '../plan/area';
import type { Plan } from '../plan/plan';
import { prepareMonitoring } from '../prepare';

export function withMonitoring(plan: Plan, year: number, quarter: Quarter, firstRow: number, rows: number): Plan {
  const grid = gridOf(plan);
  const matrix = readMatrix(grid);
  if (!matrix) throw new Error('template: not read back as a matrix');
  const { plan: blocks } = prepareMonitoring(matrix, { year, quarter });
  const stretch = (a: PlanArea): PlanArea => (a.top === firstRow && a.bottom === firstRow ? { ...a, bottom: firstRow + rows - 1 } : a);
  const validations = (blocks.validations ?? []).map((v) => ({ ...v, areas: v.areas.map(stretch) }));
  const covered = new Set(validations.flatMap((v) => v.areas.map((a) => a.left)));
  const widths = [...plan.columnWidths];
  blocks.columnWidths.forEach((w, c) => {
    if (w !== undefined) widths[c] = w;
  });
  return {
    ...plan,
    cells: [...plan.cells, ...blocks.cells],
    merges: [...plan.merges, ...blocks.merges],
    columnWidths: widths,
    // prepare puts dropdowns on the plan's choice columns too: one validation per cell.
    validations: [...(plan.validations ?? []).filter((v) => !v.areas.some((a) => covered.has(a.left))), ...validations],
    conditionalFormats: [...(plan.conditionalFormats ?? []), ...(blocks.conditionalFormats ?? []).map((f) => ({ ...f, areas: f.areas.map(stretch) }))],
  };
}

/** The plan's cells as a grid (values only), with its merges: what a host would read back. */
function gridOf(plan: Plan): Grid {
  const values: CellValue[][] = [];
  for (const cell of plan.cells) {
    const row = (values[cell.row] ??= []);
    const v = cell.value;
    row[cell.column] = v.kind === 'text' ? v.text : v.kind === 'number' ? v.value : null;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { sheetName: plan.sheetName, values, merges: plan.merges.map((m) => ({ ...m })) };
}
