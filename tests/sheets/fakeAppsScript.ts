/**
 * A fake of the Apps Script services the Sheets add-on uses, strict where Sheets is strict:
 * SpreadsheetApp (spreadsheet, sheets, ranges, range lists, the menu and dialogs), HtmlService,
 * PropertiesService and Session. It runs in Node (the built Code.js in a `vm` context, tests/sheets)
 * and in the browser (bundled with esbuild, tests/browser/sheets.test.ts).
 *
 * Every service call is counted by name (`Range.getValues`, `Sheet.getRange`, …): in Apps Script
 * each is a round trip. A Range's coordinate getters (`getRow`, `getColumn`, `getNumRows`,
 * `getNumColumns`, `getA1Notation`) are counted apart as local: the handle knows its coordinates.
 *
 * What it models because the add-on's correctness depends on it:
 * - `setValues`/`setValue` read strings the way Sheets reads typing: `=…` becomes a formula, `+1` and
 *   `-1` numbers, `100%` a percentage, `3,7` a number (Indonesian spreadsheet locale) and `1/2/2023`
 *   a date, `TRUE` a boolean; a leading `'` keeps the rest as text; a cell formatted `@` keeps the
 *   string as given.
 * - `getBackgrounds` reports no fill as `#ffffff`; `setBackgrounds` takes `null` to remove a fill.
 * - Dates: a cell holds a date and time on the wall; `getValues` hands it to the script as the
 *   instant that date and time have in the spreadsheet's time zone (`timeZone`, Asia/Jakarta unless
 *   told), a Date of the script's realm, whose own zone (the process's) may differ, as an add-on's
 *   script zone (appsscript.json) differs from a user's spreadsheet in WITA or WIT. A Date written
 *   is read in the spreadsheet's zone too. `Spreadsheet.getSpreadsheetTimeZone` and
 *   `Utilities.formatDate` (its yyyy MM dd HH mm ss SSS patterns) are there to convert.
 * - A range must lie inside the sheet (a new sheet is 1,000 × 26); 2-D arrays must match its size.
 * - Document properties: 9 KB per value, 500 KB per store.
 * - `insertSheet` refuses a name already used (in any case) and activates the new sheet.
 * - Merging a range that partly overlaps a merged area fails; merging keeps the top-left value.
 * - Rich text: a text cell may hold runs (part bold, a link); `getRichTextValues` reports them (null
 *   for a cell that holds no text), and writing a value replaces them by one plain run.
 * - Array results: a formula whose result spills over the cells below and to the right
 *   (`FakeSheet.spill`, as RB_VALIDASI or FILTER do). Those cells hold values but no formula; writing
 *   a value into one breaks the array: its formula shows #REF! ("Array result was not expanded
 *   because it would overwrite data") and the other results go.
 * - Builders (data validation, conditional format rules, charts) are counted apart as local, as the
 *   coordinate getters are: they only describe a rule or a chart until `setDataValidation`,
 *   `setConditionalFormatRules` or `insertChart` hands it to the sheet.
 * - Data validation: `newDataValidation()` builders (a criterion from the builder's list, values of
 *   its kind, `=` before a formula), `build()` needing a criterion, `setDataValidation` on every cell
 *   of a range, `setDataValidations` with a 2-D array of the range's shape (null clears a cell).
 * - Conditional formats: `newConditionalFormatRule()` builders, one `setConditionalFormatRules` that
 *   replaces the sheet's rules; every rule needs a condition and at least one range, all on the sheet
 *   it is set on ("All the ranges must be on the same grid": developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ConditionalFormatRule).
 * - Protection (developers.google.com/apps-script/reference/spreadsheet/protection): `sheet.protect()`
 *   returns the sheet's protection, the existing one when the sheet is protected already (Sheet.protect);
 *   `setUnprotectedRanges` replaces the list and takes ranges of that sheet only; the owner and the
 *   user running the script stay editors whatever `removeEditors` asks (Protection.removeEditors);
 *   editors cannot be changed on a warning-only protection ("Editors are not supported with
 *   warning_only protection": developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
 *   A user who is no editor (`fake.user`) cannot write a protected cell outside the unprotected ranges
 *   unless the protection only warns ("You are trying to edit a protected cell or object").
 * - Hiding: `hideColumns(column, count)` inside the sheet; `hideSheet()` on the only visible sheet
 *   fails, and so does deleting the last visible sheet (a spreadsheet always shows one: Sheet.hideSheet).
 * - Charts: `sheet.newChart()` with `asBarChart`/`asColumnChart`/`asPieChart` builders (only a bar or
 *   column builder has `setStacked`), ranges, options, a 1-based `setPosition`; `build()` needs a
 *   range; `insertChart` adds it.
 */

import { formatInZone, instantOf, wallTime } from './zonedTime';

/**
 * A cell value. A Date here is the date and time the cell shows, in its UTC fields (as core reads
 * date cells: core/periods/cellDay.ts), not an instant.
 */
export type Value = string | number | boolean | Date;

export interface Borders {
  top: boolean;
  left: boolean;
  bottom: boolean;
  right: boolean;
}

