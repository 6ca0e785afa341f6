/**
 * *Siapkan monitoring* in the add-ins: the active sheet's matrix prepared for a year's monitoring
 * (core/prepare), as a Plan of that very sheet for the host to patch in, and what the panel shows.
 */
import type { Grid } from '../grid';
import type { Plan } from '../plan/plan';
import { prepareMonitoring, type PreparedMonitoring } from '../prepare/prepareMonitoring';
import { activeMatrix } from './activeMatrix';
import { readOptionsFor } from './columnsPass';
import { checkSummaryRequest, type SummaryRequest } from './summaryPass';

/** The year and quarter (of the Capaian and Status columns) to prepare, as the panel asks. */
export type PrepareRequest = SummaryRequest;

/** What the panel shows after a prepare (`changed` false: already prepared, nothing written): plain data, safe to send through `google.script.run`. */
export type PrepareOutcome = Omit<PreparedMonitoring, 'plan'> & { sheet: string; year: number; quarter: number };

/** The plan to patch into the active sheet and the outcome to show. */
export function preparePass(grid: Grid, request: PrepareRequest, mapGrid?: Grid): { plan: Plan; outcome: PrepareOutcome } {
  const { year, quarter } = checkSummaryRequest(request);
  const matrix = activeMatrix(grid, readOptionsFor(grid, mapGrid));
  const { plan, ...outcome } = prepareMonitoring(matrix, { year, quarter });
  return { plan, outcome: { ...outcome, sheet: grid.sheetName, year, quarter } };
}
