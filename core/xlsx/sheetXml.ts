import { columnLetter } from '../grid';
import { dayToExcelSerial } from '../periods/excelSerial';
import type { PlanValue } from '../plan/plan';
import type { ResolvedPlan } from '../plan/resolvePlan';
import { colElements, conditionalFormattingXml, dataValidationsXml, sheetProtectionXml } from './sheetItems';
import { XmlBytes } from './xmlBytes';

/** The namespaces a package's parts use: Transitional (what Excel writes) or Strict. */
export interface Namespaces {
  main: string;
  relationships: string;
}

export const TRANSITIONAL: Namespaces = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const STRICT: Namespaces = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** How a sheet's cells refer to the workbook's cell formats. */
export interface CellFormats {
  /** The `cellXfs` index for a resolved style; `date` for a date cell whose style sets no number format (it gets Excel's short date). */
  xf(style: number, date: boolean): number;
}

export interface SheetXmlOptions {
  formats: CellFormats;
  date1904: boolean;
  /** The sheet is the workbook's active tab (a replaced sheet that was). */
  tabSelected: boolean;
  namespaces: Namespaces;
  /** The `dxfs` index of each conditional format's look, in the plan's order. */
  dxfs?: readonly number[];
  /** The relationship id of the sheet's drawing part (its charts), when it has one. */
  drawing?: string;
}

/** Bytes handed on at a time: big enough that deflating and writing cost little per piece (the deflater takes each as a job). */
const PIECE = 256 * 1024;

/**
 * A worksheet part (ECMA-376 Part 1 §18.3.1.99) for a resolved plan, produced as pieces of UTF-8 in
 * document order, so that a sheet of two million cells never exists whole. Elements come in the
 * schema's order (sheetItems.ts's `WORKSHEET_ORDER`): widths and hidden columns before the cells,
 * the protection right after them, conditional formats and data validations after the merges, the
 * drawing that holds the charts after the page margins.
 *
 * Values: text as an inline string (`t="inlineStr"`, never a formula whatever it starts with: the
 * workbook's shared strings are left as they were), numbers as numbers, dates as serials in the
 * workbook's date system, blank cells only for their look.
 */
export function* sheetXml(plan: ResolvedPlan, options: SheetXmlOptions): Generator<Uint8Array> {
  const { main, relationships } = options.namespaces;
  const lastColumn = Math.max(1, plan.bounds.columns);
  const lastRow = Math.max(1, plan.bounds.rows);
  const w = new XmlBytes(PIECE);
  w.text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${relationships}">`);
  w.ascii(`<dimension ref="${lastRow === 1 && lastColumn === 1 ? 'A1' : `A1:${columnLetter(lastColumn)}${lastRow}`}"/>`);
  w.ascii(sheetViews(plan.frozenRows, options.tabSelected));
  w.ascii('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = colElements(plan.columnWidths, plan.hiddenColumns);
  if (cols) w.text(`<cols>${cols}</cols>`);
  w.ascii('<sheetData>');

  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c + 1));
  const heights = plan.rowHeights;
  let h = 0;
  let row = -1;
  const rowStart = (r: number, selfClosing: boolean) => {
    w.ascii('<row r="');
    w.digits(r + 1);
    w.ascii('"');
    if (h < heights.length && heights[h].row === r) w.ascii(` ht="${heights[h++].height}" customHeight="1"`);
    w.ascii(selfClosing ? '/>' : '>');
  };
  const cells = plan.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.row !== row) {
      if (row >= 0) w.ascii('</row>');
      while (h < heights.length && heights[h].row < cell.row) rowStart(heights[h].row, true);
      row = cell.row;
      rowStart(row, false);
    }
    writeCell(w, letter(cell.column), row + 1, cell.value, options.formats.xf(cell.style, cell.value.kind === 'date'), options.date1904);
    const piece = w.take();
    if (piece) yield piece;
  }
  if (row >= 0) w.ascii('</row>');
  while (h < heights.length) rowStart(heights[h].row, true);
  w.ascii('</sheetData>');
  if (plan.protection) w.text(sheetProtectionXml(plan.protection));

  if (plan.merges.length) {
    w.ascii(`<mergeCells count="${plan.merges.length}">`);
    for (const m of plan.merges) {
      w.ascii(`<mergeCell ref="${letter(m.left)}${m.top + 1}:${letter(m.right)}${m.bottom + 1}"/>`);
      const piece = w.take();
      if (piece) yield piece;
    }
    w.ascii('</mergeCells>');
  }
  w.text(conditionalFormattingXml(plan.conditionalFormats, options.dxfs ?? []));
  w.text(dataValidationsXml(plan.validations));
  w.ascii('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (options.drawing !== undefined) w.text(`<drawing r:id="${options.drawing}"/>`);
  w.ascii('</worksheet>');
  yield w.take(true)!;
}

