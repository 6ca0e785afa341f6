import type { Quarter } from '../periods/quarter';
import { quarterLabel } from '../periods/quarterLabel';
import { reportPeriodLabel } from '../periods/reportPeriodLabel';
import { isReportYear } from '../periods/reportYear';
import type { Grid } from '../grid';
import type { Plan } from '../plan/plan';
import { buildSummary } from '../summary/buildSummary';
import type { SummaryData } from '../summary/summaryData';
import type { SummaryWarning } from '../summary/summaryWarnings';
import { readMatrix } from '../model/readMatrix';
import { activeMatrix } from './activeMatrix';
import { readOptionsFor } from './columnsPass';
import { UserError, type Lang } from '../i18n';
import { readCollections } from '../tiered/mergeLog';

export interface SummaryRequest {
  year: number;
  /** The quarter whose end the summary looks at; with `wholeYear`, the year's last (TW IV). */
  quarter: Quarter;
  /** The year's summary (realisation of the year's block or TW IV, as `rbm summary --year` without `--quarter`). */
  wholeYear?: boolean;
  lang: Lang;
}

/** What the panel shows after a summary: plain data, safe to send through `google.script.run`. */
export interface SummaryOutcome {
  sheetName: string;
  replaced: boolean;
  period: string;
  matrixSheet: string;
  totals: SummaryData['totals'];
  /** True when the matrix has no Realisasi columns (every due output is then without data). */
  noRealisation: boolean;
  /** Why the figures say nothing true, when they do not: no output, no target in the year, nothing realised (core/summary/summaryWarnings.ts). */
  warnings: SummaryWarning[];
  /** The sheet whose indicator table the summary includes, if any. */
  indicatorSheet?: string;
}

/** Checks a request from the panel (or a menu) before any sheet is read. */
export function checkSummaryRequest(request: { year: unknown; quarter: unknown; wholeYear?: unknown }): { year: number; quarter: Quarter; wholeYear: boolean } {
  const wholeYear = request.wholeYear === true;
  const year = Number(request.year);
  const quarter = Number(request.quarter);
  if (!isReportYear(year)) {
    throw new UserError(`Tahun “${String(request.year)}” tidak dikenal; isi tahun seperti 2023.`, `Unknown year “${String(request.year)}”; enter a year such as 2023.`);
  }
  if (!wholeYear && ![1, 2, 3, 4].includes(quarter)) {
    throw new UserError(`Triwulan “${String(request.quarter)}” tidak dikenal; pilih TW I–IV.`, `Unknown quarter “${String(request.quarter)}”; choose TW I–IV.`);
  }
  return { year, quarter: wholeYear ? 4 : (quarter as Quarter), wholeYear };
}

/**
 * The summary of the active sheet's matrix: the Plan to write and the outcome to show (`replaced` is
 * the host's to fill). `indicatorGrid` is the workbook's indicator table (see indicatorSheet.ts), when
 * it has one and the matrix is not that table itself; `logGrid` the *Log penggabungan* sheet a
 * collection left, when there is one (who has reported, and when: core/tiered/mergeLog.ts).
 */
export function summaryPass(grid: Grid, request: SummaryRequest, madeOn: Date, indicatorGrid?: Grid, mapGrid?: Grid, logGrid?: Grid): { plan: Plan; outcome: SummaryOutcome } {
  const { year, quarter, wholeYear } = checkSummaryRequest(request);
  const matrix = activeMatrix(grid, readOptionsFor(grid, mapGrid));
  const table = matrix.kind !== 'indikator' && indicatorGrid ? readMatrix(indicatorGrid, readOptionsFor(indicatorGrid, mapGrid)) : undefined;
  const indicators = table?.kind === 'indikator' ? table : undefined;
  const { data, plan } = buildSummary(matrix, { year, quarter, wholeYear, cap: 1, madeOn, indicators, collections: readCollections(logGrid) });
  return {
    plan,
    outcome: {
      sheetName: plan.sheetName,
      replaced: false,
      period: wholeYear ? reportPeriodLabel(year, quarter, true, request.lang) : quarterLabel(year, quarter),
      matrixSheet: grid.sheetName,
      totals: data.totals,
      noRealisation: matrix.header.realisations.length === 0,
      warnings: data.warnings,
      ...(indicators ? { indicatorSheet: indicators.grid.sheetName } : {}),
    },
  };
}
