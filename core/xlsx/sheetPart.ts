import type { CellValue, Grid, MergedArea } from '../grid';
import { clampMerges } from './clampMerges';
import { MAX_COLUMNS, MAX_ROWS, readCellRef, type CellPosition } from './cellRef';
import { StringItem } from './stringItem';
import type { CellStyles } from './stylesPart';
import type { Attributes, XmlHandler } from './xmlScanner';
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
  private row: CellValue[] | undefined;
  // The cell being read.
  private inCell = false;
  private column = 0;
  private style = 0;
  private type: string | undefined;
  private valueText: string | undefined;
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
        if (this.row) this.openCell(a);
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
    if (name === 'row') this.row = undefined;
    else if (name === 'sheetData') this.inSheetData = false;
  }

  text(text: string): void {
    if (this.inValue) this.valueText += text;
    else this.item.text(text);
  }

  private openRow(r: string | undefined): void {
    const number = r === undefined ? this.rowNumber + 1 : Number(r);
    if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS) throw XlsxError.corrupt();
    this.rowNumber = number;
    this.nextColumn = 1;
    this.row = this.values[number - 1] ??= [];
  }

  private openCell(a: Attributes): void {
    let column = this.nextColumn;
    const r = a.find('r');
    if (r >= 0) {
      if (readCellRef(a.text, a.valueStart(r), this.ref, a.valueEnd(r)) !== a.valueEnd(r)) throw XlsxError.corrupt();
      column = this.ref.column;
    }
    if (column > MAX_COLUMNS) throw XlsxError.corrupt();
    this.nextColumn = column + 1;
    this.column = column;
    const s = a.find('s');
    this.style = s < 0 ? 0 : digits(a.text, a.valueStart(s), a.valueEnd(s));
    const t = a.find('t');
    this.type = t < 0 ? undefined : a.valueEnd(t) - a.valueStart(t) === 1 ? a.text[a.valueStart(t)] : a.text.slice(a.valueStart(t), a.valueEnd(t));
    this.valueText = undefined;
    this.inlineText = undefined;
    this.inCell = true;
  }

  private closeCell(): void {
    this.inCell = false;
    this.inValue = false;
    this.inInline = false;
    const value = this.cellValue();
    if (value === null) return;
    const row = this.row as CellValue[];
    const index = this.column - 1;
    if (index >= row.length) {
      this.cells += index + 1 - row.length;
      if (this.cells > this.context.maxCells) throw XlsxError.tooManyCells(this.context.name, this.context.maxCells);
      while (row.length < index) row.push(null);
      row.push(value);
    } else row[index] = value;
    const format = this.context.styles.formats[this.style];
    if (format != null) (this.formats[this.rowNumber - 1] ??= [])[index] = format;
    if (this.rowNumber > this.lastRow) this.lastRow = this.rowNumber;
    if (row.length > this.width) this.width = row.length;
  }

  /** The cell's value as the grid holds it (what Excel shows for it), or null. */
  private cellValue(): CellValue {
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
        return new Date(Math.round((n - EPOCH_1900 + (this.context.date1904 ? EPOCH_1904_SHIFT : 0)) * DAY_MS));
      }
    }
  }

  private addMerge(ref: string | undefined): void {
    if (ref === undefined) return;
    const first = readCellRef(ref, 0, this.ref);
    if (first < 0 || this.ref.row < 1) return;
    const top = this.ref.row - 1;
    const left = this.ref.column - 1;
    if (first === ref.length) return; // one cell
    if (ref.charCodeAt(first) !== 58 /* : */ || readCellRef(ref, first + 1, this.ref) !== ref.length || this.ref.row < 1) return;
    const bottom = this.ref.row - 1;
    const right = this.ref.column - 1;
    this.merges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }

  grid(): Grid {
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

/** A non-negative integer written in `text` between `start` and `end`; 0 when it is not one. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}
