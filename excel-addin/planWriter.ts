/**
 * The Excel writer of a Plan: it translates core's resolved plan (core/plan/resolvePlan.ts: values,
 * number formats, looks, merges, widths, heights, frozen rows; data validations, conditional formats
 * and charts through validationWriter.ts, formatWriter.ts and chartWriter.ts) into Office.js calls,
 * and puts the sheet at the position it is given; text stays text.
 *
 * How it keeps requests small: values and number formats go as 2-D arrays in row blocks; the cells
 * that share a style property (borders, bold, an alignment…) are grouped into rectangles (core's
 * `toRangeList`), each styled through its own `getRange`; fill and font colour (a status's tone) go
 * per cell by `setCellProperties` over the value blocks; rows of equal height as row ranges (`5:9`).
 * Never `getRanges("A5:A9,C5")`: its list separator is the user's (`;` with Indonesian regional
 * settings on Windows, where a comma list fails: OfficeDev/office-js#1167, #1985). All of it is
 * queued on a WriteBatch, so a 10,000-row summary is one request and a larger one as many as the
 * 5 MB limit needs.
 *
 * Protection and hiding come last, in the order Excel needs: cells are unlocked and columns hidden
 * while the sheet is still unprotected (a protected sheet refuses both, and every format), validations,
 * formats and charts are added, then the sheet is protected (`protect` throws on a protected sheet, and
 * this one is new), and hidden before the swap, so the sheet it replaces still shows.
 *
 * A sheet it replaces is deleted only at the end, after the new one (written under a temporary name)
 * is complete; if anything fails the new sheet is removed and the old one is left as it was.
 */
import { columnLetter, parseAddress, toRangeList } from '../core/grid';
import { dayToExcelSerial } from '../core/periods/excelSerial';
import type { Plan, PlanValue } from '../core/plan/plan';
import type { Allowance } from '../core/plan/protection';
import { checkHidden, temporarySheetName } from '../core/plan/placement';
import { resolvePlan, type ResolvedPlan, type ResolvedProtection, type ResolvedStyle } from '../core/plan/resolvePlan';
import { literalText } from '../core/workbench/textGuard';
import { rowRanges } from './addresses';
import { writeCharts } from './chartWriter';
import { writeConditionalFormats } from './formatWriter';
import { jsonBytes, WriteBatch } from './payload';
import { writeValidations } from './validationWriter';

export interface Placement {
  /** 0-based position the sheet ends up at. */
  position: number;
  /** Id of the sheet this one replaces (it must be RB Matrix's own: the caller has asked core's `placement`). */
  replaceId?: string;
  /** For a plan that hides its sheet: how many other sheets (not the one replaced) are visible; loaded when absent. */
  visibleOthers?: number;
}

/** Bytes of values and formats per `Range` write (several fit one request). */
const BLOCK_BYTES = 1_000_000;
/** Excel's format for a date cell the plan gives none (what typing a date in an en-US workbook sets). */
const DATE_FORMAT = 'm/d/yyyy';
/** What one property change adds to a request beyond the range it is made on (its path and value). */
const PROPERTY_BYTES = 100;

/** Excel's column width in points for a width in characters (Calibri 11: 7 pixels a character, 96 DPI). */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

function cellValue(v: PlanValue): string | number {
  switch (v.kind) {
    case 'text':
      return literalText(v.text); // the sheet is new: every cell is General when values are written
    case 'number':
      return v.value;
    case 'date':
      return dayToExcelSerial(v.year, v.month, v.day)!; // checkPlan refused days Excel cannot show
    case 'formula':
      // A value starting with "=" is taken as a formula, in English function names (Range.values, ExcelApi 1.1).
      return `=${v.formula}`;
    case 'blank':
      return '';
  }
}

/** One style property, set on every cell that has it. */
type Frame = Omit<ResolvedStyle, 'fill' | 'font' | 'numberFormat'> & { bold?: true; italic?: true; size?: number };

/** A cell's tone as `setCellProperties` takes it: `{}` for none. */
type Tone = { format?: { fill?: { color: string }; font?: { color: string } } };

/** The part of the sheet a plan's arrays cover: from its top-left cell (0-based) to the plan's bounds. */
interface Window {
  top: number;
  left: number;
}

