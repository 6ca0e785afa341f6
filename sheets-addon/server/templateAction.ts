/**
 * *Buat matriks baru* in Sheets: the sidebar lays the new matrix out with core (core/template, from the
 * sheet names this gives it: the server script has no room for the templates), and this writes it as
 * a new sheet at the end of the spreadsheet, with the same Plan writer as the summary, then shows it.
 */
import type { Plan } from '../../core/plan/plan';
import { UserError } from '../../core/i18n';
import { writePlan } from './planWriter';

export function sheetNames(): string[] {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((s) => s.getName());
}

export function writeNewSheet(plan: Plan): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The sidebar chose a free name from sheetNames(); a sheet made meanwhile is never replaced.
  if (spreadsheet.getSheetByName(plan.sheetName)) throw new UserError(`Sheet “${plan.sheetName}” sudah ada; coba lagi.`, `Sheet “${plan.sheetName}” already exists; try again.`);
  writePlan(spreadsheet, plan, { index: spreadsheet.getSheets().length }).activate();
}
