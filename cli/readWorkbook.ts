import * as path from 'node:path';
import { isBlank, type CellValue, type Grid } from '../core/grid';
import { readXlsx, XlsxError } from '../core/xlsx';
import { decodeText, parseCsv } from './csv';
import { readInputFile } from './inputFile';
import { nodeInflateRaw } from './nodeInflate';
import { UserError } from '../core/i18n';

/** What an input file held: the grids, and whether it was a workbook package or text. */
export interface Workbook {
  kind: 'xlsx' | 'text';
  grids: Grid[];
  /** An .xlsm (or a macro workbook under another name): it holds a VBA project. */
  macros: boolean;
  /** A workbook package's bytes, as read (the summary's copy is made from these very bytes). */
  bytes?: Uint8Array;
}

const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads every sheet of an .xlsx or .csv file into grids. Throws `UserError` with a plain reason. */
export async function readWorkbook(file: string): Promise<Grid[]> {
  return (await readInput(file)).grids;
}

/**
 * Reads an input file: a workbook package (.xlsx, .xlsm) through core's reader, or CSV text. The
 * kind comes from the bytes as much as the name: a workbook saved without an extension is still a
 * workbook, and text without one is read as CSV.
 */
export async function readInput(file: string): Promise<Workbook> {
  const bytes = await readInputFile(file);
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file);
  const looksPackaged = startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC);
  if (TEXT_EXTENSIONS.has(ext) || (ext === '' && !looksPackaged && bytes.length > 0)) {
    return { kind: 'text', grids: [csvGrid(bytes, path.basename(file, ext))], macros: false };
  }
  try {
    const book = await readXlsx(bytes, { inflate: nodeInflateRaw });
    return { kind: 'xlsx', grids: book.sheets.map((s) => s.grid), macros: book.macros, bytes };
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    const { id, en } = e.sentence(name);
    throw new UserError(id, en);
  }
}

function csvGrid(bytes: Buffer, name: string): Grid {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new UserError(`“${name}” bukan berkas teks CSV.`, `The file is not a CSV text file.`);
  // Blank fields become null where they are (a second array per row would cost 200,000 of them).
  const rows: CellValue[][] = parseCsv(text);
  for (const row of rows) for (let c = 0; c < row.length; c++) if (isBlank(row[c])) row[c] = null;
  return { sheetName: name, values: rows };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
