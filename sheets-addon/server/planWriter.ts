/**
 * The Sheets writer of a Plan: it translates core's resolved plan (core/plan/resolvePlan.ts) into
 * SpreadsheetApp calls, as the CLI and Excel translate the same one. Its service calls depend on the
 * plan's kinds of formatting, never on its number of rows: one `setValues` and one call per property
 * (fills, font weights, styles, colours, sizes, alignments, wraps, number formats) over the plan's
 * bounding box, one `RangeList.setBorder`, one `merge` per merged area, one `setColumnWidths` per run
 * of equal widths; then data validations, conditional formats and charts (validationWriter.ts,
 * formatWriter.ts, chartWriter.ts), a few calls per item. Cells the plan leaves out get Sheets'
 * defaults; the default number format has no documented name (`General` or `0.###############`), so
 * it is read from the new sheet and written back.
 *
 * Where Sheets differs from Excel:
 * - Texts get a leading apostrophe (core/workbench/textGuard.ts): none becomes a formula, number or date.
 * - Dates are day serials with a date format: Sheets counts days from 30 December 1899 as Excel does,
 *   whatever the script's or the spreadsheet's time zone.
 * - Widths: Excel characters become pixels (7 per character + 5, Excel's own conversion for its
 *   default font). Heights: Sheets fits wrapped rows itself, but never a row holding a merged area:
 *   those get the plan's height (points × 4/3 pixels).
 * - Fonts keep Sheets' default family (Arial); an unset size is Sheets' default, 10.
 * - Protection (protection.ts): Sheets has no passwords and no "allow sorting" options. Without a
 *   password the protection only warns before an edit of a locked cell (as anyone may lift Excel's);
 *   with one, only the owner and the person running RB Matrix may edit the locked cells.
 */
import { columnLetter, rangeAddress, toRangeList } from '../../core/grid';
import { dayToExcelSerial } from '../../core/periods/excelSerial';
import type { Plan, PlanValue } from '../../core/plan/plan';
import { checkHidden, temporarySheetName } from '../../core/plan/placement';
import { resolvePlan, type ResolvedCell, type ResolvedPlan, type ResolvedProtection, type ResolvedStyle } from '../../core/plan/resolvePlan';
import { literalText, type HostValue } from '../../core/workbench/textGuard';
import { writeCharts } from './chartWriter';
import { conditionalFormatRules, writeConditionalFormats } from './formatWriter';
import { validationRule, writeValidations } from './validationWriter';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_FONT_SIZE = 10;
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

/** Where the new sheet goes: its 0-based index, and the sheet it replaces (RB Matrix's own, as core's `placement` decided). */
export interface SheetPlacement {
  index: number;
  replacing?: Sheet;
}

/**
 * Writes `plan` as a new sheet at `at.index` and returns it. A sheet it replaces is deleted only once
 * the new one, written under a temporary name, is complete (as in Excel): if a call fails midway, the
 * new sheet is deleted and the old one is left as it was. (`insertSheet(name, index)`, `Sheet.setName`:
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer))
 */
export function writePlan(spreadsheet: Spreadsheet, plan: Plan, at: SheetPlacement): Sheet {
  const resolved = resolvePlan(plan); // checks the plan before the spreadsheet is touched
  if (plan.hidden) {
    // Apps Script hands out a new Sheet object per call: sheets are told apart by id.
    const replaced = at.replacing?.getSheetId();
    checkHidden(plan, spreadsheet.getSheets().filter((s) => !s.isSheetHidden() && s.getSheetId() !== replaced).length);
  }
  const sheet = spreadsheet.insertSheet(at.replacing ? temporarySheetName() : plan.sheetName, at.index);
  try {
    writeSheet(sheet, resolved);
    // One setDataValidations for the sheet: calls follow the plan's items, not its runs of rows (a unit sheet's rows alternate kinds).
    writeValidationBox(sheet, spreadsheet, resolved, { top: 0, left: 0 });
    writeConditionalFormats(sheet, resolved.conditionalFormats);
    writeCharts(sheet, resolved.charts);
    writeHiding(sheet, resolved);
    if (resolved.protection) protect(sheet, resolved.protection);
    // Hidden before the swap: the sheet it replaces is still there to be the one a person sees.
    if (resolved.hidden) sheet.hideSheet();
    if (at.replacing) {
      spreadsheet.deleteSheet(at.replacing);
      sheet.setName(plan.sheetName);
    }
    return sheet;
  } catch (error) {
    try {
      spreadsheet.deleteSheet(sheet);
    } catch {
      // The first failure is the one to report.
    }
    throw error;
  }
}

