/**
 * The panel's HostBridge in the Sheets sidebar: each call is one `google.script.run` call to a
 * top-level function of the server script (sheets-addon/server/main.ts), which reads the active
 * sheet once, computes in core and writes once. Arguments and answers are plain JSON.
 *
 * Progress: one server call does the reading, checking and writing, and google.script.run reports
 * nothing until it is done, so no stages are reported (the panel shows that it is working).
 */
import type { HostBridge, Lang, SummaryRequest } from '../../ui/bridge';

/** The part of `google.script.run` this bridge uses. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: any) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: any;
}

/** google.script.run hands a server exception over as an Error; keep only the sentence. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'object' && error && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  return message.replace(/^(?:Error|Exception|ScriptError):\s*/, '');
}

export function scriptBridge(run: () => ScriptRun): HostBridge {
  const call = <T>(name: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const runner = run()
        .withSuccessHandler((value: T) => resolve(value))
        .withFailureHandler((error: unknown) => reject(new Error(failureMessage(error))));
      runner[name](...args);
    });
  return {
    language: () => call<Lang>('rbLanguage'),
    validate: (lang) => call('rbValidate', lang),
    clearHighlights: (lang) => call('rbClearHighlights', lang),
    previewFixes: (lang) => call('rbPreviewFixes', lang),
    applyFixes: (lang) => call('rbApplyFixes', lang),
    summarise: (request: SummaryRequest) => call('rbSummarise', { year: request.year, quarter: request.quarter, lang: request.lang }),
    selectCell: (sheet, cell) => call<void>('rbSelectCell', sheet, cell),
  };
}
