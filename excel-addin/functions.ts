/**
 * Registers the core spreadsheet functions with Excel under the namespace `RB` (manifest.xml):
 * `=RB.CAPAIAN(…)`. Each id is the one custom-functions-metadata generates from the function's JSDoc
 * into functions.json; the build checks that every id there is associated here. TW is TRIWULAN in
 * Excel, which wants names of three letters or more (core/functions/tw.ts).
 *
 * In the shared runtime this runs in the task pane's page; where Office has no custom functions
 * (an older Excel, or the page opened outside Office) `CustomFunctions` is undefined and nothing is
 * registered.
 */
import { AKHIR_TW, CAPAIAN, CAPAIAN_PERIODE, NILAI, PREDIKAT, STATUS, TW, VALIDASI } from '../core/functions';

/** What Office.js's custom-functions runtime offers (its types are not among this project's). */
export interface FunctionRegistry {
  associate(id: string, fn: (...args: any[]) => any): void;
}
declare const CustomFunctions: FunctionRegistry | undefined;

export function registerFunctions(registry: FunctionRegistry): void {
  registry.associate('CAPAIAN', CAPAIAN);
  registry.associate('CAPAIAN_PERIODE', CAPAIAN_PERIODE);
  registry.associate('STATUS', STATUS);
  registry.associate('PREDIKAT', PREDIKAT);
  registry.associate('NILAI', NILAI);
  registry.associate('TRIWULAN', TW);
  registry.associate('AKHIR_TW', AKHIR_TW);
  registry.associate('VALIDASI', VALIDASI);
}

if (typeof CustomFunctions !== 'undefined') registerFunctions(CustomFunctions);
