import { cellAt, cellText, type Grid } from '../grid';
import { isMapSheet } from '../columnMap/mapSheet';
import { readMatrix, type Matrix, type ReadOptions } from '../model/readMatrix';
import { validateGrid } from '../validate';
import { SIGNATURE, SIGNATURE_CELL } from '../summary/summaryPlan';
import { UserError } from '../i18n';

/** True for a sheet RB Matrix wrote (its signature in A3): never read as a matrix. */
export function isSummaryGrid(grid: Grid): boolean {
  return cellText(cellAt(grid, SIGNATURE_CELL.row, SIGNATURE_CELL.column)) === SIGNATURE;
}

/** The sentence when the user asks to check or map the map sheet itself. */
export function mapSheetActive(sheet: string): UserError {
  return new UserError(
    `Sheet “${sheet}” menyimpan peta kolom RB Matrix, bukan matriks. Buka sheet matriks lalu coba lagi.`,
    `Sheet “${sheet}” keeps RB Matrix's column maps; it is not a matrix. Open the matrix sheet and try again.`,
  );
}

/**
 * The matrix on the sheet the user has open, or a sentence saying why there is none. The add-ins
 * work on the active sheet: that is the one the user is looking at when they click. `options` carry
 * the workbook's column map for the sheet (columnsPass.ts `readOptionsFor`).
 */
export function activeMatrix(grid: Grid, options: ReadOptions = {}): Matrix {
  if (isMapSheet(grid.sheetName)) throw mapSheetActive(grid.sheetName);
  if (isSummaryGrid(grid)) {
    throw new UserError(
      `Sheet “${grid.sheetName}” adalah ringkasan buatan RB Matrix. Buka sheet matriks rencana aksi lalu coba lagi.`,
      `Sheet “${grid.sheetName}” is a summary made by RB Matrix. Open the action-plan matrix sheet and try again.`,
    );
  }
  const matrix = readMatrix(grid, options);
  if (!matrix) {
    // What the likeliest header rows held, and how to map them by hand.
    const why = (lang: 'id' | 'en') => validateGrid(grid, { ...options, lang }).report.findings[0]?.message ?? '';
    throw new UserError(
      `Tidak ada matriks rencana aksi yang dikenali pada sheet “${grid.sheetName}”. ${why('id')}`,
      `No action-plan matrix was recognised on sheet “${grid.sheetName}”. ${why('en')}`,
    );
  }
  return matrix;
}
