/**
 * Tiered monitoring inside one workbook (issue 17), for the Excel and Sheets hosts, on core/tiered:
 * - *Bagikan ke koordinator*: one sheet per coordinator beside the matrix (core/tiered's unit sheet:
 *   only its rows, plan cells locked, monitoring cells open, row keys in a hidden column), named
 *   `Lapor <coordinator>`; each is signed by the key column's header, so a sheet of that name a
 *   person made is never replaced (placement.ts);
 * - *Kumpulkan laporan*: those sheets (and, in Excel, unit files picked in the task pane) merged back
 *   into the matrix by row key (core/tiered's merge decisions: only cells that change, conflicts held
 *   back), with the *Log penggabungan* sheet.
 * The hosts read, call these, and write; every rule is here or in core/tiered.
 */
import { cellAddress, cellText, parseAddress, type Grid } from '../grid';
import { UserError, type Bilingual, type Lang } from '../i18n';
import { readMatrix, type Matrix } from '../model/readMatrix';
import type { Quarter } from '../periods/quarter';
import { isReportYear } from '../periods/reportYear';
import type { Plan } from '../plan/plan';
import { mergeDecisions, type CellWrite, type MergeResult, type UnitInput, type UnitOutcome } from '../tiered/mergeDecisions';
import { KEY_LABEL, matrixIdentity, readIdentity } from '../tiered/splitIdentity';
import { SPLIT_BY, splitColumn, splitPlan, type SplitBy } from '../tiered/splitPlan';
import { unitSheets } from '../tiered/unitSheets';
import { cellDay } from '../periods/cellDay';
import { dayToExcelSerial } from '../periods/excelSerial';
import { calendarDate } from '../periods/calendarDate';
import { mergeLogPlan, readCollections } from '../tiered/mergeLog';
import { activeMatrix } from './activeMatrix';
import { literalValue, type HostValue } from './textGuard';
import { readOptionsFor } from './columnsPass';

export type { UnitOutcome };

/** The first word of every coordinator's sheet: how *Kumpulkan laporan* finds them. */
export const UNIT_PREFIX = 'Lapor ';
const MAX_SHEET_NAME = 31;

export interface ShareRequest {
  by: SplitBy;
  /** The year whose blocks are opened (the matrix's plan year when absent). */
  year?: number;
  /** Asked to lift a sheet's protection in Excel (Sheets then keeps others out of the locked cells). */
  password?: string;
  lang: Lang;
}

export interface SharedUnit {
  part: string;
  sheetName: string;
  outputs: number;
}

/** Plain data for the panel. */
export interface ShareOutcome {
  matrixSheet: string;
  units: SharedUnit[];
  /** Unit sheets RB Matrix had made before, replaced now (the host fills it). */
  replaced: number;
}

export interface CollectRequest {
  /** Copy only this quarter's blocks (every block when absent). */
  quarter?: Quarter;
  year?: number;
  overwrite?: boolean;
  lang: Lang;
}

/** A unit as a host read it: a sheet of this workbook, or the sheets of a file picked in Excel. */
export interface UnitSource {
  name: string;
  grids: Grid[];
  /** A sheet of the master's workbook (no identity sheet: it is the master's own split). */
  inWorkbook?: boolean;
}

/** A unit file picked in Excel's task pane, read in the browser (core/xlsx), or why it could not be. */
export type UnitFile = UnitSource | { name: string; problem: Bilingual };

/** A master cell to set, by its A1 address on the matrix sheet, with the value as the host writes it (text guarded). */
export interface MasterWrite {
  cell: string;
  value: HostValue;
}

export interface CollectOutcome {
  matrixSheet: string;
  logSheet: string;
  units: UnitOutcome[];
  /** Cells written into the matrix. */
  written: number;
  conflicts: number;
}

/** Checks a request from the panel or the menu before any sheet is read. */
export function checkShareRequest(request: { by?: unknown; year?: unknown; password?: unknown; lang: Lang }): ShareRequest {
  const by = (request.by ?? 'koordinator') as SplitBy;
  if (!SPLIT_BY.includes(by)) throw new UserError(`Pembagian menurut “${String(request.by)}” tidak dikenal; pilih ${SPLIT_BY.join(', ')}.`, `Unknown split “${String(request.by)}”; choose ${SPLIT_BY.join(', ')}.`);
  const year = checkYear(request.year);
  const password = request.password === undefined || request.password === null || request.password === '' ? undefined : String(request.password);
  return { by, ...(year !== undefined && { year }), ...(password !== undefined && { password }), lang: request.lang };
}

