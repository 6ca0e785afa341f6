/**
 * *Siapkan monitoring* in the add-ins: the active sheet's matrix prepared for a year's monitoring
 * (core/prepare), as a Plan of that very sheet for the host to patch in, and what the panel shows.
 */
import type { Grid } from '../grid';
import type { Plan } from '../plan/plan';
import { prepareMonitoring } from '../prepare/prepareMonitoring';
import { activeMatrix } from './activeMatrix';
import { readOptionsFor } from './columnsPass';
import { checkSummaryRequest, type SummaryRequest } from './summaryPass';

/** The year and quarter (of the Capaian and Status columns) to prepare, as the panel asks. */
export type PrepareRequest = SummaryRequest;

/** What the panel shows after a prepare: plain data, safe to send through `google.script.run`. */
export interface PrepareOutcome {
  sheet: string;
  /** False when the sheet was already prepared for the year and quarter: nothing was written. */
  changed: boolean;
  /** The columns added (`Q`, `Triwulan I 2025 › Realisasi`). */
  added: { column: string; label: string }[];
  outputs: number;
  rows: { formulas: number; notDue: number; unsupported: number };
  year: number;
  quarter: number;
}

/** The plan to patch into the active sheet and the outcome to show. */
export function preparePass(grid: Grid, request: PrepareRequest, mapGrid?: Grid): { plan: Plan; outcome: PrepareOutcome } {
  const { year, quarter } = checkSummaryRequest(request);
  const matrix = activeMatrix(grid, readOptionsFor(grid, mapGrid));
  const prepared = prepareMonitoring(matrix, { year, quarter });
  return {
    plan: prepared.plan,
    outcome: { sheet: grid.sheetName, changed: prepared.changed, added: prepared.added, outputs: prepared.outputs, rows: prepared.rows, year, quarter },
  };
}
