/**
 * Sheet protection as a Plan item: every cell of the sheet locked but those whose look says
 * `locked: false`, what a person may still do (resize columns, sort…), and an optional password.
 * Checked and resolved here, once, for the three writers: Office.js `worksheet.protection.protect(options, password)`
 * with `range.format.protection.locked` (ExcelApi 1.2, the password 1.7), Apps Script's `sheet.protect()`
 * with `setUnprotectedRanges`, and the package writer's `<sheetProtection>` (ECMA-376 Part 1,
 * 18.3.1.85) with `<protection locked="0">` in the unlocked cells' formats.
 *
 * Without a password, protection guards against slips, not people: anyone may lift it (Excel's
 * *Unprotect Sheet*), and Sheets shows a warning before an edit of a locked cell (`setWarningOnly`).
 * With one, Excel and the file ask for it; Sheets has no passwords, so its protection then keeps
 * every editor but the spreadsheet's owner and the person running RB Matrix out of the locked cells.
 * The file keeps Excel's legacy 16-bit hash (the `password` attribute), which any tool can lift:
 * protection keeps a form's layout, it is no security.
 */
import { toAreas } from '../grid/rangeList';
import type { PlanArea } from './area';

/** What a person may do on the protected sheet beyond editing its unlocked cells (Excel's options; OOXML's flags turned round). */
export type Allowance = 'formatCells' | 'formatColumns' | 'formatRows' | 'insertRows' | 'deleteRows' | 'sort' | 'autoFilter';
export const ALLOWANCES: readonly Allowance[] = ['formatCells', 'formatColumns', 'formatRows', 'insertRows', 'deleteRows', 'sort', 'autoFilter'];

export interface PlanProtection {
  /** Asked to lift the protection (Excel, the file); 1 to 255 characters. Absent: anyone may lift it. */
  password?: string;
  /** Allowed besides editing unlocked cells; everything else is not (Excel's defaults: nothing). */
  allow?: Partial<Record<Allowance, boolean>>;
}

export interface ResolvedProtection {
  password?: string;
  /** The `password` attribute of `<sheetProtection>`: Excel's legacy hash, four upper-case hex digits. */
  passwordHash?: string;
  allow: Record<Allowance, boolean>;
  /** The unlocked cells as rectangles, 0-based (Sheets' unprotected ranges). */
  unlocked: PlanArea[];
}

/** Excel's longest password. */
const MAX_PASSWORD = 255;

export function checkProtection(protection: PlanProtection | undefined): void {
  if (protection === undefined) return;
  const { password, allow } = protection;
  if (password !== undefined && (typeof password !== 'string' || password.length === 0 || password.length > MAX_PASSWORD)) throw new Error(`Plan: a protection password of 1 to ${MAX_PASSWORD} characters`);
  for (const key of Object.keys(allow ?? {})) if (!ALLOWANCES.includes(key as Allowance)) throw new Error(`Plan: protection allows “${key}”, which no host knows`);
}

/** The protection resolved, given the cells the plan leaves unlocked (0-based positions). */
export function resolveProtection(protection: PlanProtection, unlocked: Iterable<{ row: number; column: number }>): ResolvedProtection {
  const allow = Object.fromEntries(ALLOWANCES.map((a) => [a, protection.allow?.[a] === true])) as Record<Allowance, boolean>;
  return {
    ...(protection.password !== undefined && { password: protection.password, passwordHash: legacyPasswordHash(protection.password) }),
    allow,
    unlocked: toAreas(unlocked),
  };
}

/**
 * Excel's legacy sheet-protection hash (ECMA-376 Part 4, 15.4 *password* of CT_SheetProtection;
 * MS-OFFCRYPTO 2.3.7.1): from the last character to the first, the hash rotated one bit left within
 * 15 bits and the character XOR-ed in; rotated once more, then the length and 0xCE4B XOR-ed in.
 * Characters count by their low byte, as Excel takes a password in a single-byte code page.
 */
export function legacyPasswordHash(password: string): string {
  const rotate = (h: number) => ((h >> 14) & 0x01) | ((h << 1) & 0x7fff);
  let hash = 0;
  for (let i = password.length - 1; i >= 0; i--) hash = rotate(hash) ^ (password.charCodeAt(i) & 0xff);
  hash = rotate(hash) ^ password.length ^ 0xce4b;
  return hash.toString(16).toUpperCase().padStart(4, '0');
}
