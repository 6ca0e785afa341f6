/**
 * Reading a worksheet (the active one, or the indicator table a summary needs) into a core `Grid`: the used range's values and number formats and
 * its merged areas, in the same round trip as whatever else the action needs (the highlight memory,
 * the summary sheet's signature). A 10,000-row matrix fits one response (about 3.5 MB for 16
 * columns); when Excel refuses the read as too large, the sheet is read again in row blocks, one
 * round trip each, halving a block Excel still refuses.
 *
 * Too large means either limit Microsoft documents
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * 5 MB for a response on the web, or 5,000,000 cells for one read on every platform, where "the API
 * will either return null or throw an error" (RangeExceedsLimit). A `null` where values were loaded
 * is taken as that refusal, never read as an empty sheet.
 */
import type { CellValue, Grid, MergedArea } from '../core/grid';
import { serialDate } from '../core/periods/serialDate';
import { isDateFormat } from '../core/values/dateFormat';
import { areaAddress, parseAreas, type Area } from './addresses';
import { isTooLarge } from './payload';

export interface ActiveSheet {
  /** Excel's id of the worksheet: stable when the sheet is renamed or moved. */
  id: string;
  name: string;
  /** 0-based position among the sheets. */
  position: number;
}

export interface SheetRead<T> {
  sheet: ActiveSheet;
  grid: Grid;
  /** What `alongside` read in the same round trip. */
  extra: T;
}

/** Queues further loads on the first round trip; gives a function that collects them after it. */
export type Alongside<T> = (context: Excel.RequestContext, worksheet: Excel.Worksheet) => () => T;

/** Cells per block when the sheet has to be read in parts (about 2 MB of values and formats). */
export const BLOCK_CELLS = 100_000;

/** Which worksheet to read; asked again when the read has to start over in blocks. */
export type PickSheet = (context: Excel.RequestContext) => Excel.Worksheet;

const ACTIVE: PickSheet = (context) => context.workbook.worksheets.getActiveWorksheet();

export function readActiveSheet<T>(context: Excel.RequestContext, alongside: Alongside<T>): Promise<SheetRead<T>> {
  return readSheet(context, ACTIVE, alongside);
}

export async function readSheet<T>(context: Excel.RequestContext, pick: PickSheet, alongside: Alongside<T>): Promise<SheetRead<T>> {
  const worksheet = pick(context);
  worksheet.load('id,name,position');
  const extra = alongside(context, worksheet);
  // valuesOnly: formatting far below the matrix (a coloured column) does not widen the read.
  const used = worksheet.getUsedRange(true);
  used.load('address,values,numberFormat');
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  try {
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    return readInBlocks(context, pick, alongside);
  }
  if (!isArray2(used.values) || !isArray2(used.numberFormat)) return readInBlocks(context, pick, alongside); // over 5,000,000 cells
  const area = parseAreas(used.address)[0];
  const merges = merged.isNullObject ? [] : parseAreas(merged.address);
  return {
    sheet: { id: worksheet.id, name: worksheet.name, position: worksheet.position },
    grid: toGrid(worksheet.name, area, [{ top: area.top, values: used.values, formats: used.numberFormat }], merges),
    extra: extra(),
  };
}

/**
 * The same read in row blocks. The failed request changed nothing, so everything is asked again,
 * first the sheet and the used range's size, then each block in its own round trip.
 */
async function readInBlocks<T>(context: Excel.RequestContext, pick: PickSheet, alongside: Alongside<T>): Promise<SheetRead<T>> {
  const worksheet = pick(context);
  worksheet.load('id,name,position');
  const extra = alongside(context, worksheet);
  const used = worksheet.getUsedRange(true);
  used.load('address');
  await context.sync();
  const area = parseAreas(used.address)[0];
  const width = area.right - area.left + 1;
  let blockRows = Math.max(1, Math.floor(BLOCK_CELLS / width));
  const blocks: { top: number; values: unknown[][]; formats: unknown[][] }[] = [];
  const merges: Area[] = [];
  for (let top = area.top; top <= area.bottom; ) {
    const bottom = Math.min(area.bottom, top + blockRows - 1);
    const range = worksheet.getRange(areaAddress({ top, bottom, left: area.left, right: area.right }));
    range.load('values,numberFormat');
    const merged = range.getMergedAreasOrNullObject();
    merged.load('address');
    let refused: unknown;
    try {
      await context.sync(); // one round trip per block: one request cannot carry this sheet
      if (!isArray2(range.values) || !isArray2(range.numberFormat)) refused = new Error('RangeExceedsLimit: Excel gave no values for a block');
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      refused = error;
    }
    if (refused) {
      if (blockRows === 1) throw refused;
      blockRows = Math.ceil(blockRows / 2);
      continue;
    }
    blocks.push({ top, values: range.values, formats: range.numberFormat });
    // Each merged area is reported by the block holding its top-left cell (OfficeDev/office-js#3611): never twice.
    if (!merged.isNullObject) merges.push(...parseAreas(merged.address));
    top = bottom + 1;
  }
  return { sheet: { id: worksheet.id, name: worksheet.name, position: worksheet.position }, grid: toGrid(worksheet.name, area, blocks, merges), extra: extra() };
}

function isArray2(value: unknown): value is unknown[][] {
  return Array.isArray(value);
}

/**
 * One value as core reads it: `''` is an empty cell (`null`); a number in a date format is a date
 * cell (Excel's `Range.values` gives dates as serials), read by core's one rule for dates as the
 * command line reads it from the .xlsx (core/periods/serialDate.ts).
 */
function cellOf(v: unknown, format: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' && isDateFormat(typeof format === 'string' ? format : null)) return serialDate(v) ?? v;
  return v as CellValue;
}

/** Excel's blocks as a Grid (cells by `cellOf`), merges relative to the grid's top-left. */
export function toGrid(sheetName: string, area: Area, blocks: { top: number; values: unknown[][]; formats: unknown[][] }[], merges: Area[]): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const block of blocks) {
    block.values.forEach((row, i) => {
      values[block.top - area.top + i] = row.map((v, j) => cellOf(v, block.formats[i]?.[j]));
      numberFormats[block.top - area.top + i] = (block.formats[i] ?? []).map((f) => (typeof f === 'string' ? f : null));
    });
  }
  const relative: MergedArea[] = merges.map((m) => ({ top: m.top - area.top, left: m.left - area.left, bottom: m.bottom - area.top, right: m.right - area.left }));
  return { sheetName, values, numberFormats, merges: relative, topLeft: areaAddress({ ...area, bottom: area.top, right: area.left }) };
}
