import type { Lang } from '../i18n';
import type { Grid } from '../grid';
import { validateMatrix, type ValidationReport } from '../validate';
import { activeMatrix } from './activeMatrix';
import { readOptionsFor } from './columnsPass';
import { highlightTargets } from './highlight';

/** What the panel shows after a check: plain data, safe to send through `google.script.run`. */
export interface ValidateOutcome {
  report: ValidationReport;
  /** Cells that carry a highlight after the check (painted now or still painted). */
  highlighted: number;
  /** Cells given back their fill because their findings are gone. */
  restored: number;
}

/** Checks the active sheet's matrix (with the column map of `mapGrid`, the workbook's `RB Matrix` sheet): the report, and the fill each cell with a finding should get. */
export function validationPass(grid: Grid, lang: Lang, mapGrid?: Grid): { report: ValidationReport; targets: Map<string, string> } {
  const report = validateMatrix(activeMatrix(grid, readOptionsFor(grid, mapGrid)), lang); // activeMatrix: a clear sentence when the sheet holds no matrix
  return { report, targets: highlightTargets(report.findings) };
}