function sheetViews(frozenRows: number, tabSelected: boolean): string {
  const selected = tabSelected ? ' tabSelected="1"' : '';
  if (frozenRows <= 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const below = `A${frozenRows + 1}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane ySplit="${frozenRows}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/></sheetView></sheetViews>`
  );
}

/**
 * One cell element at `letter` + `row` (`B` 12), `xf` its cell format (0: the default, left out).
 * Text is an inline string, so it can never become a formula; a blank cell is written only when it
 * has a look.
 */
function writeCell(w: XmlBytes, letter: string, row: number, value: PlanValue, xf: number, date1904: boolean): void {
  if (value.kind === 'blank' && xf === 0) return;
  w.ascii('<c r="');
  w.ascii(letter);
  w.digits(row);
  if (xf !== 0) {
    w.ascii('" s="');
    w.digits(xf);
  }
  switch (value.kind) {
    case 'text':
      // xml:space="preserve" only where Excel writes it, on text starting or ending with white space
      // (a reader trims that otherwise): 21 bytes less on most text cells, 17% of a summary's sheet.
      w.ascii(trimmable(value.text) ? '" t="inlineStr"><is><t xml:space="preserve">' : '" t="inlineStr"><is><t>');
      w.escapedText(value.text, escapeText);
      w.ascii('</t></is></c>');
      return;
    case 'number':
      w.ascii('"><v>');
      if (Number.isInteger(value.value) && value.value >= 0 && value.value <= Number.MAX_SAFE_INTEGER) w.digits(value.value);
      else w.ascii(numberText(value.value));
      w.ascii('</v></c>');
      return;
    case 'date': {
      const serial = dayToExcelSerial(value.year, value.month, value.day);
      if (serial === undefined) throw new Error(`sheetXml: no such day ${value.year}-${value.month}-${value.day}`);
      w.ascii('"><v>');
      w.ascii(String(date1904 ? serial - 1462 : serial));
      w.ascii('</v></c>');
      return;
    }
    case 'formula':
      // No cached value: Excel and LibreOffice compute it on opening (the workbook asks for a full calculation).
      w.ascii('"><f>');
      w.text(escapeText(value.formula));
      w.ascii('</f></c>');
      return;
    case 'blank':
      w.ascii('"/>');
      return;
  }
}

/** Text a reader would trim: white space (as String.prototype.trim knows it) at its start or end. */
function trimmable(text: string): boolean {
  const n = text.length;
  return n > 0 && (isWhite(text.charCodeAt(0)) || isWhite(text.charCodeAt(n - 1)));
}

function isWhite(ch: number): boolean {
  return ch <= 32 ? ch === 32 || (ch >= 9 && ch <= 13) : ch >= 0x80 && String.fromCharCode(ch).trim() === '';
}

/** The scratch bytes `cellXml` writes into, made on first use (not when every bundle loads) and reused. */
let scratch: { bytes: XmlBytes; decoder: TextDecoder } | undefined;

/** One cell element as text (see `writeCell`), for the patcher that edits cells of a sheet as it streams past. */
export function cellXml(letter: string, row: number, value: PlanValue, xf: number, date1904: boolean): string {
  scratch ??= { bytes: new XmlBytes(1024), decoder: new TextDecoder() };
  writeCell(scratch.bytes, letter, row, value, xf, date1904);
  return scratch.decoder.decode(scratch.bytes.drain());
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** Characters that need more than copying: markup, control characters, and `_x` (Excel's escape for them). */
const SPECIAL = /[&<>\u0000-\u0008\u000b-\u001f\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_|\r/;

/**
 * Cell text as XML content: `&`, `<`, `>` escaped; characters XML cannot hold (control characters,
 * a carriage return that parsing would fold into a line feed) as Excel writes them, `_xHHHH_`
 * (ECMA-376 Part 1 §22.9.2.19), and a literal `_xHHHH_` kept literal by escaping its underscore.
 */
export function escapeText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\u0000-\u0008\u000b-\u001f\uFFFE\uFFFF\r]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
