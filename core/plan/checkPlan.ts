import { dayToExcelSerial } from '../periods/excelSerial';
import { isHexColour } from './colour';
import type { Plan, PlanCell, PlanValue } from './plan';

/** Excel's (and so every writer's) sheet size. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/**
 * Checks a Plan against its own contract before any writer (the CLI's, Excel's, Sheets') touches a
 * workbook: positions inside the sheet, values of their kind, `#RRGGBB` colours, calendar days from
 * 1 March 1900, merges that neither overlap nor hide a value, the signature in its cell. A plan that
 * breaks it is a bug in RB Matrix, not in the user's file, so it throws a plain `Error`.
 */
export function checkPlan(plan: Plan): void {
  const where = (row: number, column: number) => `${plan.sheetName}!R${row + 1}C${column + 1}`;
  const checkPosition = (row: number, column: number) => {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) {
      throw new Error(`Plan: cell position out of range: row ${row}, column ${column}`);
    }
  };
  checkPosition(plan.signature.row, plan.signature.column);
  const last = new Map<number, PlanCell>();
  const at = (row: number, column: number) => row * MAX_COLUMNS + column;
  for (const cell of plan.cells) {
    checkPosition(cell.row, cell.column);
    checkValue(cell.value, () => where(cell.row, cell.column));
    for (const colour of [cell.fill, cell.font?.color]) if (colour !== undefined && !isHexColour(colour)) throw new Error(`Plan: colour “${colour}” is not #RRGGBB`);
    if (cell.font?.size !== undefined && !(cell.font.size > 0 && cell.font.size <= 409)) {
      throw new Error(`Plan: font size ${cell.font.size} at ${where(cell.row, cell.column)}`);
    }
    last.set(at(cell.row, cell.column), cell);
  }
  const signed = last.get(at(plan.signature.row, plan.signature.column));
  if (!signed || signed.value.kind !== 'text' || signed.value.text !== plan.signature.text) {
    throw new Error(`Plan: ${where(plan.signature.row, plan.signature.column)} must hold the signature text “${plan.signature.text}”`);
  }
  const merged: Plan['merges'] = [];
  for (const m of plan.merges) {
    checkPosition(m.top, m.left);
    checkPosition(m.bottom, m.right);
    if (m.bottom < m.top || m.right < m.left) throw new Error(`Plan: merge with bottom/right before top/left: ${JSON.stringify(m)}`);
    for (const other of merged) {
      if (m.top <= other.bottom && other.top <= m.bottom && m.left <= other.right && other.left <= m.right) {
        throw new Error(`Plan: overlapping merges ${JSON.stringify(other)} and ${JSON.stringify(m)}`);
      }
    }
    merged.push(m);
    for (const cell of last.values()) {
      const inside = cell.row >= m.top && cell.row <= m.bottom && cell.column >= m.left && cell.column <= m.right;
      if (inside && (cell.row !== m.top || cell.column !== m.left) && cell.value.kind !== 'blank') {
        throw new Error(`Plan: ${where(cell.row, cell.column)} has a value but is hidden by a merge`);
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
}

/** `where` names the cell, for the message (computed only when there is one). */
function checkValue(value: PlanValue, where: () => string): void {
  switch (value.kind) {
    case 'text':
      if (typeof value.text !== 'string') throw new Error(`Plan: text at ${where()} is not a string`);
      if (value.text.length > 32767) throw new Error(`Plan: text at ${where()} is longer than Excel's 32,767 characters`);
      return;
    case 'number':
      if (typeof value.value !== 'number' || !Number.isFinite(value.value)) throw new Error(`Plan: number at ${where()} is ${value.value}`);
      return;
    case 'date': {
      const serial = dayToExcelSerial(value.year, value.month, value.day);
      if (!Number.isInteger(value.year) || serial === undefined || serial < 61) throw new Error(`Plan: date at ${where()} is not a date Excel can show: ${value.year}-${value.month}-${value.day}`);
      return;
    }
    case 'blank':
      return;
    default:
      throw new Error(`Plan: unknown value at ${where()}: ${JSON.stringify(value)}`);
  }
}
