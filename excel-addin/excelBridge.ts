/**
 * The Excel host of the shared panel (ui/bridge.ts) over `Excel.run`. Each action reads the active
 * sheet once, asks core/workbench what to do, and writes once:
 *
 * | action          | round trips (any size up to where 5 MB forces parts)                       |
 * |-----------------|----------------------------------------------------------------------------|
 * | validate        | 1 read sheet + memory + sheet list · (1 read of the `RB Matrix` column-map sheet, when there is one) · 1 read current fills of the cells concerned · 1 write |
 * | clearHighlights | 1 read memory · 1 read current fills · 1 write                              |
 * | previewFixes    | 1 read (+1 for the column-map sheet, when there is one)                     |
 * | applyFixes      | 1 read (+1 for the column-map sheet) · 1 write                              |
 * | prepare         | 1 read sheet + sheet list (+1 for the column-map sheet) · 1 write (cells, looks, merges, widths, validations, conditional formats; more only past 5 MB) |
 * | summarise       | 1 read sheet + same-named sheet + sheet list · 1 read of the other sheets' first rows (and the same-named sheet's signature, and the column-map sheet) · (1 read of the indicator table, when there is one) · 1 write |
 * | selectCell      | 1                                                                           |
 * | inspectColumns  | 1 read sheet + sheet list (+1 for the column-map sheet)                     |
 * | previewColumns  | 1 read                                                                      |
 * | saveColumns     | 1 read sheet + sheet list (+1 for the column-map sheet) · 1 write           |
 * | createMatrix    | 1 read sheet names · 1 write · 1 activate                                   |
 * | liveCheck (on)  | as validate, +1 to add the onChanged handler (once per sheet)              |
 * | each edit then  | 1 read of the edited rows · 1 read of the fills whose highlight changed · 1 write (none when nothing changed) |
 * | shareWithCoordinators, collectReports | see tieredActions.ts                                        |
 *
 * The column-map sheet is read only once the sheet list shows it exists: a method on a null object
 * (`getItemOrNullObject` that found nothing) fails the whole request.
 *
 * The highlight memory (the fills cells had before RB Matrix painted them) is a workbook setting,
 * per sheet by Excel's sheet id, so it travels with the file and survives renaming the sheet.
 */
import { UserError, errorText, languageOf, type Lang } from '../core/i18n';
import { parseAddress, parseRange } from '../core/grid';
import { SIGNATURE_CELL, summarySheetName } from '../core/summary/summaryPlan';
import { changeValue, fixPass } from '../core/workbench/fixes';
import { cellsToRead, decodeMemory, encodeMemory, highlightTargets, planClear, planHighlight, type HighlightMemory } from '../core/workbench/highlight';
import { LiveCheck, type RowEdit } from '../core/recheck/liveCheck';
import { readOptionsFor } from '../core/workbench/columnsPass';
import { placement } from '../core/plan/placement';
import { checkSummaryRequest, summaryPass } from '../core/workbench/summaryPass';
import { indicatorSheetName } from '../core/workbench/indicatorSheet';
import { validationPass } from '../core/workbench/validationPass';
import { preparePass, type PrepareOutcome, type PrepareRequest } from '../core/workbench/preparePass';
import type { ClearOutcome, FixOutcome, FixPreview, HostBridge, LiveUpdate, Progress, SummaryOutcome, SummaryRequest, ValidateOutcome } from '../ui/bridge';
import { areaAddress, parseAreas } from './addresses';
import { fromExcel } from './excelErrors';
import { readFills, writeFills } from './fills';
import { jsonBytes, WriteBatch } from './payload';
import { writePatch, writePlan } from './planWriter';
import { readActiveSheet, readSheet, toGrid, type Alongside } from './readSheet';
import { queueHeads, queueValues } from './sheetHeads';
import type { Grid } from '../core/grid';
import type { ColumnMap } from '../core/columnMap/columnMap';
import { isMapSheet } from '../core/columnMap/mapSheet';
import { columnsPass, previewPass, saveMapPass, type ColumnsPreview, type ColumnsView } from '../core/workbench/columnsPass';
import type { ColumnsSaved } from '../core/workbench/outcomes';
import { newMatrixPass, type NewMatrixOutcome, type NewMatrixRequest } from '../core/template/newMatrixPass';
import { checkCollectRequest, checkShareRequest, type UnitFile } from '../core/workbench/tieredPass';
import { readXlsx, XlsxError } from '../core/xlsx';
import type { CollectAsk, CollectOutcome, ShareAsk, ShareOutcome } from '../ui/bridge';
import { collectReports, shareWithCoordinators } from './tieredActions';
import { LOG_SHEET } from '../core/tiered/mergeLog';

