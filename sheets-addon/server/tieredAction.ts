/**
 * Issue 17 in Sheets: the reads and writes of *Bagikan ke koordinator* and *Kumpulkan laporan*. The
 * passes themselves (core/workbench/tieredPass.ts: the split, the merge, the log) run in the sidebar
 * (sheets-addon/client/scriptBridge.ts), so the server script stays within its size limit; the
 * sidebar reads the matrix and each coordinator's sheet through these, one google.script.run call
 * each (its progress line per unit), and hands back the plans and cells to write.
 *
 * Calls grow with the coordinators, never with the rows; nothing is written before every sheet to
 * be replaced is known to be RB Matrix's own (placement.ts).
 *
 * The matrix's cells are written as certain fixes are (rewriteBox.ts): one `setValues` over the box of
 * the changed cells, or, where rewriting the box would change a cell (rich text, array results), by
 * value.
 */
import { columnLetter, parseCell } from '../../core/grid';
import { UserError } from '../../core/i18n';
import { placement } from '../../core/plan/placement';
import type { Plan } from '../../core/plan/plan';
import { literalText, type HostValue } from '../../core/workbench/textGuard';
import { toWire, type WireGrid } from '../wireGrid';
import { boundingBox } from './box';
import { writePlan } from './planWriter';
import { rewriteBox, writeByValue } from './rewriteBox';
import { readActiveSheet, readMapGrid, readSheet } from './readSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A master cell to set (A1) and its value as core gave it (text guarded: tieredPass.ts). */
export interface CellWrite {
  cell: string;
  value: HostValue;
}

/** The active matrix, the column maps, and every sheet's name (the sidebar picks the coordinators' sheets). */
export function readMaster(): { master: WireGrid; map?: WireGrid; sheets: string[] } {
  const read = readActiveSheet();
  const map = readMapGrid();
  const sheets = SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((s) => s.getName());
  return { master: toWire(read.grid), ...(map && { map: toWire(map) }), sheets };
}

/** One sheet, read whole (a coordinator's). */
export function readNamedSheet(name: string): WireGrid {
  return toWire(readSheet(sheetNamed(name)).grid);
}

export function sheetNamed(name: string): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new UserError(`Sheet “${name}” tidak ditemukan; mungkin sudah diganti namanya atau dihapus.`, `Sheet “${name}” was not found; it may have been renamed or deleted.`);
  return sheet;
}

/** Each plan's existing sheet to replace (RB Matrix's own), or undefined for a new one; a person's sheet throws. */
function placements(spreadsheet: Spreadsheet, plans: Plan[]): (Sheet | undefined)[] {
  return plans.map((plan) => {
    const existing = spreadsheet.getSheetByName(plan.sheetName);
    if (!existing) return undefined;
    const signature = existing.getRange(plan.signature.row + 1, plan.signature.column + 1).getDisplayValue();
    placement(plan, { name: existing.getName(), signatureText: signature });
    return existing;
  });
}

/** Writes `plans` after `matrix` (or in place of RB Matrix's sheets of their names), a toast each; the user stays on the matrix. */
export function writeSheets(matrix: string, plans: Plan[]): { replaced: number } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const master = sheetNamed(matrix);
  const replacing = placements(spreadsheet, plans);
  let next = master.getIndex(); // insertSheet counts from 0: right after the matrix
  plans.forEach((plan, i) => {
    spreadsheet.toast(`${plan.sheetName} (${i + 1}/${plans.length})`, 'RB Matrix');
    const old = replacing[i];
    writePlan(spreadsheet, plan, { index: old ? old.getIndex() - 1 : next++, ...(old && { replacing: old }) });
  });
  master.activate(); // insertSheet shows each new sheet
  return { replaced: replacing.filter(Boolean).length };
}

/** The matrix cells a collection changes, then its log sheet. */
export function writeCollection(matrix: string, writes: CellWrite[], log: Plan): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const master = sheetNamed(matrix);
  const [old] = placements(spreadsheet, [log]);
  writeCells(master, writes);
  writePlan(spreadsheet, log, { index: old ? old.getIndex() - 1 : master.getIndex(), ...(old && { replacing: old }) });
  master.activate();
}

/**
 * The matrix cells, as fixes are written (rewriteBox.ts): one `setValues` over the box of the
 * changed cells, every other cell of it given back what it holds; cell values grouped by value where
 * a rewrite would change a cell it gives back (rich text, an array formula's results).
 */
function writeCells(sheet: Sheet, writes: CellWrite[]): void {
  const cells = new Map(writes.filter((w) => parseCell(String(w.cell))).map((w) => [String(w.cell), guarded(w.value)]));
  const box = boundingBox(cells.keys());
  if (!box) return;
  const read = readSheet(sheet);
  if (!rewriteBox(read, box, cells, (row, column) => `${columnLetter(column)}${row}`)) writeByValue(read, cells);
}

/** Anything can call a top-level function: a text that is not guarded yet is guarded here, so none becomes a formula. */
function guarded(value: unknown): HostValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value ?? '');
  return text === '' || text.startsWith("'") ? text : literalText(text);
}
