/**
 * Everything Apps Script calls, gathered in one namespace. The build (scripts/build-sheets.mjs)
 * bundles this file as `var RBMatrix = (() => { … })()` and writes, for each export, a top-level
 * `function NAME(…) { return RBMatrix.NAME.apply(this, arguments); }` with the JSDoc written here
 * (or, for the RB_ functions, the JSDoc of core/functions), because Apps Script only sees top-level
 * function declarations: triggers, menu items, google.script.run and custom functions.
 *
 * Sidebar calls take and return plain JSON only (google.script.run drops a Date and everything
 * after it), and fail with an Error whose message is the sentence for the user.
 */
import { UserError, errorText, type Lang } from '../../core/i18n';
import type { SummaryRequest } from '../../core/workbench/summaryPass';
import { applyActive, previewActive } from './fixAction';
import { clearActive, validateActive } from './highlightAction';
import { asLang, userLanguage } from './language';
import { buildMenu, menuCollect, menuFix, menuNewMatrix, menuPrepare, menuShare, menuSummary, menuValidate, openPanel } from './menu';
import { sheetNames, writeNewSheet } from './templateAction';
import { liveEdit, setLiveCheck } from './liveAction';
import { readMaster, readNamedSheet, writeCollection, writeSheets, type CellWrite } from './tieredAction';
import type { Plan } from '../../core/plan/plan';
import { selectCell } from './selectAction';
import { summariseActive } from './summaryAction';
import { writePrepared } from './prepareAction';
import { inspectColumns, previewColumns, saveColumns } from './columnsAction';
import { ColumnMapSchema, type ColumnMap } from '../../core/columnMap/columnMap';

export { RB_AKHIR_TW, RB_CAPAIAN, RB_CAPAIAN_PERIODE, RB_NILAI, RB_NILAI_CAPAIAN, RB_PREDIKAT, RB_STATUS, RB_TW, RB_VALIDASI } from './customFunctions';

/**
 * The result as plain JSON (a Date becomes its ISO text), or an Error carrying the user's sentence.
 * The sidebar's calls are typed from these declarations (client/scriptBridge.ts), but anything can
 * call a top-level function of the script: each checks its arguments again (`asLang`, `String`).
 */
function sidebarCall<T>(lang: Lang, body: () => T): T {
  try {
    const result = body();
    return result === undefined ? (null as T) : (JSON.parse(JSON.stringify(result)) as T);
  } catch (e) {
    if (!(e instanceof UserError)) console.error(e);
    throw new Error(errorText(e, lang));
  }
}

/**
 * Adds the RB Matrix menu when the spreadsheet opens.
 * @param {Object} e The open event.
 */
export function onOpen(e?: unknown): void {
  buildMenu();
}

/**
 * Adds the RB Matrix menu right after the add-on is installed.
 * @param {Object} e The install event.
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/**
 * Checks the matrix sheet again after an edit, when the panel's switch is on (off by default).
 * @param {Object} e The edit event.
 */
export function onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  liveEdit(e);
}

/**
 * Sidebar: checking while typing on or off (on: the active sheet is checked now).
 * @param {boolean} enabled On or off.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbSetLiveCheck(enabled: boolean, lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => setLiveCheck(enabled === true, l));
}

/** Menu: Periksa matriks. */
export function rbMenuValidate(): void {
  menuValidate();
}

/** Menu: Perbaiki otomatis. */
export function rbMenuFix(): void {
  menuFix();
}

/** Menu: Buat ringkasan TW… */
export function rbMenuSummary(): void {
  menuSummary(new Date());
}

/** Menu: Siapkan monitoring… */
export function rbMenuPrepare(): void {
  menuPrepare();
}

/** Menu: Buat matriks baru… */
export function rbMenuNewMatrix(): void {
  menuNewMatrix();
}

/** Menu: Bagikan ke koordinator (in the panel). */
export function rbMenuShare(): void {
  menuShare();
}

/** Menu: Kumpulkan laporan (in the panel). */
export function rbMenuCollect(): void {
  menuCollect();
}

/** Menu: Buka panel. */
export function rbMenuOpenPanel(): void {
  openPanel();
}

/**
 * Sidebar: the user's language, id or en.
 * @return {string}
 */
export function rbLanguage(): Lang {
  return userLanguage();
}

/**
 * Sidebar: checks the active sheet and highlights the cells with findings.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbValidate(lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => validateActive(l));
}

/**
 * Sidebar: gives the highlighted cells of the active sheet their previous fills back.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbClearHighlights(lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => clearActive());
}

/**
 * Sidebar: what the certain fixes of the active sheet would change; writes nothing.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbPreviewFixes(lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => previewActive(l));
}

/**
 * Sidebar: applies the certain fixes of the active sheet.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbApplyFixes(lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => applyActive(l));
}

/**
 * Sidebar: creates or replaces the summary sheet of a period.
 * @param {Object} request year, quarter (1-4) and lang.
 * @return {Object}
 */
