/**
 * "Buat ringkasan TW": the summary sheet of the active matrix for a period, placed right after the
 * matrix, or in place of an earlier summary RB Matrix made (core's `placement` decides; a sheet a
 * person made is never touched). Everything is decided before the first write; the writer swaps a
 * replaced summary only once the new one is complete.
 */
import type { CellValue, Grid } from '../../core/grid';
import { placement } from '../../core/plan/placement';
import { HEAD_COLUMNS, HEAD_ROWS, indicatorSheetName } from '../../core/workbench/indicatorSheet';
import { checkSummaryRequest, summaryPass, type SummaryOutcome, type SummaryRequest } from '../../core/workbench/summaryPass';
import { writePlan } from './planWriter';
import { readActiveSheet, readMapGrid, readSheet } from './readSheet';
import { LOG_SHEET, LOG_SIGNATURE } from '../../core/tiered/mergeLog';

export function summariseActive(request: SummaryRequest, madeOn: Date): SummaryOutcome {
  const { year, quarter, wholeYear } = checkSummaryRequest(request); // before any sheet is read
  const read = readActiveSheet();
  const { indicators, log } = readOtherSheets(read.sheet);
  const { plan, outcome } = summaryPass(read.grid, { year, quarter, wholeYear, lang: request.lang }, madeOn, indicators, readMapGrid(), log);

  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = spreadsheet.getSheetByName(plan.sheetName);
  const signature = existing?.getRange(plan.signature.row + 1, plan.signature.column + 1).getDisplayValue();
  const mode = placement(plan, existing ? { name: existing.getName(), signatureText: signature ?? '' } : undefined);
  const replacing = mode === 'replace' ? existing! : undefined;
  // insertSheet counts from 0, getIndex from 1: the replaced sheet's place, or right after the matrix.
  const index = replacing ? replacing.getIndex() - 1 : read.sheet.getIndex();
  writePlan(spreadsheet, plan, { index, replacing });
  // insertSheet shows the new sheet; the user stays on the matrix, as in Excel (the panel offers to open the summary).
  read.sheet.activate();
  return { ...outcome, replaced: mode === 'replace' };
}

/**
 * The workbook's indicator table (Tabel 2–5), for the summary to include as `rbm summary` does: the
 * first rows of every other sheet are read (a few calls per sheet, none per row), core picks the
 * table, and that sheet alone is read whole. So is the *Log penggabungan* a collection left, when its
 * first row says RB Matrix wrote it (who has reported, and when).
 */
function readOtherSheets(matrixSheet: GoogleAppsScript.Spreadsheet.Sheet): { indicators?: Grid; log?: Grid } {
  const matrixId = matrixSheet.getSheetId();
  const others = SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .filter((sheet) => sheet.getSheetId() !== matrixId);
  const heads: Grid[] = others.map((sheet) => {
    const rows = Math.min(HEAD_ROWS, sheet.getMaxRows());
    const columns = Math.min(HEAD_COLUMNS, sheet.getMaxColumns());
    return { sheetName: sheet.getName(), values: sheet.getRange(1, 1, rows, columns).getValues() as CellValue[][] };
  });
  const name = indicatorSheetName(heads);
  const sheet = name === undefined ? undefined : others[heads.findIndex((h) => h.sheetName === name)];
  const logAt = heads.findIndex((h) => h.sheetName === LOG_SHEET && h.values[0]?.[0] === LOG_SIGNATURE);
  return { ...(sheet && { indicators: readSheet(sheet).grid }), ...(logAt >= 0 && { log: readSheet(others[logAt]).grid }) };
}
