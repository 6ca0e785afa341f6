import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { UserError } from '../core/i18n';
import { columnsPass, saveMapPass } from '../core/workbench/columnsPass';
import { columnMaps, matrixGrids, optionsFor, sheetOfMap, type ColumnMaps } from './columnMaps';
import { readMatrix } from '../core/model/readMatrix';
import { isActionPlan } from '../core/layout/schema';
import { validateGrid } from '../core/validate';
import { readWorkbook } from './readWorkbook';
import { writePlanToFile } from './writePlan';

export interface ColumnsCommandOptions {
  sheet?: string;
  columns?: string;
  out?: string;
}

/**
 * `rbm columns`: the column map of a matrix as JSON (the workbook's saved map, else the header as
 * detected): what to correct and give back with `--columns`. With `--out`, that map (or the
 * `--columns` one) is written into the `RB Matrix` sheet of a copy of the workbook, where Excel,
 * Sheets and later runs find it. Exit 1 when the map names columns that are not there (or none at all).
 */
export async function columnsCommand(file: string, options: ColumnsCommandOptions): Promise<number> {
  const grids = await readWorkbook(file);
  const maps = await columnMaps(grids, options.columns);
  const candidates = matrixGrids(grids);
  const grid = pickGrid(candidates, options.sheet ?? sheetOfMap(candidates, maps), maps);
  const map = maps.fileMap ? { ...maps.fileMap, sheet: grid.sheetName } : columnsPass(grid, maps.mapGrid, 'id').map;
  process.stdout.write(JSON.stringify(map, null, 2) + '\n');
  if (options.out !== undefined) {
    if (path.extname(file).toLowerCase() !== '.xlsx' || path.extname(options.out).toLowerCase() !== '.xlsx') {
      throw new UserError('Peta kolom hanya dapat ditulis ke salinan workbook .xlsx.', 'A column map can only be written into a copy of an .xlsx workbook.');
    }
    const { plan } = saveMapPass(map, maps.mapGrid);
    await writePlanToFile(file, options.out, plan);
    process.stderr.write(`rbm: peta kolom sheet “${grid.sheetName}” ditulis ke sheet “${plan.sheetName}” di ${options.out} / column map of “${grid.sheetName}” written to sheet “${plan.sheetName}” in ${options.out}\n`);
  }
  const fits = !validateGrid(grid, { columnMap: map }).report.findings.some((f) => f.code === 'column-map');
  return fits && map.columns.some((c) => c.role !== '') ? 0 : 1;
}

/** The sheet named, else the first action-plan matrix, else the first matrix, else the first sheet. */
function pickGrid(grids: Grid[], sheet: string | undefined, maps: ColumnMaps): Grid {
  if (sheet === undefined) {
    if (grids.length === 0) throw new UserError('Berkas ini tidak berisi sheet matriks.', 'This file holds no matrix sheet.');
    const kinds = grids.map((g) => readMatrix(g, optionsFor(g, maps, grids.length === 1))?.kind);
    const at = kinds.findIndex((k) => k !== undefined && isActionPlan(k));
    return grids[at >= 0 ? at : Math.max(0, kinds.findIndex((k) => k !== undefined))];
  }
  const grid = grids.find((g) => g.sheetName.toLowerCase() === sheet.toLowerCase());
  if (!grid) throw new UserError(`Sheet “${sheet}” tidak ada.`, `No sheet named “${sheet}”.`);
  return grid;
}