export function rbSummarise(request: SummaryRequest) {
  const r = (request && typeof request === 'object' ? request : {}) as Partial<SummaryRequest>;
  const l = asLang(r.lang);
  return sidebarCall(l, () => summariseActive({ year: r.year as number, quarter: r.quarter as SummaryRequest['quarter'], wholeYear: r.wholeYear === true, lang: l }, new Date()));
}

/**
 * Sidebar: writes the monitoring columns the sidebar prepared (Siapkan monitoring) onto the matrix sheet.
 * @param {string} sheet The matrix sheet's name.
 * @param {Object} plan The patch, from core.
 * @param {string} lang id or en.
 */
export function rbWritePrepared(sheet: string, plan: unknown, lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => writePrepared(String(sheet), asPlan(plan)));
}

/**
 * Sidebar: selects a cell of a sheet.
 * @param {string} sheet The sheet's name.
 * @param {string} cell The cell, e.g. F12.
 */
export function rbSelectCell(sheet: string, cell: string): void {
  const l = userLanguage();
  sidebarCall(l, () => selectCell(String(sheet), String(cell)));
}

/**
 * Sidebar: the header rows of the active sheet and the role each column got, for mapping by hand.
 * @param {string} lang id or en.
 * @param {Object} rows Optional [first, last] sheet rows to show instead.
 * @return {Object}
 */
export function rbInspectColumns(lang: Lang, rows?: unknown) {
  const l = asLang(lang);
  return sidebarCall(l, () => inspectColumns(l, asRows(rows)));
}

/**
 * Sidebar: the reading a column map would give of the active sheet.
 * @param {Object} map The column map.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbPreviewColumns(map: unknown, lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => previewColumns(asMap(map), l));
}

/**
 * Sidebar: saves the column map of the active sheet in the RB Matrix sheet.
 * @param {Object} map The column map.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbSaveColumns(map: unknown, lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => saveColumns(asMap(map)));
}

/**
 * Sidebar: the names of the spreadsheet's sheets (a new matrix takes a free one).
 * @return {Object}
 */
export function rbSheetNames() {
  return sidebarCall('id', () => sheetNames());
}

/**
 * Sidebar: writes a new matrix sheet the sidebar laid out (Buat matriks baru), at the end, and shows it.
 * @param {Object} plan The sheet, from core.
 * @param {string} lang id or en.
 */
export function rbWriteNewSheet(plan: unknown, lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => writeNewSheet(asPlan(plan)));
}

/**
 * Sidebar: the active matrix, the column maps and the sheets' names, for sharing or collecting.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbTieredRead(lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => readMaster());
}

/**
 * Sidebar: one sheet, read whole (a coordinator's).
 * @param {string} name The sheet's name.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbTieredReadSheet(name: string, lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => readNamedSheet(String(name)));
}

/**
 * Sidebar: writes the coordinators' sheets after the matrix (RB Matrix's earlier ones replaced, a person's never).
 * @param {string} matrix The matrix sheet's name.
 * @param {Object[]} plans The sheets, as core laid them out.
 * @param {string} lang id or en.
 * @return {Object}
 */
export function rbTieredWriteSheets(matrix: string, plans: unknown, lang: Lang) {
  const l = asLang(lang);
  return sidebarCall(l, () => writeSheets(String(matrix), asList<Plan>(plans)));
}

/**
 * Sidebar: writes a collection's cells into the matrix, and its log sheet.
 * @param {string} matrix The matrix sheet's name.
 * @param {Object[]} writes Cells (A1) and values.
 * @param {Object} log The log sheet, as core laid it out.
 * @param {string} lang id or en.
 */
export function rbTieredWriteCollection(matrix: string, writes: unknown, log: unknown, lang: Lang): void {
  const l = asLang(lang);
  sidebarCall(l, () => writeCollection(String(matrix), asList<CellWrite>(writes), log as Plan));
}

/** A list from the sidebar (its items are checked where they are used: resolvePlan, the cell guard). */
/** A plan from the sidebar: an object with a sheet name (the writers check the rest, as core's checkPlan). */
function asPlan(value: unknown): Plan {
  if (!value || typeof value !== 'object' || typeof (value as Plan).sheetName !== 'string') throw new UserError('Data dari panel tidak terbaca.', 'The data from the panel cannot be read.');
  return value as Plan;
}

function asList<T>(value: unknown): T[] {
  if (!Array.isArray(value)) throw new UserError('Data dari panel tidak terbaca.', 'The data from the panel cannot be read.');
  return value as T[];
}

/** Rows from the sidebar: two whole numbers, or none. */
function asRows(rows: unknown): [number, number] | undefined {
  if (!Array.isArray(rows) || rows.length !== 2) return undefined;
  const [a, b] = rows.map(Number);
  return Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= a ? [a, b] : undefined;
}

/** A map from the sidebar, checked by core's schema (anything can call a top-level function). */
function asMap(map: unknown): ColumnMap {
  const parsed = ColumnMapSchema.safeParse(map);
  if (!parsed.success) throw new UserError('Peta kolom dari panel tidak terbaca.', 'The column map from the panel cannot be read.');
  return parsed.data as ColumnMap;
}
