import type { Grid } from '../grid';
import { readMatrix } from '../model/readMatrix';
import { isSummaryGrid } from './activeMatrix';
import { isMapSheet } from '../columnMap/mapSheet';

/**
 * How much of each other sheet a host reads to find the workbook's indicator table (Tabel 2–5):
 * its header sits in the first rows, and indicator tables are narrow. Small enough that every sheet
 * of a workbook fits one request.
 */
export const HEAD_ROWS = 20;
export const HEAD_COLUMNS = 52;

/**
 * The sheet holding the workbook's indicator table, judged from the first rows of the other sheets
 * (in workbook order): the first whose header is an indicator table's. The summary then adds the
 * table's targets and realisation, as `rbm summary` does for a whole file.
 */
export function indicatorSheetName(heads: Grid[]): string | undefined {
  return heads.find((head) => !isSummaryGrid(head) && !isMapSheet(head.sheetName) && readMatrix(head)?.kind === 'indikator')?.sheetName;
}
