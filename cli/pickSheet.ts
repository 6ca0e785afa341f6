import type { Grid } from '../core/grid';
import { validateGrid, type ValidationReport } from '../core/validate';
import { UserError, type Lang } from '../core/i18n';

/**
 * Chooses the sheet to validate: the one named by `--sheet`, else the first sheet holding an
 * action-plan matrix (RB General or Tematik), else the first holding an indicator table.
 */
export function pickAndValidate(grids: Grid[], sheet: string | undefined, lang: Lang): ValidationReport {
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.sheetName === sheet) ?? grids.find((g) => g.sheetName.toLowerCase() === sheet.toLowerCase());
    if (!grid) {
      const names = grids.map((g) => `“${g.sheetName}”`).join(', ');
      throw new UserError(`Sheet “${sheet}” tidak ada; yang ada: ${names}.`, `No sheet named “${sheet}”; the sheets are: ${names}.`);
    }
    return validateGrid(grid, { lang }).report;
  }
  const reports = grids.map((g) => validateGrid(g, { lang }).report);
  return reports.find((r) => r.kind === 'rb-general' || r.kind === 'rb-tematik') ?? reports.find((r) => r.kind !== null) ?? reports[0];
}
