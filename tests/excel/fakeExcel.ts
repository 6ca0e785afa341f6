/**
 * A fake Excel of our own, strict where the real one is strict, for the adapter tests (jest) and the
 * browser test (bundled with esbuild). It is an in-memory workbook behind proxy objects that behave
 * like Office.js's:
 *
 * - Nothing happens until `context.sync()`: setters and methods are queued and applied in order at
 *   the next sync; navigation (`getRange`, `getItem`, `add`) binds its object when its turn comes.
 * - A property read before `load` + `sync` throws `PropertyNotLoaded`; a loaded value is a snapshot
 *   taken at that sync (it does not follow later changes), as in Excel.
 * - `isNullObject` of an `…OrNullObject` result is readable only after a sync.
 * - Each sync counts a round trip and measures the JSON size of its request (the queued operations
 *   with their arguments) and of its response (the loaded values); over 5 MB either way it throws
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, as Excel on the web does.
 * - Reading `values`, `numberFormat` or `formulas` of more than 5,000,000 cells "will either return
 *   null or throw an error" (RangeExceedsLimit), on every platform
 *   (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *   `overLimitRead` says which this workbook does, `cellLimit` can be lowered for a test.
 * - A string written through `values` is read the way Excel reads typed input: `=…` (and `+`, `-`,
 *   `@` followed by something that is not a number) becomes a formula, `12`, `3.5`, `70%`, `TRUE`,
 *   `6/30/2023` become a number, a percentage, a boolean, a date. A leading apostrophe keeps the rest
 *   as text (the apostrophe is not part of the value; the cell remembers it as its quote prefix),
 *   and so does the Text number format `@`.
 * - `getMergedAreasOrNullObject` reports the merged areas whose top-left cell is in the range (as
 *   Excel does: OfficeDev/office-js#3611) and fails above 512 areas; `select` needs the active sheet.
 * - `getRanges` reads its list with the user's list separator, as Excel on Windows does
 *   (OfficeDev/office-js#1167, #1985): with `listSeparator = ';'` (Indonesian or German regional
 *   settings) a comma list fails with InvalidArgument, and a `;` list fails where the separator is `,`.
 *
 * - Requirement sets: each modelled API needs its ExcelApi version (data validation 1.8, conditional
 *   formats 1.6, chart series and axes 1.7–1.8, as the reference pages say); a workbook whose
 *   `apiVersion` is lower fails that call at the sync with ApiNotFound, as an older Excel does.
 * - Data validation (`range.dataValidation`): one rule type at a time, operators and alert styles
 *   from their enums (anything else is InvalidArgument), and a rule set over part of another
 *   validation's range fails with InvalidArgument (OfficeDev/office-js#2594: set the rule first).
 * - Conditional formats (`range.conditionalFormats.add`): each added one takes the top priority (the
 *   reference says so); a type's properties are reachable only on a format of that type.
 * - Charts (`worksheet.charts.add`): types and `seriesBy` from their enums, series from the source
 *   range as `seriesBy` says, series added and given values, colours per series and per point,
 *   axes only on charts that have them, a doughnut's hole of 10–90%.
 *
 * - Protection (ExcelApi 1.2; a password 1.7: learn.microsoft.com/javascript/api/excel/excel.worksheetprotection):
 *   `protect` fails on a sheet already protected ("It throws if the worksheet has been protected":
 *   learn.microsoft.com/graph/api/resources/worksheetprotection, the same Excel service); on a
 *   protected sheet, writing a locked cell's value or number format fails ("The cell or chart you're
 *   trying to change is on a protected sheet"), and so do formats unless `allowFormatCells` (column
 *   widths and hiding: `allowFormatColumns`; heights: `allowFormatRows`), merges, validation,
 *   conditional formats and charts; unlocking a cell never passes ("allowing the user to change all
 *   formats, but not to unlock or unhide ranges": learn.microsoft.com/office/vba/api/excel.protection.allowformattingcells).
 * - Visibility: hiding the only visible sheet, or deleting the last visible one, fails ("Cannot hide
 *   the only visible worksheet": the office-js-snippets sample on learn.microsoft.com/javascript/api/excel/excel.sheetvisibility).
 *
 * Only the part of the API the add-in uses is here; anything else is undefined and fails loudly.
 */

export type FakeValue = string | number | boolean | null;
export const PAYLOAD_LIMIT = 5_000_000;
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
const MAX_MERGED_AREAS = 512;

export interface FakeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  name: string;
}

export interface FakeCell {
  /** `null` for an empty cell; a formula's result for a formula cell. */
  value: FakeValue;
  formula?: string;
  /** Written with a leading apostrophe: text whatever it looks like. */
  quotePrefix?: boolean;
  numberFormat: string;
  /** `#RRGGBB`, or `null` for no fill. */
  fill: string | null;
  font: FakeFont;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  borders: { top: boolean; bottom: boolean; left: boolean; right: boolean };
  /** Excel's default: every cell is locked (it matters only once the sheet is protected). */
  locked: boolean;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

// ---------------------------------------------------------------------------------------------
// Addresses (written independently of core, so the fake does not share the adapter's mistakes)

export function colLetters(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1`, `A1:C3`, `A:C`, `5:9` (optionally `$`) as a 0-based rectangle; throws InvalidArgument otherwise. */
export function parseRect(address: string): Rect {
  const a = address.replace(/\$/g, '').trim();
  let m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/i.exec(a);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = colIndex(m[1]);
    const r2 = m[3] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    return check({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) }, address);
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(a);
  if (m) return check({ top: 0, bottom: MAX_ROWS - 1, left: Math.min(colIndex(m[1]), colIndex(m[2])), right: Math.max(colIndex(m[1]), colIndex(m[2])) }, address);
  m = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (m) return check({ left: 0, right: MAX_COLUMNS - 1, top: Math.min(+m[1], +m[2]) - 1, bottom: Math.max(+m[1], +m[2]) - 1 }, address);
  throw richError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: “${address}”.`);
}

function check(r: Rect, address: string): Rect {
  if (r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLUMNS) throw richError('InvalidArgument', `Address out of the grid: “${address}”.`);
  return r;
}

export function rectAddress(r: Rect): string {
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${colLetters(r.left)}:${colLetters(r.right)}`;
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  const a = `${colLetters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colLetters(r.right)}${r.bottom + 1}`;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, `_` and `.`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

// ---------------------------------------------------------------------------------------------
// Errors

export class FakeRichApiError extends Error {
  override name = 'RichApi.Error';
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

function richError(code: string, message: string, location?: string): FakeRichApiError {
  return new FakeRichApiError(code, message, location);
}

/** Excel's refusal of a change on a protected sheet (the code is not relied on by the add-in). */
function protectedError(what: string): FakeRichApiError {
  return richError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. (${what})`);
}

// ---------------------------------------------------------------------------------------------
// The model

function defaultFont(): FakeFont {
  return { bold: false, italic: false, color: '#000000', size: 11, name: 'Calibri' };
}

export function blankCell(): FakeCell {
  return { value: null, numberFormat: 'General', fill: null, font: defaultFont(), horizontal: 'General', vertical: 'Bottom', wrap: false, borders: { top: false, bottom: false, left: false, right: false }, locked: true };
}