export interface Cell {
  /** `''` for an empty cell. */
  value: Value | '';
  formula?: string;
  format: string;
  background: string | null;
  fontWeight: 'bold' | 'normal';
  fontStyle: 'italic' | 'normal';
  fontColor: string | null;
  fontSize: number;
  horizontal: string | null;
  vertical: string | null;
  wrap: boolean;
  border: Borders;
  /** A text's runs, when it has more than one or a link (rich text). */
  runs?: { text: string; link?: string; bold?: boolean }[];
  /** For a cell an array formula's result spilled into: where that formula is (`F2`). */
  spilledFrom?: string;
  /** The data validation rule of the cell. */
  validation?: FakeDataValidation;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeOptions {
  /** What `Session.getActiveUserLocale()` gives (`id`, `en_US` …). */
  userLocale?: string;
  /** How typed strings are read: decimal comma (`id_ID`, the default) or point (`en_US`). */
  spreadsheetLocale?: 'id_ID' | 'en_US';
  /** Files HtmlService can open, by name (`Sidebar` → the HTML). */
  html?: Record<string, string>;
  /** The spreadsheet's time zone (File › Settings), Asia/Jakarta unless told. */
  timeZone?: string;
}

/** Constructors of the realm the script runs in, so `instanceof Date` holds there (a `vm` context has its own). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const GENERAL = 'General';
const COLOUR = /^#[0-9a-f]{6}$/i;
const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

export class CallLog {
  readonly counts = new Map<string, number>();
  readonly local = new Map<string, number>();
  /** The next call to fail, as a service may midway through a script (a quota, a lost connection): its name and the error it throws. */
  failing?: { name: string; fail: () => never };

  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (this.failing?.name !== name) return;
    const { fail } = this.failing;
    this.failing = undefined;
    fail();
  }

  countLocal(name: string): void {
    this.local.set(name, (this.local.get(name) ?? 0) + 1);
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  reset(): void {
    this.counts.clear();
    this.local.clear();
  }

  /** The counts, sorted by name, for printing and comparing. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

// ---------------------------------------------------------------------------------------------
// A1 notation

export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function a1(box: Box): string {
  const start = `${columnLetters(box.left)}${box.top}`;
  return box.top === box.bottom && box.left === box.right ? start : `${start}:${columnLetters(box.right)}${box.bottom}`;
}

function parseA1(text: string): Box | null {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[3] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  if (r1 < 1 || r2 < 1) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: Box, inner: Box): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function blankCell(): Cell {
  return {
    value: '',
    format: GENERAL,
    background: null,
    fontWeight: 'normal',
    fontStyle: 'normal',
    fontColor: null,
    fontSize: 10,
    horizontal: null,
    vertical: null,
    wrap: false,
    border: { top: false, left: false, bottom: false, right: false },
  };
}

// ---------------------------------------------------------------------------------------------
// The fake

export class FakeAppsScript {
  readonly log = new CallLog();
  realm: Realm = { Date, Error };
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly documentProperties: FakeProperties;
  readonly locale: { user: string; spreadsheet: 'id_ID' | 'en_US' };
  /** The spreadsheet's time zone: the one its date cells' instants are in. */
  timeZone: string;
  readonly html: Record<string, string>;
  /** The spreadsheet's owner, and the user running the script (a coordinator when told). */
  readonly owner = 'tim.rb@instansi.go.id';
  user = 'tim.rb@instansi.go.id';
  /** The document lock: `heldByOther` makes it busy, as while another editor's script runs. */
  readonly lock = { heldByOther: false, held: false, acquired: 0 };

  constructor(options: FakeOptions = {}) {
    this.locale = { user: options.userLocale ?? 'id', spreadsheet: options.spreadsheetLocale ?? 'id_ID' };
    this.timeZone = options.timeZone ?? 'Asia/Jakarta';
    this.html = options.html ?? {};
    this.spreadsheet = new FakeSpreadsheet(this);
    this.ui = new FakeUi(this);
    this.documentProperties = new FakeProperties(this, 'Properties');
  }

  /** Throws an Error of the script's realm, as Apps Script services do. */
  fail(message: string): never {
    throw new this.realm.Error(message);
  }

  /** Makes the next call of `name` (`Range.setFontColors`) fail with `message`, once. */
  failOn(name: string, message = 'Service Spreadsheets failed while accessing document.'): void {
    this.log.failing = { name, fail: () => this.fail(message) };
  }

  /** The globals the built Code.js expects. */
  globals(): Record<string, unknown> {
    const fake = this;
    const log = this.log;
    return {
      SpreadsheetApp: {
        getActive: () => (log.count('SpreadsheetApp.getActive'), fake.spreadsheet),
        getActiveSpreadsheet: () => (log.count('SpreadsheetApp.getActiveSpreadsheet'), fake.spreadsheet),
        getActiveSheet: () => (log.count('SpreadsheetApp.getActiveSheet'), fake.spreadsheet.active),
        getActiveRange: () => (log.count('SpreadsheetApp.getActiveRange'), fake.spreadsheet.activeRangeHandle()),
        getUi: () => (log.count('SpreadsheetApp.getUi'), fake.ui),
        flush: () => log.count('SpreadsheetApp.flush'),
        newDataValidation: () => (log.count('SpreadsheetApp.newDataValidation'), new FakeDataValidationBuilder(fake)),
        newConditionalFormatRule: () => (log.count('SpreadsheetApp.newConditionalFormatRule'), new FakeConditionalFormatRuleBuilder(fake)),
      },
      Charts: CHARTS,
      HtmlService: {
        createHtmlOutputFromFile: (name: string) => {
          log.count('HtmlService.createHtmlOutputFromFile');
          if (!(name in fake.html)) fake.fail(`No HTML file named ${name} was found.`);
          return new FakeHtmlOutput(fake, fake.html[name]);
        },
        createHtmlOutput: (html = '') => (log.count('HtmlService.createHtmlOutput'), new FakeHtmlOutput(fake, String(html))),
      },
      PropertiesService: {
        getDocumentProperties: () => (log.count('PropertiesService.getDocumentProperties'), fake.documentProperties),
      },
      LockService: {
        getDocumentLock: () => {
          log.count('LockService.getDocumentLock');
          const lock = fake.lock;
          return {
            tryLock: (timeoutMs: number) => {
              log.count('Lock.tryLock');
              if (typeof timeoutMs !== 'number' || timeoutMs < 0) fake.fail('Invalid argument: timeoutInMillis');
              if (lock.held) fake.fail('Lock already held by this script');
              if (lock.heldByOther) return false;
              lock.held = true;
              lock.acquired++;
              return true;
            },
            releaseLock: () => {
              log.count('Lock.releaseLock');
              lock.held = false;
            },
            hasLock: () => (log.count('Lock.hasLock'), lock.held),
          };
        },
      },
      Session: {
        getActiveUserLocale: () => (log.count('Session.getActiveUserLocale'), fake.locale.user),
        // The script's zone is the one its Dates' local fields follow: here, the process's.
        getScriptTimeZone: () => (log.count('Session.getScriptTimeZone'), Intl.DateTimeFormat().resolvedOptions().timeZone),
      },
      Utilities: {
        formatDate: (date: unknown, timeZone: string, pattern: string) => {
          log.count('Utilities.formatDate');
          if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN((date as Date).getTime())) fake.fail('Invalid argument: date');
          if (typeof timeZone !== 'string' || !timeZone) fake.fail('Invalid argument: timeZone');
          return formatInZone((date as Date).getTime(), timeZone, pattern);
        },
      },
    };
  }

  // Test helpers (not Apps Script, not counted) -------------------------------------------------

  /** The instant a date cell (its wall time in UTC fields) is handed over as: a Date of the script's realm. */
  instantOf(naive: Date): Date {
    return new this.realm.Date(instantOf(naive.getTime(), this.timeZone));
  }

  /**
   * Adds a sheet as if the spreadsheet had been opened with it: values as they are, no parsing. A
   * Date is a date cell as core reads one (its UTC fields are the date and time the cell shows).
   */
  addSheet(name: string, values: (Value | null | undefined)[][], extra: { merges?: Box[]; formats?: (string | null | undefined)[][]; backgrounds?: Record<string, string> } = {}): FakeSheet {
    const sheet = this.spreadsheet.createSheet(name, this.spreadsheet.sheets.length);
    const rows = values.length;
    const columns = values.reduce((w, r) => Math.max(w, r.length), 0);
    sheet.maxRows = Math.max(DEFAULT_ROWS, rows);
    sheet.maxColumns = Math.max(DEFAULT_COLUMNS, columns);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        sheet.cellAt(r + 1, c + 1).value = v instanceof Date ? new Date(v.getTime()) : v;
      }),
    );
    extra.formats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f) sheet.cellAt(r + 1, c + 1).format = f;
      }),
    );
    for (const [cell, colour] of Object.entries(extra.backgrounds ?? {})) sheet.cellAt(...rc(cell)).background = colour.toLowerCase();
    sheet.merges.push(...(extra.merges ?? []).map((m) => ({ ...m })));
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.spreadsheet.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }
}

