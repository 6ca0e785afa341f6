/**
 * Reads the active sheet into core's `Grid` with a fixed number of service calls, whatever its
 * size: one `getDataRange`, one `getValues`, one `getNumberFormats`, one `getMergedRanges`; and,
 * when the sheet holds a date cell, its spreadsheet's time zone (two calls) to read the dates in
 * (sheetDates.ts).
 */
import type { CellValue, Grid, MergedArea } from '../../core/grid';
import { dateCells, holdsDate, withDateCells } from './sheetDates';

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