/**
 * Writes `plan` into the existing sheet `sheet` (*Siapkan monitoring*): only the rectangle from the
 * plan's topmost row and leftmost column to its bounds is written, so nothing left of or above its
 * cells may be overwritten (core/prepare plans right of the last used column). Its validations inside
 * that rectangle go in one `setDataValidations`, the others (a plan column's dropdown) one call per
 * area; its conditional formats are added after the sheet's own (`setConditionalFormatRules` replaces
 * them all, so they are read first). Calls depend on the plan's kinds of items, never on its rows.
 */
export function writePatch(spreadsheet: Spreadsheet, sheet: Sheet, plan: Plan): void {
  const resolved = resolvePlan(plan);
  if (resolved.cells.length === 0) return;
  let left = Infinity;
  for (const c of resolved.cells) left = Math.min(left, c.column);
  const window = { top: resolved.cells[0].row, left };
  const maxRows = sheet.getMaxRows();
  if (maxRows < resolved.bounds.rows) sheet.insertRowsAfter(maxRows, resolved.bounds.rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < resolved.bounds.columns) sheet.insertColumnsAfter(maxColumns, resolved.bounds.columns - maxColumns);
  writeSheet(sheet, resolved, window);
  writeValidationBox(sheet, spreadsheet, resolved, window);
  // Sheet.getConditionalFormatRules / setConditionalFormatRules (the latter replaces every rule):
  // developers.google.com/apps-script/reference/spreadsheet/sheet#getConditionalFormatRules()
  if (resolved.conditionalFormats.length) sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...conditionalFormatRules(sheet, resolved.conditionalFormats)]);
}

/**
 * The plan's validations: those inside the rectangle from `window` to the plan's bounds in one
 * `setDataValidations` (one rule per cell, null for none), the others (a plan column's dropdown in
 * a patch) one call per area. Rules are built once per validation, or per area where Sheets checks
 * it by a formula relative to the area (validationWriter.ts), so calls follow the plan's items, not its rows.
 */
function writeValidationBox(sheet: Sheet, spreadsheet: Spreadsheet, resolved: ResolvedPlan, window: { top: number; left: number }): void {
  const inside = resolved.validations.filter((v) => v.areas.every((a) => a.top >= window.top && a.left >= window.left));
  writeValidations(sheet, spreadsheet, resolved.validations.filter((v) => !inside.includes(v)));
  if (!inside.length) return;
  const rows = resolved.bounds.rows - window.top;
  const columns = resolved.bounds.columns - window.left;
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from({ length: rows }, () => new Array(columns).fill(null));
  for (const v of inside) {
    const perArea = v.rule.kind === 'whole' || v.rule.kind === 'textLength' || v.rule.kind === 'custom';
    let shared: GoogleAppsScript.Spreadsheet.DataValidation | undefined;
    v.areas.forEach((a, i) => {
      const rule = perArea ? validationRule(sheet, spreadsheet, v, i) : (shared ??= validationRule(sheet, spreadsheet, v, i));
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) rules[r - window.top][c - window.left] = rule;
    });
  }
  // Range.setDataValidations: one rule per cell, null for none (developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)).
  sheet.getRange(window.top + 1, window.left + 1, rows, columns).setDataValidations(rules);
}

