/**
 * The CLI's writer for a `Plan` (core/plan/plan.ts): translates core's resolved plan
 * (core/plan/resolvePlan.ts) into a sheet of an exceljs workbook, as Excel's and Sheets' writers
 * translate the same one, and saves a copy of the input workbook with it. The input file is never modified.
 *
 * What exceljs does that this relies on (checked by tests/cli/writePlan.test.ts):
 * - Sheet order: `workbook.worksheets` is sorted by each worksheet's `orderNo`, and the `<sheets>`
 *   list of workbook.xml is written in that order. `addWorksheet` always appends, so a sheet is put in
 *   place by renumbering `orderNo` for every sheet.
 * - A JS string assigned to `cell.value` is always a string cell (shared string, `t="s"`): exceljs
 *   only makes a formula from `{ formula }` objects, so `=SUM(A1)` or `+62…` stays text.
 * - Dates are converted with `25569 + ms / 86400000` (days since 1899-12-30, UTC), with the workbook's
 *   1904 setting honoured on write and read: a calendar day is `Date.UTC(y, m - 1, d)`.
 * - exceljs rebuilds styles.xml on save; font 0 is always Calibri 11 with the theme's minor font,
 *   so fonts written here name that same font (`scheme: 'minor'`) and differ only where the plan says.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { UserError } from '../core/i18n';
import type { Plan, PlanValue } from '../core/plan/plan';
import { placement, sameSheetName } from '../core/plan/placement';
import { resolvePlan, type ResolvedPlan, type ResolvedStyle } from '../core/plan/resolvePlan';
import { openXlsx, readBytes } from './readWorkbook';

export interface ApplyPlanOptions {
  /** Name of the sheet the new sheet goes right after (case-insensitive); last when absent or not found. */
  after?: string;
}

/** What `orderNo` is: exceljs keeps it on every worksheet but its typings leave it out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };
/** A sheet view as exceljs reads and writes it (`tabSelected` is missing from its typings too). */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/**
 * Writes `plan` as a sheet of `workbook`: a new sheet after `options.after` (or last), or in place of
 * an earlier RB Matrix sheet of the same name (same position), as core's `placement` decides. Throws
 * its `UserError` for a name no host accepts or a sheet a person made; a plan that breaks its own
 * contract throws a plain `Error`. Everything is decided before the workbook is touched: on a throw
 * the workbook is unchanged.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: Plan, options: ApplyPlanOptions = {}): { replaced: boolean } {
  const resolved = resolvePlan(plan);
  const ordered = workbook.worksheets as OrderedWorksheet[];
  const existing = ordered.find((ws) => sameSheetName(ws.name, plan.sheetName));
  const mode = placement(plan, existing && { name: existing.name, signatureText: textAt(existing, plan.signature) });

  let position: number;
  let tabSelected = false;
  if (existing) {
    position = ordered.indexOf(existing);
    tabSelected = (existing.views as SheetView[] | undefined)?.some((v) => v.tabSelected) ?? false;
    ordered.splice(position, 1);
    workbook.removeWorksheet(existing.id);
  } else {
    const afterIndex = options.after === undefined ? -1 : ordered.findIndex((ws) => sameSheetName(ws.name, options.after as string));
    position = afterIndex >= 0 ? afterIndex + 1 : ordered.length;
  }

  const sheet = workbook.addWorksheet(plan.sheetName) as OrderedWorksheet;
  ordered.splice(position, 0, sheet);
  ordered.forEach((ws, i) => (ws.orderNo = i));
  if (!existing) {
    // Workbook views point at tabs by position: keep the same sheet active and the same first tab shown.
    for (const view of workbook.views ?? []) {
      if (typeof view.activeTab === 'number' && view.activeTab >= position) view.activeTab++;
      if (typeof view.firstSheet === 'number' && view.firstSheet > position) view.firstSheet++;
    }
  }

  writeSheet(sheet, resolved, tabSelected);
  return { replaced: mode === 'replace' };
}

/**
 * Loads the .xlsx at `inputPath`, applies `plan` and saves the result to `outputPath` (a temporary file
 * in the same folder, then renamed, so an interrupted run never leaves half a file). Refuses to write
 * over the input. Problems with either file are `UserError`s with a one-line bilingual reason.
 */
export async function writePlanToFile(inputPath: string, outputPath: string, plan: Plan, after?: string): Promise<{ replaced: boolean }> {
  if (path.extname(outputPath).toLowerCase() !== '.xlsx') {
    throw new UserError(`Berkas keluaran harus berakhiran .xlsx: ${outputPath}`, `The output file must end in .xlsx: ${outputPath}`);
  }
  await refuseSameFile(inputPath, outputPath);
  const workbook = await openXlsx(await readBytes(inputPath), path.basename(inputPath));
  const result = applyPlan(workbook, plan, after === undefined ? {} : { after });
  const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await writeAtomically(outputPath, buffer);
  return result;
}

