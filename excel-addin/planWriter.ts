/**
 * The Excel writer of a `Plan` (core/plan/plan.ts), with the CLI's semantics (cli/writePlan.ts): the
 * planned sheet is written whole (values, number formats, styles, merges, column widths, row
 * heights, frozen rows) and put at the position it is given; text stays text.
 *
 * How it keeps requests small: values and number formats go as 2-D arrays in row blocks; cells of
 * identical style are styled together through range lists (`getRanges("A5:A9,C5")`); rows of equal
 * height likewise. All of it is queued on a WriteBatch, so a 10,000-row summary is one request and a
 * larger one as many as the 5 MB limit needs.
 *
 * A sheet it replaces is deleted only at the end, after the new one (written under a temporary name)
 * is complete; if anything fails the new sheet is removed and the old one is left as it was.
 */
import { columnLetter } from '../core/grid';
import { dayToExcelSerial } from '../core/periods/excelSerial';
import { checkPlan } from '../core/plan/checkPlan';
import type { Plan, PlanCell, PlanValue } from '../core/plan/plan';
import { toRangeList } from '../core/grid';
import { joinAddresses, rowRanges } from './addresses';
import { jsonBytes, WriteBatch } from './payload';
import { literalText } from '../core/workbench/textGuard';

export interface Placement {
  /** 0-based position the sheet ends up at. */
  position: number;
  /** Id of the sheet this one replaces (it must be RB Matrix's own: the caller has checked its signature). */
  replaceId?: string;
}

/** Bytes of values and formats per `Range` write (several fit one request). */
const BLOCK_BYTES = 1_000_000;

/** The look of a cell, everything the plan says about it except its value and number format. */
interface Look {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
}

function lookOf(cell: PlanCell): Look {
  const look: Look = {};
  if (cell.fill !== undefined) look.fill = cell.fill.toUpperCase();
  if (cell.font?.bold) look.bold = true;
  if (cell.font?.italic) look.italic = true;
  if (cell.font?.color !== undefined) look.color = cell.font.color.toUpperCase();
  if (cell.font?.size !== undefined) look.size = cell.font.size;
  if (cell.border) look.border = true;
  if (cell.horizontal !== undefined) look.horizontal = cell.horizontal;
  // As the CLI: wrapped text reads from the top unless the plan says otherwise.
  const vertical = cell.vertical ?? (cell.wrap ? 'top' : undefined);
  if (vertical !== undefined) look.vertical = vertical;
  if (cell.wrap) look.wrap = true;
  return look;
}

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

interface Layout {
  rows: number;
  columns: number;
  values: (string | number)[][];
  formats: (string | null)[][];
  looks: Map<string, { look: Look; cells: string[] }>;
  heights: Map<number, number[]>;
}

/** The plan as arrays and style groups. */
function layOut(plan: Plan): Layout {
  const last = new Map<string, PlanCell>();
  for (const cell of plan.cells) last.set(`${cell.row}:${cell.column}`, cell); // a later cell wins, as in the CLI
  // A merged area takes its top-left cell's look, except for cells the plan styles itself (as the CLI).
  const styled = new Map<string, PlanCell>(last);
  for (const m of plan.merges) {
    const master = last.get(`${m.top}:${m.left}`);
    if (!master) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (!styled.has(`${r}:${c}`)) styled.set(`${r}:${c}`, { ...master, row: r, column: c, value: { kind: 'blank' } });
    }
  }
  let rows = 0;
  let columns = 0;
  for (const cell of styled.values()) {
    rows = Math.max(rows, cell.row + 1);
    columns = Math.max(columns, cell.column + 1);
  }
  const values = Array.from({ length: rows }, () => new Array<string | number>(columns).fill(''));
  // null leaves a cell's format alone: a new sheet is General already, and null is shorter to send.
  const formats = Array.from({ length: rows }, () => new Array<string | null>(columns).fill(null));
  const looks = new Map<string, { look: Look; cells: string[] }>();
  for (const cell of styled.values()) {
    values[cell.row][cell.column] = cellValue(cell.value);
    if (cell.numberFormat !== undefined) formats[cell.row][cell.column] = cell.numberFormat;
    else if (cell.value.kind === 'date') formats[cell.row][cell.column] = 'm/d/yyyy';
    const look = lookOf(cell);
    const key = JSON.stringify(look);
    if (key === '{}') continue;
    let group = looks.get(key);
    if (!group) looks.set(key, (group = { look, cells: [] }));
    group.cells.push(`${columnLetter(cell.column + 1)}${cell.row + 1}`);
  }
  const heights = new Map<number, number[]>();
  plan.rowHeights?.forEach((h, i) => {
    if (h === undefined || h === null) return;
    let list = heights.get(h);
    if (!list) heights.set(h, (list = []));
    list.push(i + 1);
  });
  return { rows, columns, values, formats, looks, heights };
}

