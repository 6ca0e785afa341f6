import { columnLetter, parseAddress, parseRange, rangeAddress, type Area, type Origin } from './a1';

/**
 * Writes a set of cells as few A1 ranges as it can (`B3:B9,D3`): vertical runs per column, then runs
 * of identical columns side by side. Hosts take such lists in one call (Excel `getRanges`, Sheets
 * `getRangeList`), and stored highlight state stays small for 10,000 findings.
 */
export function toRangeList(cells: Iterable<string>): string[] {
  return toAreas([...cells].map(parseAddress)).map(rangeAddress);
}

/**
 * The rectangles `toRangeList` writes, for positions (any base: the areas come out in the same one):
 * vertical runs per column, then runs of identical columns side by side.
 */
export function toAreas(cells: Iterable<Origin>): Area[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const rows = byColumn.get(column) ?? [];
    rows.push(row);
    byColumn.set(column, rows);
  }
  // Vertical runs per column, keyed by their row span so that equal spans of neighbouring columns join.
  const runs: Area[] = [];
  const open = new Map<string, Area>();
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(column))].sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      const key = `${rows[i]}:${rows[j]}`;
      const previous = open.get(key);
      if (previous && previous.right === column - 1) previous.right = column;
      else {
        const run = { top: rows[i], bottom: rows[j], left: column, right: column };
        runs.push(run);
        open.set(key, run);
      }
      i = j + 1;
    }
  }
  return runs;
}

/** Every cell of a list written by `toRangeList` (or typed by hand: `A1:B2, D4`). Bad parts are skipped. */
export function fromRangeList(list: string[]): string[] {
  const cells: string[] = [];
  for (const part of list) {
    const area = parseRange(part);
    if (!area) continue;
    for (let c = area.left; c <= area.right; c++) for (let r = area.top; r <= area.bottom; r++) cells.push(`${columnLetter(c)}${r}`);
  }
  return cells;
}
