import { reportPeriodLabel } from '../periods/reportPeriodLabel';
import type { Plan } from '../plan/plan';
import { SheetWriter } from '../plan/sheetWriter';
import { SECTIONS, SIGNATURE, SIGNATURE_CELL, TAB_WIDTHS, type SummarySource } from './sections';

export { SIGNATURE, SIGNATURE_CELL, type SummarySource };

/** The summary sheet's name for a period: `Ringkasan TW II 2023`, `Ringkasan Tahun 2023`. */
export function summarySheetName(year: number, quarter: 1 | 2 | 3 | 4, wholeYear = false): string {
  return `Ringkasan ${reportPeriodLabel(year, quarter, wholeYear)}`;
}

/** Rows kept in view while scrolling: the heading. */
const FROZEN_ROWS = 3;
/** Where the charts stand: under the frozen heading, from the first column right of every table. */
const CHARTS_AT = { row: FROZEN_ROWS + 1, column: TAB_WIDTHS.length };

/**
 * Lays out the quarterly summary tab, section by section (sections.ts): heading, headline figures,
 * a table per Kegiatan Utama, per Koordinator and per Keterangan with traffic lights, the plenary
 * agenda (outputs late or without data), every output, the indicator table when there is one, and
 * the charts (right of the tables) with their data. Every text from the matrix is written as text.
 */
export function summaryPlan(source: SummarySource): Plan {
  const w = new SheetWriter();
  let r = 0;
  let first = true;
  for (const section of SECTIONS) {
    if (section.shown && !section.shown(source)) continue;
    if (!first) r++; // one blank row between sections
    r = section.write(w, r, source);
    first = false;
  }
  const { year, quarter, wholeYear } = source.data.period;
  return w.plan(summarySheetName(year, quarter, wholeYear), { ...SIGNATURE_CELL, text: SIGNATURE }, TAB_WIDTHS, FROZEN_ROWS, CHARTS_AT);
}
