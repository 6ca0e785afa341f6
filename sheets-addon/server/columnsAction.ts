/**
 * "Atur kolom": the column map by hand. Core decides everything (core/workbench/columnsPass.ts);
 * this reads the active sheet and the `RB Matrix` sheet once and, to save, writes the map sheet as
 * one Plan (created at the end of the workbook, or in place of RB Matrix's own; a person's sheet of
 * that name is never touched).
 */
import type { Lang } from '../../core/i18n';
import type { ColumnMap } from '../../core/columnMap/columnMap';
import { MAP_SHEET } from '../../core/columnMap/mapSheet';
import { columnsPass, previewPass, saveMapPass, type ColumnsPreview, type ColumnsView } from '../../core/workbench/columnsPass';
import type { ColumnsSaved } from '../../core/workbench/outcomes';
import { writePlan } from './planWriter';
import { readActiveSheet, readMapGrid, readSheet } from './readSheet';

export function inspectColumns(lang: Lang, rows?: [number, number]): ColumnsView {
  return columnsPass(readActiveSheet().grid, readMapGrid(), lang, rows);
}

export function previewColumns(map: ColumnMap, lang: Lang): ColumnsPreview {
  return previewPass(readActiveSheet().grid, map, lang);
}

export function saveColumns(map: ColumnMap): ColumnsSaved {
  const read = readActiveSheet();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = spreadsheet.getSheetByName(MAP_SHEET);
  const { plan, placement } = saveMapPass({ ...map, sheet: read.grid.sheetName }, existing ? readSheet(existing).grid : undefined);
  // insertSheet counts from 0, getIndex from 1: the replaced sheet's place, or the end of the workbook.
  const replacing = placement === 'replace' ? existing! : undefined;
  writePlan(spreadsheet, plan, { index: replacing ? replacing.getIndex() - 1 : spreadsheet.getNumSheets(), replacing });
  // insertSheet shows the new sheet; the user stays on the matrix.
  read.sheet.activate();
  return { sheet: plan.sheetName, matrixSheet: read.grid.sheetName, replaced: placement === 'replace' };
}
