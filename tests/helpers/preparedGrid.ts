import { parseAddress, type CellValue, type Grid } from '../../core/grid';
import type { Plan } from '../../core/plan/plan';

/**
 * A grid as a host shows it after a prepare plan's cells and merges are written: text and numbers as
 * they are, a formula as the CLI reads a cell no spreadsheet has calculated yet (empty), or as `formula`
 * says (a host that calculates it).
 */
export function preparedGrid(grid: Grid, plan: Plan, formula: (text: string, row: number, column: number) => CellValue = () => null): Grid {
  const origin = parseAddress(grid.topLeft);
  const values = grid.values.map((r) => [...(r ?? [])]);
  for (const cell of plan.cells) {
    const r = cell.row - (origin.row - 1);
    const c = cell.column - (origin.column - 1);
    if (r < 0 || c < 0) throw new Error(`a prepared cell above or left of the grid: ${cell.row}, ${cell.column}`);
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    const v = cell.value;
    values[r][c] = v.kind === 'text' ? v.text : v.kind === 'number' ? v.value : v.kind === 'formula' ? formula(v.formula, cell.row, cell.column) : v.kind === 'blank' ? null : null;
  }
  const merges = [...(grid.merges ?? []), ...plan.merges.map((m) => ({ top: m.top - (origin.row - 1), left: m.left - (origin.column - 1), bottom: m.bottom - (origin.row - 1), right: m.right - (origin.column - 1) }))];
  return { ...grid, values, merges };
}