/** The text of a sheet's cell, also when a host re-saved it as rich text runs. */
function textAt(sheet: ExcelJS.Worksheet, at: { row: number; column: number }): string {
  const value = sheet.findCell(at.row + 1, at.column + 1)?.value;
  if (typeof value === 'string') return value;
  const runs = (value as { richText?: { text: string }[] } | null | undefined)?.richText;
  return Array.isArray(runs) ? runs.map((r) => r.text).join('') : '';
}

// ---------------------------------------------------------------------------------------------
// Translating the resolved plan into exceljs

function writeSheet(sheet: ExcelJS.Worksheet, plan: ResolvedPlan, tabSelected: boolean): void {
  const styles = plan.styles.map(exceljsStyle);
  for (const c of plan.cells) {
    const cell = sheet.getCell(c.row + 1, c.column + 1);
    cell.value = cellValue(c.value);
    // Its own object per cell: exceljs changes a cell's style object in place when one property is set.
    cell.style = { ...styles[c.style] };
  }
  for (const m of plan.merges) sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const { first, last, width } of plan.columnWidths) for (let c = first; c <= last; c++) sheet.getColumn(c + 1).width = width;
  for (const { row, height } of plan.rowHeights) sheet.getRow(row + 1).height = height;
  // A replaced sheet that was the selected tab stays selected (workbook.xml still points at its position).
  const selected: SheetView = tabSelected ? { tabSelected: true } : {};
  if (plan.frozenRows > 0) sheet.views = [{ state: 'frozen', ySplit: plan.frozenRows, ...selected } as SheetView];
  else if (tabSelected) sheet.views = [{ state: 'normal', ...selected } as SheetView];
}

function cellValue(value: PlanValue): ExcelJS.CellValue {
  switch (value.kind) {
    case 'text':
      // A JS string is always a string cell in exceljs, whatever it starts with (`=`, `+`, `-`, `@`).
      return value.text;
    case 'number':
      return value.value;
    case 'date':
      // A calendar day as the UTC midnight exceljs expects (checkPlan refused days Excel cannot show).
      return new Date(Date.UTC(value.year, value.month - 1, value.day));
    case 'blank':
      return null;
  }
}

const argb = (colour: string) => `FF${colour.slice(1)}`;

function exceljsStyle(s: ResolvedStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
  if (s.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  // A whole font: the workbook's body font (as exceljs writes font 0) with the plan's changes.
  const f = s.font;
  if (f) style.font = { name: 'Calibri', family: 2, scheme: 'minor', size: f.size ?? 11, ...(f.bold ? { bold: true } : {}), ...(f.italic ? { italic: true } : {}), ...(f.color !== undefined ? { color: { argb: argb(f.color) } } : {}) };
  if (s.border) style.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  if (s.horizontal !== undefined || s.wrap || s.vertical !== undefined) {
    style.alignment = { ...(s.horizontal !== undefined ? { horizontal: s.horizontal } : {}), ...(s.wrap ? { wrapText: true } : {}), ...(s.vertical !== undefined ? { vertical: s.vertical } : {}) };
  }
  return style;
}

// ---------------------------------------------------------------------------------------------
// Files

/** The output must not be the input: same path, a link to it, or the same file under another case. */
async function refuseSameFile(inputPath: string, outputPath: string): Promise<void> {
  const refuse = () => {
    throw new UserError(
      `Berkas keluaran sama dengan berkas masukan; pilih nama lain agar berkas asli tidak berubah: ${outputPath}`,
      `The output file is the input file; choose another name so the original is left unchanged: ${outputPath}`,
    );
  };
  if (path.resolve(inputPath) === path.resolve(outputPath)) refuse();
  const [inStat, outStat] = await Promise.all([statOrNull(inputPath), statOrNull(outputPath)]);
  if (inStat && outStat && inStat.dev === outStat.dev && inStat.ino === outStat.ino && inStat.ino !== 0) refuse();
  const [inReal, outReal] = await Promise.all([realPath(inputPath), realPath(outputPath)]);
  if (inReal === outReal) refuse();
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
async function realPath(file: string): Promise<string> {
  const resolved = path.resolve(file);
  try {
    return await fs.realpath(resolved);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

async function writeAtomically(outputPath: string, bytes: Buffer): Promise<void> {
  const dir = path.dirname(path.resolve(outputPath));
  const tmp = path.join(dir, `.${path.basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fail = (e: unknown): never => {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? ['folder tidak ditemukan', 'the folder does not exist']
        : code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'
          ? ['tidak diizinkan atau berkas sedang dibuka (tutup di Excel)', 'permission denied or the file is open (close it in Excel)']
          : code === 'ENOSPC'
            ? ['disk penuh', 'the disk is full']
            : ['galat ' + (code ?? String(e)), 'error ' + (code ?? String(e))];
    throw new UserError(`Tidak dapat menulis ${outputPath}: ${why[0]}.`, `Cannot write ${outputPath}: ${why[1]}.`);
  };
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, outputPath);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    fail(e);
  }
}