/** The plan as arrays of values, formats and tones over `window`, and the cells of each style property. */
function layOut(plan: ResolvedPlan, window: Window) {
  const rows = plan.bounds.rows - window.top;
  const columns = plan.bounds.columns - window.left;
  const values = Array.from({ length: rows }, () => new Array<string | number>(columns).fill(''));
  // null leaves a cell's format alone: a new sheet is General already, and null is shorter to send.
  const formats = Array.from({ length: rows }, () => new Array<string | null>(columns).fill(null));
  // Grouped by property, not by whole look: a property shared by a whole table (its borders, its
  // alignment) then covers it in a few rectangles. Fill and font colour change from row to row, so
  // they go per cell over the value blocks instead of a range for each short run.
  const frames = plan.styles.map(framesOf);
  const tonesOf = plan.styles.map(toneOf);
  const groups = new Map<string, { frame: Frame; cells: string[] }>();
  const toned: { row: number; column: number; tone: Tone }[] = [];
  const unalignedBlank = new Set<string>();
  for (const cell of plan.cells) {
    const style = plan.styles[cell.style];
    values[cell.row - window.top][cell.column - window.left] = cellValue(cell.value);
    const format = style.numberFormat ?? (cell.value.kind === 'date' ? DATE_FORMAT : undefined);
    if (format !== undefined) formats[cell.row - window.top][cell.column - window.left] = format;
    const address = `${columnLetter(cell.column + 1)}${cell.row + 1}`;
    if (cell.value.kind === 'blank' && style.horizontal === undefined) unalignedBlank.add(address);
    for (const { key, frame } of frames[cell.style]) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { frame, cells: [] }));
      group.cells.push(address);
    }
    const tone = tonesOf[cell.style];
    if (tone) toned.push({ row: cell.row, column: cell.column, tone });
  }
  // Alignment does not show in an empty cell: an empty cell the plan leaves unaligned (or leaves out),
  // lying between two cells of one alignment in a column, takes that alignment too, so a column of
  // figures broken by blanks is one range instead of one per figure.
  const planned = new Set(plan.cells.map((c) => `${columnLetter(c.column + 1)}${c.row + 1}`));
  const unaligned = (address: string) => unalignedBlank.has(address) || !planned.has(address);
  for (const [key, group] of groups) if (key.startsWith('horizontal:')) group.cells = bridgeGaps(group.cells, unaligned);

  let toneLeft = columns;
  let toneRight = -1;
  for (const t of toned) {
    toneLeft = Math.min(toneLeft, t.column);
    toneRight = Math.max(toneRight, t.column);
  }
  const tones = Array.from({ length: rows }, () => Array.from({ length: Math.max(0, toneRight - toneLeft + 1) }, (): Tone => ({})));
  for (const t of toned) tones[t.row - window.top][t.column - toneLeft] = t.tone;
  const heights = new Map<number, number[]>();
  for (const { row, height } of plan.rowHeights) heights.set(height, [...(heights.get(height) ?? []), row + 1]);
  return { values, formats, tones, toneLeft, toneRight, groups: [...groups.values()], heights };
}

/** The style properties of a look, one by one, each with its grouping key. */
function framesOf(style: ResolvedStyle): { key: string; frame: Frame }[] {
  const frame: Record<string, unknown> = {
    border: style.border,
    horizontal: style.horizontal,
    vertical: style.vertical,
    wrap: style.wrap,
    bold: style.font?.bold || undefined,
    italic: style.font?.italic || undefined,
    size: style.font?.size,
  };
  return Object.entries(frame)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => ({ key: `${name}:${String(value)}`, frame: { [name]: value } as Frame }));
}

function toneOf(style: ResolvedStyle): Tone | undefined {
  const fill = style.fill;
  const color = style.font?.color;
  if (fill === undefined && color === undefined) return undefined;
  return { format: { ...(fill !== undefined && { fill: { color: fill } }), ...(color !== undefined && { font: { color } }) } };
}

