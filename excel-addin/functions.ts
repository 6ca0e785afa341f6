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
import { AKHIR_TW, CAPAIAN, CAPAIAN_PERIODE, NILAI, NILAI_CAPAIAN, PREDIKAT, STATUS, TW, VALIDASI } from '../core/functions';
import { excelResult, type ErrorClass } from './functionResults';

/** What Office.js's custom-functions runtime offers (its types are not among this project's). */
export interface FunctionRegistry {
  associate(id: string, fn: (...args: any[]) => any): void;
  /** `CustomFunctions.Error` (CustomFunctionsRuntime 1.2); read when a function runs, not at registration. */
  Error?: ErrorClass;
}
declare const CustomFunctions: FunctionRegistry | undefined;

type CoreFunction = (...args: any[]) => unknown[][];

export function registerFunctions(registry: FunctionRegistry): void {
  const excel = (fn: CoreFunction) => (...args: unknown[]) => excelResult(fn(...args), registry.Error);
  registry.associate('CAPAIAN', excel(CAPAIAN));
  registry.associate('CAPAIAN_PERIODE', excel(CAPAIAN_PERIODE));
  registry.associate('STATUS', excel(STATUS));
  registry.associate('PREDIKAT', excel(PREDIKAT));
  registry.associate('NILAI', excel(NILAI));
  registry.associate('NILAI_CAPAIAN', excel(NILAI_CAPAIAN));
  registry.associate('TRIWULAN', excel(TW));
  registry.associate('AKHIR_TW', excel(AKHIR_TW));
  registry.associate('VALIDASI', excel(VALIDASI));
}

if (typeof CustomFunctions !== 'undefined') registerFunctions(CustomFunctions);
