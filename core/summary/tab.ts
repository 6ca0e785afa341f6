/**
 * The summary tab's frame: what it is made from, what a section is, its column widths (per column, the
 * widest any of its tables asks for) and a line of text across it.
 */
import type { OutputAttainment } from '../attainment/attainMatrix';
import type { Matrix } from '../model/readMatrix';
import type { CellStyle, SheetWriter } from '../plan/sheetWriter';
import { figureColumns, indicatorColumns, OUTPUT_COLUMNS } from './columns';
import type { SummaryData } from './summaryData';
import { widthsOf } from './table';
import { SUMMARY_TEXT } from './texts';

/** What the tab is made from. */
export interface SummarySource {
  matrix: Matrix;
  data: SummaryData;
  /** The outputs of the year in sheet order, each with its attainment: the rows of the output tables. */
  outputs: OutputAttainment[];
  /** The workbook's indicator table, when it has one, with its outputs at the same period. */
  indicators?: { matrix: Matrix; outputs: OutputAttainment[] };
  /** The day the summary is made. */
  madeOn: Date;
}

export interface Section {
  /** Whether the matrix gives this section anything to show; always, when absent. */
  shown?(s: SummarySource): boolean;
  /** Writes the section from row `r`; returns the row after it. */
  write(w: SheetWriter, r: number, s: SummarySource): number;
}

/** The tab's column widths: per column, the widest any of its tables asks for. */
export const TAB_WIDTHS = widthsOf([OUTPUT_COLUMNS, figureColumns(SUMMARY_TEXT.coverage), indicatorColumns(undefined)]);
const LAST = TAB_WIDTHS.length - 1;

/** A line of text across the tab from `column` (merged to its last column). */
export function line(w: SheetWriter, r: number, column: number, text: string, style: CellStyle): number {
  w.text(r, column, text, style);
  w.merge(r, column, r, LAST);
  return r + 1;
}
