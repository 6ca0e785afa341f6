/**
 * Excel's own refusals as sentences a planner can act on. Office.js rejects with an
 * `OfficeExtension.Error` carrying a `code`; the common ones a user causes get their own sentence,
 * anything else falls through to core's plain apology with the cause (`errorText`).
 */
import { UserError } from '../core/i18n';

export function fromExcel(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new UserError(
        'Excel sedang menyunting sebuah sel. Tekan Enter atau Esc untuk menyelesaikannya, lalu coba lagi.',
        'Excel is editing a cell. Press Enter or Esc to finish, then try again.',
      );
    case 'AccessDenied':
      return new UserError(
        'Excel menolak perubahan: sheet atau workbook ini terlindungi (Protect Sheet/Workbook) atau hanya-baca. Buka perlindungannya lalu coba lagi.',
        'Excel refused the change: this sheet or workbook is protected (Protect Sheet/Workbook) or read-only. Unprotect it and try again.',
      );
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new UserError(
        'Data pada sheet ini terlalu besar untuk dikirim ke Excel sekaligus, bahkan per bagian. Periksa apakah ada sel berisi teks yang sangat panjang.',
        'The data on this sheet is too large to send to Excel, even in parts. Check for cells holding very long text.',
      );
    default:
      return error;
  }
}