/** The workbook setting that holds the highlight memory. */
export const MEMORY_KEY = 'rbm.highlights';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelBridgeOptions {
  /** `Excel.run`; tests pass their fake's. */
  run?: ExcelRun;
  /** Office's display language (`id-ID`, `en-US`). */
  displayLanguage?: () => string | undefined;
  /** The day a summary is made on. */
  now?: () => Date;
}

/** Loads the names of the sheets alongside the active one: enough to know whether the workbook has a column-map sheet. */
const withSheetList: Alongside<{ id: string; name: string }[]> = (context) => {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name');
  return () => sheets.items.map((s) => ({ id: s.id, name: s.name }));
};

/** The workbook's column-map sheet (`RB Matrix`), read in one more round trip when the sheet list shows one. */
async function readMapGrid(context: Excel.RequestContext, sheets: { id: string; name: string }[]): Promise<Grid | undefined> {
  const map = sheets.find((s) => isMapSheet(s.name));
  if (!map) return undefined;
  return (await readSheet(context, (ctx) => ctx.workbook.worksheets.getItem(map.id), () => () => undefined)).grid;
}

/** Loads the highlight memory alongside the sheet. */
const withMemory: Alongside<HighlightMemory> = (context) => {
  const setting = context.workbook.settings.getItemOrNullObject(MEMORY_KEY);
  setting.load('value');
  return () => decodeMemory(setting.isNullObject || typeof setting.value !== 'string' ? null : setting.value);
};

/** What checking while typing keeps between edits of the watched sheet. */
interface LiveState {
  sheetId: string;
  check: LiveCheck;
  /** The sheet as last read whole (its top-left and width place the rows an edit reads). */
  grid: Grid;
  /** The fills painted now, by cell. */
  targets: Map<string, string>;
  lang: Lang;
  onUpdate: (update: LiveUpdate) => void;
  mapGrid?: Grid;
}

export class ExcelBridge implements HostBridge {
  private readonly run: ExcelRun;
  private readonly displayLanguage: () => string | undefined;
  private readonly now: () => Date;
  /** The language of the last action, for errors of actions that are not told one (selectCell). */
  private lang: Lang;

  constructor(options: ExcelBridgeOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.displayLanguage = options.displayLanguage ?? (() => (typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined));
    this.now = options.now ?? (() => new Date());
    this.lang = languageOf(this.displayLanguage());
  }

  /** Runs one action; whatever goes wrong reaches the panel as a sentence in `lang`. */
  private async act<T>(lang: Lang, action: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.lang = lang;
    try {
      return await this.run(action);
    } catch (error) {
      throw new Error(errorText(fromExcel(error), lang));
    }
  }

  async language(): Promise<Lang> {
    return languageOf(this.displayLanguage());
  }

  validate(lang: Lang, progress?: Progress): Promise<ValidateOutcome> {
    return this.act(lang, async (context) => {
      progress?.('read');
      const { sheet, grid, extra } = await readActiveSheet(context, (ctx, ws) => {
        const memory = withMemory(ctx, ws);
        const sheets = withSheetList(ctx, ws);
        return () => ({ memory: memory(), sheets: sheets() });
      });
      const memory = extra.memory;
      const mapGrid = await readMapGrid(context, extra.sheets);
      progress?.('check');
      const { report, targets } = validationPass(grid, lang, mapGrid);
      const worksheet = context.workbook.worksheets.getItem(sheet.id);
      const restored = await this.paint(context, worksheet, sheet.id, targets, memory, progress);
      return { report, highlighted: targets.size, restored };
    });
  }

