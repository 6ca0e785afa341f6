import type { CellEdit } from '../../core/findings/finding';
import { parseAddress, type Grid } from '../../core/grid';

/** Applies fix edits to a copy of a grid, as a host would write them. */
export function applyEdits(grid: Grid, edits: CellEdit[]): Grid {
  const origin = parseAddress(grid.topLeft);
  const values = grid.values.map((r) => [...r]);
  for (const e of edits) {
    const r = e.row - origin.row;
    const c = e.columnNumber - origin.column;
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = e.value;
  }
  return { ...grid, values };
}
