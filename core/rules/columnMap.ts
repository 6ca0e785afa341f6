import type { Matrix } from '../model/readMatrix';
import { rowSpan } from './headerParams';
import type { RawFinding, Rule } from './rule';

/**
 * `column-map`: the column map by hand (sheet `RB Matrix`, or `--columns FILE.json`) does not fit the
 * sheet any more: a mapped column whose title is gone, a role no layout knows, a period that cannot
 * be read, header rows outside the sheet, or a row of the map sheet that cannot be read. A map that
 * fits nothing leaves the header to detection, and says so.
 */
export const columnMap: Rule = {
  codes: ['column-map'],
  check(matrix) {
    return columnMapFindings(matrix.columnMap, matrix.grid.sheetName, matrix.header.firstRow, matrix.origin.row);
  },
};

/** The findings of a map reading, at the first header row (the rows the map names when no header was read). */
export function columnMapFindings(reading: Matrix['columnMap'], sheet: string, row: number, originRow: number): RawFinding[] {
  if (!reading) return [];
  const found: RawFinding[] = [];
  const at = { row, col: 0, columnKey: '' as const };
  const map = reading.map;
  const rows = map ? rowSpan(map.headerRows[0], map.headerRows[1], (r) => r) : rowSpan(row, row, (r) => originRow + r);
  if (map && !reading.applied && !reading.problems.some((p) => p.variant === 'rows')) found.push({ code: 'column-map', ...at, variant: 'unused', params: { sheet, rows } });
  for (const p of reading.problems) {
    if (p.variant === 'stale') found.push({ code: 'column-map', ...at, variant: 'stale', params: { label: p.label, column: p.column || '–', role: p.role, rows } });
    else if (p.variant === 'role') found.push({ code: 'column-map', ...at, variant: 'role', params: { label: p.label, role: p.role } });
    else if (p.variant === 'period') found.push({ code: 'column-map', ...at, variant: 'period', params: { label: p.label, role: p.role } });
    else found.push({ code: 'column-map', ...at, variant: 'rows', params: { rows: p.rows, sheet } });
  }
  for (const p of reading.sheetProblems) found.push({ code: 'column-map', ...at, variant: 'sheet', params: { row: p.row, problem: p.message } });
  return found;
}