/** The cells, and in each column the runs of `free` cells between two of them. */
function bridgeGaps(cells: string[], free: (address: string) => boolean): string[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const { row, column } = parseAddress(cell);
    let rows = byColumn.get(column);
    if (!rows) byColumn.set(column, (rows = []));
    rows.push(row);
  }
  const out = [...cells];
  for (const [column, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    const letter = columnLetter(column);
    for (let i = 1; i < rows.length; i++) {
      const gap: string[] = [];
      for (let r = rows[i - 1] + 1; r < rows[i] && free(`${letter}${r}`); r++) gap.push(`${letter}${r}`);
      if (gap.length === rows[i] - rows[i - 1] - 1) out.push(...gap);
    }
  }
  return out;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** The property changes a style property makes on a range's format, to queue one by one. */
function frameChanges(frame: Frame): ((format: Excel.RangeFormat) => void)[] {
  const changes: ((format: Excel.RangeFormat) => void)[] = [];
  if (frame.bold) changes.push((f) => (f.font.bold = true));
  if (frame.italic) changes.push((f) => (f.font.italic = true));
  if (frame.size !== undefined) changes.push((f) => (f.font.size = frame.size!));
  if (frame.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      changes.push((f) => (f.borders.getItem(edge).style = 'Continuous'));
      changes.push((f) => (f.borders.getItem(edge).weight = 'Thin'));
    }
  }
  if (frame.horizontal !== undefined) changes.push((f) => (f.horizontalAlignment = HORIZONTAL[frame.horizontal!]));
  if (frame.vertical !== undefined) changes.push((f) => (f.verticalAlignment = VERTICAL[frame.vertical!]));
  if (frame.wrap) changes.push((f) => (f.wrapText = true));
  return changes;
}

/** How many sheets but `except` are visible (one round trip, for a caller that did not say). */
async function visibleSheets(sheets: Excel.WorksheetCollection, except?: string): Promise<number> {
  sheets.load('items/id,items/visibility');
  await sheets.context.sync();
  return sheets.items.filter((s) => s.id !== except && s.visibility === 'Visible').length;
}

/** Office.js's name for each allowance (WorksheetProtectionOptions). */
const OPTION: Record<Allowance, keyof Excel.WorksheetProtectionOptions> = {
  formatCells: 'allowFormatCells',
  formatColumns: 'allowFormatColumns',
  formatRows: 'allowFormatRows',
  insertRows: 'allowInsertRows',
  deleteRows: 'allowDeleteRows',
  sort: 'allowSort',
  autoFilter: 'allowAutoFilter',
};

/**
 * Unlocks the plan's unlocked cells and hides its hidden columns, both of which a protected sheet
 * refuses: `format.protection.locked` (ExcelApi 1.2: learn.microsoft.com/javascript/api/excel/excel.formatprotection)
 * per rectangle, `columnHidden` (ExcelApi 1.2) per run of columns.
 */
async function unlockAndHide(sheet: Excel.Worksheet, plan: ResolvedPlan, batch: WriteBatch): Promise<void> {
  for (const a of plan.protection?.unlocked ?? []) {
    await batch.room(60);
    sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).format.protection.locked = false;
  }
  for (const { first, last } of plan.hiddenColumns) {
    await batch.room(60);
    sheet.getRange(`${columnLetter(first + 1)}:${columnLetter(last + 1)}`).columnHidden = true;
  }
}

/** Every option given, true or false: a null one fails (OfficeDev/office-js#1931). */
function protect(sheet: Excel.Worksheet, protection: ResolvedProtection): void {
  const options = Object.fromEntries(Object.entries(protection.allow).map(([allowance, allowed]) => [OPTION[allowance as Allowance], allowed]));
  if (protection.password === undefined) sheet.protection.protect(options);
  else sheet.protection.protect(options, protection.password);
}

/** Writes `plan` as a new sheet (replacing `placement.replaceId` when given). Sends everything it queues. */
export async function writePlan(context: Excel.RequestContext, plan: Plan, placement: Placement, batch = new WriteBatch(context)): Promise<void> {
  const resolved = resolvePlan(plan); // checks the plan before anything is queued
  const sheets = context.workbook.worksheets;
  if (plan.hidden) checkHidden(plan, placement.visibleOthers ?? (await visibleSheets(sheets, placement.replaceId)));
  const sheet = sheets.add(placement.replaceId ? temporarySheetName() : plan.sheetName);
  try {
    await batch.room(jsonBytes(plan.sheetName));
    await writeOnto(sheet, sheets, resolved, { top: 0, left: 0 }, batch);
    if (resolved.frozenRows > 0) {
      await batch.room(40);
      sheet.freezePanes.freezeRows(resolved.frozenRows);
    }
    await unlockAndHide(sheet, resolved, batch);
    await writeCharts(sheet, resolved.charts, batch);
    await batch.room(200);
    // ExcelApi 1.2 (the password 1.7): learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)
    if (resolved.protection) protect(sheet, resolved.protection);
    // ExcelApi 1.1: learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
    if (resolved.hidden) sheet.visibility = 'Hidden' as Excel.SheetVisibility;
    if (placement.replaceId) {
      sheets.getItem(placement.replaceId).delete();
      sheet.name = plan.sheetName;
    }
    sheet.position = placement.position;
    await batch.flush();
  } catch (error) {
    // Leave no half-written sheet behind; the old one is still there unless the very last step failed.
    sheet.delete();
    await context.sync().catch(() => undefined);
    throw error;
  }
}