/** Writes the resolved plan into `sheet` from `window` (0-based) to its bounds: a new sheet (1,000 × 26 cells, all defaults) from A1, or a patch's rectangle. */
function writeSheet(sheet: Sheet, plan: ResolvedPlan, window = { top: 0, left: 0 }): void {
  const fresh = window.top === 0 && window.left === 0;
  const rows = Math.max(1, plan.bounds.rows - window.top);
  const columns = Math.max(1, plan.bounds.columns - window.left);
  if (fresh) fitSheet(sheet, rows, columns);
  const at: (ResolvedCell | undefined)[][] = Array.from({ length: rows }, () => new Array(columns));
  for (const c of plan.cells) at[c.row - window.top][c.column - window.left] = c;
  const each = <T>(f: (look: ResolvedStyle, cell?: ResolvedCell) => T): T[][] => at.map((row) => Array.from(row, (c) => f(plan.styles[c?.style ?? 0], c)));

  const box = sheet.getRange(window.top + 1, window.left + 1, rows, columns);
  box.setValues(each((_, c) => (c ? sheetsValue(c.value) : '')));
  box.setBackgrounds(each((s) => s.fill ?? null));
  box.setFontWeights(each((s) => (s.font?.bold ? 'bold' : null)));
  box.setFontStyles(each((s) => (s.font?.italic ? 'italic' : null)));
  box.setFontColors(each((s) => s.font?.color ?? null));
  box.setFontSizes(each((s) => s.font?.size ?? DEFAULT_FONT_SIZE));
  box.setHorizontalAlignments(each((s) => s.horizontal ?? null));
  box.setVerticalAlignments(each((s) => s.vertical ?? null));
  box.setWraps(each((s) => s.wrap === true));
  const defaults = box.getNumberFormats();
  box.setNumberFormats(each((s, c) => s.numberFormat ?? (c?.value.kind === 'date' ? DEFAULT_DATE_FORMAT : null)).map((row, r) => row.map((f, k) => f ?? defaults[r][k])));
  const bordered = plan.cells.filter((c) => plan.styles[c.style].border).map((c) => `${columnLetter(c.column + 1)}${c.row + 1}`);
  if (bordered.length) sheet.getRangeList(toRangeList(bordered)).setBorder(true, true, true, true, true, true);

  const mergedRows = new Set<number>();
  for (const m of plan.merges) {
    sheet.getRange(m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1).merge();
    for (let r = m.top; r <= m.bottom; r++) mergedRows.add(r);
  }
  for (const { row, height } of plan.rowHeights) if (mergedRows.has(row)) sheet.setRowHeights(row + 1, 1, Math.round((height * 4) / 3));
  for (const { first, last, width } of plan.columnWidths) sheet.setColumnWidths(first + 1, last - first + 1, Math.round(width * 7 + 5));
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
}

/** One `hideColumns` per run of hidden columns (developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer)). */
function writeHiding(sheet: Sheet, plan: ResolvedPlan): void {
  for (const { first, last } of plan.hiddenColumns) sheet.hideColumns(first + 1, last - first + 1);
}

/**
 * Protects the whole sheet but its unlocked cells, in a fixed number of calls (Sheet.protect,
 * Protection.setUnprotectedRanges, which replaces the list: developers.google.com/apps-script/reference/spreadsheet/protection).
 * `protect()` alone keeps the spreadsheet's editors, "which effectively means that the sheet remains
 * unprotected": a warning for everyone, or the editors removed (the owner and the user running the
 * script always stay).
 */
function protect(sheet: Sheet, protection: ResolvedProtection): void {
  const guard = sheet.protect().setDescription('RB Matrix');
  const unlocked = protection.unlocked.map((a) => rangeAddress({ top: a.top + 1, left: a.left + 1, bottom: a.bottom + 1, right: a.right + 1 }));
  if (unlocked.length) guard.setUnprotectedRanges(sheet.getRangeList(unlocked).getRanges());
  if (protection.password === undefined) {
    guard.setWarningOnly(true);
    return;
  }
  guard.removeEditors(guard.getEditors());
  if (guard.canDomainEdit()) guard.setDomainEdit(false);
}

function sheetsValue(value: PlanValue): HostValue {
  switch (value.kind) {
    case 'text':
      return literalText(value.text);
    case 'number':
      return value.value;
    case 'date':
      return dayToExcelSerial(value.year, value.month, value.day)!; // checkPlan (core) refused days that do not exist
    case 'formula':
      // setValues takes a string starting with "=" as a formula, in English names whatever the locale (Range.setValues).
      return `=${value.formula}`;
    case 'blank':
      return '';
  }
}

/**
 * Sizes a new sheet (1,000 rows × 26 columns) to the plan: rows are added past the default, or the
 * empty rows below the summary removed, so the tab ends where the summary ends and writing it costs
 * one call whatever its length. Columns are only ever added.
 */
function fitSheet(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
