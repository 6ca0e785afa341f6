/**
 * *Buat matriks baru* in Sheets: a new sheet at the end of the spreadsheet holding an empty matrix
 * (core/template), under a name no sheet has, written by the same Plan writer as the summary, then
 * shown. Calls: the sheet names (one per sheet), then the writer's.
 */
import { newMatrixPass, type NewMatrixOutcome, type NewMatrixRequest } from '../../core/template/newMatrixPass';
import { writePlan } from './planWriter';

export function createMatrix(request: NewMatrixRequest): NewMatrixOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const names = spreadsheet.getSheets().map((s) => s.getName());
  const { plan, outcome } = newMatrixPass(request, names);
  writePlan(spreadsheet, plan, { index: names.length }).activate();
  return outcome;
}
