/**
 * Where a planned sheet goes, one policy for the CLI, Excel and Sheets:
 * - no sheet of its name: `create` it (right after the matrix it summarises);
 * - a sheet of its name that carries the plan's signature (RB Matrix made it): `replace` it, in the
 *   same position, and only once the new sheet is complete (hosts write it under a temporary name
 *   and swap, so a failure midway leaves the old one as it was);
 * - any other sheet of its name is a person's: refused with a sentence, never touched.
 */
import { UserError } from '../i18n';

export type Placement = 'create' | 'replace';

/** What a host read of the sheet that already has the plan's name: its name, and its text at the signature cell. */
export interface ExistingSheet {
  name: string;
  signatureText: string;
}

/** Decides `create` or `replace`, or throws a `UserError` for a name that is not allowed or a sheet that is a person's. */
export function placement(plan: { sheetName: string; signature: { text: string } }, existing: ExistingSheet | undefined): Placement {
  checkSheetName(plan.sheetName);
  if (!existing) return 'create';
  if (existing.signatureText === plan.signature.text) return 'replace';
  throw new UserError(
    `Sheet “${existing.name}” sudah ada dan bukan buatan RB Matrix, jadi tidak diubah. Ganti nama sheet itu lalu coba lagi.`,
    `Sheet “${existing.name}” already exists and was not made by RB Matrix, so it was left alone. Rename that sheet and try again.`,
  );
}

/**
 * A plan that hides its sheet needs another sheet left in view: Excel and Sheets refuse to hide the
 * last visible sheet (Excel.SheetVisibility; Apps Script's Sheet.hideSheet). Checked before anything
 * is written, given how many other sheets (not counting one being replaced) stay visible.
 */
export function checkHidden(plan: { sheetName: string; hidden?: boolean }, visibleOthers: number): void {
  if (!plan.hidden || visibleOthers > 0) return;
  throw new UserError(
    `Sheet “${plan.sheetName}” tidak dapat disembunyikan: workbook harus menampilkan setidaknya satu sheet lain.`,
    `Sheet “${plan.sheetName}” cannot be hidden: the workbook must show at least one other sheet.`,
  );
}

/** Excel (and Sheets) compare sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A name no sheet has, to write a replacement under until it is complete: `RBM-` and random letters. */
export function temporarySheetName(): string {
  return `RBM-${Math.random().toString(36).slice(2, 10)}`;
}

const MAX_SHEET_NAME = 31;

/** Excel's rules for a sheet name (Sheets accepts every name Excel does). */
function checkSheetName(name: string): void {
  const reason =
    name.trim() === ''
      ? ['kosong', 'it is empty']
      : name.length > MAX_SHEET_NAME
        ? [`lebih dari ${MAX_SHEET_NAME} karakter`, `it is longer than ${MAX_SHEET_NAME} characters`]
        : /[\\/?*[\]:]/.test(name)
          ? ['memuat salah satu dari \\ / ? * [ ] :', 'it contains one of \\ / ? * [ ] :']
          : name.startsWith("'") || name.endsWith("'")
            ? ['diawali atau diakhiri tanda petik', 'it starts or ends with an apostrophe']
            : sameSheetName(name, 'History')
              ? ['“History” dicadangkan oleh Excel', '“History” is reserved by Excel']
              : null;
  if (reason) throw new UserError(`Nama sheet “${name}” tidak sah: ${reason[0]}.`, `Invalid sheet name “${name}”: ${reason[1]}.`);
}
