/**
 * The Excel writer of a `Plan` (core/plan/plan.ts), with the CLI's semantics (cli/writePlan.ts): the
 * planned sheet is written whole (values, number formats, styles, merges, column widths, row
 * heights, frozen rows) and put at the position it is given; text stays text.
 *
 * How it keeps requests small: values and number formats go as 2-D arrays in row blocks; the cells
 * that share a style property (borders, bold, a fill with its font colour…) are grouped into rectangles (core's
 * `toRangeList`), each styled through its own `getRange`; rows of equal height likewise, as row ranges (`5:9`). Never `getRanges("A5:A9,C5")`: its
 * list separator is the user's (`;` with Indonesian regional settings on Windows, where a comma list
 * fails: OfficeDev/office-js#1167). All of it is queued on a WriteBatch, so a 10,000-row summary is
 * one request and a larger one as many as the 5 MB limit needs.
 *
 * A sheet it replaces is deleted only at the end, after the new one (written under a temporary name)
 * is complete; if anything fails the new sheet is removed and the old one is left as it was.
 */
import { columnLetter, parseAddress } from '../core/grid';
import { dayToExcelSerial } from '../core/periods/excelSerial';
import { checkPlan } from '../core/plan/checkPlan';
import type { Plan, PlanCell, PlanValue } from '../core/plan/plan';
import { toRangeList } from '../core/workbench/addressList';
import { rowRanges } from './addresses';
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

/** A cell's tone as `setCellProperties` takes it: `{}` for none. */
type Tone = { format?: { fill?: { color: string }; font?: { color: string } } };

interface Layout {
  rows: number;
  columns: number;
  values: (string | number)[][];
  formats: (string | null)[][];
  /** Fill and font colour per cell, over the columns `toneLeft`…`toneRight` (none when toneLeft > toneRight). */
  tones: Tone[][];
  toneLeft: number;
  toneRight: number;
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
  const toneCells: { row: number; column: number; tone: Tone }[] = [];
  for (const cell of styled.values()) {
    values[cell.row][cell.column] = cellValue(cell.value);
    if (cell.numberFormat !== undefined) formats[cell.row][cell.column] = cell.numberFormat;
    else if (cell.value.kind === 'date') formats[cell.row][cell.column] = 'm/d/yyyy';
    // Grouped by property, not by whole look: a property shared by a whole table (its borders, its
    // alignment) then covers it in a few rectangles. Fill and font colour (a status's tone) change
    // from row to row, so they go per cell, by `setCellProperties` over the rows' blocks, instead of a
    // range for each short run. A new sheet has every default already.
    const { fill, color, ...frame } = lookOf(cell);
    for (const [name, value] of Object.entries(frame)) {
      const key = `${name}:${value}`;
      let group = looks.get(key);
      if (!group) looks.set(key, (group = { look: { [name]: value }, cells: [] }));
      group.cells.push(`${columnLetter(cell.column + 1)}${cell.row + 1}`);
    }
    if (fill !== undefined || color !== undefined) {
      toneCells.push({ row: cell.row, column: cell.column, tone: { format: { ...(fill !== undefined && { fill: { color: fill } }), ...(color !== undefined && { font: { color } }) } } });
    }
  }
  // Alignment does not show in an empty cell: an empty cell the plan leaves unaligned, lying between
  // two cells of one alignment in a column, takes that alignment too, so a column of figures broken by
  // blanks is one range instead of one per figure.
  const unaligned = (row: number, column: number) => {
    const cell = styled.get(`${row}:${column}`);
    return !cell || (cell.value.kind === 'blank' && cell.horizontal === undefined);
  };
  for (const [key, group] of looks) if (key.startsWith('horizontal:')) group.cells = bridgeGaps(group.cells, unaligned);
  const heights = new Map<number, number[]>();
  plan.rowHeights?.forEach((h, i) => {
    if (h === undefined || h === null) return;
    let list = heights.get(h);
    if (!list) heights.set(h, (list = []));
    list.push(i + 1);
  });
  let toneLeft = columns;
  let toneRight = -1;
  for (const t of toneCells) {
    toneLeft = Math.min(toneLeft, t.column);
    toneRight = Math.max(toneRight, t.column);
  }
  const tones = Array.from({ length: rows }, () => Array.from({ length: Math.max(0, toneRight - toneLeft + 1) }, (): Tone => ({})));
  for (const t of toneCells) tones[t.row][t.column - toneLeft] = t.tone;
  return { rows, columns, values, formats, tones, toneLeft, toneRight, looks, heights };
}