  /** Paints `targets` (only they: `only` limits the cells looked at) and gives back the fills of cells no longer flagged: 1 read of fills, 1 write. */
  private async paint(context: Excel.RequestContext, worksheet: Excel.Worksheet, sheetId: string, targets: Map<string, string>, memory: HighlightMemory, progress?: Progress, only?: Set<string>): Promise<number> {
    const all = memory[sheetId];
    const remembered = only && all ? Object.fromEntries(Object.entries(all).filter(([cell]) => only.has(cell))) : all;
    const current = await readFills(context, worksheet, cellsToRead(targets, remembered));
    const { writes, remember, restored } = planHighlight(targets, current, remembered);
    progress?.('write');
    // With `only`, the memory of the cells not looked at stays as it was.
    const kept = only && all ? Object.fromEntries(Object.entries(all).filter(([cell]) => !only.has(cell))) : {};
    await this.writeHighlights(context, worksheet, writes, memory, sheetId, { ...kept, ...remember });
    return restored;
  }

  /**
   * Checks while typing (ExcelApi 1.7 `Worksheet.onChanged`,
   * learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member):
   * checks the active sheet whole once (as *Periksa matriks*), keeps core's LiveCheck, and registers
   * a handler on that sheet. Each edit then reads only the rows it changed (the event's `address`),
   * re-checks them in core and repaints only the cells whose highlight changed: 3 round trips per
   * edit whatever the sheet's size (read the rows · read those cells' fills · write). An insert or
   * delete of rows or columns (`changeType` other than `RangeEdited`) moves every row: the sheet is
   * read and checked whole again. Off: the handler ignores events (Office.js removes a handler only
   * from the context that added it).
   */
  liveCheck(enabled: boolean, lang: Lang, onUpdate: (update: LiveUpdate) => void): Promise<ValidateOutcome | undefined> {
    this.live = undefined;
    if (!enabled) return Promise.resolve(undefined);
    return this.act(lang, async (context) => {
      const { sheet, grid, extra } = await readActiveSheet(context, (ctx, ws) => {
        const memory = withMemory(ctx, ws);
        const sheets = withSheetList(ctx, ws);
        return () => ({ memory: memory(), sheets: sheets() });
      });
      const mapGrid = await readMapGrid(context, extra.sheets);
      const check = new LiveCheck(grid, readOptionsFor(grid, mapGrid), lang);
      const targets = highlightTargets(check.report.findings);
      const worksheet = context.workbook.worksheets.getItem(sheet.id);
      const restored = await this.paint(context, worksheet, sheet.id, targets, extra.memory);
      const live: LiveState = { sheetId: sheet.id, check, grid, targets, lang, onUpdate, mapGrid };
      if (!this.handlers.has(sheet.id)) {
        worksheet.onChanged.add((event) => this.changed(event));
        await context.sync();
        this.handlers.add(sheet.id);
      }
      this.live = live;
      return { report: check.report, highlighted: targets.size, restored };
    });
  }

  private live?: LiveState;
  /** Sheets that have our handler (added once per sheet and pane). */
  private readonly handlers = new Set<string>();