function isDefault(c: FakeCell): boolean {
  const d = blankCell();
  return c.value === null && c.formula === undefined && c.numberFormat === d.numberFormat && c.fill === null && JSON.stringify(c.font) === JSON.stringify(d.font) && c.horizontal === d.horizontal && c.vertical === d.vertical && !c.wrap && !Object.values(c.borders).some(Boolean) && c.locked;
}

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{00000000-0001-0000-${String(nextSheetId++).padStart(4, '0')}-000000000000}`;
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  readonly validations: FakeValidation[] = [];
  /** Highest priority first. */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  /** Null while unprotected; the options as `protect` took them (absent ones false) and the password. */
  protection: { options: Record<string, boolean>; password?: string } | null = null;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** 0-based hidden columns. */
  readonly hiddenColumns = new Set<number>();
  constructor(public name: string) {}

  /** Fails as a protected sheet does when a change is not among what its protection allows. */
  guard(allowance: string | null, what: string): void {
    if (this.protection && (allowance === null || !this.protection.options[allowance])) throw protectedError(what);
  }

  /** Fails as a protected sheet does when `rect` holds a locked cell whose content would change. */
  guardCells(rect: Rect, what: string, changes: (row: number, col: number) => boolean = () => true): void {
    if (!this.protection) return;
    eachCell(rect, (row, col) => {
      if (changes(row, col) && this.at(row, col).locked) throw protectedError(`${what} ${colLetters(col)}${row + 1}`);
    });
  }

  private key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  /** The cell at a 0-based position (a fresh blank one when empty; not stored until changed). */
  at(row: number, column: number): FakeCell {
    return this.cells.get(this.key(row, column)) ?? blankCell();
  }

  /** The cell for changing: stored from now on. */
  edit(row: number, column: number): FakeCell {
    const k = this.key(row, column);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = blankCell()));
    return c;
  }

  /** A cell by its A1 address (for tests). */
  cell(address: string): FakeCell {
    const r = parseRect(address);
    return this.at(r.top, r.left);
  }

  /** Loads a value as a file would hold it: strings are text whatever they start with. */
  put(address: string, value: FakeValue, numberFormat?: string): void {
    const r = parseRect(address);
    const c = this.edit(r.top, r.left);
    c.value = value === '' ? null : value;
    if (numberFormat !== undefined) c.numberFormat = numberFormat;
  }

  /** A user's fill (or none). */
  paint(address: string, fill: string | null): void {
    const r = parseRect(address);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) this.edit(row, col).fill = fill === null ? null : fill.toUpperCase();
  }

  /** Bounding box of cells with a value (valuesOnly) or with anything at all; null when blank. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [k, c] of this.cells) {
      if (valuesOnly ? c.value === null && c.formula === undefined : isDefault(c)) continue;
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      if (!rect) rect = { top: row, left: col, bottom: row, right: col };
      else {
        rect.top = Math.min(rect.top, row);
        rect.bottom = Math.max(rect.bottom, row);
        rect.left = Math.min(rect.left, col);
        rect.right = Math.max(rect.right, col);
      }
    }
    if (!valuesOnly) for (const m of this.merges) rect = rect ? { top: Math.min(rect.top, m.top), left: Math.min(rect.left, m.left), bottom: Math.max(rect.bottom, m.bottom), right: Math.max(rect.right, m.right) } : { ...m };
    return rect;
  }

  /** Value as `Range.values` reports it: `''` for empty, the result for a formula. */
  shown(row: number, column: number): string | number | boolean {
    const v = this.at(row, column).value;
    return v === null ? '' : v;
  }
}

export interface GridLike {
  name: string;
  values: (string | number | boolean | Date | null | undefined)[][];
  numberFormats?: (string | null | undefined)[][];
  merges?: Rect[];
  /** 0-based position of values[0][0]; A1 when absent. */
  origin?: { row: number; column: number };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeId = '';
  selection = { sheetId: '', rect: { top: 0, left: 0, bottom: 0, right: 0 } as Rect };
  readonly settings = new Map<string, unknown>();
  readonly syncs: SyncRecord[] = [];
  displayLanguage = 'id-ID';
  /** Excel on the web's limit for a request and for a response (lower it to make a test fail a write). */
  payloadLimit = PAYLOAD_LIMIT;
  /** The minor version of the ExcelApi requirement set this Excel supports (13: ExcelApi 1.13, what manifest.xml asks for); lower it to play an older Excel. */
  apiVersion = 13;
  /** Cells one read of `values`/`numberFormat`/`formulas` may cover (5,000,000; lower it for a test). */
  cellLimit = 5_000_000;
  /** What a read over `cellLimit` does: Excel documents both. */
  overLimitRead: 'null' | 'error' = 'null';
  /** The list separator of the user's regional settings, which `getRanges` expects (`;` in Indonesia). */
  listSeparator: ',' | ';' = ',';

  /** A workbook holding these sheets (values loaded as from a file: text stays text). */
  static of(...grids: GridLike[]): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const g of grids) wb.load(g);
    return wb;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (!this.activeId) this.activate(name);
    return sheet;
  }

  load(g: GridLike): FakeSheet {
    const sheet = this.addSheet(g.name);
    const o = g.origin ?? { row: 0, column: 0 };
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = g.numberFormats?.[r]?.[c];
        if ((v === null || v === undefined || v === '') && !f) return;
        const cell = sheet.edit(o.row + r, o.column + c);
        cell.value = v === undefined || v === '' ? null : v instanceof Date ? serialOf(v) : v;
        if (v instanceof Date && !f) cell.numberFormat = 'm/d/yyyy'; // a date cell shows as a date
        if (f) cell.numberFormat = f;
      }),
    );
    sheet.merges = (g.merges ?? []).map((m) => ({ top: m.top + o.row, left: m.left + o.column, bottom: m.bottom + o.row, right: m.right + o.column }));
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet “${name}”`);
    return s;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet by name or id, as `worksheets.getItem` takes either. */
  findKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.find(key);
  }

  get active(): FakeSheet {
    return this.sheets.find((s) => s.id === this.activeId) ?? this.sheets[0];
  }

  activate(name: string): void {
    this.activeId = this.sheet(name).id;
  }

  /** The selection as `Sheet!A1`. */
  get selected(): string {
    const s = this.sheets.find((x) => x.id === this.selection.sheetId);
    return s ? `${s.name}!${rectAddress(this.selection.rect)}` : '';
  }

  /** `Worksheet.onChanged` handlers (ExcelApi 1.7), by sheet id. */
  readonly changedHandlers: { sheetId: string; handler: (event: unknown) => Promise<unknown> | unknown }[] = [];

  /**
   * A person types `values` into `address` (`null` clears a cell; a text is taken as Excel takes
   * typing: `12` a number, `'12` a text), then Excel raises the sheet's changed event and each
   * handler runs to its end, as one after another (Office.js queues events). `changeType` other than
   * `RangeEdited` plays an insert or delete (the cells are changed the same way).
   */
  async type(sheetName: string, address: string, values: (string | number | null)[][], changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted' = 'RangeEdited'): Promise<void> {
    const sheet = this.sheet(sheetName);
    const rect = parseRect(address);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const v = values[r - rect.top]?.[c - rect.left] ?? null;
        const cell = sheet.edit(r, c);
        if (v === null) cell.value = null;
        else typeInto(cell, v);
      }
    }
    for (const { sheetId, handler } of this.changedHandlers) {
      if (sheetId === sheet.id) await handler({ address: rectAddress(rect), worksheetId: sheet.id, changeType, source: 'Local', type: 'WorksheetChanged', triggerSource: 'Unknown' });
    }
  }

  /** Round trips so far. */
  get syncCount(): number {
    return this.syncs.length;
  }

  resetCounters(): void {
    this.syncs.length = 0;
  }

  /** `Excel.run` over this workbook. */
  readonly run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    try {
      const result = await batch(context);
      if (context.pending()) await context.sync(); // Excel.run flushes what is left
      return result;
    } finally {
      context.closed = true;
    }
  };
}

/**
 * Excel's serial of a date cell as a grid holds it (its UTC fields are the date and time it shows:
 * core/periods/cellDay.ts), time of day included: days since 1899-12-30 (from March 1900 on).
 */
function serialOf(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

// ---------------------------------------------------------------------------------------------
// Typed input: what Excel makes of a string written through `values`

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function asNumber(text: string): number | null {
  const t = text.trim();
  if (!/\d/.test(t) || !NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Applies one written value to a cell as Excel would. */
function typeInto(cell: FakeCell, v: unknown): void {
  if (v === null || v === undefined) return; // null in a 2-D array: no change
  cell.formula = undefined;
  cell.quotePrefix = undefined;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string') throw richError('InvalidArgument', `Unsupported value ${JSON.stringify(v)}`);
  if (v === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v; // a Text cell keeps whatever is typed
    return;
  }
  if (v.startsWith("'")) {
    cell.value = v.slice(1) === '' ? null : v.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const n = asNumber(v);
  if (n !== null) {
    cell.value = n;
    return;
  }
  if (/^[=+\-@]/.test(v)) {
    // Excel reads it as a formula; without an engine its result is #NAME? (as `- Menyusun` gives).
    cell.formula = v.startsWith('=') ? v : `=${v}`;
    cell.value = '#NAME?';
    return;
  }
  const pct = /^(.*\d)\s*%$/.exec(v.trim());
  if (pct && asNumber(pct[1]) !== null) {
    cell.value = asNumber(pct[1])! / 100;
    if (cell.numberFormat === 'General') cell.numberFormat = pct[1].includes('.') ? '0.00%' : '0%';
    return;
  }
  if (/^(true|false)$/i.test(v.trim())) {
    cell.value = v.trim().toLowerCase() === 'true';
    return;
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim()) ?? null;
  if (date) {
    const d = new Date(Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2])));
    if (d.getUTCMonth() === Number(date[1]) - 1) {
      cell.value = serialOf(d);
      if (cell.numberFormat === 'General') cell.numberFormat = 'm/d/yyyy';
      return;
    }
  }
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(v.trim())) {
    cell.value = v.trim(); // an error value
    cell.formula = undefined;
    return;
  }
  cell.value = v;
}

// ---------------------------------------------------------------------------------------------
// Requests: the queue a sync sends

interface Operation {
  /** What goes over the wire (measured); objects are named by id, their paths sent once per request. */
  wire: unknown;
  object?: ClientObject;
  run: (results: Loaded[]) => void;
  location: string;
}

interface Loaded {
  object: ClientObject;
  values: Map<string, unknown>;
}