/** The cells, and in each column the runs of `free` cells (0-based row and column) between two of them. */
function bridgeGaps(cells: string[], free: (row: number, column: number) => boolean): string[] {
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
    for (let i = 1; i < rows.length; i++) {
      const gap: number[] = [];
      for (let r = rows[i - 1] + 1; r < rows[i] && free(r - 1, column - 1); r++) gap.push(r);
      if (gap.length === rows[i] - rows[i - 1] - 1) for (const r of gap) out.push(`${columnLetter(column)}${r}`);
    }
  }
  return out;
}

/** What one property change adds to a request beyond the range it is made on (its path and value). */
const PROPERTY_BYTES = 100;

/** The property changes a look makes on a range's format, to queue one by one. */
function lookChanges(look: Look): ((format: Excel.RangeFormat) => void)[] {
  const changes: ((format: Excel.RangeFormat) => void)[] = [];
  if (look.fill !== undefined) changes.push((f) => (f.fill.color = look.fill!));
  if (look.bold) changes.push((f) => (f.font.bold = true));
  if (look.italic) changes.push((f) => (f.font.italic = true));
  if (look.color !== undefined) changes.push((f) => (f.font.color = look.color!));
  if (look.size !== undefined) changes.push((f) => (f.font.size = look.size!));
  if (look.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      changes.push((f) => (f.borders.getItem(edge).style = 'Continuous'));
      changes.push((f) => (f.borders.getItem(edge).weight = 'Thin'));
    }
  }
  if (look.horizontal !== undefined) changes.push((f) => (f.horizontalAlignment = look.horizontal === 'left' ? 'Left' : look.horizontal === 'center' ? 'Center' : 'Right'));
  if (look.vertical !== undefined) changes.push((f) => (f.verticalAlignment = look.vertical === 'top' ? 'Top' : look.vertical === 'middle' ? 'Center' : 'Bottom'));
  if (look.wrap) changes.push((f) => (f.wrapText = true));
  return changes;
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
        bytes += jsonBytes(layout.values[bottom]) + jsonBytes(layout.formats[bottom]) + jsonBytes(layout.tones[bottom]);
        bottom++;
      }
      await batch.room(bytes);
      const range = sheet.getRangeByIndexes(top, 0, bottom - top, layout.columns);
      range.values = layout.values.slice(top, bottom);
      range.numberFormat = layout.formats.slice(top, bottom) as string[][];
      if (layout.toneLeft <= layout.toneRight) {
        // ExcelApi 1.9: one 2-D array of per-cell formats for the block (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)).
        sheet.getRangeByIndexes(top, layout.toneLeft, bottom - top, layout.toneRight - layout.toneLeft + 1).setCellProperties(layout.tones.slice(top, bottom) as Excel.SettableCellProperties[][]);
      }
      top = bottom;
    }
    for (const { look, cells } of layout.looks.values()) {
      const changes = lookChanges(look);
      for (const area of toRangeList(cells)) {
        await batch.room(jsonBytes(area) + changes.length * PROPERTY_BYTES);
        const format = sheet.getRange(area).format;
        for (const change of changes) change(format);
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
      for (const address of rowRanges(rows)) {
        await batch.room(jsonBytes(address) + PROPERTY_BYTES);
        sheet.getRange(address).format.rowHeight = height;
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
