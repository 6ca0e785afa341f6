import { cellAt, cellText, parseAddress, type CellValue, type Grid } from '../grid';
import type { FindingCode } from '../findings/catalogue';
import type { Finding } from '../findings/finding';

/** One cell a certain fix changes, with what it holds now, for the preview and the report. */
export interface FixChange {
  cell: string;
  row: number;
  column: number;
  code: FindingCode;
  /** The fix's sentence (in the report's language). */
  message: string;
  before: string;
  /** The new value, written as a plain value (text stays text); `null` empties the cell. */
  value: string | number | boolean | null;
}

/**
 * The edits of every certain fix, in sheet order. A fix that touches a cell an earlier fix already
 * changes is left out whole (counted in `skipped`), so one pass never writes a cell twice; the next
 * check shows whatever is left.
 */
export function planFixes(grid: Grid, findings: Finding[]): { changes: FixChange[]; skipped: number } {
  const origin = parseAddress(grid.topLeft);
  const taken = new Set<string>();
  const changes: FixChange[] = [];
  let skipped = 0;
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((e) => taken.has(e.cell))) {
      skipped++;
      continue;
    }
    for (const e of fix.edits) {
      taken.add(e.cell);
      const before = cellAt(grid, e.row - origin.row, e.column - origin.column);
      changes.push({ cell: e.cell, row: e.row, column: e.column, code: finding.code, message: fix.message, before: cellText(before), value: plain(e.value) });
    }
  }
  return { changes, skipped };
}

/** Fix values are text, numbers or blanks; a date (never produced today) travels as its ISO day. */
function plain(value: CellValue): FixChange['value'] {
  return value instanceof Date ? cellText(value) : value;
}

/** The grid as it reads after the changes (for checking again without reading the sheet again). */
export function withChanges(grid: Grid, changes: FixChange[]): Grid {
  const origin = parseAddress(grid.topLeft);
  const values = grid.values.map((r) => [...r]);
  for (const c of changes) {
    const r = c.row - origin.row;
    const col = c.column - origin.column;
    while (values.length <= r) values.push([]);
    while (values[r].length <= col) values[r].push(null);
    values[r][col] = c.value;
  }
  return { ...grid, values };
}