function rc(cell: string): [number, number] {
  const box = parseA1(cell);
  if (!box) throw new Error(`bad cell ${cell}`);
  return [box.top, box.left];
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

let nextSheetId = 1001;

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active!: FakeSheet;
  activeRange = 'A1';

  constructor(private readonly fake: FakeAppsScript) {}

  createSheet(name: string, index: number): FakeSheet {
    const sheet = new FakeSheet(this.fake, this, name, nextSheetId++);
    this.sheets.splice(index, 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  activeRangeHandle(): FakeRange {
    const box = parseA1(this.activeRange)!;
    return new FakeRange(this.fake, this.active, box);
  }

  getSheets(): FakeSheet[] {
    this.fake.log.count('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  /** developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getNumSheets() */
  getNumSheets(): number {
    this.fake.log.count('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.fake.log.count('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase()) ?? null;
  }

  getActiveSheet(): FakeSheet {
    this.fake.log.count('Spreadsheet.getActiveSheet');
    return this.active;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.fake.log.count('Spreadsheet.setActiveSheet');
    if (!this.sheets.includes(sheet)) this.fake.fail('The sheet is not part of this spreadsheet.');
    this.active = sheet;
    this.activeRange = 'A1';
    return sheet;
  }

  insertSheet(name: string, index?: number): FakeSheet {
    this.fake.log.count('Spreadsheet.insertSheet');
    if (typeof name !== 'string' || name.trim() === '') this.fake.fail('Invalid sheet name.');
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.fake.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const at = index === undefined ? this.sheets.indexOf(this.active) + 1 : index;
    if (!Number.isInteger(at) || at < 0 || at > this.sheets.length) this.fake.fail(`Invalid sheet index ${index}.`);
    const sheet = this.createSheet(name, at);
    this.active = sheet;
    this.activeRange = 'A1';
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.fake.log.count('Spreadsheet.deleteSheet');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) this.fake.fail('The sheet is not part of this spreadsheet.');
    if (this.sheets.length === 1) this.fake.fail("You can't remove all the sheets in a document.");
    if (!sheet.hidden && this.sheets.every((s) => s === sheet || s.hidden)) this.fake.fail("You can't remove all the visible sheets in a document.");
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[Math.max(0, i - 1)];
  }

  getRangeList(a1s: string[]): FakeRangeList {
    this.fake.log.count('Spreadsheet.getRangeList');
    return this.active.rangeList(a1s);
  }

  toast(message: string): void {
    this.fake.log.count('Spreadsheet.toast');
    this.fake.ui.toasts.push(String(message));
  }

  getName(): string {
    this.fake.log.count('Spreadsheet.getName');
    return 'Matriks RB';
  }

  getSpreadsheetTimeZone(): string {
    this.fake.log.count('Spreadsheet.getSpreadsheetTimeZone');
    return this.fake.timeZone;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet

export class FakeSheet {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  deleted = false;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: Box[] = [];
  conditionalFormatRules: FakeConditionalFormatRule[] = [];
  readonly charts: FakeEmbeddedChart[] = [];
  /** The sheet's protection (Protection of type SHEET), null when it has none. */
  protection: FakeProtection | null = null;
  hidden = false;
  /** 1-based columns hidden by the user (or a script). */
  readonly hiddenColumns = new Set<number>();
  private readonly rows: (Cell | undefined)[][] = [];

  constructor(
    private readonly fake: FakeAppsScript,
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  private count(name: string): void {
    this.fake.log.count(`Sheet.${name}`);
    if (this.deleted) this.fake.fail('This sheet has been deleted.');
  }

  // Test helpers (not counted) ------------------------------------------------------------------

  /** The cell at a 1-based position, created when absent. */
  cellAt(row: number, column: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[column - 1] ??= blankCell());
  }

  /** A cell for inspection, without creating it. */
  peek(cell: string): Cell {
    return this.peekAt(...rc(cell));
  }

  /** The cell at a 1-based position as it reads; an absent cell reads as a blank one. */
  peekAt(row: number, column: number): Cell {
    return this.rows[row - 1]?.[column - 1] ?? EMPTY;
  }

  /** The last row and column holding a value or formula (0 when empty). */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((r, i) =>
      r?.forEach((c, j) => {
        if (c && (c.value !== '' || c.formula)) {
          rows = Math.max(rows, i + 1);
          columns = Math.max(columns, j + 1);
        }
      }),
    );
    return { rows, columns };
  }

  /**
   * An array formula at `anchor` whose results spill over the cells from there (a test helper):
   * the anchor holds the formula and the first result, the other cells the rest, without formulas.
   */
  spill(anchor: string, formula: string, results: Value[][]): void {
    const [top, left] = rc(anchor);
    results.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = this.cellAt(top + r, left + c);
        cell.value = v;
        if (r === 0 && c === 0) cell.formula = formula;
        else cell.spilledFrom = anchor;
      }),
    );
  }

  /** Checks a 1-based box lies in the sheet, as `getRange` does. */
  range(box: Box): FakeRange {
    if (box.top < 1 || box.left < 1 || box.bottom < box.top || box.right < box.left) this.fake.fail('The starting row or column of the range is too small.');
    if (box.bottom > this.maxRows || box.right > this.maxColumns) this.fake.fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this.fake, this, box);
  }

  rangeList(a1s: string[]): FakeRangeList {
    if (!Array.isArray(a1s) || a1s.length === 0) this.fake.fail('The parameters (number[]) don\'t match the method signature.');
    return new FakeRangeList(
      this.fake,
      a1s.map((text) => {
        const box = parseA1(String(text));
        if (!box) return this.fake.fail(`Range not found: ${text}`);
        return this.range(box);
      }),
    );
  }

  // Apps Script ---------------------------------------------------------------------------------

  getName(): string {
    this.count('getName');
    return this.name;
  }

  /** Renames the sheet; a name another sheet has (in any case) is refused, as `insertSheet` refuses it. */
  setName(name: string): FakeSheet {
    this.count('setName');
    if (typeof name !== 'string' || name.trim() === '') this.fake.fail('Invalid sheet name.');
    if (this.parent.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      this.fake.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }

  getSheetId(): number {
    this.count('getSheetId');
    return this.id;
  }

  getIndex(): number {
    this.count('getIndex');
    return this.parent.sheets.indexOf(this) + 1;
  }

  getParent(): FakeSpreadsheet {
    this.count('getParent');
    return this.parent;
  }

  getDataRange(): FakeRange {
    this.count('getDataRange');
    const { rows, columns } = this.extent();
    return new FakeRange(this.fake, this, { top: 1, left: 1, bottom: Math.max(1, rows), right: Math.max(1, columns) });
  }

  getRange(a: number | string, b?: number, c?: number, d?: number): FakeRange {
    this.count('getRange');
    if (typeof a === 'string') {
      const box = parseA1(a);
      if (!box) return this.fake.fail(`Range not found: ${a}`);
      return this.range(box);
    }
    if (!Number.isInteger(a) || !Number.isInteger(b)) this.fake.fail('The parameters don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    const rows = c ?? 1;
    const columns = d ?? 1;
    if (rows < 1 || columns < 1) this.fake.fail('The number of rows in the range must be at least 1.');
    return this.range({ top: a, left: b!, bottom: a + rows - 1, right: b! + columns - 1 });
  }

  getRangeList(a1s: string[]): FakeRangeList {
    this.count('getRangeList');
    return this.rangeList(a1s);
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.maxColumns;
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.extent().rows;
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.extent().columns;
  }

  insertRowsAfter(after: number, howMany: number): FakeSheet {
    this.count('insertRowsAfter');
    if (after !== this.maxRows) throw new Error('fake: only appending rows is modelled');
    this.maxRows += howMany;
    return this;
  }

  deleteRows(start: number, howMany: number): void {
    this.count('deleteRows');
    if (!(Number.isInteger(start) && Number.isInteger(howMany) && start >= 1 && howMany >= 1 && start + howMany - 1 <= this.maxRows)) this.fake.fail('Those rows are out of bounds.');
    if (howMany === this.maxRows) this.fake.fail("You can't delete all the rows on the sheet.");
    if (start + howMany - 1 < this.maxRows || this.merges.some((m) => m.bottom >= start) || this.extent().rows >= start) {
      throw new Error('fake: only deleting empty rows at the bottom is modelled');
    }
    this.maxRows -= howMany;
  }

  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    this.count('insertColumnsAfter');
    if (after !== this.maxColumns) throw new Error('fake: only appending columns is modelled');
    this.maxColumns += howMany;
    return this;
  }

  setColumnWidths(start: number, count: number, width: number): FakeSheet {
    this.count('setColumnWidths');
    if (!(start >= 1 && start + count - 1 <= this.maxColumns) || !(width >= 0)) this.fake.fail('Invalid column range or width.');
    for (let i = 0; i < count; i++) this.columnWidths.set(start + i, width);
    return this;
  }

  setRowHeights(start: number, count: number, height: number): FakeSheet {
    this.count('setRowHeights');
    if (!(start >= 1 && start + count - 1 <= this.maxRows) || !(height >= 0)) this.fake.fail('Invalid row range or height.');
    for (let i = 0; i < count; i++) this.rowHeights.set(start + i, height);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    if (!(rows >= 0 && rows <= this.maxRows)) this.fake.fail('Invalid number of frozen rows.');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.frozenRows;
  }

  activate(): FakeSheet {
    this.count('activate');
    this.parent.active = this;
    this.parent.activeRange = 'A1';
    return this;
  }

  /** The sheet's protection, made now or the one it has (developers.google.com/apps-script/reference/spreadsheet/sheet#protect()). */
  protect(): FakeProtection {
    this.count('protect');
    return (this.protection ??= new FakeProtection(this.fake, this));
  }

  /** developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer) */
  hideColumns(column: number, count = 1): void {
    this.count('hideColumns');
    if (!(Number.isInteger(column) && Number.isInteger(count) && column >= 1 && count >= 1 && column + count - 1 <= this.maxColumns)) this.fake.fail('Those columns are out of bounds.');
    for (let c = column; c < column + count; c++) this.hiddenColumns.add(c);
  }

  isColumnHiddenByUser(column: number): boolean {
    this.count('isColumnHiddenByUser');
    return this.hiddenColumns.has(column);
  }

  /** Hides the tab; the only visible sheet cannot be hidden (developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()). */
  hideSheet(): FakeSheet {
    this.count('hideSheet');
    if (!this.hidden && this.parent.sheets.every((s) => s === this || s.hidden)) this.fake.fail("You can't hide all the sheets in a document.");
    this.hidden = true;
    if (this.parent.active === this) this.parent.active = this.parent.sheets.find((s) => !s.hidden)!;
    return this;
  }

  showSheet(): FakeSheet {
    this.count('showSheet');
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.hidden;
  }

  /** Whether the running user may change this cell (1-based): a protection that only warns lets everyone. */
  editable(row: number, column: number): boolean {
    const p = this.protection;
    if (!p || p.warningOnly || p.editors.has(this.fake.user)) return true;
    return p.unprotected.some((r) => r.box.top <= row && row <= r.box.bottom && r.box.left <= column && column <= r.box.right);
  }

  /** Replaces the sheet's conditional format rules with these, in priority order. */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.count('setConditionalFormatRules');
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof FakeConditionalFormatRule))) this.fake.fail("The parameters (Object[]) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
    for (const rule of rules) {
      if (rule.ranges.length === 0) this.fake.fail('Conditional format rule must have at least one range.');
      if (rule.ranges.some((r) => r.sheet !== this)) this.fake.fail("Conditional format rule ranges must be on the sheet it is set on.");
    }
    this.conditionalFormatRules = [...rules];
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.count('getConditionalFormatRules');
    return [...this.conditionalFormatRules];
  }

  newChart(): FakeChartBuilder {
    this.count('newChart');
    return new FakeChartBuilder(this.fake, this);
  }

  insertChart(chart: FakeEmbeddedChart): void {
    this.count('insertChart');
    if (!(chart instanceof FakeEmbeddedChart) || chart.sheet !== this) this.fake.fail('The chart must be built by this sheet’s newChart().');
    this.charts.push(chart);
  }
}

