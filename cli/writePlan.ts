/**
 * The CLI's writer for a `Plan` (core/plan/plan.ts): puts the planned sheet into an exceljs workbook
 * and saves a copy of the input workbook with it. The input file is never modified.
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
import { checkPlan } from '../core/plan/checkPlan';
import type { Plan, PlanCell, PlanFont, PlanValue } from '../core/plan/plan';
import { packageProblem } from '../core/xlsx';
import { InputError } from './inputError';
import { readInputFile } from './inputFile';
import { refuseSameFile, writeAtomically } from './outputFile';

export interface ApplyPlanOptions {
  /** Name of the sheet the new sheet goes right after (case-insensitive); last when absent or not found. */
  after?: string;
}

const MAX_SHEET_NAME = 31;

/** What `orderNo` is: exceljs keeps it on every worksheet but its typings leave it out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };
/** A sheet view as exceljs reads and writes it (`tabSelected` is missing from its typings too). */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/**
 * Writes `plan` as a sheet of `workbook`: a new sheet after `options.after` (or last), or in place of
 * an earlier RB Matrix sheet of the same name (same position). Throws `InputError` when the name is
 * not a valid Excel sheet name or a sheet of that name exists but was not made by RB Matrix; a plan
 * that breaks its own rules (bad coordinates, colours, numbers or dates) throws a plain `Error`.
 * Everything is checked before the workbook is touched: on a throw the workbook is unchanged.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: Plan, options: ApplyPlanOptions = {}): { replaced: boolean } {
  checkSheetName(plan.sheetName);
  checkPlan(plan);
  const ordered = workbook.worksheets as OrderedWorksheet[];
  const existing = ordered.find((ws) => sameName(ws.name, plan.sheetName));
  if (existing && !hasSignature(existing, plan.signature)) {
    const name = existing.name;
    throw new InputError(
      `Sheet “${name}” sudah ada dan bukan buatan RB Matrix; ganti namanya lalu coba lagi. / Sheet “${name}” already exists and was not made by RB Matrix; rename it and try again.`,
    );
  }

  let position: number;
  let tabSelected = false;
  if (existing) {
    position = ordered.indexOf(existing);
    tabSelected = (existing.views as SheetView[] | undefined)?.some((v) => v.tabSelected) ?? false;
    ordered.splice(position, 1);
    workbook.removeWorksheet(existing.id);
  } else {
    const afterIndex = options.after === undefined ? -1 : ordered.findIndex((ws) => sameName(ws.name, options.after as string));
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

  writeSheet(sheet, plan, tabSelected);
  return { replaced: existing !== undefined };
}

/**
 * Loads the .xlsx at `inputPath`, applies `plan` and saves the result to `outputPath` (a temporary file
 * in the same folder, then renamed, so an interrupted run never leaves half a file). Refuses to write
 * over the input. Problems with either file are `InputError`s with a one-line bilingual reason.
 */
export async function writePlanToFile(inputPath: string, outputPath: string, plan: Plan, after?: string): Promise<{ replaced: boolean }> {
  if (path.extname(outputPath).toLowerCase() !== '.xlsx') {
    throw new InputError(`Berkas keluaran harus berakhiran .xlsx: ${outputPath} / The output file must end in .xlsx: ${outputPath}`);
  }
  await refuseSameFile(inputPath, outputPath);
  const workbook = await loadXlsx(inputPath);
  const result = applyPlan(workbook, plan, after === undefined ? {} : { after });
  const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await writeAtomically(outputPath, buffer);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Excel compares sheet names without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

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
            : sameName(name, 'History')
              ? ['“History” dicadangkan oleh Excel', '“History” is reserved by Excel']
              : null;
  if (reason) {
    throw new InputError(`Nama sheet “${name}” tidak sah: ${reason[0]}. / Invalid sheet name “${name}”: ${reason[1]}.`);
  }
}

function hasSignature(sheet: ExcelJS.Worksheet, signature: Plan['signature']): boolean {
  const value = sheet.findCell(signature.row + 1, signature.column + 1)?.value;
  if (typeof value === 'string') return value === signature.text;
  // A sheet re-saved by a host may keep the text as rich text runs: still the same text.
  const runs = (value as { richText?: { text: string }[] } | null | undefined)?.richText;
  return Array.isArray(runs) && runs.map((r) => r.text).join('') === signature.text;
}

