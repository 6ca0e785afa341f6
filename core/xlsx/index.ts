/**
 * The .xlsx reader: a workbook's bytes to grids, pure and bounded (see limits.ts). Imported by the
 * CLI and, later, the Excel task pane; never by the custom functions.
 */
export { packageProblem, readXlsx, type XlsxBook, type XlsxSheet } from './readXlsx';
export { XLSX_LIMITS, type XlsxLimits } from './limits';
export { inflateRaw, type Inflater } from './inflate';
export { XlsxError, type XlsxProblem } from './xlsxError';
export type { SheetState } from './workbookPart';
