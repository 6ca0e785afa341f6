/**
 * Painting and unpainting findings. Each action reads the fills of the cells concerned in one
 * `getBackgrounds`, lets core decide (`planHighlight`, `planClear`), and writes one `setBackgrounds`
 * over the bounding box of the changed cells; the other cells of that box get back the fill just read.
 *
 * Sheets reports "no fill" as `#ffffff` and takes `null` to remove a fill, so `#ffffff` is read as
 * no fill (an explicit white fill written back becomes no fill: it looks the same).
 */
import type { Lang } from '../../core/i18n';
import { parseAddress } from '../../core/grid';
import { cellsToRead, planClear, planHighlight, type Fill, type FillWrite } from '../../core/workbench/highlight';
import type { ClearOutcome } from '../../core/workbench/outcomes';
import { validationPass, type ValidateOutcome } from '../../core/workbench/validationPass';
import { boundingBox, boxRange, type Box } from './box';
import { checkMemorySize, loadMemory, saveMemory, withMemoryLock } from './highlightStore';
import { readActiveSheet, readMapGrid } from './readSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Checks the active sheet and highlights the cells with findings. */
export function validateActive(lang: Lang): ValidateOutcome {
  return withMemoryLock(() => validateLocked(lang));
}

function validateLocked(lang: Lang): ValidateOutcome {
  const read = readActiveSheet();
  const { report, targets } = validationPass(read.grid, lang, readMapGrid());
  const key = sheetKey(read.sheet);
  const stored = loadMemory();
  const remembered = stored.memory[key];
  const current = readFills(read.sheet, cellsToRead(targets, remembered), read);
  const { writes, remember, restored } = planHighlight(targets, current.fills, remembered);
  const memory = { ...stored.memory };
  if (Object.keys(remember).length) memory[key] = remember;
  else delete memory[key];
  checkMemorySize(memory);
  writeFills(read.sheet, writes, current);
  saveMemory(stored, memory);
  return { report, highlighted: targets.size, restored };
}

/** Gives every highlighted cell of the active sheet its previous fill back. */
export function clearActive(): ClearOutcome {
  return withMemoryLock(clearLocked);
}

function clearLocked(): ClearOutcome {
  const sheet = SpreadsheetApp.getActiveSheet();
  const name = sheet.getName();
  const key = sheetKey(sheet);
  const stored = loadMemory();
  const remembered = stored.memory[key];
  if (!remembered) return { sheet: name, restored: 0 };
  const current = readFills(sheet, Object.keys(remembered), null);
  const writes = planClear(current.fills, remembered);
  writeFills(sheet, writes, current);
  const memory = { ...stored.memory };
  delete memory[key];
  saveMemory(stored, memory);
  return { sheet: name, restored: writes.length };
}

/** Highlights belong to a sheet, not to its name: the id survives a rename. */
function sheetKey(sheet: Sheet): string {
  return String(sheet.getSheetId());
}

interface Fills {
  box: Box | null;
  /** The fills read over `box`, row by row, as Sheets gave them. */
  read: (string | null)[][];
  fills: Map<string, Fill>;
}

/**
 * The fills of `cells`, read over their bounding box in one call. Cells past the sheet's edge (rows
 * deleted since the last check) are left out. `read` (the data range just read) saves asking the
 * sheet for its size when the box lies inside it.
 */
function readFills(sheet: Sheet, cells: string[], read: { rows: number; columns: number } | null): Fills {
  const wanted = boundingBox(cells);
  if (!wanted) return { box: null, read: [], fills: new Map() };
  let box: Box | null = wanted;
  if (!read || wanted.bottom > read.rows || wanted.right > read.columns) {
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    box = wanted.top > maxRows || wanted.left > maxColumns ? null : { ...wanted, bottom: Math.min(wanted.bottom, maxRows), right: Math.min(wanted.right, maxColumns) };
  }
  if (!box) return { box: null, read: [], fills: new Map() };
  const colours = boxRange(sheet, box).getBackgrounds();
  const fills = new Map<string, Fill>();
  for (const cell of cells) {
    const { row, column } = parseAddress(cell);
    if (row > box.bottom || column > box.right) continue;
    fills.set(cell, noFill(colours[row - box.top][column - box.left]));
  }
  return { box, read: colours, fills };
}

function noFill(colour: string | null | undefined): Fill {
  if (!colour || colour.toLowerCase() === '#ffffff') return null;
  return colour;
}

/** One `setBackgrounds` over the bounding box of the writes; the box's other cells keep the fill read. */
function writeFills(sheet: Sheet, writes: FillWrite[], current: Fills): void {
  const inside = writes.filter((w) => current.fills.has(w.cell));
  const box = boundingBox(inside.map((w) => w.cell));
  if (!box || !current.box) return;
  const from = current.box;
  const grid: (string | null)[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: (string | null)[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(noFill(current.read[r - from.top][c - from.left]));
    grid.push(row);
  }
  for (const w of inside) {
    const { row, column } = parseAddress(w.cell);
    grid[row - box.top][column - box.left] = w.fill;
  }
  boxRange(sheet, box).setBackgrounds(grid);
}
