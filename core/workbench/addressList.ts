import { columnLetter, parseAddress } from '../grid';

/**
 * Writes a set of cells as few A1 ranges as it can (`B3:B9,D3`): vertical runs per column, then runs
 * of identical columns side by side. Hosts take such lists in one call (Excel `getRanges`, Sheets
 * `getRangeList`), and stored highlight state stays small for 10,000 findings.
 */
export function toRangeList(cells: Iterable<string>): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const { row, column } = parseAddress(cell);
    const rows = byColumn.get(column) ?? [];
    rows.push(row);
    byColumn.set(column, rows);
  }
  // Vertical runs per column, keyed by their row span so that equal spans of neighbouring columns join.
  const runs: { top: number; bottom: number; left: number; right: number }[] = [];
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
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
  return runs.map((r) => {
    const start = `${columnLetter(r.left)}${r.top}`;
    return r.top === r.bottom && r.left === r.right ? start : `${start}:${columnLetter(r.right)}${r.bottom}`;
  });
}

/** Every cell of a list written by `toRangeList` (or typed by hand: `A1:B2, D4`). Bad parts are skipped. */
export function fromRangeList(list: string[]): string[] {
  const cells: string[] = [];
  for (const part of list) {
    const m = /^\s*\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?\s*$/i.exec(part);
    if (!m) continue;
    const a = parseAddress(`${m[1]}${m[2]}`);
    const b = m[3] ? parseAddress(`${m[3]}${m[4]}`) : a;
    for (let c = Math.min(a.column, b.column); c <= Math.max(a.column, b.column); c++) {
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) cells.push(`${columnLetter(c)}${r}`);
    }
  }
  return cells;
}