class FakeContext {
  closed = false;
  private queue: Operation[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  /** Fails (at the sync, inside the operation) when this Excel supports less than ExcelApi 1.`minor`. */
  requires(minor: number, api: string): void {
    if (this.book.apiVersion < minor) throw richError('ApiNotFound', `The API you are trying to use could not be found (${api} needs ExcelApi 1.${minor}). It may be available in a newer version of Excel.`);
  }

  enqueue(op: Operation): void {
    if (this.closed) throw richError('InvalidObjectPath', 'The object path is not valid: this context has ended (use objects only inside their Excel.run).');
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const paths: Record<number, string> = {};
    for (const o of ops) if (o.object) paths[o.object.objectId] = o.object.path;
    // An API object in an argument (a Range as a list source or chart data) goes as its id.
    const wire = JSON.stringify({ actions: ops.map((o) => o.wire), paths }, (_key, value) => (value instanceof ClientObject ? { ref: value.objectId } : value));
    const record: SyncRecord = { requestBytes: utf8Bytes(wire), responseBytes: 0, operations: ops.length };
    this.book.syncs.push(record);
    await Promise.resolve(); // a round trip is never synchronous
    if (record.requestBytes > this.book.payloadLimit) throw richError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const results: Loaded[] = [];
    for (const op of ops) {
      try {
        op.run(results);
      } catch (e) {
        if (e instanceof FakeRichApiError) {
          e.debugInfo.errorLocation ??= op.location;
          throw e;
        }
        throw richError('GeneralException', e instanceof Error ? e.message : String(e), op.location);
      }
    }
    record.responseBytes = utf8Bytes(JSON.stringify(results.map((r) => [...r.values.values()])));
    if (record.responseBytes > this.book.payloadLimit) throw richError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const r of results) for (const [k, v] of r.values) r.object.loadedValues.set(k, v);
    for (const op of ops) (op as { bind?: () => void }).bind?.();
  }
}

/** Size of a request or response as sent: UTF-8 bytes. */
function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

let nextObjectId = 1;

/** A proxy: everything it does is queued; what it knows it knows from the last sync that loaded it. */
abstract class ClientObject {
  readonly loadedValues = new Map<string, unknown>();
  readonly objectId = nextObjectId++;
  constructor(
    readonly context: FakeContext,
    readonly path: string,
  ) {}

  /** Queues loading properties (`'a,b'`, `['a', 'b']`; all scalar ones when absent). */
  load(props?: string | string[]): this {
    const names = props === undefined ? this.scalarProperties() : (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter(Boolean);
    for (const n of names) if (!this.scalarProperties().includes(n)) throw richError('PropertyNotFound', `${this.constructor.name} has no loadable property “${n}” in this fake`);
    this.context.enqueue({
      wire: { load: this.objectId, props: names },
      object: this,
      location: `${this.constructor.name}.load`,
      run: (results) => {
        if (this.isNull()) return; // loading a null object is allowed; it has nothing to report
        const values = new Map<string, unknown>();
        for (const n of names) values.set(n, structuredClone(this.readNow(n)));
        results.push({ object: this, values });
      },
    });
    return this;
  }

  /** True for a null object (an `…OrNullObject` that found nothing). */
  isNull(): boolean {
    return false;
  }

  protected loaded<T>(prop: string): T {
    if (!this.loadedValues.has(prop)) {
      throw richError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loadedValues.get(prop) as T;
  }

  call(name: string, args: unknown[], run: () => void): void {
    this.context.enqueue({ wire: { call: this.objectId, name, args }, object: this, location: `${this.constructor.name}.${name}`, run: () => run() });
  }

  assign(prop: string, value: unknown, run: () => void): void {
    this.context.enqueue({ wire: { set: this.objectId, prop, value }, object: this, location: `${this.constructor.name}.${prop}`, run: () => run() });
  }

  abstract scalarProperties(): string[];
  abstract readNow(prop: string): unknown;
}

/** A proxy reached by navigation: bound when its creating operation runs; may be a null object. */
abstract class BoundObject<T> extends ClientObject {
  protected target: T | null | undefined = undefined;
  private synced = false;
  constructor(context: FakeContext, path: string, resolve: () => T | null, orNull: boolean) {
    super(context, path);
    const op: Operation & { bind: () => void } = {
      wire: { get: this.objectId },
      object: this,
      location: path,
      run: () => {
        if (this.target !== undefined) return;
        const t = resolve();
        if (t === null && !orNull) throw richError('ItemNotFound', `The requested resource doesn't exist: ${path}`);
        this.target = t;
      },
      bind: () => (this.synced = true),
    };
    context.enqueue(op);
  }

  get isNullObject(): boolean {
    if (!this.synced) throw richError('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
    return this.target === null;
  }

  override isNull(): boolean {
    return this.target === null;
  }

  /** The bound object; a null object cannot be used. */
  protected need(): T {
    if (this.target === undefined) throw new Error(`internal: ${this.path} used before it was bound`);
    if (this.target === null) throw richError('InvalidOperation', `${this.path} is a null object`);
    return this.target;
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, worksheets, settings

class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(context: FakeContext) {
    super(context, 'workbook');
    this.worksheets = new WorksheetCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
  }
  getSelectedRange(): RangeProxy {
    const book = this.context.book;
    return new RangeProxy(this.context, 'workbook.getSelectedRange()', () => ({ sheet: book.sheets.find((s) => s.id === book.selection.sheetId) ?? book.active, rect: book.selection.rect }), false);
  }
  scalarProperties(): string[] {
    return [];
  }
  readNow(): unknown {
    return undefined;
  }
}

class WorksheetCollectionProxy extends ClientObject {
  constructor(context: FakeContext) {
    super(context, 'worksheets');
  }
  /**
   * Loads properties of every sheet, as Excel's `worksheets.load('items/name,items/id')`: `items`
   * is then a snapshot of the sheets in tab order, each reading only the properties loaded.
   */
  override load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    const itemProps = names.map((n) => {
      const m = /^items\/(\w+)$/.exec(n);
      if (!m || !SHEET_PROPERTIES.includes(m[1])) throw richError('PropertyNotFound', `WorksheetCollectionProxy has no loadable property “${n}” in this fake`);
      return m[1];
    });
    this.context.enqueue({
      wire: { load: this.objectId, props: names },
      object: this,
      location: 'WorksheetCollectionProxy.load',
      run: (results) => {
        const book = this.context.book;
        const items = book.sheets.map((sheet, position) => Object.fromEntries(itemProps.map((p) => [p, p === 'position' ? position : p === 'name' ? sheet.name : p === 'visibility' ? sheet.visibility : sheet.id])));
        results.push({ object: this, values: new Map([['items', items]]) });
      },
    });
    return this;
  }
  get items(): { id: string; name: string; position: number; visibility: string }[] {
    return this.loaded<Record<string, unknown>[]>('items').map((values) => {
      const item = {} as { id: string; name: string; position: number; visibility: string };
      for (const p of SHEET_PROPERTIES) {
        Object.defineProperty(item, p, {
          enumerable: true,
          get: () => {
            if (!(p in values)) throw richError('PropertyNotLoaded', `The property '${p}' is not available. Load 'items/${p}' and call "context.sync()" first.`);
            return values[p];
          },
        });
      }
      return item;
    });
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, 'worksheets.getActiveWorksheet()', () => this.context.book.active, false);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `worksheets.getItem(${JSON.stringify(name)})`, () => this.context.book.findKey(name) ?? null, false);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `worksheets.getItemOrNullObject(${JSON.stringify(name)})`, () => this.context.book.findKey(name) ?? null, true);
  }
  add(name?: string): WorksheetProxy {
    const book = this.context.book;
    return new WorksheetProxy(
      this.context,
      `worksheets.add(${JSON.stringify(name ?? null)})`,
      () => {
        let n = name;
        if (n === undefined) for (let i = book.sheets.length + 1; !n || book.find(n); i++) n = `Sheet${i}`;
        checkSheetName(n);
        if (book.find(n)) throw richError('ItemAlreadyExists', `A sheet named “${n}” already exists.`);
        const sheet = new FakeSheet(n);
        book.sheets.push(sheet);
        return sheet;
      },
      false,
    );
  }
  scalarProperties(): string[] {
    return [];
  }
  readNow(): unknown {
    return undefined;
  }
}

function checkSheetName(name: string): void {
  if (!name.trim() || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw richError('InvalidArgument', `Invalid sheet name “${name}”.`);
  }
}

const SHEET_PROPERTIES = ['name', 'id', 'position', 'visibility'];
const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'];
/** WorksheetProtectionOptions (learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions). */
const PROTECTION_OPTIONS = ['allowAutoFilter', 'allowDeleteColumns', 'allowDeleteRows', 'allowEditObjects', 'allowEditScenarios', 'allowFormatCells', 'allowFormatColumns', 'allowFormatRows', 'allowInsertColumns', 'allowInsertHyperlinks', 'allowInsertRows', 'allowPivotTables', 'allowSort'];

/** True when no sheet but `sheet` is visible. */
function onlyVisible(book: FakeWorkbook, sheet: FakeSheet): boolean {
  return book.sheets.every((s) => s === sheet || s.visibility !== 'Visible');
}