/** A calendar day as the UTC midnight exceljs expects. Excel's dates start at 1900-03-01 (its 1900 leap-year bug before). */
function planDate(value: { year: number; month: number; day: number }, where: string): Date {
  const { year, month, day } = value;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!Number.isInteger(year) || !real || date.getTime() < Date.UTC(1900, 2, 1) || year > 9999) {
    throw new Error(`Plan: date at ${where} is not a date Excel can show: ${year}-${month}-${day}`);
  }
  return date;
}

function argb(colour: string): string {
  const m = /^#([0-9a-fA-F]{6})$/.exec(colour);
  if (!m) throw new Error(`Plan: colour “${colour}” is not #RRGGBB`);
  return `FF${m[1].toUpperCase()}`;
}

// ---------------------------------------------------------------------------------------------
// Writing

function writeSheet(sheet: ExcelJS.Worksheet, plan: Plan, tabSelected: boolean): void {
  const explicit = new Set<string>();
  for (const planCell of plan.cells) {
    const cell = sheet.getCell(planCell.row + 1, planCell.column + 1);
    cell.value = cellValue(planCell.value);
    // A fresh style object per cell: exceljs shares style objects by reference (e.g. between merged cells).
    cell.style = cellStyle(planCell);
    explicit.add(`${planCell.row}:${planCell.column}`);
  }
  for (const m of plan.merges) {
    if (m.top === m.bottom && m.left === m.right) continue; // a one-cell "merge" is no merge
    // The merged area takes its top-left cell's format (so fills and borders cover it), except for
    // cells the plan formats itself.
    const master = sheet.getCell(m.top + 1, m.left + 1);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r === m.top && c === m.left) || explicit.has(`${r}:${c}`)) continue;
        sheet.getCell(r + 1, c + 1).style = structuredClone(master.style);
      }
    }
    sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  plan.columnWidths.forEach((width, i) => {
    if (typeof width === 'number' && width > 0) sheet.getColumn(i + 1).width = width;
  });
  // A replaced sheet that was the selected tab stays selected (workbook.xml still points at its position).
  const selected: SheetView = tabSelected ? { tabSelected: true } : {};
  plan.rowHeights?.forEach((height, i) => {
    if (height !== undefined) sheet.getRow(i + 1).height = height;
  });
  if (plan.frozenRows > 0) {
    sheet.views = [{ state: 'frozen', ySplit: plan.frozenRows, ...selected } as SheetView];
  } else if (tabSelected) {
    sheet.views = [{ state: 'normal', ...selected } as SheetView];
  }
}

function cellValue(value: PlanValue): ExcelJS.CellValue {
  switch (value.kind) {
    case 'text':
      // A JS string is always a string cell in exceljs, whatever it starts with (`=`, `+`, `-`, `@`).
      return value.text;
    case 'number':
      return value.value;
    case 'date':
      return planDate(value, '');
    case 'blank':
      return null;
  }
}

function cellStyle(cell: PlanCell): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat !== undefined) style.numFmt = cell.numberFormat;
  if (cell.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.fill) } };
  if (cell.font !== undefined) style.font = font(cell.font);
  if (cell.border) {
    style.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  }
  const vertical = cell.vertical ?? (cell.wrap ? 'top' : undefined);
  if (cell.horizontal !== undefined || cell.wrap || vertical !== undefined) {
    style.alignment = {
      ...(cell.horizontal !== undefined ? { horizontal: cell.horizontal } : {}),
      ...(cell.wrap ? { wrapText: true } : {}),
      ...(vertical !== undefined ? { vertical } : {}),
    };
  }
  return style;
}

/** A whole font: the workbook's body font (as exceljs writes font 0) with the plan's changes. */
function font(f: PlanFont): Partial<ExcelJS.Font> {
  return {
    name: 'Calibri',
    family: 2,
    scheme: 'minor',
    size: f.size ?? 11,
    ...(f.bold ? { bold: true } : {}),
    ...(f.italic ? { italic: true } : {}),
    ...(f.color !== undefined ? { color: { argb: argb(f.color) } } : {}),
  };
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
    throw new InputError(`${id} / ${en}`);
  }
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError(`“${path.basename(file)}” rusak dan tidak dapat dibuka sebagai .xlsx. / The .xlsx file is corrupt and cannot be opened.`);
  }
  return workbook;
}
