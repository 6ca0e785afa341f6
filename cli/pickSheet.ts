import type { Grid } from '../core/grid';
import { isActionPlan } from '../core/layout/schema';
import { readMatrix } from '../core/model/readMatrix';
import { validateGrid, validateMatrix, type ValidationReport } from '../core/validate';
import { UserError, type Lang } from '../core/i18n';
import { matrixGrids, optionsFor, sheetOfMap, type ColumnMaps } from './columnMaps';

/**
 * Chooses the sheet to validate: the one named by `--sheet` (or by the `--columns` map), else the
 * first sheet holding an action-plan matrix, else the first holding an indicator table. The
 * workbook's `RB Matrix` sheet (the column maps) is never one.
 */
export function pickAndValidate(all: Grid[], sheet: string | undefined, lang: Lang, maps: ColumnMaps = {}): ValidationReport {
  const grids = matrixGrids(all);
  const only = grids.length === 1;
  const named = sheet ?? sheetOfMap(grids, maps);
  if (named !== undefined) {
    const grid = grids.find((g) => g.sheetName === named) ?? grids.find((g) => g.sheetName.toLowerCase() === named.toLowerCase());
    if (!grid) {
      const names = grids.map((g) => `“${g.sheetName}”`).join(', ');
      throw new UserError(`Sheet “${named}” tidak ada; yang ada: ${names}.`, `No sheet named “${named}”; the sheets are: ${names}.`);
    }
    return validateGrid(grid, { lang, ...optionsFor(grid, maps, only) }).report;
  }
  // Each sheet's matrix is read, but only the chosen one is validated: the rules run once.
  const matrices = grids.map((g) => readMatrix(g, optionsFor(g, maps, only)));
  const chosen = matrices.find((m) => m !== undefined && isActionPlan(m.kind)) ?? matrices.find((m) => m !== undefined);
  return chosen ? validateMatrix(chosen, lang) : validateGrid(grids[0], { lang, ...optionsFor(grids[0], maps, only) }).report;
}