class WorksheetProxy extends BoundObject<FakeSheet> {
  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.assign('name', value, () => {
      const sheet = this.need();
      checkSheetName(value);
      const other = this.context.book.find(value);
      if (other && other !== sheet) throw richError('ItemAlreadyExists', `A sheet named “${value}” already exists.`);
      sheet.name = value;
    });
  }
  get id(): string {
    return this.loaded('id');
  }
  get position(): number {
    return this.loaded('position');
  }
  set position(value: number) {
    this.assign('position', value, () => {
      const sheets = this.context.book.sheets;
      const sheet = this.need();
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw richError('InvalidArgument', `position ${value}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(value: string) {
    this.assign('visibility', value, () => {
      const sheet = this.need();
      if (!VISIBILITIES.includes(value)) invalid(`visibility ${JSON.stringify(value)}`);
      if (value !== 'Visible' && sheet.visibility === 'Visible' && onlyVisible(this.context.book, sheet)) throw richError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      sheet.visibility = value as FakeSheet['visibility'];
    });
  }
  get protection(): WorksheetProtectionProxy {
    return new WorksheetProtectionProxy(this.context, `#${this.objectId}.protection`, () => this.need());
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, `#${this.objectId}.charts`, () => this.need());
  }
  /** ExcelApi 1.7: registered at the next sync; the handler outlives the `Excel.run` it was added in. */
  get onChanged(): { add: (handler: (event: unknown) => Promise<unknown> | unknown) => { remove: () => void } } {
    return {
      add: (handler) => {
        this.call('onChanged.add', [], () => {
          this.context.requires(7, 'Worksheet.onChanged');
          this.context.book.changedHandlers.push({ sheetId: this.need().id, handler });
        });
        return { remove: () => this.call('onChanged.remove', [], () => this.context.book.changedHandlers.splice(this.context.book.changedHandlers.findIndex((h) => h.handler === handler), 1)) };
      },
    };
  }
  get freezePanes(): { freezeRows: (count?: number) => void } {
    return {
      freezeRows: (count = 1) =>
        this.call('freezePanes.freezeRows', [count], () => {
          this.context.requires(7, 'WorksheetFreezePanes.freezeRows');
          this.need().frozenRows = count;
        }),
    };
  }
  scalarProperties(): string[] {
    return SHEET_PROPERTIES;
  }
  readNow(prop: string): unknown {
    const sheet = this.need();
    if (prop === 'position') return this.context.book.sheets.indexOf(sheet);
    if (prop === 'visibility') return sheet.visibility;
    return prop === 'name' ? sheet.name : sheet.id;
  }
  activate(): void {
    this.call('activate', [], () => (this.context.book.activeId = this.need().id));
  }
  delete(): void {
    this.call('delete', [], () => {
      const book = this.context.book;
      const sheet = this.need();
      if (book.sheets.length === 1 || (sheet.visibility === 'Visible' && onlyVisible(book, sheet))) throw richError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      const i = book.sheets.indexOf(sheet);
      book.sheets.splice(i, 1);
      if (book.activeId === sheet.id) book.activeId = book.sheets[Math.min(i, book.sheets.length - 1)].id;
      this.target = null;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `#${this.objectId}.getRange(${JSON.stringify(address ?? '')})`, () => ({ sheet: this.need(), rect: address ? parseRect(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } }), false);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, `#${this.objectId}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      this.context.requires(7, 'Worksheet.getRangeByIndexes');
      if (rowCount < 1 || columnCount < 1) throw richError('InvalidArgument', 'getRangeByIndexes: empty range');
      return { sheet: this.need(), rect: check({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }, 'indexes') };
    }, false);
  }
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `#${this.objectId}.getRanges(${JSON.stringify(address)})`, () => {
      const separator = this.context.book.listSeparator;
      const other = separator === ',' ? ';' : ',';
      if (address.includes(other)) throw richError('InvalidArgument', `The argument is invalid or missing or has an incorrect format (list separator here is “${separator}”): “${address}”.`);
      return { sheet: this.need(), rects: address.split(separator).map((a) => parseRect(a)) };
    }, false);
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `#${this.objectId}.getUsedRange(${valuesOnly})`, () => ({ sheet: this.need(), rect: this.need().usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } }), false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `#${this.objectId}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const rect = this.need().usedRect(valuesOnly);
      return rect ? { sheet: this.need(), rect } : null;
    }, true);
  }
}

/** `worksheet.protection` (ExcelApi 1.2; `protect`'s password 1.7). */
class WorksheetProtectionProxy extends ClientObject {
  constructor(
    context: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
  get options(): Record<string, boolean> {
    return this.loaded('options');
  }
  protect(options?: Record<string, boolean>, password?: string): void {
    this.call('protect', [options ?? null, password ?? null], () => {
      this.context.requires(password === undefined ? 2 : 7, password === undefined ? 'WorksheetProtection.protect' : 'WorksheetProtection.protect(options, password)');
      const sheet = this.sheet();
      if (sheet.protection) throw richError('InvalidOperation', 'The worksheet is already protected.');
      for (const [key, value] of Object.entries(options ?? {})) {
        // A null option fails (OfficeDev/office-js#1931); selectionMode is not modelled.
        if (!PROTECTION_OPTIONS.includes(key) || typeof value !== 'boolean') throw richError('InvalidArgument', `WorksheetProtectionOptions.${key} = ${JSON.stringify(value)}`);
      }
      if (password !== undefined && (typeof password !== 'string' || password.length > 255)) invalid('password');
      sheet.protection = { options: Object.fromEntries(PROTECTION_OPTIONS.map((k) => [k, options?.[k] === true])), ...(password ? { password } : {}) };
    });
  }
  unprotect(password?: string): void {
    this.call('unprotect', [password ?? null], () => {
      this.context.requires(password === undefined ? 2 : 7, 'WorksheetProtection.unprotect');
      const sheet = this.sheet();
      if (sheet.protection?.password !== undefined && sheet.protection.password !== password) throw richError('InvalidArgument', 'The password you supplied is not correct.');
      sheet.protection = null;
    });
  }
  scalarProperties(): string[] {
    return ['protected', 'options'];
  }
  readNow(prop: string): unknown {
    const p = this.sheet().protection;
    return prop === 'protected' ? p !== null : (p?.options ?? Object.fromEntries(PROTECTION_OPTIONS.map((k) => [k, false])));
  }
}

class SettingCollectionProxy extends ClientObject {
  constructor(context: FakeContext) {
    super(context, 'settings');
  }
  getItemOrNullObject(key: string): SettingProxy {
    const book = this.context.book;
    return new SettingProxy(this.context, `settings.getItemOrNullObject(${JSON.stringify(key)})`, () => (book.settings.has(key) ? key : null), true);
  }
  getItem(key: string): SettingProxy {
    const book = this.context.book;
    return new SettingProxy(this.context, `settings.getItem(${JSON.stringify(key)})`, () => (book.settings.has(key) ? key : null), false);
  }
  add(key: string, value: unknown): SettingProxy {
    this.context.enqueue({ wire: { call: 'settings.add', args: [key, value] }, location: 'SettingCollection.add', run: () => void this.context.book.settings.set(key, structuredClone(value)) });
    return this.getItem(key);
  }
  scalarProperties(): string[] {
    return [];
  }
  readNow(): unknown {
    return undefined;
  }
}

class SettingProxy extends BoundObject<string> {
  get value(): unknown {
    return this.loaded('value');
  }
  get key(): string {
    return this.loaded('key');
  }
  scalarProperties(): string[] {
    return ['key', 'value'];
  }
  readNow(prop: string): unknown {
    const key = this.need();
    return prop === 'key' ? key : this.context.book.settings.get(key);
  }
  delete(): void {
    this.call('delete', [], () => void this.context.book.settings.delete(this.need()));
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function rows(r: Rect): number {
  return r.bottom - r.top + 1;
}
function cols(r: Rect): number {
  return r.right - r.left + 1;
}

function eachCell(r: Rect, f: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

/** A 2-D argument must have the range's shape (a single non-array value fills every cell). */
function shaped(value: unknown, r: Rect, prop: string): (row: number, col: number) => unknown {
  if (!Array.isArray(value)) return () => value;
  if (value.length !== rows(r) || value.some((line) => !Array.isArray(line) || line.length !== cols(r))) {
    throw richError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: ${rows(r)}×${cols(r)}).`);
  }
  return (row, col) => (value as unknown[][])[row - r.top][col - r.left];
}

class RangeProxy extends BoundObject<RangeTarget> {
  get address(): string {
    return this.loaded('address');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get values(): (string | number | boolean)[][] {
    return this.loaded('values'); // null when the read covered more than cellLimit cells
  }
  set values(value: unknown) {
    this.assign('values', value, () => {
      const { sheet, rect } = this.need();
      if (rows(rect) * cols(rect) > 5_000_000) throw richError('InvalidOperation', 'Range too large');
      const at = shaped(value, rect, 'values');
      sheet.guardCells(rect, 'values', (row, col) => at(row, col) !== null && at(row, col) !== undefined);
      eachCell(rect, (row, col) => {
        const v = at(row, col);
        if (v !== null && v !== undefined) typeInto(sheet.edit(row, col), v);
      });
    });
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(value: unknown) {
    this.assign('numberFormat', value, () => {
      const { sheet, rect } = this.need();
      const at = shaped(value, rect, 'numberFormat');
      sheet.guardCells(rect, 'numberFormat', (row, col) => at(row, col) !== null && at(row, col) !== undefined);
      eachCell(rect, (row, col) => {
        const v = at(row, col);
        if (v === null || v === undefined) return;
        if (typeof v !== 'string') throw richError('InvalidArgument', `number format ${JSON.stringify(v)}`);
        sheet.edit(row, col).numberFormat = v === '' ? 'General' : v;
      });
    });
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.context, `#${this.objectId}.format`, () => {
      const { sheet, rect } = this.need();
      return { sheet, rects: [rect] };
    });
  }
  get dataValidation(): DataValidationProxy {
    return new DataValidationProxy(this.context, `#${this.objectId}.dataValidation`, () => this.need());
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.context, `#${this.objectId}.conditionalFormats`, () => this.need());
  }
  /** ExcelApi 1.2 (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member). */
  set columnHidden(value: boolean) {
    this.assign('columnHidden', value, () => {
      this.context.requires(2, 'Range.columnHidden');
      const { sheet, rect } = this.need();
      if (typeof value !== 'boolean') invalid('columnHidden');
      sheet.guard('allowFormatColumns', 'columnHidden');
      for (let col = rect.left; col <= rect.right; col++) {
        if (value) sheet.hiddenColumns.add(col);
        else sheet.hiddenColumns.delete(col);
      }
    });
  }
  get columnHidden(): boolean {
    return this.loaded('columnHidden');
  }
  /** The bound range (for the objects that take one as an argument). */
  bound(): RangeTarget {
    return this.need();
  }

