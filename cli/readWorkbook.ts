import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseRange, type CellValue, type Grid, type MergedArea } from '../core/grid';
import { UserError } from '../core/i18n';
import { parseCsv } from './csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Above this many rows a sheet is read but the run warns it is slow; the hard limit is Excel's own. */
const EXCEL_MAX_ROWS = 1048576;

/** Reads every sheet of an .xlsx or .csv file into grids. Throws `UserError` with a plain reason. */
export async function readWorkbook(file: string): Promise<Grid[]> {
  const bytes = await readBytes(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return [csvGrid(bytes, path.basename(file, ext))];
  const workbook = await openXlsx(bytes, path.basename(file));
  if (workbook.worksheets.length === 0) throw new UserError(`“${path.basename(file)}” tidak berisi sheet.`, `The workbook has no sheets.`);
  return workbook.worksheets.map(sheetGrid);
}

/** The bytes of a file, or an `UserError` saying why they cannot be had. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new UserError(`“${file}” adalah folder, bukan berkas.`, `“${file}” is a folder, not a file.`);
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`Berkas tidak ditemukan atau tidak dapat dibaca: ${file}`, `File not found or unreadable: ${file}`);
  }
}

/** Opens .xlsx bytes with exceljs; a locked or old .xls, a non-spreadsheet or a corrupt file is an `UserError`. */
export async function openXlsx(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new UserError(`“${name}” terkunci kata sandi atau berformat .xls lama; buka kuncinya dan simpan sebagai .xlsx.`, `The file is password-protected or an old .xls; remove the password and save it as .xlsx.`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    if (bytes.length === 0) throw new UserError(`“${name}” kosong (0 byte).`, `The file is empty.`);
    throw new UserError(`“${name}” bukan berkas .xlsx atau .csv.`, `The file is not an .xlsx or .csv spreadsheet.`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`“${name}” rusak dan tidak dapat dibuka sebagai .xlsx.`, `The .xlsx file is corrupt and cannot be opened.`);
  }
  return workbook;
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function csvGrid(bytes: Buffer, name: string): Grid {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV (Comma delimited)" writes the Windows code page, not UTF-8.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.includes('\u0000')) throw new UserError(`“${name}” bukan berkas teks CSV.`, `The file is not a CSV text file.`);
  const rows = parseCsv(text);
  return { sheetName: name, values: rows.map((r) => r.map((c) => (c.trim() === '' ? null : c))) };
}

/** One worksheet as a grid from A1: values (merged cells empty but their top-left), number formats, merges. */
export function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rowCount = Math.min(sheet.rowCount, EXCEL_MAX_ROWS);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.findRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        rowValues[col - 1] = plainValue(cell.value);
        rowFormats[col - 1] = cell.numFmt ?? null;
      });
    }
    for (let c = 0; c < rowValues.length; c++) if (rowValues[c] === undefined) rowValues[c] = null;
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  return { sheetName: sheet.name, values, numberFormats, merges: mergesOf(sheet), topLeft: 'A1' };
}

function mergesOf(sheet: ExcelJS.Worksheet): MergedArea[] {
  const ranges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
  const out: MergedArea[] = [];
  for (const range of ranges) {
    const area = parseRange(range);
    if (area) out.push({ top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 });
  }
  return out;
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors) as plain grid values. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : plainValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}
