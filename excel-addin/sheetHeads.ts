/**
 * The first rows of other worksheets, for core to find the workbook's indicator table
 * (core/workbench/indicatorSheet.ts), queued on one round trip: A1:AZ20 of each sheet is small
 * whatever the sheet holds.
 */
import type { CellValue, Grid } from '../core/grid';
import { HEAD_COLUMNS, HEAD_ROWS } from '../core/workbench/indicatorSheet';
import { areaAddress } from './addresses';

export interface SheetRef {
  id: string;
  name: string;
}

/** Queues the loads; the function it returns gives the heads after the next sync. */
export function queueHeads(context: Excel.RequestContext, sheets: SheetRef[]): () => (Grid & { id: string })[] {
  const ranges = sheets.map((s) => {
    const range = context.workbook.worksheets.getItem(s.id).getRange(areaAddress({ top: 1, left: 1, bottom: HEAD_ROWS, right: HEAD_COLUMNS }));
    range.load('values');
    return { sheet: s, range };
  });
  return () =>
    ranges.map(({ sheet, range }) => ({
      id: sheet.id,
      sheetName: sheet.name,
      values: range.values.map((row) => row.map((v) => (v === '' || v === null || v === undefined ? null : (v as CellValue)))),
    }));
}

/**
 * Queues the used range of a sheet known to exist (the column-map sheet), values only, on the same
 * round trip as the heads; the function it returns gives it as a grid after the next sync.
 */
export function queueValues(context: Excel.RequestContext, sheet: SheetRef): () => Grid {
  const range = context.workbook.worksheets.getItem(sheet.id).getUsedRange(true);
  range.load('values');
  return () => ({ sheetName: sheet.name, values: range.values.map((row) => row.map((v) => (v === '' || v === null || v === undefined ? null : (v as CellValue)))) });
}