  scalarProperties(): string[] {
    return ['address', 'rowCount', 'columnCount', 'values', 'numberFormat', 'formulas', 'columnHidden'];
  }

  readNow(prop: string): unknown {
    const { sheet, rect } = this.need();
    const grid = <T>(f: (row: number, col: number) => T): T[][] | null => {
      const book = this.context.book;
      if (rows(rect) * cols(rect) > book.cellLimit) {
        if (book.overLimitRead === 'null') return null;
        throw richError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
      }
      const out: T[][] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const line: T[] = [];
        for (let col = rect.left; col <= rect.right; col++) line.push(f(row, col));
        out.push(line);
      }
      return out;
    };
    switch (prop) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case 'rowCount':
        return rows(rect);
      case 'columnCount':
        return cols(rect);
      case 'values':
        return grid((r, c) => sheet.shown(r, c));
      case 'formulas':
        return grid((r, c) => sheet.at(r, c).formula ?? sheet.shown(r, c));
      case 'numberFormat':
        return grid((r, c) => sheet.at(r, c).numberFormat);
      case 'columnHidden': {
        // "true when all columns are hidden, false when none is, null when some are" (Range.columnHidden).
        let hidden = 0;
        for (let col = rect.left; col <= rect.right; col++) if (sheet.hiddenColumns.has(col)) hidden++;
        return hidden === 0 ? false : hidden === cols(rect) ? true : null;
      }
    }
    return undefined;
  }

  getCellProperties(options: CellPropertiesOptions): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    this.context.enqueue({
      wire: { call: this.objectId, name: 'getCellProperties', args: [options] },
      object: this,
      location: 'Range.getCellProperties',
      run: (results) => {
        this.context.requires(9, 'Range.getCellProperties');
        const { sheet, rect } = this.need();
        const out: unknown[][] = [];
        for (let row = rect.top; row <= rect.bottom; row++) {
          const line: unknown[] = [];
          for (let col = rect.left; col <= rect.right; col++) line.push(cellProperties(sheet, row, col, options));
          out.push(line);
        }
        results.push({ object: result, values: new Map([['value', out]]) });
      },
    });
    return result;
  }

  /** `setCellProperties` (ExcelApi 1.9): per-cell formats from a 2-D array of the range's shape; `{}` changes nothing. */
  setCellProperties(data: unknown): void {
    this.call('setCellProperties', [data], () => {
      this.context.requires(9, 'Range.setCellProperties');
      const { sheet, rect } = this.need();
      sheet.guard('allowFormatCells', 'setCellProperties');
      const at = shaped(data, rect, 'setCellProperties');
      eachCell(rect, (row, col) => {
        const props = at(row, col) as { format?: Record<string, any> } | null;
        if (props === null || typeof props !== 'object' || Array.isArray(props)) throw richError('InvalidArgument', `setCellProperties: ${JSON.stringify(props)} is not a cell's properties`);
        const f = props.format;
        if (!f) return;
        const cell = sheet.edit(row, col);
        for (const key of Object.keys(f)) if (!['fill', 'font', 'horizontalAlignment', 'verticalAlignment', 'wrapText'].includes(key)) throw richError('InvalidArgument', `setCellProperties: format.${key} is not modelled in this fake`);
        if (f.fill?.color !== undefined) {
          if (!/^#[0-9A-F]{6}$/i.test(f.fill.color)) throw richError('InvalidArgument', `colour ${f.fill.color}`);
          cell.fill = f.fill.color.toUpperCase();
        }
        for (const k of ['bold', 'italic', 'color', 'size', 'name'] as const) {
          if (f.font?.[k] !== undefined) (cell.font as unknown as Record<string, unknown>)[k] = k === 'color' ? String(f.font[k]).toUpperCase() : f.font[k];
        }
        if (f.horizontalAlignment !== undefined) cell.horizontal = f.horizontalAlignment;
        if (f.verticalAlignment !== undefined) cell.vertical = f.verticalAlignment;
        if (f.wrapText !== undefined) cell.wrap = f.wrapText;
      });
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `#${this.objectId}.getMergedAreasOrNullObject()`, () => {
      const { sheet, rect } = this.need();
      const inside = sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
      if (inside.length > MAX_MERGED_AREAS) throw richError('GeneralException', `More than ${MAX_MERGED_AREAS} merged areas.`, 'Range.getMergedAreasOrNullObject');
      return inside.length ? { sheet, rects: inside.map((m) => ({ ...m })) } : null;
    }, true);
  }

  merge(across = false): void {
    this.call('merge', [across], () => {
      const { sheet, rect } = this.need();
      sheet.guard(null, 'merge');
      const parts = across ? Array.from({ length: rows(rect) }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const p of parts) {
        if (rows(p) * cols(p) === 1) continue;
        if (sheet.merges.some((m) => overlaps(m, p))) throw richError('InvalidOperation', `Cannot merge ${rectAddress(p)}: it overlaps a merged area.`);
        // Excel keeps the top-left value only.
        eachCell(p, (row, col) => {
          if (row === p.top && col === p.left) return;
          const c = sheet.edit(row, col);
          c.value = null;
          c.formula = undefined;
        });
        sheet.merges.push({ ...p });
      }
    });
  }

  unmerge(): void {
    this.call('unmerge', [], () => {
      const { sheet, rect } = this.need();
      sheet.guard(null, 'unmerge');
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    });
  }

  select(): void {
    this.call('select', [], () => {
      const { sheet, rect } = this.need();
      const book = this.context.book;
      if (book.activeId !== sheet.id) throw richError('InvalidOperation', 'Range.select: the range is not on the active worksheet.');
      book.selection = { sheetId: sheet.id, rect: { ...rect } };
    });
  }
}

class RangeAreasProxy extends BoundObject<{ sheet: FakeSheet; rects: Rect[] }> {
  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.context, `#${this.objectId}.format`, () => this.need());
  }
  scalarProperties(): string[] {
    return ['address', 'areaCount'];
  }
  readNow(prop: string): unknown {
    const { sheet, rects } = this.need();
    if (prop === 'areaCount') return rects.length;
    return rects.map((r) => `${quoteSheet(sheet.name)}!${rectAddress(r)}`).join(', ');
  }
}

/** A value computed at a sync (`getCellProperties`): readable after that sync. */
class ClientResult<T> extends ClientObject {
  constructor() {
    super(undefined as unknown as FakeContext, 'result');
  }
  get value(): T {
    return this.loaded('value');
  }
  scalarProperties(): string[] {
    return [];
  }
  readNow(): unknown {
    return undefined;
  }
}

export interface CellPropertiesOptions {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { bold?: boolean; italic?: boolean; color?: boolean; size?: boolean; name?: boolean };
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    wrapText?: boolean;
  };
}

