/**
 * Reads the active sheet into core's `Grid` with a fixed number of service calls, whatever its
 * size: one `getDataRange`, one `getValues`, one `getNumberFormats`, one `getMergedRanges`; and,
 * when the sheet holds a date cell, its spreadsheet's time zone (two calls) to read the dates in
 * (sheetDates.ts).
 */
import type { CellValue, Grid, MergedArea } from '../../core/grid';
import { dateCells, holdsDate, withDateCells } from './sheetDates';
import { MAP_SHEET } from '../../core/columnMap/mapSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetRead {
  sheet: Sheet;
  grid: Grid;
  /** Size of the data range (it always starts at A1). */
  rows: number;
  columns: number;
  /** The values as Sheets gave them (dates as its instants), to write back unchanged. */
  raw: CellValue[][];
}

/** The sheet the user is looking at, read once. */
export function readActiveSheet(): SheetRead {
  return readSheet(SpreadsheetApp.getActiveSheet());
}

/**
 * The workbook's column maps (the `RB Matrix` sheet, core/columnMap/mapSheet.ts), read whole when
 * there is one: two calls to look for it, four more to read it.
 */
export function readMapGrid(): Grid | undefined {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(MAP_SHEET);
  return sheet ? readSheet(sheet).grid : undefined;
}

export function readSheet(sheet: Sheet): SheetRead {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const raw = range.getValues() as CellValue[][];
  const values = holdsDate(raw) ? withDateCells(raw, dateCells(sheet.getParent().getSpreadsheetTimeZone())) : raw;
  const numberFormats = range.getNumberFormats();
  // Range coordinates are known to the handle; only getMergedRanges itself goes to the server.
  const merges: MergedArea[] = range.getMergedRanges().map((m) => ({
    top: m.getRow() - 1,
    left: m.getColumn() - 1,
    bottom: m.getRow() + m.getNumRows() - 2,
    right: m.getColumn() + m.getNumColumns() - 2,
  }));
  const rows = values.length;
  const columns = rows ? values[0].length : 0;
  return { sheet, grid: { sheetName: name, values, numberFormats, merges, topLeft: 'A1' }, rows, columns, raw };
}
