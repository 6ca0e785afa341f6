/**
 * A Grid across google.script.run, which carries plain JSON only ("Date … objects are not legal
 * parameters or return values": developers.google.com/apps-script/guides/html/reference/run): a date
 * cell goes as `{ d: <its UTC fields as ms> }` and comes back as the same Date (core reads a date cell
 * by its UTC fields: core/periods/cellDay.ts). Used by the server's reads and the sidebar's passes.
 */
import type { CellValue, Grid } from '../core/grid';

export type WireValue = Exclude<CellValue, Date> | { d: number };
export type WireGrid = Omit<Grid, 'values'> & { values: WireValue[][] };

export function toWire(grid: Grid): WireGrid {
  return { ...grid, values: grid.values.map((row) => row.map((v) => (v instanceof Date ? { d: v.getTime() } : v))) };
}

export function fromWire(wire: WireGrid): Grid {
  return { ...wire, values: wire.values.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? new Date(v.d) : v))) };
}