/**
 * Writes `plan` into the existing sheet `sheetId` (*Siapkan monitoring*): only the rectangle from its
 * topmost row and leftmost column to its bounds is written (values, formats, looks, merges, widths,
 * validations, conditional formats added beside the sheet's own), so the caller must plan nothing
 * left of or above cells it may overwrite: core/prepare plans right of the last used column. Sends
 * everything it queues.
 */
export async function writePatch(context: Excel.RequestContext, sheetId: string, plan: Plan, batch = new WriteBatch(context)): Promise<void> {
  const resolved = resolvePlan(plan);
  if (resolved.cells.length === 0) return;
  const sheets = context.workbook.worksheets;
  await writeOnto(sheets.getItem(sheetId), sheets, resolved, cornerOf(resolved), batch, true);
  await batch.flush();
}

/** The topmost row and leftmost column of a plan's cells (cells are in row order; a loop, not a spread, for 200,000 of them). */
export function cornerOf(plan: ResolvedPlan): Window {
  let left = Infinity;
  for (const c of plan.cells) if (c.column < left) left = c.column;
  return { top: plan.cells[0]?.row ?? 0, left: Number.isFinite(left) ? left : 0 };
}

/** Queues the plan's cells (over `window`), looks, merges, widths, heights, validations and conditional formats on `sheet`. */
async function writeOnto(sheet: Excel.Worksheet, sheets: Excel.WorksheetCollection, resolved: ResolvedPlan, window: Window, batch: WriteBatch, patch = false): Promise<void> {
  const layout = layOut(resolved, window);
  const rows = resolved.bounds.rows - window.top;
  const columns = resolved.bounds.columns - window.left;
  // Values first, then formats: while a cell is General, Excel honours the apostrophe of guarded text.
  for (let top = 0; top < rows; ) {
    let bytes = 0;
    let bottom = top;
    while (bottom < rows && (bottom === top || bytes < BLOCK_BYTES)) {
      bytes += jsonBytes(layout.values[bottom]) + jsonBytes(layout.formats[bottom]) + jsonBytes(layout.tones[bottom]);
      bottom++;
    }
    await batch.room(bytes);
    const range = sheet.getRangeByIndexes(window.top + top, window.left, bottom - top, columns);
    range.values = layout.values.slice(top, bottom);
    range.numberFormat = layout.formats.slice(top, bottom) as string[][];
    if (layout.toneLeft <= layout.toneRight) {
      // ExcelApi 1.9: one 2-D array of per-cell formats for the block (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)).
      sheet.getRangeByIndexes(window.top + top, layout.toneLeft, bottom - top, layout.toneRight - layout.toneLeft + 1).setCellProperties(layout.tones.slice(top, bottom) as Excel.SettableCellProperties[][]);
    }
    top = bottom;
  }
  for (const { frame, cells } of layout.groups) {
    const changes = frameChanges(frame);
    for (const area of toRangeList(cells)) {
      await batch.room(jsonBytes(area) + changes.length * PROPERTY_BYTES);
      const format = sheet.getRange(area).format;
      for (const change of changes) change(format);
    }
  }
  for (const m of resolved.merges) {
    await batch.room(40);
    sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  for (const { first, last, width } of resolved.columnWidths) {
    await batch.room(40);
    sheet.getRange(`${columnLetter(first + 1)}:${columnLetter(last + 1)}`).format.columnWidth = columnWidthPoints(width);
  }
  for (const [height, rowNumbers] of layout.heights) {
    for (const address of rowRanges(rowNumbers)) {
      await batch.room(jsonBytes(address) + PROPERTY_BYTES);
      sheet.getRange(address).format.rowHeight = height;
    }
  }
  await writeValidations(sheet, sheets, resolved.validations, batch, patch);
  await writeConditionalFormats(sheet, resolved.conditionalFormats, batch);
}
