/**
 * The RB_ custom functions as Apps Script calls them: core's functions (core/functions), their
 * results shown as Sheets can show them (functionResults.ts). The build writes a top-level wrapper
 * for each with the JSDoc of core's function (scripts/build-sheets.mjs).
 */
import { AKHIR_TW, CAPAIAN, CAPAIAN_PERIODE, NILAI, PREDIKAT, STATUS, TW, VALIDASI } from '../../core/functions';
import { sheetsResult } from './functionResults';

type CoreFunction = (...args: any[]) => unknown[][];

function sheets(fn: CoreFunction): (...args: unknown[]) => unknown[][] {
  return (...args) => sheetsResult(fn(...args));
}

export const RB_CAPAIAN = sheets(CAPAIAN);
export const RB_CAPAIAN_PERIODE = sheets(CAPAIAN_PERIODE);
export const RB_STATUS = sheets(STATUS);
export const RB_PREDIKAT = sheets(PREDIKAT);
export const RB_NILAI = sheets(NILAI);
export const RB_TW = sheets(TW);
export const RB_AKHIR_TW = sheets(AKHIR_TW);
export const RB_VALIDASI = sheets(VALIDASI);