function applyLook(format: Excel.RangeFormat, look: Look): number {
  let n = 0;
  const set = (f: () => void) => {
    f();
    n++;
  };
  if (look.fill !== undefined) set(() => (format.fill.color = look.fill!));
  if (look.bold) set(() => (format.font.bold = true));
  if (look.italic) set(() => (format.font.italic = true));
  if (look.color !== undefined) set(() => (format.font.color = look.color!));
  if (look.size !== undefined) set(() => (format.font.size = look.size!));
  if (look.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      const border = format.borders.getItem(edge);
      set(() => (border.style = 'Continuous'));
      set(() => (border.weight = 'Thin'));
    }
  }
  if (look.horizontal !== undefined) set(() => (format.horizontalAlignment = look.horizontal === 'left' ? 'Left' : look.horizontal === 'center' ? 'Center' : 'Right'));
  if (look.vertical !== undefined) set(() => (format.verticalAlignment = look.vertical === 'top' ? 'Top' : look.vertical === 'middle' ? 'Center' : 'Bottom'));
  if (look.wrap) set(() => (format.wrapText = true));
  return n;
}

/** A sheet name no sheet has: `RBM-` and random letters (31 characters at most). */
function temporaryName(): string {
  return `RBM-${Math.random().toString(36).slice(2, 10)}`;
}

/** Writes `plan` as a new sheet (replacing `placement.replaceId` when given). Sends everything it queues. */
export async function writePlan(context: Excel.RequestContext, plan: Plan, placement: Placement, batch = new WriteBatch(context)): Promise<void> {
  checkPlan(plan); // before anything is queued
  const layout = layOut(plan);
  const sheets = context.workbook.worksheets;
  const sheet = sheets.add(placement.replaceId ? temporaryName() : plan.sheetName);
  try {
    await batch.room(jsonBytes(plan.sheetName));
    // Values first, then formats: while a cell is General, Excel honours the apostrophe of guarded text.
    for (let top = 0; top < layout.rows; ) {
      let bytes = 0;
      let bottom = top;
      while (bottom < layout.rows && (bottom === top || bytes < BLOCK_BYTES)) {
        bytes += jsonBytes(layout.values[bottom]) + jsonBytes(layout.formats[bottom]);
        bottom++;
      }
      await batch.room(bytes);
      const range = sheet.getRangeByIndexes(top, 0, bottom - top, layout.columns);
      range.values = layout.values.slice(top, bottom);
      range.numberFormat = layout.formats.slice(top, bottom) as string[][];
      top = bottom;
    }
    for (const { look, cells } of layout.looks.values()) {
      for (const address of joinAddresses(toRangeList(cells))) {
        await batch.room(jsonBytes(address) * 14); // each property set names the areas again
        applyLook(sheet.getRanges(address).format, look);
      }
    }
    for (const m of plan.merges) {
      if (m.top === m.bottom && m.left === m.right) continue;
      await batch.room(40);
      sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    }
    for (let i = 0; i < plan.columnWidths.length; i++) {
      const width = plan.columnWidths[i];
      if (typeof width !== 'number' || !(width > 0)) continue;
      await batch.room(40);
      const letter = columnLetter(i + 1);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
    }
    for (const [height, rows] of layout.heights) {
      for (const address of joinAddresses(rowRanges(rows))) {
        await batch.room(jsonBytes(address));
        sheet.getRanges(address).format.rowHeight = height;
      }
    }
    if (plan.frozenRows > 0) {
      await batch.room(40);
      sheet.freezePanes.freezeRows(plan.frozenRows);
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