function cellProperties(sheet: FakeSheet, row: number, col: number, o: CellPropertiesOptions): unknown {
  const c = sheet.at(row, col);
  const out: Record<string, unknown> = {};
  if (o.address) out.address = `${quoteSheet(sheet.name)}!${colLetters(col)}${row + 1}`;
  if (o.format) {
    const f: Record<string, unknown> = {};
    if (o.format.fill) {
      const fill: Record<string, unknown> = {};
      // As Excel: a cell without fill reports white with the pattern None.
      if (o.format.fill.color) fill.color = c.fill ?? '#FFFFFF';
      if (o.format.fill.pattern) fill.pattern = c.fill === null ? 'None' : 'Solid';
      f.fill = fill;
    }
    if (o.format.font) {
      const font: Record<string, unknown> = {};
      for (const k of Object.keys(o.format.font) as (keyof FakeFont)[]) if (o.format.font[k]) font[k] = c.font[k];
      f.font = font;
    }
    if (o.format.horizontalAlignment) f.horizontalAlignment = c.horizontal;
    if (o.format.verticalAlignment) f.verticalAlignment = c.vertical;
    if (o.format.wrapText) f.wrapText = c.wrap;
    out.format = f;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Formats (on a range or on every area of a RangeAreas)

interface Areas {
  sheet: FakeSheet;
  rects: Rect[];
}

class RangeFormatProxy extends ClientObject {
  constructor(
    context: FakeContext,
    path: string,
    private readonly areas: () => Areas,
  ) {
    super(context, path);
  }
  private each(f: (cell: FakeCell, row: number, col: number, rect: Rect) => void): void {
    const { sheet, rects } = this.areas();
    sheet.guard('allowFormatCells', 'format');
    for (const r of rects) eachCell(r, (row, col) => f(sheet.edit(row, col), row, col, r));
  }
  get fill(): { color: string; clear: () => void } {
    const self = this;
    return {
      get color(): string {
        throw richError('PropertyNotLoaded', 'format.fill.color is write-only in this fake; read fills with getCellProperties');
      },
      set color(value: string) {
        if (!/^#[0-9A-F]{6}$/i.test(value)) throw richError('InvalidArgument', `colour ${value}`);
        self.assign('fill.color', value, () => self.each((c) => (c.fill = value.toUpperCase())));
      },
      clear: () => this.call('fill.clear', [], () => this.each((c) => (c.fill = null))),
    };
  }
  get font(): Partial<FakeFont> {
    const self = this;
    const setter = <K extends keyof FakeFont>(k: K) => ({
      set(value: FakeFont[K]) {
        self.assign(`font.${k}`, value, () => self.each((c) => (c.font[k] = (k === 'color' ? String(value).toUpperCase() : value) as FakeFont[K])));
      },
      get(): never {
        throw richError('PropertyNotLoaded', `format.font.${k} is write-only in this fake`);
      },
    });
    const font = {};
    for (const k of ['bold', 'italic', 'color', 'size', 'name'] as const) Object.defineProperty(font, k, setter(k));
    return font;
  }
  set horizontalAlignment(value: string) {
    this.assign('horizontalAlignment', value, () => this.each((c) => (c.horizontal = value)));
  }
  set verticalAlignment(value: string) {
    this.assign('verticalAlignment', value, () => this.each((c) => (c.vertical = value)));
  }
  set wrapText(value: boolean) {
    this.assign('wrapText', value, () => this.each((c) => (c.wrap = value)));
  }
  set columnWidth(points: number) {
    this.assign('columnWidth', points, () => {
      const { sheet, rects } = this.areas();
      sheet.guard('allowFormatColumns', 'columnWidth');
      for (const r of rects) for (let col = r.left; col <= r.right; col++) sheet.columnWidths.set(col, points);
    });
  }
  set rowHeight(points: number) {
    this.assign('rowHeight', points, () => {
      if (!(points >= 0 && points <= 409)) throw richError('InvalidArgument', `row height ${points}`);
      const { sheet, rects } = this.areas();
      sheet.guard('allowFormatRows', 'rowHeight');
      for (const r of rects) for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, points);
    });
  }
  /** `format.protection.locked` (ExcelApi 1.2: learn.microsoft.com/javascript/api/excel/excel.formatprotection); never changeable on a protected sheet. */
  get protection(): { locked: boolean } {
    return setters(this, 'protection.', {
      locked: (value: boolean) => {
        this.context.requires(2, 'FormatProtection.locked');
        if (typeof value !== 'boolean') invalid('locked');
        const { sheet, rects } = this.areas();
        sheet.guard(null, 'protection.locked');
        for (const r of rects) eachCell(r, (row, col) => (sheet.edit(row, col).locked = value));
      },
    }) as { locked: boolean };
  }
  get borders(): { getItem: (index: string) => { style: string; weight: string } } {
    return {
      getItem: (index: string) => {
        const self = this;
        return {
          set style(value: string) {
            const on = value !== 'None';
            self.assign(`borders.${index}.style`, value, () =>
              self.each((c, row, col, r) => {
                const b = c.borders;
                if (index === 'EdgeTop' && row === r.top) b.top = on;
                if (index === 'EdgeBottom' && row === r.bottom) b.bottom = on;
                if (index === 'EdgeLeft' && col === r.left) b.left = on;
                if (index === 'EdgeRight' && col === r.right) b.right = on;
                if (index === 'InsideHorizontal') {
                  if (row > r.top) b.top = on;
                  if (row < r.bottom) b.bottom = on;
                }
                if (index === 'InsideVertical') {
                  if (col > r.left) b.left = on;
                  if (col < r.right) b.right = on;
                }
              }),
            );
          },
          get style(): string {
            throw richError('PropertyNotLoaded', 'border style is write-only in this fake');
          },
          set weight(value: string) {
            self.assign(`borders.${index}.weight`, value, () => undefined);
          },
          get weight(): string {
            throw richError('PropertyNotLoaded', 'border weight is write-only in this fake');
          },
        };
      },
    };
  }
  scalarProperties(): string[] {
    return [];
  }
  readNow(): unknown {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Objects the plan writer adds beside cells: data validation, conditional formats, charts.

/** A proxy with nothing to load, reached from the object `owner` gives (a range, a sheet, a chart). */
abstract class PlainProxy<Owner> extends ClientObject {
  constructor(
    context: FakeContext,
    path: string,
    protected readonly owner: () => Owner,
  ) {
    super(context, path);
  }
  scalarProperties(): string[] {
    return [];
  }
  readNow(_prop: string): unknown {
    return undefined;
  }
}

/** A proxy for an object its creating operation makes (`add`), with nothing to load unless it says. */
abstract class CreatedProxy<T> extends BoundObject<T> {
  constructor(context: FakeContext, path: string, create: () => T | null) {
    super(context, path, create, false);
  }
  scalarProperties(): string[] {
    return [];
  }
  readNow(_prop: string): unknown {
    return undefined;
  }
}

function invalid(message: string): never {
  throw richError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${message}`);
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** Where a Range argument points: its sheet and area, followed through renames. */
export interface FakeRef {
  sheet: FakeSheet;
  rect: Rect;
}

function refOf(v: unknown, what: string): FakeRef {
  if (!(v instanceof RangeProxy)) invalid(`${what} must be a Range`);
  const { sheet, rect } = v.bound();
  return { sheet, rect: { ...rect } };
}

/** A reference as Excel reports it: `'Ringkasan TW II 2023'!A5:A9`. */
export function refAddress(ref: FakeRef): string {
  return `${quoteSheet(ref.sheet.name)}!${rectAddress(ref.rect)}`;
}

/** A setter of a write-only property on a sub-object (`format.fill.color`), queued on `owner`. */
function setter<T>(owner: ClientObject, prop: string, apply: (value: T) => void): PropertyDescriptor {
  return {
    enumerable: true,
    set(value: T) {
      owner.assign(prop, value, () => apply(value));
    },
    get() {
      throw richError('PropertyNotLoaded', `${prop} is write-only in this fake`);
    },
  };
}

/** `base` (a plain object, new when absent) with these properties as queued setters; never spread it (that would read them). */
function setters(owner: ClientObject, prefix: string, props: Record<string, (value: any) => void>, base: Record<string, any> = {}): Record<string, any> {
  for (const [name, apply] of Object.entries(props)) Object.defineProperty(base, name, setter(owner, `${prefix}${name}`, apply));
  return base;
}

function colour(value: unknown): string {
  if (typeof value !== 'string' || !/^#[0-9A-F]{6}$/i.test(value)) invalid(`colour ${JSON.stringify(value)}`);
  return value.toUpperCase();
}

// Data validation (ExcelApi 1.8: learn.microsoft.com/javascript/api/excel/excel.datavalidation) ----

export interface FakeValidation {
  rect: Rect;
  /** The rule as set, a Range operand kept as a FakeRef (it follows its sheet); absent: any value (a prompt alone). */
  rule?: Record<string, any>;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

const DV_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const DV_TYPES: Record<string, string> = { wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', date: 'Date', time: 'Time', list: 'List', custom: 'Custom' };
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];

/** A formula operand: a number, a string formula, or a Range. */
function operand(v: unknown, what: string): string | number | FakeRef {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v !== '') return v;
  if (v instanceof RangeProxy) return refOf(v, what);
  return invalid(what);
}

/** `DataValidationRule`: exactly one of its seven kinds, each of its own shape. */
function checkedRule(rule: any): Record<string, any> {
  if (!rule || typeof rule !== 'object') invalid('rule');
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1 || !(kinds[0] in DV_TYPES)) invalid(`a rule has exactly one of ${Object.keys(DV_TYPES).join(', ')}: ${kinds.join(', ')}`);
  const kind = kinds[0];
  const r = rule[kind];
  switch (kind) {
    case 'list': {
      const source = typeof r.source === 'string' ? (r.source.trim() ? r.source : invalid('empty list source')) : refOf(r.source, 'list source');
      return { list: { inCellDropDown: r.inCellDropDown !== false, source } };
    }
    case 'custom':
      if (typeof r.formula !== 'string' || !r.formula.startsWith('=')) invalid(`custom formula ${JSON.stringify(r.formula)}`);
      return { custom: { formula: r.formula } };
    default: {
      if (!DV_OPERATORS.includes(r.operator)) invalid(`operator ${JSON.stringify(r.operator)}`);
      const out: Record<string, unknown> = { operator: r.operator, formula1: operand(r.formula1, 'formula1') };
      if (r.operator === 'Between' || r.operator === 'NotBetween') out.formula2 = operand(r.formula2, 'formula2');
      return { [kind]: out };
    }
  }
}

/** The cells of `a` outside `b`, as up to four rectangles (above, below, left, right of `b`). */
function rectMinus(a: Rect, b: Rect): Rect[] {
  const out: Rect[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

class DataValidationProxy extends PlainProxy<RangeTarget> {

  /** The validation of exactly this range (made when `create`); a rule over part of another is refused. */
  private record(create: boolean, forRule: boolean): FakeValidation | undefined {
    const { sheet, rect } = this.owner();
    if (create) sheet.guard(null, 'dataValidation');
    const same = sheet.validations.find((v) => sameRect(v.rect, rect));
    const partial = sheet.validations.find((v) => v !== same && overlaps(v.rect, rect));
    if (partial) {
      if (forRule) invalid(`the range ${rectAddress(rect)} covers part of the validation of ${rectAddress(partial.rect)} (OfficeDev/office-js#2594)`);
      throw new Error('fake: a prompt or alert over part of another validation is not modelled');
    }
    if (same || !create) return same;
    const v: FakeValidation = { rect: { ...rect }, ignoreBlanks: true };
    sheet.validations.push(v);
    return v;
  }

  get rule(): Record<string, any> {
    return this.loaded('rule');
  }
  set rule(value: unknown) {
    this.assign('rule', value, () => {
      this.context.requires(8, 'DataValidation.rule');
      const rule = checkedRule(value);
      this.record(true, true)!.rule = rule;
    });
  }
  get prompt(): FakeValidation['prompt'] {
    return this.loaded('prompt');
  }
  set prompt(value: any) {
    this.assign('prompt', value, () => {
      this.context.requires(8, 'DataValidation.prompt');
      if (typeof value?.showPrompt !== 'boolean' || typeof value.title !== 'string' || typeof value.message !== 'string') invalid(`prompt ${JSON.stringify(value)}`);
      this.record(true, false)!.prompt = { showPrompt: value.showPrompt, title: value.title, message: value.message };
    });
  }
  get errorAlert(): FakeValidation['errorAlert'] {
    return this.loaded('errorAlert');
  }
  set errorAlert(value: any) {
    this.assign('errorAlert', value, () => {
      this.context.requires(8, 'DataValidation.errorAlert');
      if (typeof value?.showAlert !== 'boolean' || !ALERT_STYLES.includes(value.style) || typeof value.title !== 'string' || typeof value.message !== 'string') invalid(`errorAlert ${JSON.stringify(value)}`);
      this.record(true, false)!.errorAlert = { showAlert: value.showAlert, style: value.style, title: value.title, message: value.message };
    });
  }
  get ignoreBlanks(): boolean {
    return this.loaded('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this.assign('ignoreBlanks', value, () => {
      this.context.requires(8, 'DataValidation.ignoreBlanks');
      if (typeof value !== 'boolean') invalid('ignoreBlanks');
      this.record(true, false)!.ignoreBlanks = value;
    });
  }
  get type(): string {
    return this.loaded('type');
  }

  /**
   * `DataValidation.clear()` (ExcelApi 1.8, learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-clear-member(1)):
   * no cell of the range keeps a validation; a validation reaching outside it keeps its other cells
   * (cut into the rectangles around the range).
   */
  clear(): void {
    this.call('clear', [], () => {
      this.context.requires(8, 'DataValidation.clear');
      const { sheet, rect } = this.owner();
      const kept: FakeValidation[] = [];
      for (const v of sheet.validations) {
        if (!overlaps(v.rect, rect)) kept.push(v);
        else for (const part of rectMinus(v.rect, rect)) kept.push({ ...v, rect: part });
      }
      sheet.validations.splice(0, sheet.validations.length, ...kept);
    });
  }

  override scalarProperties(): string[] {
    return ['rule', 'prompt', 'errorAlert', 'ignoreBlanks', 'type'];
  }
  override readNow(prop: string): unknown {
    this.context.requires(8, 'DataValidation.load');
    const v = this.record(false, false);
    switch (prop) {
      case 'type':
        return v?.rule ? DV_TYPES[Object.keys(v.rule)[0]] : 'None';
      case 'rule':
        // "When retrieving the value, it will always be returned as a string formula" (BasicDataValidation.formula1).
        return JSON.parse(JSON.stringify(v?.rule ?? {}, (_k, x) => (typeof x === 'number' ? `=${x}` : x && typeof x === 'object' && 'sheet' in x && 'rect' in x ? `=${refAddress(x as FakeRef)}` : x)));
      case 'prompt':
        return v?.prompt ?? { showPrompt: false, title: '', message: '' };
      case 'errorAlert':
        return v?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
      case 'ignoreBlanks':
        return v?.ignoreBlanks ?? true;
    }
    return undefined;
  }
}

// Conditional formats (ExcelApi 1.6: learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection) ----

export interface FakeConditionalFormat {
  rect: Rect;
  type: string;
  /** CellValue: `{ formula1, formula2?, operator }`; Custom: `{ formula }`; ContainsText: `{ operator, text }`. */
  rule?: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean };
  stopIfTrue: boolean;
}

const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const CF_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];
const TEXT_OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'];

