/** Shows a finding's cell (or the range of a run of findings): activates its sheet and selects it. */
import { parseRange } from '../../core/grid';
import { UserError } from '../../core/i18n';

export function selectCell(sheetName: string, cell: string): void {
  if (typeof cell !== 'string' || !parseRange(cell)) {
    throw new UserError(`Alamat sel “${String(cell)}” tidak dikenal.`, `Unknown cell address “${String(cell)}”.`);
  }
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(sheetName));
  if (!sheet) {
    throw new UserError(
      `Sheet “${String(sheetName)}” tidak ditemukan; mungkin namanya sudah diganti. Periksa matriks lagi.`,
      `Sheet “${String(sheetName)}” was not found; it may have been renamed. Check the matrix again.`,
    );
  }
  // Range.activate also makes its sheet the active one.
  sheet.getRange(cell).activate();
}
