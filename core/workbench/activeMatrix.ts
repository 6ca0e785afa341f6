import { cellAt, cellText, type Grid } from '../grid';
import { readMatrix, type Matrix } from '../model/readMatrix';
import { SIGNATURE, SIGNATURE_CELL } from '../summary/summaryPlan';
import { UserError } from '../i18n';

/** True for a sheet RB Matrix wrote (its signature in A3): never read as a matrix. */
export function isSummaryGrid(grid: Grid): boolean {
  return cellText(cellAt(grid, SIGNATURE_CELL.row, SIGNATURE_CELL.column)) === SIGNATURE;
}

/**
 * The matrix on the sheet the user has open, or a sentence saying why there is none. The add-ins
 * work on the active sheet: that is the one the user is looking at when they click.
 */
export function activeMatrix(grid: Grid): Matrix {
  if (isSummaryGrid(grid)) {
    throw new UserError(
      `Sheet “${grid.sheetName}” adalah ringkasan buatan RB Matrix. Buka sheet matriks rencana aksi lalu coba lagi.`,
      `Sheet “${grid.sheetName}” is a summary made by RB Matrix. Open the action-plan matrix sheet and try again.`,
    );
  }
  const matrix = readMatrix(grid);
  if (!matrix) {
    throw new UserError(
      `Tidak ada matriks rencana aksi yang dikenali pada sheet “${grid.sheetName}”. Buka sheet yang memuat Matriks Rencana Aksi (dengan baris judul kolom seperti “Rencana Aksi”, “Output”, “Target”) lalu coba lagi.`,
      `No action-plan matrix was recognised on sheet “${grid.sheetName}”. Open the sheet holding the Matriks Rencana Aksi (with a header row such as “Rencana Aksi”, “Output”, “Target”) and try again.`,
    );
  }
  return matrix;
}