class ConditionalFormatCollectionProxy extends PlainProxy<RangeTarget> {
  /** A new format, at the top priority ("Adds a new conditional format to the collection at the first/top priority"). */
  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => {
      this.context.requires(6, 'ConditionalFormatCollection.add');
      if (!CF_TYPES.includes(type)) invalid(`conditional format type ${JSON.stringify(type)}`);
      const { sheet, rect } = this.owner();
      sheet.guard(null, 'conditionalFormats.add');
      const cf: FakeConditionalFormat = { rect: { ...rect }, type, format: {}, stopIfTrue: false };
      sheet.conditionalFormats.unshift(cf);
      return cf;
    });
  }
}

class ConditionalFormatProxy extends CreatedProxy<FakeConditionalFormat> {
  /** The part of a format of one type; reaching the part of another type fails, as `cellValue` of a custom format does. */
  private part(type: string): FakeConditionalFormat {
    const cf = this.need();
    if (cf.type !== type) throw richError('InvalidOperation', `This conditional format is ${cf.type}, not ${type}.`);
    return cf;
  }
  private look(type: string): Record<string, any> {
    const cf = () => this.part(type);
    return {
      format: {
        fill: setters(this, 'format.fill.', { color: (v) => (cf().format.fill = colour(v)) }),
        font: setters(this, 'format.font.', { color: (v) => (cf().format.fontColor = colour(v)), bold: (v) => (cf().format.bold = v === true) }),
      },
    };
  }
  /** The part of a type with a settable `rule` (cell value, text): its look, and its rule as `check` reads it. */
  private ruled(type: string, prefix: string, check: (rule: any) => Record<string, unknown>): Record<string, any> {
    return setters(this, prefix, { rule: (r) => (this.part(type).rule = check(r)) }, this.look(type));
  }
  get cellValue(): Record<string, any> {
    return this.ruled('CellValue', 'cellValue.', (r) => {
      if (!CF_OPERATORS.includes(r?.operator)) invalid(`operator ${JSON.stringify(r?.operator)}`);
      if (typeof r.formula1 !== 'string' || r.formula1 === '') invalid('formula1');
      const two = r.operator === 'Between' || r.operator === 'NotBetween';
      if (two && (typeof r.formula2 !== 'string' || r.formula2 === '')) invalid('formula2');
      return { operator: r.operator, formula1: r.formula1, ...(two && { formula2: r.formula2 }) };
    });
  }
  get custom(): Record<string, any> {
    return Object.defineProperty(this.look('Custom'), 'rule', {
      value: setters(this, 'custom.rule.', {
        formula: (f) => {
          const cf = this.part('Custom');
          if (typeof f !== 'string' || !f.startsWith('=')) invalid(`formula ${JSON.stringify(f)}`);
          cf.rule = { formula: f };
        },
      }),
    });
  }
  get textComparison(): Record<string, any> {
    return this.ruled('ContainsText', 'textComparison.', (r) => {
      if (!TEXT_OPERATORS.includes(r?.operator) || typeof r.text !== 'string' || r.text === '') invalid(`text rule ${JSON.stringify(r)}`);
      return { operator: r.operator, text: r.text };
    });
  }
  set stopIfTrue(value: boolean) {
    this.assign('stopIfTrue', value, () => {
      if (typeof value !== 'boolean') invalid('stopIfTrue');
      this.need().stopIfTrue = value;
    });
  }
}

// Charts (learn.microsoft.com/javascript/api/excel/excel.chartcollection, excel.chart, excel.chartseries) ----

export interface FakeSeries {
  name: string;
  values?: FakeRef;
  xValues?: FakeRef;
  fill?: string;
  /** Colours of single points, by index. */
  points: Map<number, string>;
  holeSize?: number;
  dataLabels: { shown: boolean; showPercentage?: boolean; showValue?: boolean; fontSize?: number };
}

