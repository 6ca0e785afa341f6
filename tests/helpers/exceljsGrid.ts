/**
 * How the CLI read sheets through exceljs before core/xlsx (commit ee86c30): the reference the lean
 * reader is compared with on every committed workbook (tests/xlsx/sameAsExceljs.test.ts).
 */
import ExcelJS from 'exceljs';
import { columnNumber, type CellValue, type Grid, type MergedArea } from '../../core/grid';

export async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map(sheetGrid);
}

function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    row?.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      rowValues[col - 1] = plainValue(cell.value);
      rowFormats[col - 1] = cell.numFmt ?? null;
    });
    for (let c = 0; c < rowValues.length; c++) if (rowValues[c] === undefined) rowValues[c] = null;
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  const merges: MergedArea[] = [];
  for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (m) merges.push({ top: Number(m[2]) - 1, left: columnNumber(m[1]) - 1, bottom: Number(m[4]) - 1, right: columnNumber(m[3]) - 1 });
  }
  return { sheetName: sheet.name, values, numberFormats, merges, topLeft: 'A1' };
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : plainValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

/**
 * A grid in the form both readers must agree on: trailing blanks of each row and trailing empty rows
 * dropped (exceljs keeps rows that hold only formatting), formats only where a cell has a value and a
 * format, merges in one order. Dates as ISO strings so that a difference shows.
 */
export function comparable(grid: Grid): unknown {
  const trim = <T>(row: T[]) => {
    const out = Array.from(row, (x) => (x === undefined ? null : x)) as (T | null)[];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  };
  const values = grid.values.map((r) => trim(r).map((v) => (v instanceof Date ? `date:${v.toISOString()}` : v)));
  while (values.length && values[values.length - 1].length === 0) values.pop();
  const formats = values.map((row, r) => row.map((v, c) => (v === null ? null : (grid.numberFormats?.[r]?.[c] ?? null))).map((f) => (f === 'General' ? null : f)));
  const merges = (grid.merges ?? []).map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
  return { sheetName: grid.sheetName, values, formats: formats.map(trim), merges };
}
