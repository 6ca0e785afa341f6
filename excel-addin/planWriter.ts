/**
 * The Excel writer of a Plan: it translates core's resolved plan (core/plan/resolvePlan.ts: values,
 * number formats, looks, merges, widths, heights, frozen rows) into Office.js calls, and puts the
 * sheet at the position it is given; text stays text.
 *
 * How it keeps requests small: values and number formats go as 2-D arrays in row blocks; cells of
 * the same look are styled together through range lists (`getRanges("A5:A9,C5")`); rows of equal
 * height likewise. All of it is queued on a WriteBatch, so a 10,000-row summary is one request and a
 * larger one as many as the 5 MB limit needs.
 *
 * A sheet it replaces is deleted only at the end, after the new one (written under a temporary name)
 * is complete; if anything fails the new sheet is removed and the old one is left as it was.
 */
import { columnLetter, toRangeList } from '../core/grid';
import { dayToExcelSerial } from '../core/periods/excelSerial';
import type { Plan, PlanValue } from '../core/plan/plan';
import { temporarySheetName } from '../core/plan/placement';
import { resolvePlan, type ResolvedPlan, type ResolvedStyle } from '../core/plan/resolvePlan';
import { literalText } from '../core/workbench/textGuard';
import { joinAddresses, rowRanges } from './addresses';
import { jsonBytes, WriteBatch } from './payload';

export interface Placement {
  /** 0-based position the sheet ends up at. */
  position: number;
  /** Id of the sheet this one replaces (it must be RB Matrix's own: the caller has asked core's `placement`). */
  replaceId?: string;
}

/** Bytes of values and formats per `Range` write (several fit one request). */
const BLOCK_BYTES = 1_000_000;
/** Excel's format for a date cell the plan gives none (what typing a date in an en-US workbook sets). */
const DATE_FORMAT = 'm/d/yyyy';

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
    case 'blank':
      return '';
  }
}

/** The plan as arrays of values and formats, and the cells of each look (number formats aside: they go in the arrays). */
function layOut(plan: ResolvedPlan) {
  const { rows, columns } = plan.bounds;
  const values = Array.from({ length: rows }, () => new Array<string | number>(columns).fill(''));
  // null leaves a cell's format alone: a new sheet is General already, and null is shorter to send.
  const formats = Array.from({ length: rows }, () => new Array<string | null>(columns).fill(null));
  const looks = new Map<string, { look: ResolvedStyle; cells: string[] }>();
  const lookKeys = plan.styles.map(({ numberFormat: _, ...look }) => ({ look, key: JSON.stringify(look) }));
  for (const cell of plan.cells) {
    values[cell.row][cell.column] = cellValue(cell.value);
    const format = plan.styles[cell.style].numberFormat ?? (cell.value.kind === 'date' ? DATE_FORMAT : undefined);
    if (format !== undefined) formats[cell.row][cell.column] = format;
    const { look, key } = lookKeys[cell.style];
    if (key === '{}') continue;
    let group = looks.get(key);
    if (!group) looks.set(key, (group = { look, cells: [] }));
    group.cells.push(`${columnLetter(cell.column + 1)}${cell.row + 1}`);
  }
  const heights = new Map<number, number[]>();
  for (const { row, height } of plan.rowHeights) heights.set(height, [...(heights.get(height) ?? []), row + 1]);
  return { values, formats, looks: [...looks.values()], heights };
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyLook(format: Excel.RangeFormat, look: ResolvedStyle): void {
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.font?.bold) format.font.bold = true;
  if (look.font?.italic) format.font.italic = true;
  if (look.font?.color !== undefined) format.font.color = look.font.color;
  if (look.font?.size !== undefined) format.font.size = look.font.size;
  if (look.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
  if (look.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[look.horizontal];
  if (look.vertical !== undefined) format.verticalAlignment = VERTICAL[look.vertical];
  if (look.wrap) format.wrapText = true;
}

/** Writes `plan` as a new sheet (replacing `placement.replaceId` when given). Sends everything it queues. */
export async function writePlan(context: Excel.RequestContext, plan: Plan, placement: Placement, batch = new WriteBatch(context)): Promise<void> {
  const resolved = resolvePlan(plan); // checks the plan before anything is queued
  const layout = layOut(resolved);
  const { rows, columns } = resolved.bounds;
  const sheets = context.workbook.worksheets;
  const sheet = sheets.add(placement.replaceId ? temporarySheetName() : plan.sheetName);
  try {
    await batch.room(jsonBytes(plan.sheetName));
    // Values first, then formats: while a cell is General, Excel honours the apostrophe of guarded text.
    for (let top = 0; top < rows; ) {
      let bytes = 0;
      let bottom = top;
      while (bottom < rows && (bottom === top || bytes < BLOCK_BYTES)) {
        bytes += jsonBytes(layout.values[bottom]) + jsonBytes(layout.formats[bottom]);
        bottom++;
      }
      await batch.room(bytes);
      const range = sheet.getRangeByIndexes(top, 0, bottom - top, columns);
      range.values = layout.values.slice(top, bottom);
      range.numberFormat = layout.formats.slice(top, bottom) as string[][];
      top = bottom;
    }
    for (const { look, cells } of layout.looks) {
      for (const address of joinAddresses(toRangeList(cells))) {
        await batch.room(jsonBytes(address) * 14); // each property set names the areas again
        applyLook(sheet.getRanges(address).format, look);
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
      for (const address of joinAddresses(rowRanges(rowNumbers))) {
        await batch.room(jsonBytes(address));
        sheet.getRanges(address).format.rowHeight = height;
      }
    }
    if (resolved.frozenRows > 0) {
      await batch.room(40);
      sheet.freezePanes.freezeRows(resolved.frozenRows);
    }
    await batch.room(100);
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
