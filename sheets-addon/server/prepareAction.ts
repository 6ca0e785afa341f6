/**
 * "Siapkan monitoring": the active sheet's matrix prepared for a year's monitoring (core/prepare),
 * patched into that sheet: read once (readSheet.ts), computed in core, written with a fixed number
 * of calls whatever its rows (planWriter.ts `writePatch`). A sheet already prepared is not written.
 */
import { preparePass, type PrepareOutcome, type PrepareRequest } from '../../core/workbench/preparePass';
import { writePatch } from './planWriter';
import { readActiveSheet, readMapGrid } from './readSheet';

export function prepareActive(request: PrepareRequest): PrepareOutcome {
  const read = readActiveSheet();
  const { plan, outcome } = preparePass(read.grid, request, readMapGrid());
  if (outcome.changed) writePatch(read.sheet.getParent(), read.sheet, plan);
  return outcome;
}
