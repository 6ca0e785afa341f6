import type { Grid } from '../grid';
import type { Inflater } from './inflate';
import { XLSX_LIMITS, type XlsxLimits } from './limits';
import { partText, ReadBudget, streamPartText } from './partText';
import { SharedStringsReader } from './sharedStringsPart';
import { SheetReader } from './sheetPart';
import { NO_STYLES, StylesReader, type CellStyles } from './stylesPart';
import { readWorkbookInfo, type SheetState } from './workbookPart';
import { scanXml, XmlScanner } from './xmlScanner';
import { XlsxError } from './xlsxError';
import { ZipDirectory } from './zipDirectory';

export interface XlsxSheet {
  grid: Grid;
  state: SheetState;
}

export interface XlsxBook {
  /** The worksheets in tab order (chartsheets hold no cells and are left out). */
  sheets: XlsxSheet[];
  /** The package holds a VBA project (.xlsm). */
  macros: boolean;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads the bytes of an .xlsx (or .xlsm) package into one grid per worksheet. Pure: bytes in, grids
 * out, no file system, so the CLI and the Excel task pane share it. Every part is checked against
 * `limits` from the zip's central directory before it is inflated, and sheets are parsed as they
 * inflate. Throws `XlsxError` (a `UserError` with a bilingual sentence) for anything it refuses.
 */
export async function readXlsx(bytes: Uint8Array, options: { limits?: XlsxLimits; inflate?: Inflater } = {}): Promise<XlsxBook> {
  const problem = packageProblem(bytes);
  if (problem) throw problem;
  try {
    return await readPackage(ZipDirectory.read(bytes), new ReadBudget(options.limits ?? XLSX_LIMITS, options.inflate));
  } catch (e) {
    // A DataView read past the end: a truncated or mangled package.
    if (e instanceof RangeError) throw XlsxError.corrupt();
    throw e;
  }
}

/** Why bytes cannot be a workbook package at all (empty, a locked or old .xls, not a zip), or `undefined`. */
export function packageProblem(bytes: Uint8Array): XlsxError | undefined {
  if (bytes.length === 0) return XlsxError.empty();
  if (startsWith(bytes, OLE_MAGIC)) return XlsxError.locked();
  if (!startsWith(bytes, ZIP_MAGIC)) return XlsxError.notXlsx();
  return undefined;
}

async function readPackage(zip: ZipDirectory, budget: ReadBudget): Promise<XlsxBook> {
  const limits = budget.limits;
  const info = await readWorkbookInfo(zip, budget);
  const styles = await readStyles(zip, budget, info.stylesPath);
  const sharedStrings = await readSharedStrings(zip, budget, info.sharedStringsPath);
  const sheets: XlsxSheet[] = [];
  for (const sheet of info.sheets) {
    if (sheet.kind !== 'worksheet') continue;
    const entry = sheet.path === undefined ? undefined : zip.get(sheet.path);
    if (!entry) throw XlsxError.corrupt();
    const reader = new SheetReader({ name: sheet.name, sharedStrings, styles, date1904: info.date1904, maxCells: limits.gridCells });
    const scanner = new XmlScanner(reader, limits.tokenChars);
    await streamPartText(zip, entry, budget, limits.sheetBytes, (text) => scanner.feed(text));
    scanner.end();
    sheets.push({ grid: reader.grid(), state: sheet.state });
  }
  if (sheets.length === 0) throw XlsxError.noSheets();
  return { sheets, macros: info.macros };
}

async function readStyles(zip: ZipDirectory, budget: ReadBudget, path: string | undefined): Promise<CellStyles> {
  const entry = path === undefined ? undefined : zip.get(path);
  if (!entry) return NO_STYLES;
  const reader = new StylesReader();
  scanXml(await partText(zip, entry, budget), reader, budget.limits.tokenChars);
  return reader.result();
}

async function readSharedStrings(zip: ZipDirectory, budget: ReadBudget, path: string | undefined): Promise<string[]> {
  const entry = path === undefined ? undefined : zip.get(path);
  if (!entry) return [];
  const reader = new SharedStringsReader();
  const scanner = new XmlScanner(reader, budget.limits.tokenChars);
  await streamPartText(zip, entry, budget, budget.limits.sharedStringsBytes, (text) => scanner.feed(text));
  scanner.end();
  return reader.strings;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
