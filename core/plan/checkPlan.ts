import { dayToExcelSerial } from '../periods/excelSerial';
import { checkArea, checkPosition, MAX_ROWS } from './area';
import { checkCharts } from './chart';
import { isHexColour } from './colour';
import { checkConditionalFormats } from './conditionalFormat';
import type { Plan, PlanCell, PlanValue } from './plan';
import { formulaProblem } from './formula';
import { checkProtection } from './protection';
import { checkValidations } from './validation';

/**
 * Checks a Plan against its own contract before any writer (the CLI's, Excel's, Sheets') touches a
 * workbook: positions inside the sheet, values of their kind, `#RRGGBB` colours, calendar days from
 * 1 March 1900, formulas as core writes them, merges that neither overlap nor hide a value, the
 * signature in its cell, hidden columns inside the sheet, and its protection, validations,
 * conditional formats and charts (each checked by its own module). A plan that
 * breaks it is a bug in RB Matrix, not in the user's file, so it throws a plain `Error`.
 */
export function checkPlan(plan: Plan): void {
  checkedCells(plan);
}

/**
 * The cells that stand after `checkPlan`. A plan whose cells come row by row, left to right, one per
 * place (what SheetWriter lays out) keeps its own list, found by binary search; any other plan gives,
 * per row and per column, the last plan cell for that place (a sparse grid, cheaper than a map for a
 * million cells). resolvePlan.ts reads them.
 */
export type CheckedCells = { inOrder: true; cells: readonly PlanCell[] } | { inOrder: false; rows: PlanCell[][] };

/** `checkPlan`, giving the cells that stand after it (`CheckedCells`). */
export function checkedCells(plan: Plan): CheckedCells {
  const where = (row: number, column: number) => `${plan.sheetName}!R${row + 1}C${column + 1}`;
  checkPosition(plan.signature.row, plan.signature.column);
  // Indexed, as every loop over a plan's cells: it runs once, over two million cells at 200,000
  // outputs, and a for…of there allocates a step object per cell until V8 has optimised it.
  const cells = plan.cells;
  let inOrder = true;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const { row, column, fill, font } = cell;
    checkPosition(row, column);
    const problem = valueProblem(cell.value);
    if (problem) throw new Error(`Plan: ${problem(where(row, column))}`);
    if (fill !== undefined && !isHexColour(fill)) throw new Error(`Plan: colour “${fill}” is not #RRGGBB`);
    if (font?.color !== undefined && !isHexColour(font.color)) throw new Error(`Plan: colour “${font.color}” is not #RRGGBB`);
    if (font?.size !== undefined && !(font.size > 0 && font.size <= 409)) throw new Error(`Plan: font size ${font.size} at ${where(row, column)}`);
    if (inOrder && i > 0 && !before(cells[i - 1], cell)) inOrder = false;
  }
  const rows: PlanCell[][] = [];
  if (!inOrder) for (let i = 0; i < cells.length; i++) (rows[cells[i].row] ??= [])[cells[i].column] = cells[i];
  const cellAt = (row: number, column: number) => (inOrder ? cellIn(cells, row, column) : rows[row]?.[column]);
  const signed = cellAt(plan.signature.row, plan.signature.column);
  if (!signed || signed.value.kind !== 'text' || signed.value.text !== plan.signature.text) {
    throw new Error(`Plan: ${where(plan.signature.row, plan.signature.column)} must hold the signature text “${plan.signature.text}”`);
  }
  const merged: Plan['merges'] = [];
  for (const m of plan.merges) {
    checkArea(m, 'merge');
    for (const other of merged) {
      if (m.top <= other.bottom && other.top <= m.bottom && m.left <= other.right && other.left <= m.right) {
        throw new Error(`Plan: overlapping merges ${JSON.stringify(other)} and ${JSON.stringify(m)}`);
      }
    }
    merged.push(m);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const hidden = r !== m.top || c !== m.left ? cellAt(r, c) : undefined;
        if (hidden && hidden.value.kind !== 'blank') throw new Error(`Plan: ${where(r, c)} has a value but is hidden by a merge`);
      }
    }
  }
  plan.columnWidths.forEach((w, i) => {
    if (w !== undefined && w !== null && !(Number.isFinite(w) && w >= 0 && w <= 255)) throw new Error(`Plan: column ${i + 1} width ${w}`);
  });
  plan.rowHeights?.forEach((h, i) => {
    if (h !== undefined && h !== null && !(Number.isFinite(h) && h >= 0 && h <= 409)) throw new Error(`Plan: row ${i + 1} height ${h}`);
  });
  if (!Number.isInteger(plan.frozenRows) || plan.frozenRows < 0 || plan.frozenRows >= MAX_ROWS) {
    throw new Error(`Plan: frozenRows ${plan.frozenRows}`);
  }
  for (const column of plan.hiddenColumns ?? []) checkPosition(0, column);
  checkProtection(plan.protection);
  checkValidations(plan.validations ?? [], plan.sheetName);
  checkConditionalFormats(plan.conditionalFormats ?? []);
  checkCharts(plan.charts ?? []);
  return inOrder ? { inOrder, cells } : { inOrder, rows };
}

/** `a` stands before `b`: an earlier row, or the same row and a column to the left. */
export function before(a: { row: number; column: number }, b: { row: number; column: number }): boolean {
  return a.row < b.row || (a.row === b.row && a.column < b.column);
}

/** The cell at (row, column) of cells in order (see `CheckedCells`), by binary search. */
export function cellIn(cells: readonly PlanCell[], row: number, column: number): PlanCell | undefined {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cells[mid];
    if (c.row === row && c.column === column) return c;
    if (c.row < row || (c.row === row && c.column < column)) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** What is wrong with a value, as a message for its cell, or undefined when a sheet can hold it. */
export function valueProblem(value: PlanValue): ((at: string) => string) | undefined {
  switch (value.kind) {
    case 'text':
      if (typeof value.text !== 'string') return (at) => `text at ${at} is not a string`;
      return value.text.length > 32767 ? (at) => `text at ${at} is longer than Excel's 32,767 characters` : undefined;
    case 'number':
      return typeof value.value !== 'number' || !Number.isFinite(value.value) ? (at) => `number at ${at} is ${value.value}` : undefined;
    case 'date': {
      const serial = dayToExcelSerial(value.year, value.month, value.day);
      const valid = Number.isInteger(value.year) && serial !== undefined && serial >= 61;
      return valid ? undefined : (at) => `date at ${at} is not a date Excel can show: ${value.year}-${value.month}-${value.day}`;
    }
    case 'formula': {
      const problem = formulaProblem(value.formula);
      return problem ? (at) => `formula at ${at} ${problem}` : undefined;
    }
    case 'blank':
      return undefined;
    default:
      return (at) => `unknown value at ${at}: ${JSON.stringify(value)}`;
  }
}
