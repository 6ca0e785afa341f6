import { cellAt, cellText, parseAddress, type CellValue, type Grid } from '../grid';
import type { FindingCode } from '../findings/catalogue';
import type { Lang } from '../i18n';
import type { Finding } from '../findings/finding';
import { literalValue, type HostValue } from './textGuard';
import { validationPass } from './validationPass';

/** One cell a certain fix changes, with what it holds now, for the preview and the report. */
export interface FixChange {
  cell: string;
  row: number;
  /** 1-based sheet column. */
  columnNumber: number;
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
      const before = cellAt(grid, e.row - origin.row, e.columnNumber - origin.column);
      changes.push({ cell: e.cell, row: e.row, columnNumber: e.columnNumber, code: finding.code, message: fix.message, before: cellText(before), value: plain(e.value) });
    }
  }
  return { changes, skipped };
}

/** Fix values are text, numbers or blanks; a date (never produced today) travels as its ISO day. */
function plain(value: CellValue): FixChange['value'] {
  return value instanceof Date ? cellText(value) : value;
}

/** The certain fixes of the grid's matrix, from a fresh check (never from a preview a panel holds). */
export function fixPass(grid: Grid, lang: Lang, mapGrid?: Grid): { changes: FixChange[]; skipped: number } {
  return planFixes(grid, validationPass(grid, lang, mapGrid).report.findings);
}

/** What a host writes for a change: text guarded, except in a cell the grid says is formatted as Text. */
export function changeValue(grid: Grid, change: FixChange): HostValue {
  const origin = parseAddress(grid.topLeft);
  return literalValue(change.value, grid.numberFormats?.[change.row - origin.row]?.[change.columnNumber - origin.column]);
}
