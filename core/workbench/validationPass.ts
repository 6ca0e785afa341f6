import type { Lang } from '../i18n';
import type { Grid } from '../grid';
import { validateMatrix, type ValidationReport } from '../validate';
import { activeMatrix } from './activeMatrix';
import { highlightTargets } from './highlight';

/** What the panel shows after a check: plain data, safe to send through `google.script.run`. */
export interface ValidateOutcome {
  report: ValidationReport;
  /** Cells that carry a highlight after the check (painted now or still painted). */
  highlighted: number;
  /** Cells given back their fill because their findings are gone. */
  restored: number;
}

/** Checks the active sheet's matrix: the report, and the fill each cell with a finding should get. */
export function validationPass(grid: Grid, lang: Lang): { report: ValidationReport; targets: Map<string, string> } {
  const report = validateMatrix(activeMatrix(grid), lang); // activeMatrix: a clear sentence when the sheet holds no matrix
  return { report, targets: highlightTargets(report.findings) };
}