export interface FakeChart {
  type: string;
  seriesBy: string;
  series: FakeSeries[];
  title: { text?: string; fontSize?: number };
  legend: { position?: string; fontSize?: number };
  /** `setPosition`'s cells. */
  position?: { start: string; end?: string };
  width?: number;
  height?: number;
  valueAxis: { minimum?: number; numberFormat?: string; fontSize?: number };
  categoryAxis: { reversePlotOrder?: boolean; fontSize?: number };
}

/** Excel.ChartType's names (what `charts.add` accepts). */
const CHART_TYPES =
  'ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel'.split(' ');
const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];
const NO_AXES = /Pie|Doughnut/;

/** The lines of a source area as series: one per column or per row. */
function seriesOf(sheet: FakeSheet, rect: Rect, by: 'Columns' | 'Rows'): FakeSeries[] {
  const out: FakeSeries[] = [];
  const lines = by === 'Columns' ? cols(rect) : rows(rect);
  for (let i = 0; i < lines; i++) {
    const line = by === 'Columns' ? { ...rect, left: rect.left + i, right: rect.left + i } : { ...rect, top: rect.top + i, bottom: rect.top + i };
    out.push({ name: `Series${i + 1}`, values: { sheet, rect: line }, points: new Map(), dataLabels: { shown: false } });
  }
  return out;
}

function pointCount(s: FakeSeries): number {
  return s.values ? Math.max(rows(s.values.rect), cols(s.values.rect)) : 0;
}

class ChartCollectionProxy extends PlainProxy<FakeSheet> {
  add(type: string, sourceData: unknown, seriesBy = 'Auto'): ChartProxy {
    return new ChartProxy(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => {
      this.context.requires(1, 'ChartCollection.add');
      if (!CHART_TYPES.includes(type)) invalid(`chart type ${JSON.stringify(type)}`);
      if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) invalid(`seriesBy ${JSON.stringify(seriesBy)}`);
      this.owner().guard('allowEditObjects', 'charts.add');
      const source = refOf(sourceData, 'sourceData');
      const by = seriesBy === 'Auto' ? (rows(source.rect) > cols(source.rect) ? 'Columns' : 'Rows') : (seriesBy as 'Columns' | 'Rows');
      const chart: FakeChart = { type, seriesBy, series: seriesOf(source.sheet, source.rect, by), title: {}, legend: {}, valueAxis: {}, categoryAxis: {} };
      this.owner().charts.push(chart);
      return chart;
    });
  }
}

class ChartProxy extends CreatedProxy<FakeChart> {
  get title(): Record<string, any> {
    return setters(this, 'title.', { text: (v) => (this.need().title.text = typeof v === 'string' ? v : invalid('title')) }, { format: { font: setters(this, 'title.format.font.', { size: (v) => (this.need().title.fontSize = fontSize(v)) }) } });
  }
  get legend(): Record<string, any> {
    return setters(
      this,
      'legend.',
      { position: (v) => (this.need().legend.position = LEGEND_POSITIONS.includes(v) ? v : invalid(`legend position ${JSON.stringify(v)}`)) },
      { format: { font: setters(this, 'legend.format.font.', { size: (v) => (this.need().legend.fontSize = fontSize(v)) }) } },
    );
  }
  get axes(): Record<string, any> {
    const axes = () => {
      const chart = this.need();
      if (NO_AXES.test(chart.type)) throw richError('InvalidOperation', `A ${chart.type} chart has no axes.`);
      return chart;
    };
    return {
      valueAxis: setters(
        this,
        'axes.valueAxis.',
        {
          minimum: (v) => (axes().valueAxis.minimum = typeof v === 'number' ? v : invalid('minimum')),
          numberFormat: (v) => {
            this.context.requires(8, 'ChartAxis.numberFormat');
            axes().valueAxis.numberFormat = typeof v === 'string' ? v : invalid('numberFormat');
          },
        },
        { format: { font: setters(this, 'axes.valueAxis.format.font.', { size: (v) => (axes().valueAxis.fontSize = fontSize(v)) }) } },
      ),
      categoryAxis: setters(
        this,
        'axes.categoryAxis.',
        {
          reversePlotOrder: (v) => {
            this.context.requires(7, 'ChartAxis.reversePlotOrder');
            axes().categoryAxis.reversePlotOrder = v === true;
          },
        },
        { format: { font: setters(this, 'axes.categoryAxis.format.font.', { size: (v) => (axes().categoryAxis.fontSize = fontSize(v)) }) } },
      ),
    };
  }
  get series(): ChartSeriesCollectionProxy {
    return new ChartSeriesCollectionProxy(this.context, `${this.path}.series`, () => this.need());
  }
  get width(): number {
    return this.loaded('width');
  }
  set width(v: number) {
    this.assign('width', v, () => (this.need().width = size(v)));
  }
  get height(): number {
    return this.loaded('height');
  }
  set height(v: number) {
    this.assign('height', v, () => (this.need().height = size(v)));
  }
  /** `setPosition(startCell, endCell?)`: cells of the chart's sheet, as addresses. */
  setPosition(start: string, end?: string): void {
    this.call('setPosition', [start, end], () => {
      parseRect(start);
      if (end !== undefined) parseRect(end);
      this.need().position = { start, ...(end !== undefined && { end }) };
    });
  }
  override scalarProperties(): string[] {
    return ['width', 'height', 'chartType'];
  }
  override readNow(prop: string): unknown {
    const chart = this.need();
    return prop === 'chartType' ? chart.type : prop === 'width' ? (chart.width ?? 360) : (chart.height ?? 216);
  }
}

function size(v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0)) invalid(`size ${JSON.stringify(v)}`);
  return v;
}

function fontSize(v: unknown): number {
  if (typeof v !== 'number' || !(v >= 1 && v <= 409)) invalid(`font size ${JSON.stringify(v)}`);
  return v;
}

class ChartSeriesCollectionProxy extends PlainProxy<FakeChart> {
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}.getItemAt(${index})`, () => {
      const chart = this.owner();
      return chart.series[index] ?? null;
    }, this.owner);
  }
  /** ExcelApi 1.7: a series with no values yet. */
  add(name?: string): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}.add(${JSON.stringify(name ?? null)})`, () => {
      this.context.requires(7, 'ChartSeriesCollection.add');
      const chart = this.owner();
      const s: FakeSeries = { name: name ?? `Series${chart.series.length + 1}`, points: new Map(), dataLabels: { shown: false } };
      chart.series.push(s);
      return s;
    }, this.owner);
  }
}

class ChartSeriesProxy extends CreatedProxy<FakeSeries> {
  constructor(
    context: FakeContext,
    path: string,
    find: () => FakeSeries | null,
    private readonly chart: () => FakeChart,
  ) {
    super(context, path, find);
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(v: string) {
    this.assign('name', v, () => (this.need().name = typeof v === 'string' ? v : invalid('name')));
  }
  setValues(source: unknown): void {
    this.call('setValues', [source], () => {
      this.context.requires(7, 'ChartSeries.setValues');
      this.need().values = refOf(source, 'values');
    });
  }
  setXAxisValues(source: unknown): void {
    this.call('setXAxisValues', [source], () => {
      this.context.requires(7, 'ChartSeries.setXAxisValues');
      this.need().xValues = refOf(source, 'x-axis values');
    });
  }
  get format(): Record<string, any> {
    return {
      fill: {
        setSolidColor: (color: string) => this.call('format.fill.setSolidColor', [color], () => (this.need().fill = colour(color))),
      },
    };
  }
  get points(): { getItemAt: (index: number) => { format: { fill: { setSolidColor: (color: string) => void } } } } {
    return {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              this.call(`points.getItemAt(${index}).format.fill.setSolidColor`, [color], () => {
                const s = this.need();
                if (!(Number.isInteger(index) && index >= 0 && index < pointCount(s))) throw richError('ItemNotFound', `The series has no point ${index}.`);
                s.points.set(index, colour(color));
              }),
          },
        },
      }),
    };
  }
  set doughnutHoleSize(v: number) {
    this.assign('doughnutHoleSize', v, () => {
      this.context.requires(7, 'ChartSeries.doughnutHoleSize');
      if (!/Doughnut/.test(this.chart().type)) throw richError('InvalidOperation', 'doughnutHoleSize applies to doughnut charts only.');
      if (!(Number.isInteger(v) && v >= 10 && v <= 90)) invalid(`doughnutHoleSize ${v}`);
      this.need().holeSize = v;
    });
  }
  set hasDataLabels(v: boolean) {
    this.assign('hasDataLabels', v, () => {
      this.context.requires(7, 'ChartSeries.hasDataLabels');
      this.need().dataLabels.shown = v === true;
    });
  }
  get dataLabels(): Record<string, any> {
    const labels = () => {
      this.context.requires(8, 'ChartSeries.dataLabels');
      return this.need().dataLabels;
    };
    return setters(
      this,
      'dataLabels.',
      { showPercentage: (v) => (labels().showPercentage = v === true), showValue: (v) => (labels().showValue = v === true) },
      { format: { font: setters(this, 'dataLabels.format.font.', { size: (v) => (labels().fontSize = fontSize(v)) }) } },
    );
  }
  override scalarProperties(): string[] {
    return ['name'];
  }
  override readNow(): unknown {
    return this.need().name;
  }
}