export function checkCollectRequest(request: { quarter?: unknown; year?: unknown; overwrite?: unknown; lang: Lang }): CollectRequest {
  const quarter = request.quarter === undefined || request.quarter === null || request.quarter === '' ? undefined : Number(request.quarter);
  if (quarter !== undefined && ![1, 2, 3, 4].includes(quarter)) throw new UserError(`Triwulan “${String(request.quarter)}” tidak dikenal; pilih TW I–IV.`, `Unknown quarter “${String(request.quarter)}”; choose TW I–IV.`);
  const year = checkYear(request.year);
  return { ...(quarter !== undefined && { quarter: quarter as Quarter }), ...(year !== undefined && { year }), ...(request.overwrite === true && { overwrite: true }), lang: request.lang };
}

function checkYear(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const year = Number(value);
  if (!isReportYear(year)) throw new UserError(`Tahun “${String(value)}” tidak dikenal; isi tahun seperti 2025.`, `Unknown year “${String(value)}”; enter a year such as 2025.`);
  return year;
}

/** The master of a share or a collection: the active sheet's matrix, never a coordinator's sheet. */
function masterMatrix(grid: Grid, mapGrid: Grid | undefined): Matrix {
  const matrix = activeMatrix(grid, readOptionsFor(grid, mapGrid));
  if (isUnitGrid(grid)) {
    throw new UserError(
      `Sheet “${grid.sheetName}” adalah bagian seorang koordinator, bukan matriks induk. Buka sheet matriks induk lalu coba lagi.`,
      `Sheet “${grid.sheetName}” is a coordinator's part, not the master matrix. Open the master matrix sheet and try again.`,
    );
  }
  return matrix;
}

/** True for a sheet a split made: the key column's header is in its first rows. */
export function isUnitGrid(grid: Grid): boolean {
  return grid.values.slice(0, 30).some((row) => row?.some((v) => cellText(v) === KEY_LABEL));
}