// ---------------------------------------------------------------------------------------------
// Range

type Grid<T> = T[][];

export class FakeRange {
  constructor(
    private readonly fake: FakeAppsScript,
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}

  private count(name: string): void {
    this.fake.log.count(`Range.${name}`);
    if (this.sheet.deleted) this.fake.fail('This range is on a deleted sheet.');
  }

  private get rows(): number {
    return this.box.bottom - this.box.top + 1;
  }

  private get columns(): number {
    return this.box.right - this.box.left + 1;
  }

  private read<T>(f: (cell: Cell) => T): Grid<T> {
    const out: Grid<T> = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(f(this.sheet.peekAt(r, c)));
      out.push(row);
    }
    return out;
  }

  /** Checks a 2-D array has the range's size, then writes each cell. */
  private write<T>(name: string, grid: Grid<T>, check: (v: T) => boolean, set: (cell: Cell, v: T) => void): FakeRange {
    if (!Array.isArray(grid) || grid.some((row) => !Array.isArray(row))) this.fake.fail(`The parameters don't match the method signature for SpreadsheetApp.Range.${name}.`);
    if (grid.length !== this.rows) this.fake.fail(`The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rows}.`);
    grid.forEach((row) => {
      if (row.length !== this.columns) this.fake.fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.columns}.`);
    });
    for (const row of grid) for (const v of row) if (!check(v)) this.fake.fail(`Range.${name}: invalid value ${JSON.stringify(v)}.`);
    this.mayEdit();
    grid.forEach((row, r) => row.forEach((v, c) => set(this.sheet.cellAt(this.box.top + r, this.box.left + c), v)));
    return this;
  }

  /** Fails as Sheets does when the running user may not change a protected cell of the range. */
  mayEdit(): void {
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      for (let c = this.box.left; c <= this.box.right; c++) {
        if (!this.sheet.editable(r, c)) this.fake.fail('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
      }
    }
  }

  private every<T>(v: T): Grid<T> {
    return Array.from({ length: this.rows }, () => new Array<T>(this.columns).fill(v));
  }

  // Coordinates: local to the handle -----------------------------------------------------------

  getRow(): number {
    this.fake.log.countLocal('Range.getRow');
    return this.box.top;
  }

  getColumn(): number {
    this.fake.log.countLocal('Range.getColumn');
    return this.box.left;
  }

  getNumRows(): number {
    this.fake.log.countLocal('Range.getNumRows');
    return this.rows;
  }

  getNumColumns(): number {
    this.fake.log.countLocal('Range.getNumColumns');
    return this.columns;
  }

  getA1Notation(): string {
    this.fake.log.countLocal('Range.getA1Notation');
    return a1(this.box);
  }

  // Reads ----------------------------------------------------------------------------------------

  getSheet(): FakeSheet {
    this.count('getSheet');
    return this.sheet;
  }

  getValues(): Grid<Value | ''> {
    this.count('getValues');
    return this.read((c) => (c.value instanceof Date ? this.fake.instantOf(c.value) : c.value));
  }

  getValue(): Value | '' {
    this.count('getValue');
    const v = this.sheet.peekAt(this.box.top, this.box.left).value;
    return v instanceof Date ? this.fake.instantOf(v) : v;
  }

  getDisplayValues(): Grid<string> {
    this.count('getDisplayValues');
    return this.read((c) => displayValue(c, this.fake.locale.spreadsheet));
  }

  getDisplayValue(): string {
    this.count('getDisplayValue');
    return displayValue(this.sheet.peekAt(this.box.top, this.box.left), this.fake.locale.spreadsheet);
  }

  getFormulas(): Grid<string> {
    this.count('getFormulas');
    return this.read((c) => c.formula ?? '');
  }

  getRichTextValues(): Grid<FakeRichText | null> {
    this.count('getRichTextValues');
    const fake = this.fake;
    return this.read((c) => (typeof c.value === 'string' && !c.formula ? new FakeRichText(fake, c.value, c.runs ?? [{ text: c.value }]) : null));
  }

  getNumberFormats(): Grid<string> {
    this.count('getNumberFormats');
    return this.read((c) => c.format);
  }

  getBackgrounds(): Grid<string> {
    this.count('getBackgrounds');
    return this.read((c) => c.background ?? '#ffffff');
  }

  getMergedRanges(): FakeRange[] {
    this.count('getMergedRanges');
    return this.sheet.merges.filter((m) => overlaps(m, this.box)).map((m) => new FakeRange(this.fake, this.sheet, { ...m }));
  }

  // Writes ---------------------------------------------------------------------------------------

  setValues(values: Grid<unknown>): FakeRange {
    this.count('setValues');
    return this.write('setValues', values, isCellInput, (cell, v) => enter(cell, v, this.fake, this.sheet));
  }

  setValue(value: unknown): FakeRange {
    this.count('setValue');
    if (!isCellInput(value)) this.fake.fail(`Range.setValue: invalid value ${JSON.stringify(value)}.`);
    this.mayEdit();
    for (let r = this.box.top; r <= this.box.bottom; r++) for (let c = this.box.left; c <= this.box.right; c++) enter(this.sheet.cellAt(r, c), value, this.fake, this.sheet);
    return this;
  }

  clearContent(): FakeRange {
    this.count('clearContent');
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      for (let c = this.box.left; c <= this.box.right; c++) {
        const cell = this.sheet.cellAt(r, c);
        cell.value = '';
        delete cell.formula;
      }
    }
    return this;
  }

  setNumberFormats(formats: Grid<string>): FakeRange {
    this.count('setNumberFormats');
    return this.write('setNumberFormats', formats, (f) => typeof f === 'string', (cell, f) => (cell.format = f));
  }

  setNumberFormat(format: string): FakeRange {
    this.count('setNumberFormat');
    return this.write('setNumberFormat', this.every(format), (f) => typeof f === 'string', (cell, f) => (cell.format = f));
  }

  setBackgrounds(colours: Grid<string | null>): FakeRange {
    this.count('setBackgrounds');
    return this.write('setBackgrounds', colours, (v) => v === null || (typeof v === 'string' && COLOUR.test(v)), (cell, v) => (cell.background = v === null ? null : v.toLowerCase()));
  }

  setBackground(colour: string | null): FakeRange {
    this.count('setBackground');
    return this.write('setBackground', this.every(colour), (v) => v === null || (typeof v === 'string' && COLOUR.test(v)), (cell, v) => (cell.background = v === null ? null : v.toLowerCase()));
  }

  setFontWeights(weights: Grid<string | null>): FakeRange {
    this.count('setFontWeights');
    return this.write('setFontWeights', weights, (v) => v === null || v === 'bold' || v === 'normal', (cell, v) => (cell.fontWeight = v === 'bold' ? 'bold' : 'normal'));
  }

  setFontStyles(styles: Grid<string | null>): FakeRange {
    this.count('setFontStyles');
    return this.write('setFontStyles', styles, (v) => v === null || v === 'italic' || v === 'normal', (cell, v) => (cell.fontStyle = v === 'italic' ? 'italic' : 'normal'));
  }

  setFontColors(colours: Grid<string | null>): FakeRange {
    this.count('setFontColors');
    return this.write('setFontColors', colours, (v) => v === null || (typeof v === 'string' && COLOUR.test(v)), (cell, v) => (cell.fontColor = v === null ? null : v.toLowerCase()));
  }

  setFontSizes(sizes: Grid<number>): FakeRange {
    this.count('setFontSizes');
    return this.write('setFontSizes', sizes, (v) => Number.isInteger(v) && v > 0 && v <= 400, (cell, v) => (cell.fontSize = v));
  }

  setHorizontalAlignments(alignments: Grid<string | null>): FakeRange {
    this.count('setHorizontalAlignments');
    return this.write('setHorizontalAlignments', alignments, (v) => v === null || ['left', 'center', 'right', 'normal'].includes(v), (cell, v) => (cell.horizontal = v === 'normal' ? null : v));
  }

  setVerticalAlignments(alignments: Grid<string | null>): FakeRange {
    this.count('setVerticalAlignments');
    return this.write('setVerticalAlignments', alignments, (v) => v === null || ['top', 'middle', 'bottom'].includes(v), (cell, v) => (cell.vertical = v));
  }

  setWraps(wraps: Grid<boolean>): FakeRange {
    this.count('setWraps');
    return this.write('setWraps', wraps, (v) => typeof v === 'boolean', (cell, v) => (cell.wrap = v));
  }

  /** `setBorder(top, left, bottom, right, vertical, horizontal)`: `null` leaves a side as it is. */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): FakeRange {
    this.count('setBorder');
    applyBorder(this.sheet, this.box, [top, left, bottom, right, vertical, horizontal]);
    return this;
  }

  merge(): FakeRange {
    this.count('merge');
    if (this.rows === 1 && this.columns === 1) return this;
    for (const m of this.sheet.merges) {
      if (overlaps(m, this.box) && !contains(this.box, m)) this.fake.fail('You must select all cells in a merged range to merge or unmerge them.');
    }
    for (let i = this.sheet.merges.length - 1; i >= 0; i--) if (contains(this.box, this.sheet.merges[i])) this.sheet.merges.splice(i, 1);
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      for (let c = this.box.left; c <= this.box.right; c++) {
        if (r === this.box.top && c === this.box.left) continue;
        const cell = this.sheet.cellAt(r, c);
        cell.value = '';
        delete cell.formula;
      }
    }
    this.sheet.merges.push({ ...this.box });
    return this;
  }

  activate(): FakeRange {
    this.count('activate');
    this.sheet.parent.active = this.sheet;
    this.sheet.parent.activeRange = a1(this.box);
    return this;
  }

  /** The rule on every cell of the range; `null` removes validation. */
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.count('setDataValidation');
    if (rule !== null && !(rule instanceof FakeDataValidation)) this.fake.fail("The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
    return this.write('setDataValidation', this.every(rule), () => true, (cell, r) => (cell.validation = r ?? undefined));
  }

  /** A rule (or null) per cell: a 2-D array of the range's shape. */
  setDataValidations(rules: Grid<FakeDataValidation | null>): FakeRange {
    this.count('setDataValidations');
    return this.write('setDataValidations', rules, (r) => r === null || r instanceof FakeDataValidation, (cell, r) => (cell.validation = r ?? undefined));
  }
}

const EMPTY: Cell = Object.freeze(blankCell()) as Cell;

function applyBorder(sheet: FakeSheet, box: Box, sides: (boolean | null)[]): void {
  const [top, left, bottom, right, vertical, horizontal] = sides;
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const b = sheet.cellAt(r, c).border;
      const edge = (outer: boolean, value: boolean | null, inner: boolean | null, current: boolean) => (outer ? (value ?? current) : (inner ?? current));
      b.top = edge(r === box.top, top, horizontal, b.top);
      b.bottom = edge(r === box.bottom, bottom, horizontal, b.bottom);
      b.left = edge(c === box.left, left, vertical, b.left);
      b.right = edge(c === box.right, right, vertical, b.right);
    }
  }
}

export class FakeRangeList {
  constructor(
    private readonly fake: FakeAppsScript,
    readonly ranges: FakeRange[],
  ) {}

  private count(name: string): void {
    this.fake.log.count(`RangeList.${name}`);
  }

  getRanges(): FakeRange[] {
    this.count('getRanges');
    return [...this.ranges];
  }

  setValue(value: unknown): FakeRangeList {
    this.count('setValue');
    if (!isCellInput(value)) this.fake.fail(`RangeList.setValue: invalid value ${JSON.stringify(value)}.`);
    for (const range of this.ranges) for (let r = range.box.top; r <= range.box.bottom; r++) for (let c = range.box.left; c <= range.box.right; c++) enter(range.sheet.cellAt(r, c), value, this.fake, range.sheet);
    return this;
  }

  clearContent(): FakeRangeList {
    this.count('clearContent');
    for (const range of this.ranges) {
      for (let r = range.box.top; r <= range.box.bottom; r++) {
        for (let c = range.box.left; c <= range.box.right; c++) {
          const cell = range.sheet.cellAt(r, c);
          cell.value = '';
          delete cell.formula;
        }
      }
    }
    return this;
  }

  setNumberFormat(format: string): FakeRangeList {
    this.count('setNumberFormat');
    if (typeof format !== 'string') this.fake.fail('RangeList.setNumberFormat: invalid format.');
    for (const range of this.ranges) for (let r = range.box.top; r <= range.box.bottom; r++) for (let c = range.box.left; c <= range.box.right; c++) range.sheet.cellAt(r, c).format = format;
    return this;
  }

  setBackground(colour: string | null): FakeRangeList {
    this.count('setBackground');
    if (colour !== null && !COLOUR.test(colour)) this.fake.fail('RangeList.setBackground: invalid colour.');
    for (const range of this.ranges) for (let r = range.box.top; r <= range.box.bottom; r++) for (let c = range.box.left; c <= range.box.right; c++) range.sheet.cellAt(r, c).background = colour === null ? null : colour.toLowerCase();
    return this;
  }

  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): FakeRangeList {
    this.count('setBorder');
    for (const range of this.ranges) applyBorder(range.sheet, range.box, [top, left, bottom, right, vertical, horizontal]);
    return this;
  }
}

/** A RichTextValue: its text and runs; its getters are local (the values came with getRichTextValues). */
export class FakeRichText {
  constructor(
    private readonly fake: FakeAppsScript,
    private readonly text: string,
    private readonly runs: { text: string; link?: string; bold?: boolean }[],
  ) {}

  getText(): string {
    this.fake.log.countLocal('RichTextValue.getText');
    return this.text;
  }

  getLinkUrl(): string | null {
    this.fake.log.countLocal('RichTextValue.getLinkUrl');
    return this.runs.length === 1 ? (this.runs[0].link ?? null) : null;
  }

  getRuns(): FakeRichText[] {
    this.fake.log.countLocal('RichTextValue.getRuns');
    return this.runs.map((run) => new FakeRichText(this.fake, run.text, [run]));
  }
}

/** A value written over an array formula's result: the formula shows #REF! and its results go. */
function breakArray(sheet: FakeSheet, anchor: string): void {
  const [top, left] = rc(anchor);
  sheet.cellAt(top, left).value = '#REF!';
  const { rows, columns } = sheet.extent();
  for (let r = top; r <= rows; r++) {
    for (let c = left; c <= columns; c++) {
      const cell = sheet.peekAt(r, c);
      if (cell.spilledFrom === anchor) {
        cell.value = '';
        delete cell.spilledFrom;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Typing rules

function isCellInput(v: unknown): boolean {
  return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || Object.prototype.toString.call(v) === '[object Date]'; // a Date of any realm
}

/** Writes a value into a cell the way Sheets does for `setValue(s)`. */
function enter(cell: Cell, v: unknown, fake: FakeAppsScript, sheet?: FakeSheet): void {
  if (cell.spilledFrom && sheet && !(v === null || v === '')) breakArray(sheet, cell.spilledFrom);
  delete cell.formula;
  delete cell.runs;
  delete cell.spilledFrom;
  if (v === null || v === '') {
    cell.value = '';
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string') {
    cell.value = new Date(wallTime((v as Date).getTime(), fake.timeZone)); // the instant, read in the spreadsheet's zone
    if (cell.format === GENERAL) cell.format = 'dd/mm/yyyy';
    return;
  }
  if (cell.format === '@') {
    cell.value = v; // a plain-text cell keeps the string as given
    return;
  }
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  if (v.startsWith('=')) {
    cell.formula = v;
    cell.value = '';
    return;
  }
  const typed = readTyped(v, fake.locale.spreadsheet);
  if (typed === null) {
    cell.value = v;
    return;
  }
  cell.value = typed.value;
  if (typed.format && cell.format === GENERAL) cell.format = typed.format;
}

/** What Sheets makes of a typed string other than text: a number, a percentage, a date or a boolean. */
export function readTyped(text: string, locale: 'id_ID' | 'en_US'): { value: Value; format?: string } | null {
  const s = text.trim();
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  const [group, decimal] = locale === 'id_ID' ? ['.', ','] : [',', '.'];
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  const number = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
  const plain = (t: string): number | null => {
    const m = number.exec(t);
    if (!m) return null;
    const n = Number(`${m[1]}${m[2].split(group).join('')}${m[3] ? `.${m[3]}` : ''}${m[4] ? `e${m[4]}` : ''}`);
    return Number.isFinite(n) ? n : null;
  };
  const percent = /^(.*?)\s*%$/.exec(s);
  if (percent) {
    const n = plain(percent[1]);
    if (n !== null) return { value: n / 100, format: Number.isInteger(n) ? '0%' : '0.00%' };
  }
  const n = plain(s);
  if (n !== null) return { value: n };
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (dmy || ymd) {
    const [y, m, day] = ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])] : locale === 'id_ID' ? [Number(dmy![3]), Number(dmy![2]), Number(dmy![1])] : [Number(dmy![3]), Number(dmy![1]), Number(dmy![2])];
    const date = new Date(Date.UTC(y, m - 1, day));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day) return { value: date, format: 'dd/mm/yyyy' };
  }
  return null;
}

function displayValue(cell: Cell, locale: 'id_ID' | 'en_US'): string {
  const v = cell.value;
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  if (typeof v === 'number') {
    const decimals = (f: string) => (/\.(0+)/.exec(f)?.[1].length ?? 0) + (/\.0*(#+)/.exec(f)?.[1].length ?? 0);
    const text = cell.format.endsWith('%') ? `${(v * 100).toFixed(decimals(cell.format))}%` : cell.format === GENERAL ? String(v) : v.toFixed(decimals(cell.format));
    return locale === 'id_ID' ? text.replace('.', ',') : text;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Ui, HtmlService, PropertiesService

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: ({ caption: string; functionName: string } | 'separator')[];
}

const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
const BUTTON_SET = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class FakeUi {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  readonly menus: MenuRecord[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: { title: string; prompt: string; buttons?: string }[] = [];
  readonly prompts: { title: string; prompt: string }[] = [];
  readonly toasts: string[] = [];
  /** What the user answers next, in order: a button for alerts, `{ button, text }` for prompts. */
  readonly answers: (string | { button: string; text: string })[] = [];

  constructor(private readonly fake: FakeAppsScript) {}

  createMenu(caption: string): FakeMenu {
    this.fake.log.count('Ui.createMenu');
    return new FakeMenu(this.fake, { caption, addon: false, items: [] });
  }

  createAddonMenu(): FakeMenu {
    this.fake.log.count('Ui.createAddonMenu');
    return new FakeMenu(this.fake, { caption: '(add-on)', addon: true, items: [] });
  }

  showSidebar(html: FakeHtmlOutput): void {
    this.fake.log.count('Ui.showSidebar');
    if (!(html instanceof FakeHtmlOutput)) this.fake.fail('Ui.showSidebar needs an HtmlOutput.');
    this.sidebars.push(html);
  }

  alert(a: string, b?: string, c?: string): string {
    this.fake.log.count('Ui.alert');
    const record = b === undefined ? { title: '', prompt: a } : { title: a, prompt: b, buttons: c };
    this.alerts.push(record);
    const answer = this.answers.shift();
    return typeof answer === 'string' ? answer : BUTTON.OK;
  }

  prompt(title: string, prompt: string): { getSelectedButton(): string; getResponseText(): string } {
    this.fake.log.count('Ui.prompt');
    this.prompts.push({ title, prompt });
    const answer = this.answers.shift();
    const response = typeof answer === 'object' ? answer : { button: BUTTON.CANCEL, text: '' };
    return { getSelectedButton: () => response.button, getResponseText: () => response.text };
  }
}

export class FakeMenu {
  constructor(
    private readonly fake: FakeAppsScript,
    private readonly record: MenuRecord,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.fake.log.count('Menu.addItem');
    this.record.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.fake.log.count('Menu.addSeparator');
    this.record.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.fake.log.count('Menu.addToUi');
    this.fake.ui.menus.push(this.record);
  }
}

export class FakeHtmlOutput {
  private title = '';

  constructor(
    private readonly fake: FakeAppsScript,
    readonly content: string,
  ) {}

  setTitle(title: string): FakeHtmlOutput {
    this.fake.log.count('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }

  getTitle(): string {
    this.fake.log.count('HtmlOutput.getTitle');
    return this.title;
  }

  getContent(): string {
    this.fake.log.count('HtmlOutput.getContent');
    return this.content;
  }
}

export class FakeProperties {
  readonly store = new Map<string, string>();

  constructor(
    private readonly fake: FakeAppsScript,
    private readonly kind: string,
  ) {}

  private count(name: string): void {
    this.fake.log.count(`${this.kind}.${name}`);
  }

  /** Applies a change only when the limits allow it (a failed call changes nothing). */
  private commit(next: Map<string, string>): void {
    for (const [key, value] of next) {
      if (typeof value !== 'string') this.fake.fail(`Property ${key}: value is not a string.`);
      if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT) this.fake.fail(`Argument too large: value (property ${key}, ${utf8Bytes(value)} bytes; at most ${PROPERTY_VALUE_LIMIT}).`);
    }
    let total = 0;
    for (const [key, value] of next) total += utf8Bytes(key) + utf8Bytes(value);
    if (total > PROPERTY_STORE_LIMIT) this.fake.fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    this.count('getProperty');
    return this.store.get(key) ?? null;
  }

  getProperties(): Record<string, string> {
    this.count('getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.count('getKeys');
    return [...this.store.keys()];
  }

  setProperty(key: string, value: string): FakeProperties {
    this.count('setProperty');
    const next = new Map(this.store);
    next.set(key, value);
    this.commit(next);
    return this;
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): FakeProperties {
    this.count('setProperties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, v);
    this.commit(next);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.count('deleteProperty');
    this.store.delete(key);
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this.count('deleteAllProperties');
    this.store.clear();
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation, conditional formats and charts: builders (each call counted), what they build

/** `DataValidationBuilder` (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder). */
export class FakeDataValidationBuilder {
  private criteria?: { type: string; values: unknown[] };
  private helpText = '';
  private allowInvalid = true;
  constructor(private readonly fake: FakeAppsScript) {}

  private count(name: string): void {
    this.fake.log.countLocal(`DataValidationBuilder.${name}`);
  }
  private require(type: string, values: unknown[]): this {
    this.count(type);
    this.criteria = { type, values };
    return this;
  }
  /** `requireNumberBetween(1, 10)`, `requireNumberGreaterThanOrEqualTo(0)`… (added below, as numberMethods). */
  numbers(name: string, values: unknown[]): this {
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) this.fake.fail(`Invalid argument: ${name}`);
    return this.require(name, values);
  }

  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string')) this.fake.fail('Invalid argument: values');
    return this.require('requireValueInList', [[...values], showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    if (!(range instanceof FakeRange)) this.fake.fail('Invalid argument: range');
    return this.require('requireValueInRange', [range, showDropdown]);
  }
  requireFormulaSatisfied(formula: string): this {
    if (typeof formula !== 'string' || !formula.startsWith('=')) this.fake.fail('Invalid argument: formula (it starts with =)');
    return this.require('requireFormulaSatisfied', [formula]);
  }
  setHelpText(text: string): this {
    this.count('setHelpText');
    if (typeof text !== 'string') this.fake.fail('Invalid argument: helpText');
    this.helpText = text;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.count('setAllowInvalid');
    if (typeof allow !== 'boolean') this.fake.fail('Invalid argument: allowInvalidData');
    this.allowInvalid = allow;
    return this;
  }
  build(): FakeDataValidation {
    this.count('build');
    if (!this.criteria) this.fake.fail('The data validation rule has no criteria.');
    return new FakeDataValidation(this.criteria.type, this.criteria.values, this.helpText, this.allowInvalid);
  }
}

/** The number criteria of both builders: `prefix` + an ending, two bounds for (not) between and one otherwise, each checked by `numbers`. */
const NUMBER_ENDINGS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo'];
function numberMethods(builder: { prototype: { numbers(name: string, values: unknown[]): unknown } }, prefix: string): void {
  for (const ending of NUMBER_ENDINGS) {
    const name = `${prefix}${ending}`;
    const bounds = ending.endsWith('Between') ? 2 : 1;
    Object.defineProperty(builder.prototype, name, {
      value(this: { numbers(name: string, values: unknown[]): unknown }, ...values: unknown[]) {
        return this.numbers(name, values.length === bounds ? values : [Number.NaN]);
      },
    });
  }
}
numberMethods(FakeDataValidationBuilder, 'requireNumber');

export class FakeDataValidation {
  constructor(
    /** The builder method that set its criterion (`requireValueInList`). */
    readonly criterion: string,
    readonly values: unknown[],
    readonly helpText: string,
    readonly allowInvalid: boolean,
  ) {}
}

/** `ConditionalFormatRuleBuilder` (developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder). */
export class FakeConditionalFormatRuleBuilder {
  private condition?: { type: string; values: unknown[] };
  private look: { background?: string; fontColor?: string; bold?: boolean } = {};
  private ranges: FakeRange[] = [];
  constructor(private readonly fake: FakeAppsScript) {}

  private count(name: string): void {
    this.fake.log.countLocal(`ConditionalFormatRuleBuilder.${name}`);
  }
  private when(type: string, values: unknown[], valid: boolean): this {
    this.count(type);
    if (!valid) this.fake.fail(`Invalid argument: ${type}(${values.map((v) => JSON.stringify(v)).join(', ')})`);
    this.condition = { type, values };
    return this;
  }
  /** `whenNumberBetween(0.5, 0.9)`, `whenNumberGreaterThanOrEqualTo(0.9)`… (added below, as numberMethods). */
  numbers(type: string, values: unknown[]): this {
    return this.when(type, values, values.every((v) => typeof v === 'number' && Number.isFinite(v)));
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', [formula], typeof formula === 'string' && formula.startsWith('='));
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', [text], typeof text === 'string' && text !== '');
  }
  setBackground(colour: string | null): this {
    this.count('setBackground');
    if (colour !== null && !(typeof colour === 'string' && COLOUR.test(colour))) this.fake.fail(`Invalid argument: color ${colour}`);
    this.look.background = colour === null ? undefined : colour.toLowerCase();
    return this;
  }
  setFontColor(colour: string | null): this {
    this.count('setFontColor');
    if (colour !== null && !(typeof colour === 'string' && COLOUR.test(colour))) this.fake.fail(`Invalid argument: color ${colour}`);
    this.look.fontColor = colour === null ? undefined : colour.toLowerCase();
    return this;
  }
  setBold(bold: boolean | null): this {
    this.count('setBold');
    this.look.bold = bold === null ? undefined : bold;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.count('setRanges');
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof FakeRange))) this.fake.fail("The parameters (Object[]) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.");
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    this.count('build');
    if (!this.condition) this.fake.fail('The conditional format rule has no condition.');
    return new FakeConditionalFormatRule(this.condition.type, this.condition.values, { ...this.look }, [...this.ranges]);
  }
}

numberMethods(FakeConditionalFormatRuleBuilder, 'whenNumber');

export class FakeConditionalFormatRule {
  constructor(
    /** The builder method that set its condition (`whenNumberBetween`). */
    readonly condition: string,
    readonly values: unknown[],
    readonly look: { background?: string; fontColor?: string; bold?: boolean },
    readonly ranges: FakeRange[],
  ) {}
}

/** The `Charts` service's enums the add-on uses. */
// ---------------------------------------------------------------------------------------------
// Protection (developers.google.com/apps-script/reference/spreadsheet/protection)

/** A user as Protection.getEditors gives them. */
export interface FakeUser {
  getEmail(): string;
}

export class FakeProtection {
  description = '';
  warningOnly = false;
  domainEdit = true;
  /** The owner and the user who protected the sheet are editors from the start, and stay. */
  readonly editors: Set<string>;
  unprotected: FakeRange[] = [];
  private editorsChanged = false;

  constructor(
    private readonly fake: FakeAppsScript,
    readonly sheet: FakeSheet,
  ) {
    this.editors = new Set([fake.owner, fake.user]);
  }

  private count(name: string): void {
    this.fake.log.count(`Protection.${name}`);
    if (this.sheet.protection !== this) this.fake.fail('This protection has been removed.');
  }

  setDescription(text: string): FakeProtection {
    this.count('setDescription');
    this.description = String(text);
    return this;
  }

  /** Replaces the unprotected ranges: each on the protected sheet. */
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this.count('setUnprotectedRanges');
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof FakeRange))) this.fake.fail("The parameters (Object[]) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.");
    if (ranges.some((r) => r.sheet !== this.sheet)) this.fake.fail('The unprotected ranges must be on the protected sheet.');
    this.unprotected = [...ranges];
    return this;
  }

  getUnprotectedRanges(): FakeRange[] {
    this.count('getUnprotectedRanges');
    return [...this.unprotected];
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.count('setWarningOnly');
    if (warningOnly && this.editorsChanged) this.fake.fail('Editors are not supported with warning-only protection.');
    this.warningOnly = warningOnly === true;
    return this;
  }

  isWarningOnly(): boolean {
    this.count('isWarningOnly');
    return this.warningOnly;
  }

  getEditors(): FakeUser[] {
    this.count('getEditors');
    return [...this.editors].map((email) => ({ getEmail: () => email }));
  }

  /** Neither the owner nor the user running the script can be removed (Protection.removeEditors). */
  removeEditors(users: (FakeUser | string)[]): FakeProtection {
    this.count('removeEditors');
    if (this.warningOnly) this.fake.fail('Editors are not supported with warning-only protection.');
    this.editorsChanged = true;
    for (const u of users) {
      const email = typeof u === 'string' ? u : u.getEmail();
      if (email !== this.fake.owner && email !== this.fake.user) this.editors.delete(email);
    }
    return this;
  }

  addEditor(user: FakeUser | string): FakeProtection {
    this.count('addEditor');
    if (this.warningOnly) this.fake.fail('Editors are not supported with warning-only protection.');
    this.editorsChanged = true;
    this.editors.add(typeof user === 'string' ? user : user.getEmail());
    return this;
  }

  canDomainEdit(): boolean {
    this.count('canDomainEdit');
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): FakeProtection {
    this.count('setDomainEdit');
    this.editorsChanged = true;
    this.domainEdit = editable === true;
    return this;
  }

  remove(): void {
    this.count('remove');
    this.sheet.protection = null;
  }
}

export const CHARTS = {
  ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
  ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', PIE: 'PIE' },
} as const;

/** `EmbeddedChartBuilder` and its bar, column and pie forms (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder). */
export class FakeChartBuilder {
  private type?: 'BAR' | 'COLUMN' | 'PIE';
  private readonly ranges: FakeRange[] = [];
  private readonly options: Record<string, unknown> = {};
  private colors?: string[];
  private stacked = false;
  private position?: { row: number; column: number; offsetX: number; offsetY: number };
  private mergeStrategy = 'MERGE_COLUMNS';
  private transpose = false;
  private numHeaders = -1;
  constructor(
    private readonly fake: FakeAppsScript,
    private readonly sheet: FakeSheet,
  ) {}

  private count(name: string): void {
    this.fake.log.countLocal(`EmbeddedChartBuilder.${name}`);
  }
  private as(type: 'BAR' | 'COLUMN' | 'PIE', name: string): this {
    this.count(name);
    this.type = type;
    return this;
  }
  asBarChart(): this {
    return this.as('BAR', 'asBarChart');
  }
  asColumnChart(): this {
    return this.as('COLUMN', 'asColumnChart');
  }
  asPieChart(): this {
    return this.as('PIE', 'asPieChart');
  }
  addRange(range: FakeRange): this {
    this.count('addRange');
    if (!(range instanceof FakeRange)) this.fake.fail('Invalid argument: range');
    this.ranges.push(range);
    return this;
  }
  setMergeStrategy(strategy: string): this {
    this.count('setMergeStrategy');
    if (!Object.values(CHARTS.ChartMergeStrategy).includes(strategy as never)) this.fake.fail('Invalid argument: mergeStrategy');
    this.mergeStrategy = strategy;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.count('setTransposeRowsAndColumns');
    this.transpose = transpose === true;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.count('setNumHeaders');
    if (!Number.isInteger(headers) || headers < -1) this.fake.fail('Invalid argument: headers');
    this.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.count('setOption');
    if (typeof option !== 'string' || option === '') this.fake.fail('Invalid argument: option');
    this.options[option] = structuredClone(value);
    return this;
  }
  setColors(cssValues: string[]): this {
    this.count('setColors');
    if (this.type !== 'BAR' && this.type !== 'COLUMN' && this.type !== 'PIE') throw new TypeError('setColors is not a function');
    if (!Array.isArray(cssValues) || cssValues.some((c) => !(typeof c === 'string' && COLOUR.test(c)))) this.fake.fail('Invalid argument: cssValues');
    this.colors = cssValues.map((c) => c.toLowerCase());
    return this;
  }
  /** Only the bar and column builders have it. */
  setStacked(): this {
    if (this.type !== 'BAR' && this.type !== 'COLUMN') throw new TypeError('setStacked is not a function');
    this.count('setStacked');
    this.stacked = true;
    return this;
  }
  /** 1-based anchor cell, offsets in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.count('setPosition');
    if (![anchorRowPos, anchorColPos, offsetX, offsetY].every(Number.isInteger) || anchorRowPos < 1 || anchorColPos < 1 || offsetX < 0 || offsetY < 0) this.fake.fail('Invalid argument: position');
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    this.count('build');
    if (this.ranges.length === 0) this.fake.fail('The chart has no data ranges.');
    if (!this.type) this.fake.fail('The chart has no type.');
    return new FakeEmbeddedChart(this.sheet, this.type, [...this.ranges], { ...this.options }, this.colors, this.stacked, this.position ?? { row: 1, column: 1, offsetX: 0, offsetY: 0 }, this.mergeStrategy, this.transpose, this.numHeaders);
  }
}

export class FakeEmbeddedChart {
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly colors: string[] | undefined,
    readonly stacked: boolean,
    readonly position: { row: number; column: number; offsetX: number; offsetY: number },
    readonly mergeStrategy: string,
    readonly transpose: boolean,
    readonly numHeaders: number,
  ) {}
}
