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
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { UserError } from '../core/i18n';
import type { Plan, PlanValue } from '../core/plan/plan';
import { placement, sameSheetName } from '../core/plan/placement';
import { resolvePlan, type ResolvedPlan, type ResolvedStyle } from '../core/plan/resolvePlan';
import { packageProblem } from '../core/xlsx';
import { readInputFile } from './inputFile';
import { refuseSameFile, writeAtomically } from './outputFile';

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
  const workbook = await loadXlsx(inputPath);
  const result = applyPlan(workbook, plan, after === undefined ? {} : { after });
  await writeAtomically(outputPath, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
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

/**
 * exceljs, loaded when a summary is written: it takes a fifth of a second to load, which `rbm
 * validate` (reading through core/xlsx) should not pay.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** The input workbook as exceljs holds it, to write the copy (the grids come from core's reader). */
async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readInputFile(file);
  const problem = packageProblem(bytes);
  if (problem) {
    const { id, en } = problem.sentence(path.basename(file));
    throw new UserError(id, en);
  }
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`“${path.basename(file)}” rusak dan tidak dapat dibuka sebagai .xlsx.`, `The .xlsx file is corrupt and cannot be opened.`);
  }
  return workbook;
}