/** `Lapor Biro Umum`, within Excel's 31 characters and rules, unique (case aside) among `used`, which it joins. */
export function unitSheetName(part: string, used: Set<string>): string {
  const clean = part.replace(/[\\/?*[\]:]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || '-';
  const base = (UNIT_PREFIX + clean).slice(0, MAX_SHEET_NAME).trim();
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 3).trim()} (${n})`;
  used.add(name.toLowerCase());
  return name;
}

/** The coordinators' sheets to write, in the matrix's order of first appearance (outputs without a name last). */
export function sharePass(grid: Grid, request: ShareRequest, now: Date, mapGrid?: Grid): { plans: Plan[]; outcome: ShareOutcome } {
  const matrix = masterMatrix(grid, mapGrid);
  const split = splitPlan(matrix, request.by);
  const used = new Set([grid.sheetName.toLowerCase()]);
  const parts = [...split.parts, ...(split.unassigned ? [split.unassigned] : [])];
  const splitOn = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const plans = parts.map((part) => {
    const sheet = unitSheets(matrix, split, part, { splitOn, ...(request.year !== undefined && { year: request.year }), ...(request.password !== undefined && { password: request.password }) })[1];
    return { ...sheet, sheetName: unitSheetName(part.name, used) };
  });
  return {
    plans,
    outcome: { matrixSheet: grid.sheetName, units: parts.map((p, i) => ({ part: p.name, sheetName: plans[i].sheetName, outputs: p.outputs.length })), replaced: 0 },
  };
}

/** The sheets of the workbook that are coordinators' parts, by name (what the host then reads whole). */
export function unitSheetNames(names: readonly string[], master: string): string[] {
  return names.filter((n) => n.toLowerCase() !== master.toLowerCase() && n.toLowerCase().startsWith(UNIT_PREFIX.toLowerCase()));
}

/** A unit as the merge takes it: a sheet of this workbook has the master's identity; a file its own. */
function unitInput(source: UnitSource, master: Matrix, request: CollectRequest): UnitInput {
  if (source.inWorkbook) {
    const grid = source.grids[0];
    const matrix = readMatrix(grid);
    const part = (matrix && partOfRows(matrix)) ?? (grid.sheetName.startsWith(UNIT_PREFIX) ? grid.sheetName.slice(UNIT_PREFIX.length) : grid.sheetName);
    return { name: source.name, identity: { ...matrixIdentity(master), ...(request.year !== undefined && { year: request.year }), by: 'koordinator', part, splitOn: '' }, ...(matrix && { matrix }) };
  }
  const identity = readIdentity(source.grids);
  const grid = unitGridOf(source);
  const matrix = grid && readMatrix(grid);
  return { name: source.name, ...(identity && { identity }), ...(matrix && { matrix }) };
}

/**
 * The coordinator a unit sheet's rows all name, as the master writes it: the sheet's name is cut to
 * 31 characters (`Lapor Pusat Pengembangan Sistem`) and would not match the master's coordinator in
 * the log or in the summary's who-has-reported. `undefined` when the rows name several, or none.
 */
function partOfRows(matrix: Matrix): string | undefined {
  if (splitColumn(matrix, 'koordinator') === undefined) return undefined;
  const { parts, unassigned } = splitPlan(matrix, 'koordinator');
  if (parts.length === 1 && !unassigned) return parts[0].name;
  if (parts.length === 0 && unassigned) return unassigned.name;
  return undefined;
}

/** A unit's value as a host writes it into the master: text stays text, a date its serial day. */
function hostValue(value: CellWrite['value'], numberFormat: string | null | undefined): HostValue {
  if (value instanceof Date) {
    const day = cellDay(value);
    return day ? dayToExcelSerial(day.year, day.month, day.day) ?? '' : '';
  }
  return literalValue(value, numberFormat);
}

/** The grid of a unit source that holds its rows. */
function unitGridOf(source: UnitSource): Grid | undefined {
  if (source.inWorkbook) return source.grids[0];
  const identity = readIdentity(source.grids);
  return source.grids.find((g) => g.sheetName === identity?.sheet) ?? source.grids.find(isUnitGrid);
}

/**
 * The merge of `units` into the active sheet's matrix: the master cells to write (A1 addresses on the
 * matrix sheet), the log sheet's plan, and the outcome for the panel.
 */
export function collectPass(grid: Grid, units: readonly UnitFile[], request: CollectRequest, madeOn: Date, mapGrid?: Grid, previousLog?: Grid): { writes: MasterWrite[]; log: Plan; outcome: CollectOutcome; result: MergeResult } {
  const master = masterMatrix(grid, mapGrid);
  if (units.length === 0) {
    throw new UserError(
      `Belum ada laporan untuk dikumpulkan: tidak ada sheet “${UNIT_PREFIX}…” di workbook ini dan tidak ada berkas yang dipilih. Jalankan “Bagikan ke koordinator” dulu.`,
      `There is nothing to collect: no “${UNIT_PREFIX}…” sheet in this workbook and no file picked. Run “Share with coordinators” first.`,
    );
  }
  const inputs: UnitInput[] = units.map((u) => ('grids' in u ? unitInput(u, master, request) : { name: u.name, problem: u.problem }));
  const result = mergeDecisions(master, inputs, { ...(request.quarter !== undefined && { quarter: request.quarter }), ...(request.overwrite && { overwrite: true }) });
  const origin = parseAddress(grid.topLeft);
  const writes = result.writes.map((w) => ({ cell: cellAddress(origin, w.row, w.column), value: hostValue(w.value, grid.numberFormats?.[w.row]?.[w.column]) }));
  const unitFirstRow = new Map(units.flatMap((u) => ('grids' in u ? [[u.name, unitGridOf(u)?.topLeft ? parseAddress(unitGridOf(u)!.topLeft).row : 1] as const] : [])));
  // The same log as `rbm merge` writes: each coordinator's last collection carried over from the previous one.
  const log = mergeLogPlan(result, {
    day: calendarDate(madeOn),
    matrixSheet: grid.sheetName,
    masterFirstRow: origin.row,
    unitFirstRow,
    previous: readCollections(previousLog),
    ...(request.quarter !== undefined && { quarter: request.quarter }),
  });
  const conflicts = result.units.reduce((n, u) => n + u.conflicts, 0);
  return { writes, log, result, outcome: { matrixSheet: grid.sheetName, logSheet: log.sheetName, units: result.units, written: writes.length, conflicts } };
}
