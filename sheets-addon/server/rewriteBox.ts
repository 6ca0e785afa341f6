/**
 * Writing scattered cells in a fixed number of calls: one `setValues` over the bounding box of the
 * cells, every other cell of the box given back exactly what it holds: its formula, or its value as
 * Sheets gave it (a text guarded as text, a date as the instant Sheets handed over, which it reads
 * back as the same day). Just before, one read of the box as it is now (values, rich text) and of
 * the formulas from A1 to the box's far corner (an array formula above or to the left can spill
 * into the box).
 *
 * A rewrite would change some cells even when it gives them their value back, so then nothing is
 * written and the caller writes cell by cell instead:
 * - a text with runs of its own (part bold, a link inserted in the text: rewriting it leaves plain
 *   text);
 * - a value an array formula spilled there (ARRAYFORMULA, FILTER, RB_VALIDASI: arrayFormula.ts):
 *   writing over it breaks the array.
 * And if the box no longer holds what the fixes were computed from (someone typed meanwhile), it
 * refuses: nothing is written.
 */
import { toRangeList, type CellValue } from '../../core/grid';
import { literalText, type HostValue } from '../../core/workbench/textGuard';
import { UserError } from '../../core/i18n';
import { maySpill } from './arrayFormula';
import { boxRange, type Box } from './box';
import type { SheetRead } from './readSheet';

type RichText = GoogleAppsScript.Spreadsheet.RichTextValue;

function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

function same(a: unknown, b: unknown): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b || ((a === '' || a === null || a === undefined) && (b === '' || b === null || b === undefined));
}

/** A text that is more than its characters: several runs, or a link. */
function isRich(rich: RichText | null): boolean {
  if (!rich) return false;
  return rich.getRuns().length > 1 || rich.getLinkUrl() !== null;
}

/** For each cell of rows 1…bottom and columns 1…right: may an array formula above or to its left (or in it) reach it? */
function spillReach(formulas: string[][]): boolean[][] {
  const reach: boolean[][] = [];
  for (let r = 0; r < formulas.length; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < formulas[r].length; c++) {
      const formula = formulas[r][c];
      row.push((formula !== '' && maySpill(formula)) || (r > 0 && reach[r - 1][c]) || (c > 0 && row[c - 1]));
    }
    reach.push(row);
  }
  return reach;
}

/**
 * Writes `writes` (cell → value, values as textGuard makes them) into `box` with one `setValues`.
 * False, having written nothing, when the box holds a cell a rewrite would change.
 */
export function rewriteBox(read: SheetRead, box: Box, writes: Map<string, HostValue>, cellOf: (row: number, column: number) => string): boolean {
  const sheet = read.sheet;
  const range = boxRange(sheet, box);
  const now = range.getValues() as CellValue[][];
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      if (!same(now[r - box.top][c - box.left], read.raw[r - 1]?.[c - 1])) {
        throw new UserError(
          `Sheet “${read.grid.sheetName}” berubah saat perbaikan disiapkan (sel ${cellOf(r, c)}). Tidak ada yang diubah; periksa lagi lalu perbaiki.`,
          `Sheet “${read.grid.sheetName}” changed while the fixes were being prepared (cell ${cellOf(r, c)}). Nothing was changed; check again, then fix.`,
        );
      }
    }
  }
  const formulas = sheet.getRange(1, 1, box.bottom, box.right).getFormulas();
  const rich = range.getRichTextValues();
  const reach = spillReach(formulas);
  const grid: HostValue[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: HostValue[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const written = writes.get(cellOf(r, c));
      if (written !== undefined) {
        row.push(written);
        continue;
      }
      const formula = formulas[r - 1][c - 1];
      if (formula !== '') {
        row.push(formula);
        continue;
      }
      const value = now[r - box.top][c - box.left];
      if (value === '' || value === null) {
        row.push('');
        continue;
      }
      if (reach[r - 1][c - 1] || isRich(rich[r - box.top][c - box.left])) return false;
      row.push(typeof value === 'string' ? literalText(value, read.grid.numberFormats?.[r - 1]?.[c - 1]) : (value as HostValue));
    }
    grid.push(row);
  }
  range.setValues(grid);
  return true;
}

/** The edits grouped by the value they write: one range list each. */
export function writeByValue(read: SheetRead, writes: Map<string, HostValue>): void {
  const groups = new Map<string, { value: HostValue; cells: string[] }>();
  for (const [cell, value] of writes) {
    const key = `${typeof value}:${String(value)}`;
    const group = groups.get(key) ?? { value, cells: [] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  for (const { value, cells } of groups.values()) {
    const list = read.sheet.getRangeList(toRangeList(cells));
    if (value === '') list.clearContent();
    else list.setValue(value);
  }
}
