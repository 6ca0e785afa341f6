import type { Grid } from '../core/grid';
import { readMatrix } from '../core/model/readMatrix';
import { validateGrid, validateMatrix, type ValidationReport } from '../core/validate';
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
  // Each sheet's matrix is read, but only the chosen one is validated: the rules run once.
  const matrices = grids.map((g) => readMatrix(g));
  const chosen = matrices.find((m) => m?.kind === 'rb-general' || m?.kind === 'rb-tematik') ?? matrices.find((m) => m !== undefined);
  return chosen ? validateMatrix(chosen, lang) : validateGrid(grids[0], { lang }).report;
}
