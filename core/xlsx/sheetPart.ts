import type { CellValue, Grid, MergedArea } from '../grid';
import { clampMerges } from './clampMerges';
import { MAX_COLUMNS, MAX_ROWS, readCellRef, type CellPosition } from './cellRef';
import { endsName, INCOMPLETE, LEAVE, readCellTag, readTag, ROW_ATTRIBUTES } from './startTag';
import { StringItem } from './stringItem';
import type { CellStyles } from './stylesPart';
import { decodeXml, type Attributes, type XmlHandler } from './xmlScanner';
import { XlsxError } from './xlsxError';

export interface SheetContext {
  name: string;
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  /** Most cells the grid may hold, counting each row up to its last cell. */
  maxCells: number;
}

/** Days between Excel's day 0 (1899-12-30) and 1970-01-01; 1904-system workbooks count 1,462 days later. */
const EPOCH_1900 = 25569;
const EPOCH_1904_SHIFT = 1462;
const DAY_MS = 86400000;

/**
 * Reads a worksheet's XML (ECMA-376 Part 1 §18.3) as it streams past into a grid: the value of every
 * cell that has one (shared and inline strings, numbers, dates by their number format, booleans,
 * error codes as their text, a formula's cached result), its number format, and the merged areas.
 * A row costs the cells it has up to its last one; a row or cell without `r` follows the previous one.
 */
export class SheetReader implements XmlHandler {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly merges: MergedArea[] = [];
  private readonly item = new StringItem();
  private readonly ref: CellPosition = { row: 0, column: 0 };
  private inSheetData = false;
  private skipping = 0;
  private rowNumber = 0;
  private nextColumn = 1;
  /**
   * A row is open: its cells go to `scratch` (reused from row to row) up to `rowLength`, and are
   * copied out at the row's end at their exact count. Pushing onto a fresh array per row grew it past
   * its first capacity (17) in most matrices, so every row cost a second array and kept 41 slots for 20 cells.
   */
  private inRow = false;
  private readonly scratch: CellValue[] = [];
  private rowLength = 0;
  // The cell being read.
  private inCell = false;
  private column = 0;
  private style = 0;
  private type: string | undefined;
  private valueText: string | undefined;
  /** A value of digits only, read in place by `fastScan` (-1: none). */
  private wholeValue = -1;
  private inValue = false;
  private inInline = false;
  private inlineText: string | undefined;
  // What the grid holds so far.
  private lastRow = 0;
  private width = 0;
  private cells = 0;

  constructor(private readonly context: SheetContext) {}

  get wantsText(): boolean {
    return this.inValue || (this.inInline && this.item.wantsText);
  }

