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
 * The matrix's cells are written one `setValues` per run of written cells in a column, a run going on
 * over cells that are empty in the matrix (written empty again): a first collection into empty
 * realisation columns is one call per column; cells already filled between two written ones cut it.
 * Rewriting a filled cell with what it holds would lose its rich text, links or array results.
 */
import { isBlank, parseCell } from '../../core/grid';
import { UserError } from '../../core/i18n';
import { placement } from '../../core/plan/placement';
import type { Plan } from '../../core/plan/plan';
import { literalText, type HostValue } from '../../core/workbench/textGuard';
import { toWire, type WireGrid } from '../wireGrid';
import { writePlan } from './planWriter';
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

function sheetNamed(name: string): Sheet {
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

/** The matrix cells, one `setValues` per run of written-or-empty cells in a column (see above). */
function writeCells(sheet: Sheet, writes: CellWrite[]): void {
  if (writes.length === 0) return;
  const range = sheet.getDataRange();
  const values = range.getValues();
  // A formula whose result is empty reads as empty: it must not be bridged over (and lost).
  const formulas = range.getFormulas();
  const empty = (row: number, column: number) => isBlank(values[row - 1]?.[column - 1]) && !formulas[row - 1]?.[column - 1];
  const cells = writes
    .map((w) => ({ ...parseCell(String(w.cell))!, value: guarded(w.value) }))
    .filter((c) => c.row !== undefined)
    .sort((a, b) => a.column - b.column || a.row - b.row);
  let run: { column: number; top: number; values: HostValue[] } | undefined;
  const flush = () => run && sheet.getRange(run.top, run.column, run.values.length, 1).setValues(run.values.map((v) => [v]));
  for (const cell of cells) {
    const bottom = run ? run.top + run.values.length - 1 : 0;
    if (run && run.column === cell.column && cell.row > bottom && emptyBetween(empty, cell.column, bottom + 1, cell.row - 1)) {
      for (let r = bottom + 1; r < cell.row; r++) run.values.push('');
      run.values.push(cell.value);
      continue;
    }
    flush();
    run = { column: cell.column, top: cell.row, values: [cell.value] };
  }
  flush();
}

/** Anything can call a top-level function: a text that is not guarded yet is guarded here, so none becomes a formula. */
function guarded(value: unknown): HostValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value ?? '');
  return text === '' || text.startsWith("'") ? text : literalText(text);
}

/** True when the cells of `column` from row `first` to `last` (1-based) hold nothing. */
function emptyBetween(empty: (row: number, column: number) => boolean, column: number, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) if (!empty(r, column)) return false;
  return true;
}