  /** One edit of the watched sheet: its rows read and checked again, the highlights that changed repainted, the panel told. */
  private async changed(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    const live = this.live;
    if (!live || event.worksheetId !== live.sheetId) return;
    try {
      const outcome = await this.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(live.sheetId);
        const memorySetting = withMemory(context, worksheet);
        const origin = parseAddress(live.grid.topLeft ?? 'A1');
        const areas = event.changeType === 'RangeEdited' ? parseAreas(event.address) : [];
        const area = areas.length ? { top: Math.min(...areas.map((a) => a.top)), bottom: Math.max(...areas.map((a) => a.bottom)), right: Math.max(...areas.map((a) => a.right)) } : undefined;
        // The matrix's columns, and any the edit reaches right of them (a column typed in beside the matrix).
        const width = Math.max(1, ...live.grid.values.slice(0, 40).map((r) => r.length), (area?.right ?? 0) - origin.column + 1);
        let edits: RowEdit[] | undefined;
        if (area && area.bottom >= origin.row) {
          const top = Math.max(area.top, origin.row);
          const range = worksheet.getRangeByIndexes(top - 1, origin.column - 1, area.bottom - top + 1, width);
          range.load('values,numberFormat');
          await context.sync();
          const rows = toGrid(live.grid.sheetName, { top, left: origin.column, bottom: area.bottom, right: origin.column + width - 1 }, [{ top, values: range.values, formats: range.numberFormat }], []);
          edits = rows.values.map((values, i) => ({ row: top - origin.row + i, values, formats: rows.numberFormats?.[i] ?? [] }));
        } else if (!area) {
          // Rows or columns inserted or deleted: every row may have moved.
          const read = await readSheet(context, (ctx) => ctx.workbook.worksheets.getItem(live.sheetId), () => () => undefined);
          live.grid = read.grid;
          live.check = new LiveCheck(read.grid, readOptionsFor(read.grid, live.mapGrid), live.lang);
        }
        const report = edits ? live.check.edit(edits).report : live.check.report;
        const targets = highlightTargets(report.findings);
        const changedCells = new Set<string>();
        for (const [cell, fill] of targets) if (live.targets.get(cell) !== fill) changedCells.add(cell);
        for (const cell of live.targets.keys()) if (!targets.has(cell)) changedCells.add(cell);
        const changedTargets = new Map([...targets].filter(([cell]) => changedCells.has(cell)));
        const restored = changedCells.size ? await this.paint(context, worksheet, live.sheetId, changedTargets, memorySetting(), undefined, changedCells) : 0;
        live.targets = targets;
        return { report, highlighted: targets.size, restored };
      });
      if (this.live === live) live.onUpdate(outcome);
    } catch (error) {
      if (this.live === live) live.onUpdate({ error: errorText(fromExcel(error), live.lang) });
    }
  }

  clearHighlights(lang: Lang): Promise<ClearOutcome> {
    return this.act(lang, async (context) => {
      const worksheet = context.workbook.worksheets.getActiveWorksheet();
      worksheet.load('id,name');
      const collect = withMemory(context, worksheet);
      await context.sync();
      const memory = collect();
      const remembered = memory[worksheet.id];
      if (!remembered) return { sheet: worksheet.name, restored: 0 };
      const sheet = context.workbook.worksheets.getItem(worksheet.id);
      const current = await readFills(context, sheet, Object.keys(remembered));
      const writes = planClear(current, remembered);
      await this.writeHighlights(context, sheet, writes, memory, worksheet.id, {});
      return { sheet: worksheet.name, restored: writes.length };
    });
  }

  /** Paints and restores fills and stores the memory, in one request (unless it is enormous). */
  private async writeHighlights(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet,
    writes: { cell: string; fill: string | null }[],
    memory: HighlightMemory,
    sheetId: string,
    remember: HighlightMemory[string],
  ): Promise<void> {
    const before = encodeMemory(memory);
    if (Object.keys(remember).length) memory[sheetId] = remember;
    else delete memory[sheetId];
    const after = encodeMemory(memory);
    const batch = new WriteBatch(context);
    await writeFills(worksheet, writes, batch);
    if (after !== before) {
      await batch.room(jsonBytes(after));
      context.workbook.settings.add(MEMORY_KEY, after);
    }
    await batch.flush();
  }

  previewFixes(lang: Lang, progress?: Progress): Promise<FixPreview> {
    return this.act(lang, async (context) => {
      progress?.('read');
      const { sheet, grid, extra } = await readActiveSheet(context, withSheetList);
      const mapGrid = await readMapGrid(context, extra);
      progress?.('check');
      return { sheet: sheet.name, ...fixPass(grid, lang, mapGrid) };
    });
  }

  applyFixes(lang: Lang, progress?: Progress): Promise<FixOutcome> {
    return this.act(lang, async (context) => {
      progress?.('read');
      const { sheet, grid, extra } = await readActiveSheet(context, withSheetList);
      const mapGrid = await readMapGrid(context, extra);
      progress?.('check');
      const { changes, skipped } = fixPass(grid, lang, mapGrid);
      progress?.('write');
      const worksheet = context.workbook.worksheets.getItem(sheet.id);
      const batch = new WriteBatch(context);
      for (const change of changes) {
        const value = changeValue(grid, change);
        await batch.room(jsonBytes(value) + change.cell.length);
        worksheet.getRange(change.cell).values = [[value]];
      }
      await batch.flush();
      return { sheet: sheet.name, changes, skipped };
    });
  }

  summarise(request: SummaryRequest, progress?: Progress): Promise<SummaryOutcome> {
    return this.act(request.lang, async (context) => {
      const { year, quarter, wholeYear } = checkSummaryRequest(request);
      const name = summarySheetName(year, quarter, wholeYear);
      progress?.('read');
      // 1: the matrix, a sheet already named for the period, and the list of sheets.
      const { sheet, grid, extra } = await readActiveSheet(context, (ctx, active) => {
        const same = ctx.workbook.worksheets.getItemOrNullObject(name);
        same.load('id,name,position');
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/id,items/name');
        return () => ({
          existing: same.isNullObject ? undefined : { id: same.id, name: same.name, position: same.position },
          others: sheets.items.filter((s) => s.id !== active.id).map((s) => ({ id: s.id, name: s.name })),
        });
      });
      const { existing, others } = extra;
      // 2: the first rows of the other sheets (to find the indicator table), the column map and the log
      // of collections (who has reported) when there are such sheets, and the signature of the
      // same-named sheet (methods of a null object would fail the request, so only now that it is known).
      const mapSheet = others.find((s) => isMapSheet(s.name));
      const logSheet = others.find((s) => s.name === LOG_SHEET);
      const heads = queueHeads(context, others.filter((s) => s !== mapSheet && s !== logSheet));
      const mapValues = mapSheet ? queueValues(context, mapSheet) : undefined;
      const logValues = logSheet ? queueValues(context, logSheet) : undefined;
      const signature = existing ? context.workbook.worksheets.getItem(existing.id).getRange(areaAddress({ top: SIGNATURE_CELL.row + 1, left: SIGNATURE_CELL.column + 1, bottom: SIGNATURE_CELL.row + 1, right: SIGNATURE_CELL.column + 1 })) : undefined;
      signature?.load('values');
      if (others.length || existing) await context.sync();
      const mapGrid = mapValues?.();
      const logGrid = logValues?.();
      // 3: the indicator table, when the workbook has one.
      const tableName = indicatorSheetName(heads());
      const table = tableName === undefined ? undefined : others.find((s) => s.name === tableName);
      const indicators = table ? (await readSheet(context, (ctx) => ctx.workbook.worksheets.getItem(table.id), () => () => undefined)).grid : undefined;
      progress?.('check');
      const { plan, outcome } = summaryPass(grid, { year, quarter, wholeYear, lang: request.lang }, this.now(), indicators, mapGrid, logGrid);
      const where = placement(plan, existing && { name: existing.name, signatureText: String(signature!.values[0][0]) });
      progress?.('write');
      // 4: the summary sheet.
      await writePlan(context, plan, where === 'replace' ? { position: existing!.position, replaceId: existing!.id } : { position: sheet.position + 1 });
      return { ...outcome, replaced: where === 'replace' };
    });
  }

  prepare(request: PrepareRequest, progress?: Progress): Promise<PrepareOutcome> {
    return this.act(request.lang, async (context) => {
      progress?.('read');
      const { sheet, grid, extra } = await readActiveSheet(context, withSheetList);
      const mapGrid = await readMapGrid(context, extra);
      progress?.('check');
      const { plan, outcome } = preparePass(grid, request, mapGrid);
      if (outcome.changed) {
        progress?.('write');
        await writePatch(context, sheet.id, plan);
      }
      return outcome;
    });
  }

  inspectColumns(lang: Lang, rows?: [number, number]): Promise<ColumnsView> {
    return this.act(lang, async (context) => {
      const { grid, extra } = await readActiveSheet(context, withSheetList);
      return columnsPass(grid, await readMapGrid(context, extra), lang, rows);
    });
  }

  previewColumns(map: ColumnMap, lang: Lang): Promise<ColumnsPreview> {
    return this.act(lang, async (context) => {
      const { grid } = await readActiveSheet(context, () => () => undefined);
      return previewPass(grid, map, lang);
    });
  }

  saveColumns(map: ColumnMap, lang: Lang): Promise<ColumnsSaved> {
    return this.act(lang, async (context) => {
      const { sheet, extra } = await readActiveSheet(context, withSheetList);
      const existing = extra.find((s) => isMapSheet(s.name));
      const mapGrid = await readMapGrid(context, extra);
      const { plan, placement: where } = saveMapPass({ ...map, sheet: sheet.name }, mapGrid);
      // The map sheet goes at the end of the workbook, or where RB Matrix's own one was.
      const position = where === 'replace' ? extra.findIndex((s) => s.id === existing!.id) : extra.length;
      await writePlan(context, plan, where === 'replace' ? { position, replaceId: existing!.id } : { position });
      return { sheet: plan.sheetName, matrixSheet: sheet.name, replaced: where === 'replace' };
    });
  }

  createMatrix(request: NewMatrixRequest): Promise<NewMatrixOutcome> {
    return this.act(request.lang, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const { plan, outcome } = newMatrixPass(request, sheets.items.map((s) => s.name));
      await writePlan(context, plan, { position: sheets.items.length });
      context.workbook.worksheets.getItem(plan.sheetName).activate();
      await context.sync();
      return outcome;
    });
  }

  shareWithCoordinators(ask: ShareAsk, progress?: Progress): Promise<ShareOutcome> {
    return this.act(ask.lang, (context) => shareWithCoordinators(context, checkShareRequest(ask), this.now(), readMapGrid, progress));
  }

  collectReports(ask: CollectAsk, files: UnitFile[] = [], progress?: Progress): Promise<CollectOutcome> {
    return this.act(ask.lang, (context) => collectReports(context, checkCollectRequest(ask), files, this.now(), readMapGrid, progress));
  }

  /** Unit files picked in the task pane, read here in the browser with the CLI's reader (core/xlsx); one that cannot be read is refused in the log. */
  async readUnitFiles(files: { name: string; bytes: Uint8Array }[]): Promise<UnitFile[]> {
    const out: UnitFile[] = [];
    for (const file of files) {
      try {
        const book = await readXlsx(file.bytes);
        out.push({ name: file.name, grids: book.sheets.map((s) => s.grid) });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        out.push({ name: file.name, problem: error instanceof XlsxError ? error.sentence(file.name) : { id: error.id, en: error.en } });
      }
    }
    return out;
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.act(this.lang, async (context) => {
      if (!parseRange(cell)) {
        throw new UserError(`Alamat sel “${cell}” tidak dikenal.`, `Unknown cell address “${cell}”.`);
      }
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code !== 'ItemNotFound') throw error;
        throw new UserError(`Sheet “${sheet}” tidak ditemukan; mungkin sudah diganti namanya atau dihapus. Periksa matriks lagi.`, `Sheet “${sheet}” was not found; it may have been renamed or deleted. Check the matrix again.`);
      }
    });
  }
}