  open(name: string, a: Attributes): void {
    if (this.skipping > 0) {
      if (name === 'extLst') this.skipping++;
      return;
    }
    if (this.inCell) {
      if (name === 'v') {
        this.inValue = true;
        this.valueText = '';
      } else if (name === 'is') {
        this.inInline = true;
        this.item.reset();
      } else if (this.inInline) this.item.open(name);
      return;
    }
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        break;
      case 'row':
        if (this.inSheetData) this.openRow(a.get('r'));
        break;
      case 'c':
        if (this.inRow) this.openCell(a);
        break;
      case 'mergeCell':
        this.addMerge(a.get('ref'));
        break;
      case 'extLst':
        this.skipping = 1;
        break;
    }
  }

  close(name: string): void {
    if (this.skipping > 0) {
      if (name === 'extLst') this.skipping--;
      return;
    }
    if (this.inCell) {
      if (name === 'c') this.closeCell();
      else if (name === 'v') this.inValue = false;
      else if (name === 'is') {
        this.inInline = false;
        this.inlineText = this.item.value();
      } else if (this.inInline) this.item.close(name);
      return;
    }
    if (name === 'row') this.finishRow();
    else if (name === 'sheetData') this.inSheetData = false;
  }

  text(text: string): void {
    if (this.inValue) this.valueText += text;
    else this.item.text(text);
  }

  /** A row starts: `r` is its number as written (a number already read from the text, or its text). */
  private openRow(r: number | string | undefined): void {
    const number = r === undefined ? this.rowNumber + 1 : Number(r);
    if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS) throw XlsxError.corrupt();
    this.finishRow();
    this.rowNumber = number;
    this.nextColumn = 1;
    // A row number seen before (a file may repeat one) goes on from the cells it has.
    const earlier = this.values[number - 1];
    let n = 0;
    if (earlier) for (const v of earlier) this.scratch[n++] = v;
    this.rowLength = n;
    this.inRow = true;
  }

  /** The open row's cells into the grid, at their exact count. */
  private finishRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    if (this.rowLength > 0) this.values[this.rowNumber - 1] = this.scratch.slice(0, this.rowLength);
  }

  private openCell(a: Attributes): void {
    const [r, s, t] = [a.find('r'), a.find('s'), a.find('t')];
    const at = (k: number) => (k < 0 ? -1 : a.valueStart(k));
    const end = (k: number) => (k < 0 ? -1 : a.valueEnd(k));
    this.openCellAt(a.text, at(r), end(r), at(s), end(s), at(t), end(t));
  }

  /** A cell's start, from the positions of its `r`, `s` and `t` values in `text` (-1: absent). */
  private openCellAt(text: string, rStart: number, rEnd: number, sStart: number, sEnd: number, tStart: number, tEnd: number): void {
    let column = this.nextColumn;
    if (rStart >= 0) {
      if (readCellRef(text, rStart, this.ref, rEnd) !== rEnd) throw XlsxError.corrupt();
      column = this.ref.column;
    }
    if (column > MAX_COLUMNS) throw XlsxError.corrupt();
    this.nextColumn = column + 1;
    this.column = column;
    this.style = sStart < 0 ? 0 : digits(text, sStart, sEnd);
    this.type = tStart < 0 ? undefined : tEnd - tStart === 1 ? text[tStart] : text.slice(tStart, tEnd);
    this.valueText = undefined;
    this.inlineText = undefined;
    this.inCell = true;
  }

  fastNeedsMore = false;

  /**
   * Reads rows and plain cells (`<c …/>`, `<c …><v>…</v></c>`, with or without `<f>`) straight from
   * the text, the bulk of every sheet; anything else (inline strings, prefixed names, extensions) is
   * left to the scanner, which reports it through `open`/`close` as usual.
   */
  fastScan(text: string, at: number): number {
    this.fastNeedsMore = false;
    if (!this.inSheetData && !this.inCell && this.skipping === 0) return this.fastMerges(text, at);
    if (!this.inSheetData || this.inCell || this.skipping > 0) return at;
    const n = this.completeRowsEnd(text);
    let i = at;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0 || lt + 5 >= n) {
        // At the text's end more is needed; past the last complete row the scanner reads the rest, token by token.
        this.fastNeedsMore = n === text.length;
        return lt < 0 ? i : lt;
      }
      const c1 = text.charCodeAt(lt + 1);
      let next: number;
      if (c1 === 99 /* c */ && endsName(text.charCodeAt(lt + 2))) next = this.fastCell(text, lt);
      else if (c1 === 114 /* r */ && text.startsWith('ow', lt + 2) && endsName(text.charCodeAt(lt + 4))) next = this.fastRow(text, lt);
      else if (c1 === 47 /* / */ && text.startsWith('row>', lt + 2)) {
        this.finishRow();
        next = lt + 6;
      } else return lt;
      if (next === INCOMPLETE) {
        this.fastNeedsMore = true;
        return lt;
      }
      if (next === LEAVE) return lt;
      i = next;
    }
  }

  private rowsText: string | undefined;
  private rowsEnd = 0;

  /**
   * Where the last `</row>` of `text` ends (or its length, when it has none): cells before it are
   * whole, so reading them never looks past the end of the text. (A read past the end is legal but
   * costs V8's optimised code a deoptimisation each time it first happens at a new place: 16 of them
   * made the first read of a large sheet a third slower.)
   */
  private completeRowsEnd(text: string): number {
    if (this.rowsText !== text) {
      const last = text.lastIndexOf('</row>');
      this.rowsText = text;
      this.rowsEnd = last < 0 ? text.length : last + 6;
    }
    return this.rowsEnd;
  }

  private fastRow(text: string, lt: number): number {
    const tag = readTag(text, lt + 4, ROW_ATTRIBUTES);
    if (tag.end < 0) return tag.end;
    const start = tag.starts[0];
    const end = tag.ends[0];
    // Digits read in place (no string per row); anything else is read as before, and refused there.
    const written = start < 0 ? -1 : digits(text, start, end, -1);
    this.openRow(start < 0 ? undefined : written > 0 ? written : text.slice(start, end));
    if (tag.selfClosing) this.finishRow();
    return tag.end;
  }

  private fastCell(text: string, lt: number): number {
    if (!this.inRow) return LEAVE;
    const quick = this.quickCell(text, lt);
    if (quick !== LEAVE) return quick;
    const tag = readCellTag(text, lt + 2);
    if (tag.end < 0) return tag.end;
    const [rs, ss, ts] = tag.starts;
    const [re, se, te] = tag.ends;
    if (tag.selfClosing) {
      this.openCellAt(text, rs, re, ss, se, ts, te);
      this.closeCell();
      return tag.end;
    }
    const close = text.indexOf('</c>', tag.end);
    if (close < 0) return INCOMPLETE;
    // Only <v> and <f> inside: anything else (an inline string, an extension) goes the long way.
    let valueStart = -1;
    let valueEnd = -1;
    for (let p = text.indexOf('<', tag.end); p < close; p = text.indexOf('<', p + 1)) {
      const name = text.charCodeAt(p + 1) === 47 ? text.charCodeAt(p + 2) : text.charCodeAt(p + 1);
      if (name !== 118 /* v */ && name !== 102 /* f */) return LEAVE;
      if (name === 118 && text.charCodeAt(p + 1) === 118 && text.charCodeAt(p + 2) === 62 /* <v> */) {
        const end = text.indexOf('</v>', p);
        if (end < 0 || end > close) return LEAVE;
        valueStart = p + 3;
        valueEnd = end;
        p = end;
      } else if (name === 118 && text.charCodeAt(p + 1) === 118) return LEAVE; // <v …> with attributes
    }
    this.openCellAt(text, rs, re, ss, se, ts, te);
    if (valueStart >= 0) {
      // Shared-string indexes and whole numbers, most cells, are read in place: no string made.
      const whole = valueEnd - valueStart <= 9 ? digits(text, valueStart, valueEnd, -1) : -1;
      if (whole >= 0 && valueEnd > valueStart && (this.type === 's' || this.type === undefined || this.type === 'n')) this.wholeValue = whole;
      else this.valueText = decodeXml(text.slice(valueStart, valueEnd));
    }
    this.closeCell();
    return close + 4;
  }

  /**
   * The cell forms that make up nearly every sheet, read in one pass over their characters with no
   * call and no string made: `<c r="B12" s="3" t="s"><v>42</v></c>` (each attribute optional, in
   * Excel's order), self-closing blanks `<c r="B12" s="1"/>`, and number or shared-string values.
   * Anything else (another attribute, a formula, an inline string, a value of another type) is left
   * to `fastCell`'s general reading (LEAVE), which reads it from the start again.
   */
  private quickCell(text: string, lt: number): number {
    const n = text.length;
    let j = lt + 2;
    let column = this.nextColumn;
    if (text.charCodeAt(j) === 32 && text.charCodeAt(j + 1) === 114 /* r */ && text.charCodeAt(j + 2) === 61 && text.charCodeAt(j + 3) === 34) {
      j += 4;
      column = 0;
      let ch = text.charCodeAt(j);
      while (ch >= 65 && ch <= 90) {
        column = column * 26 + ch - 64;
        ch = text.charCodeAt(++j);
      }
      while (ch >= 48 && ch <= 57) ch = text.charCodeAt(++j);
      if (ch !== 34 || column === 0) return j >= n ? INCOMPLETE : LEAVE;
      j++;
    }
    let style = 0;
    if (text.charCodeAt(j) === 32 && text.charCodeAt(j + 1) === 115 /* s */ && text.charCodeAt(j + 2) === 61 && text.charCodeAt(j + 3) === 34) {
      j += 4;
      let ch = text.charCodeAt(j);
      while (ch >= 48 && ch <= 57) {
        style = style * 10 + ch - 48;
        ch = text.charCodeAt(++j);
      }
      if (ch !== 34) return j >= n ? INCOMPLETE : LEAVE;
      j++;
    }
    let shared = false;
    if (text.charCodeAt(j) === 32 && text.charCodeAt(j + 1) === 116 /* t */ && text.charCodeAt(j + 2) === 61 && text.charCodeAt(j + 3) === 34) {
      const t = text.charCodeAt(j + 4);
      if (text.charCodeAt(j + 5) !== 34) return j + 5 >= n ? INCOMPLETE : LEAVE;
      if (t === 115 /* s */) shared = true;
      else if (t !== 110 /* n */) return LEAVE;
      j += 6;
    }
    if (column > MAX_COLUMNS) return LEAVE;
    const ch = text.charCodeAt(j);
    if (ch === 47 /* / */) {
      if (j + 1 >= n) return INCOMPLETE;
      if (text.charCodeAt(j + 1) !== 62) return LEAVE;
      this.nextColumn = column + 1; // a blank cell: nothing to keep
      return j + 2;
    }
    if (ch !== 62 /* > */) return j >= n ? INCOMPLETE : LEAVE;
    // <v>…</v></c>
    if (j + 4 >= n) return INCOMPLETE;
    if (text.charCodeAt(j + 1) !== 60 || text.charCodeAt(j + 2) !== 118 || text.charCodeAt(j + 3) !== 62) return LEAVE;
    const start = j + 4;
    const end = text.indexOf('<', start);
    if (end < 0 || end + 8 > n) return INCOMPLETE;
    if (text.charCodeAt(end + 1) !== 47 || text.charCodeAt(end + 2) !== 118 || text.charCodeAt(end + 3) !== 62 || text.charCodeAt(end + 4) !== 60 || text.charCodeAt(end + 5) !== 47 || text.charCodeAt(end + 6) !== 99 || text.charCodeAt(end + 7) !== 62) return LEAVE;
    let whole = end > start && end - start <= 9 ? 0 : -1;
    for (let k = start; k < end && whole >= 0; k++) {
      const d = text.charCodeAt(k) - 48;
      whole = d >= 0 && d <= 9 ? whole * 10 + d : -1;
    }
    let value: CellValue;
    if (shared) {
      value = whole >= 0 ? (this.context.sharedStrings[whole] ?? null) : (this.context.sharedStrings[Number(text.slice(start, end))] ?? null);
    } else {
      const number = whole >= 0 ? whole : parseFloat(decodeXml(text.slice(start, end)));
      value = Number.isNaN(number) ? null : this.context.styles.dates[style] ? excelDate(number, this.context.date1904) : number;
    }
    this.nextColumn = column + 1;
    if (value !== null) this.keep(column - 1, value, style);
    return end + 8;
  }

  /** Puts a cell's value (and its number format) in the grid. */
  private keep(index: number, value: CellValue, style: number): void {
    const row = this.scratch;
    let n = this.rowLength;
    if (index >= n) {
      this.cells += index + 1 - n;
      if (this.cells > this.context.maxCells) throw XlsxError.tooManyCells(this.context.name, this.context.maxCells);
      while (n < index) row[n++] = null;
      row[n++] = value;
      this.rowLength = n;
    } else row[index] = value;
    const format = this.context.styles.formats[style];
    if (format != null) (this.formats[this.rowNumber - 1] ??= [])[index] = format;
    if (this.rowNumber > this.lastRow) this.lastRow = this.rowNumber;
    if (n > this.width) this.width = n;
  }

  private closeCell(): void {
    this.inCell = false;
    this.inValue = false;
    this.inInline = false;
    const value = this.cellValue();
    if (value !== null) this.keep(this.column - 1, value, this.style);
  }

  /** The cell's value as the grid holds it (what Excel shows for it), or null. */
  private cellValue(): CellValue {
    const whole = this.wholeValue;
    if (whole >= 0) {
      this.wholeValue = -1;
      if (this.type === 's') return this.context.sharedStrings[whole] ?? null;
      if (!this.context.styles.dates[this.style]) return whole;
      return excelDate(whole, this.context.date1904);
    }
    const v = this.valueText;
    switch (this.type) {
      case 's': {
        if (v === undefined) return null;
        return this.context.sharedStrings[Number(v)] ?? null;
      }
      case 'inlineStr':
        return this.inlineText ?? v ?? null;
      case 'str':
      case 'e':
        return v === undefined || v === '' ? null : v;
      case 'b':
        return v === undefined || v.trim() === '' ? null : Number(v) !== 0;
      case 'd': {
        if (v === undefined) return null;
        const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
        return Number.isNaN(date.getTime()) ? null : date;
      }
      default: {
        if (v === undefined || v === '') return null;
        const n = parseFloat(v);
        if (Number.isNaN(n)) return null;
        if (!this.context.styles.dates[this.style]) return n;
        return excelDate(n, this.context.date1904);
      }
    }
  }

  /**
   * Reads `<mergeCell ref="A5:A9"/>` elements straight from the text (a matrix has one per group
   * cell: 26,521 at 100,000 outputs); anything else is left to the scanner.
   */
  private fastMerges(text: string, at: number): number {
    let i = at;
    for (;;) {
      if (!text.startsWith('<mergeCell ref="', i)) return i;
      const start = i + 16;
      const quote = text.indexOf('"', start);
      if (quote < 0 || quote + 3 > text.length) {
        this.fastNeedsMore = true;
        return i;
      }
      if (text.charCodeAt(quote + 1) !== 47 /* / */ || text.charCodeAt(quote + 2) !== 62 /* > */) return i;
      this.addMerge(text, start, quote);
      i = quote + 3;
    }
  }

  /** A merged area from its reference, `ref` (or the part of `text` from `start` to `end`). */
  private addMerge(ref: string | undefined, start = 0, end = ref?.length ?? 0): void {
    if (ref === undefined) return;
    const first = readCellRef(ref, start, this.ref, end);
    if (first < 0 || this.ref.row < 1) return;
    const top = this.ref.row - 1;
    const left = this.ref.column - 1;
    if (first === end) return; // one cell
    if (ref.charCodeAt(first) !== 58 /* : */ || readCellRef(ref, first + 1, this.ref, end) !== end || this.ref.row < 1) return;
    const bottom = this.ref.row - 1;
    const right = this.ref.column - 1;
    this.merges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }

  grid(): Grid {
    this.finishRow();
    const values = this.values;
    values.length = this.lastRow;
    for (let r = 0; r < values.length; r++) if (values[r] === undefined) values[r] = [];
    const formats = this.formats;
    formats.length = Math.min(formats.length, this.lastRow);
    for (let r = 0; r < formats.length; r++) if (formats[r] === undefined) formats[r] = [];
    const merges = clampMerges(this.merges, values, formats, this.width);
    return { sheetName: this.context.name, values, numberFormats: formats, merges, topLeft: 'A1' };
  }
}

/** A non-negative integer written in `text` between `start` and `end`; `otherwise` when it is not one. */
function digits(text: string, start: number, end: number, otherwise = 0): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return otherwise;
    n = n * 10 + d;
  }
  return n;
}

/** A serial day number as the date it stands for (as exceljs converts it, rounded to the millisecond). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_1900 + (date1904 ? EPOCH_1904_SHIFT : 0)) * DAY_MS));
}
