/**
 * The panel's HostBridge in the Sheets sidebar: each call is one `google.script.run` call to a
 * top-level function of the server script (sheets-addon/server/main.ts), which reads the active
 * sheet once, computes in core and writes once. Arguments and answers are plain JSON.
 *
 * Progress: one server call does the reading, checking and writing, and google.script.run reports
 * nothing until it is done, so no stages are reported (the panel shows that it is working).
 */
import { checkCollectRequest, checkShareRequest, collectPass, sharePass, unitSheetNames, type UnitSource } from '../../core/workbench/tieredPass';
import type { CollectAsk, CollectOutcome, HostBridge, Progress, ShareAsk, ShareOutcome, SummaryRequest, UnitFile } from '../../ui/bridge';
import { fromWire } from '../wireGrid';
import { preparePass } from '../../core/workbench/preparePass';
import { newMatrixPass } from '../../core/template/newMatrixPass';
import type * as Server from '../server/main';
import { LOG_SHEET } from '../../core/tiered/mergeLog';

/**
 * The server functions the sidebar calls, typed from their declarations in sheets-addon/server/main.ts
 * (as gas-client does): a renamed function, a wrong argument or a changed answer fails to compile here.
 */
type SidebarCalls = Pick<
  typeof Server,
  | 'rbLanguage' | 'rbValidate' | 'rbClearHighlights' | 'rbPreviewFixes' | 'rbApplyFixes' | 'rbSummarise' | 'rbWritePrepared' | 'rbSelectCell' | 'rbInspectColumns' | 'rbPreviewColumns' | 'rbSaveColumns'
  | 'rbSheetNames' | 'rbWriteNewSheet' | 'rbSetLiveCheck' | 'rbTieredRead' | 'rbTieredReadSheet' | 'rbTieredWriteSheets' | 'rbTieredWriteCollection'
>;
type CallName = keyof SidebarCalls;

/** `google.script.run` as this bridge uses it: handlers set on a fresh runner, then one server function by name. */
export type ScriptRun = {
  withSuccessHandler(handler: (value: any) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & { [N in CallName]: (...args: Parameters<SidebarCalls[N]>) => void };

/** google.script.run hands a server exception over as an Error; keep only the sentence. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'object' && error && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  return message.replace(/^(?:Error|Exception|ScriptError):\s*/, '');
}

export function scriptBridge(run: () => ScriptRun): HostBridge {
  const call = <N extends CallName>(name: N, ...args: Parameters<SidebarCalls[N]>): Promise<ReturnType<SidebarCalls[N]>> =>
    new Promise((resolve, reject) => {
      const runner = run()
        .withSuccessHandler(resolve)
        .withFailureHandler((error: unknown) => reject(new Error(failureMessage(error))));
      (runner[name] as (...a: Parameters<SidebarCalls[N]>) => void)(...args);
    });
  return {
    language: () => call('rbLanguage'),
    validate: (lang) => call('rbValidate', lang),
    clearHighlights: (lang) => call('rbClearHighlights', lang),
    previewFixes: (lang) => call('rbPreviewFixes', lang),
    applyFixes: (lang) => call('rbApplyFixes', lang),
    summarise: (request: SummaryRequest) => call('rbSummarise', { year: request.year, quarter: request.quarter, lang: request.lang }),
    // Siapkan monitoring and Buat matriks baru are computed here too (no room in the server script): the server reads and writes.
    async prepare(request) {
      const read = await call('rbTieredRead', request.lang);
      const master = fromWire(read.master);
      const { plan, outcome } = preparePass(master, request, read.map && fromWire(read.map));
      if (outcome.changed) await call('rbWritePrepared', master.sheetName, plan, request.lang);
      return outcome;
    },
    selectCell: (sheet, cell) => call('rbSelectCell', sheet, cell),
    inspectColumns: (lang, rows) => call('rbInspectColumns', lang, rows ?? null),
    previewColumns: (map, lang) => call('rbPreviewColumns', map, lang),
    saveColumns: (map, lang) => call('rbSaveColumns', map, lang),
    // onEdit cannot reach the sidebar: the answer is the first check, later edits only repaint.
    liveCheck: async (enabled, lang) => (await call('rbSetLiveCheck', enabled, lang)) ?? undefined,
    async createMatrix(request) {
      const { plan, outcome } = newMatrixPass(request, await call('rbSheetNames'));
      await call('rbWriteNewSheet', plan, request.lang);
      return outcome;
    },
    // Issue 17: the passes run here, in the sidebar (the server script has no room for them); the
    // server reads and writes. Sheets reads no files: only the coordinators' sheets are collected.
    async shareWithCoordinators(ask: ShareAsk, progress?: Progress): Promise<ShareOutcome> {
      const request = checkShareRequest(ask);
      progress?.('read');
      const read = await call('rbTieredRead', ask.lang);
      progress?.('check');
      const master = fromWire(read.master);
      const { plans, outcome } = sharePass(master, request, new Date(), read.map && fromWire(read.map));
      progress?.('write');
      const { replaced } = await call('rbTieredWriteSheets', master.sheetName, plans, ask.lang);
      return { ...outcome, replaced };
    },
    async collectReports(ask: CollectAsk, _files?: UnitFile[], progress?: Progress): Promise<CollectOutcome> {
      const request = checkCollectRequest(ask);
      progress?.('read');
      const read = await call('rbTieredRead', ask.lang);
      const master = fromWire(read.master);
      const names = unitSheetNames(read.sheets, master.sheetName);
      const units: UnitSource[] = [];
      for (const [i, name] of names.entries()) {
        progress?.('read', `${name} (${i + 1}/${names.length})`);
        units.push({ name, grids: [fromWire(await call('rbTieredReadSheet', name, ask.lang))], inWorkbook: true });
      }
      // The previous log carries each coordinator's last collection over (core/tiered/mergeLog.ts).
      const previousLog = read.sheets.includes(LOG_SHEET) ? fromWire(await call('rbTieredReadSheet', LOG_SHEET, ask.lang)) : undefined;
      progress?.('check');
      const { writes, log, outcome } = collectPass(master, units, request, new Date(), read.map && fromWire(read.map), previousLog);
      progress?.('write');
      await call('rbTieredWriteCollection', master.sheetName, writes, log, ask.lang);
      return outcome;
    },
  };
}
