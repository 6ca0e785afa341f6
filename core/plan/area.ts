/**
 * Areas of a Plan's sheet (a merge, the cells of a validation or a conditional format, a chart's
 * data) and how they are written for a workbook: OOXML's `sqref` (`B5:B20 D5`) and the absolute,
 * sheet-qualified references of formulas and chart parts (`'Ringkasan TW II 2023'!$A$5:$A$9`).
 */
import { columnLetter } from '../grid';

/** A rectangle of cells, 0-based and inclusive. */
export interface PlanArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's (and so every writer's) sheet size. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Throws when a 0-based position lies outside the sheet (a plan that does so is a bug in RB Matrix). */
export function checkPosition(row: number, column: number): void {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) {
    throw new Error(`Plan: cell position out of range: row ${row}, column ${column}`);
  }
}

/** Throws unless `area` lies inside the sheet with its bottom-right after its top-left. */
export function checkArea(area: PlanArea, what: string): void {
  checkPosition(area.top, area.left);
  checkPosition(area.bottom, area.right);
  if (area.bottom < area.top || area.right < area.left) throw new Error(`Plan: ${what} with bottom/right before top/left: ${JSON.stringify(area)}`);
}

export function overlaps(a: PlanArea, b: PlanArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Cells in the area. */
export function cellCount(a: PlanArea): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** `B5` or `B5:B20` (relative), or `$B$5:$B$20` (absolute). */
export function areaRef(a: PlanArea, absolute = false): string {
  const $ = absolute ? '$' : '';
  const corner = (row: number, column: number) => `${$}${columnLetter(column + 1)}${$}${row + 1}`;
  const start = corner(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? start : `${start}:${corner(a.bottom, a.right)}`;
}

/** The areas as OOXML's `sqref` (and the address Excel shows): relative references joined by spaces. */
export function sqrefOf(areas: readonly PlanArea[]): string {
  return areas.map((a) => areaRef(a)).join(' ');
}

/** A sheet name as a formula names it: always quoted (Excel accepts quotes around any name), `'` doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to `area` on sheet `name`, as chart parts and list sources hold it. */
export function sheetRef(name: string, area: PlanArea): string {
  return `${quotedSheet(name)}!${areaRef(area, true)}`;
}
