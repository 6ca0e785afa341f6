/**
 * The RB_ custom functions as Apps Script calls them: core's functions (core/functions), their
 * results shown as Sheets can show them (functionResults.ts). The build writes a top-level wrapper
 * for each with the JSDoc of core's function (scripts/build-sheets.mjs).
 */
import { AKHIR_TW, CAPAIAN, CAPAIAN_PERIODE, NILAI, NILAI_CAPAIAN, PREDIKAT, setClock, STATUS, TW, VALIDASI } from '../../core/functions';
import { sheetsResult } from './functionResults';
import { dateCells, holdsDate, spreadsheetToday, withDateCells } from './sheetDates';

type CoreFunction = (...args: any[]) => unknown[][];

/** The spreadsheet's time zone; a custom function may read it (SpreadsheetApp is read-only there). */
function spreadsheetZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

/**
 * A core function as Sheets calls it: date cells read in the spreadsheet's zone (sheetDates.ts; the
 * zone is asked only when an argument holds a date), problems shown as Sheets can. With `today`, the
 * function's "today" is the spreadsheet's (STATUS), not the script's.
 */
function sheets(fn: CoreFunction, options: { today?: boolean } = {}): (...args: unknown[]) => unknown[][] {
  return (...args) => {
    const dated = holdsDate(args);
    if (!dated && !options.today) return sheetsResult(fn(...args));
    const zone = spreadsheetZone();
    const given = dated ? withDateCells(args, dateCells(zone)) : args;
    if (!options.today) return sheetsResult(fn(...given));
    const today = spreadsheetToday(new Date(), zone);
    setClock(() => today);
    try {
      return sheetsResult(fn(...given));
    } finally {
      setClock();
    }
  };
}

export const RB_CAPAIAN = sheets(CAPAIAN);
export const RB_CAPAIAN_PERIODE = sheets(CAPAIAN_PERIODE);
export const RB_STATUS = sheets(STATUS, { today: true });
export const RB_PREDIKAT = sheets(PREDIKAT);
export const RB_NILAI = sheets(NILAI);
export const RB_NILAI_CAPAIAN = sheets(NILAI_CAPAIAN);
export const RB_TW = sheets(TW);
export const RB_AKHIR_TW = sheets(AKHIR_TW);
export const RB_VALIDASI = sheets(VALIDASI);
