import type { LabelTable } from './labelTable';
import { labelKey, normalizeLabel } from './normalizeLabel';

/**
 * One column of a candidate header: its own label (the lowest text in the column) and the labels
 * above it, outermost first (`Target` › `2026` › `TW I`). A label reached by a vertical merge, or
 * standing alone above blank cells, has no parents.
 */
export interface LabelCell {
  index: number;
  label: string;
  /** The labels above, outermost first. */
  path: string[];
  /** The nearest label above (`''` when none). */
  parent: string;
  /** `labelKey` of the label and of each parent, and the normalised label, computed once. */
  key: string;
  pathKeys: string[];
  normal: string;
  /** The header row (0-based grid row) the label is written in. */
  row: number;
}

/**
 * The columns of a header made of `rows` (grid rows, top to bottom, spacers left out): for each
 * column, the texts of those rows stacked, the lowest one its label and the others its parents.
 *
 * Where a parent is not merged over its children (a CSV export, or a sheet that only centres the
 * parent), the blank cells to its right still belong to it: a blank cell takes the nearest text to
 * its left in the same row when both columns have labels below and share the same parents above.
 * A gap (a column with nothing below) ends the parent's reach.
 */
export function headerCells(table: LabelTable, rows: number[]): LabelCell[] {
  const width = table.width;
  // stack[level][column]: the header texts, blank cells carried from their parent on the left.
  const stack: string[][] = rows.map((r) => table.text[r].slice());
  const lowest: number[] = new Array(width).fill(-1);
  for (let c = 0; c < width; c++) for (let l = 0; l < rows.length; l++) if (stack[l][c] !== '') lowest[c] = l;
  for (let l = 0; l < rows.length - 1; l++) {
    const r = rows[l];
    let carried: { text: string; above: string } | undefined;
    for (let c = 0; c < width; c++) {
      const above = l === 0 ? '' : stack.slice(0, l).map((s) => s[c]).join('\u0001');
      const hasBelow = lowest[c] > l;
      if (stack[l][c] !== '') {
        carried = hasBelow && !table.covered[r][c] ? { text: stack[l][c], above } : undefined;
        continue;
      }
      if (table.covered[r][c]) continue; // a merge decides what this cell is
      if (carried && hasBelow && carried.above === above) stack[l][c] = carried.text;
      else carried = undefined;
    }
  }
  const cells: LabelCell[] = [];
  for (let c = 0; c < width; c++) {
    const l = lowest[c];
    const label = l < 0 ? '' : stack[l][c];
    const path: string[] = [];
    for (let k = 0; k < l; k++) {
      const t = stack[k][c];
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    cells.push(labelCell(c, label, path, l < 0 ? rows[0] : rows[l]));
  }
  return cells;
}

const keys = new Map<string, { key: string; normal: string }>();

/** A label cell with its keys computed once per distinct text. */
export function labelCell(index: number, label: string, path: string[], row: number): LabelCell {
  return { index, label, path, parent: path[path.length - 1] ?? '', key: keyOf(label).key, pathKeys: path.map((p) => keyOf(p).key), normal: keyOf(label).normal, row };
}

function keyOf(text: string): { key: string; normal: string } {
  let k = keys.get(text);
  if (!k) {
    k = { key: labelKey(text), normal: normalizeLabel(text) };
    if (keys.size < 5000) keys.set(text, k);
  }
  return k;
}
