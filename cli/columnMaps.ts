import { promises as fs } from 'node:fs';
import type { Grid } from '../core/grid';
import { UserError } from '../core/i18n';
import { parseColumnMapJson, type ColumnMap } from '../core/columnMap/columnMap';
import { isMapSheet } from '../core/columnMap/mapSheet';
import type { ReadOptions } from '../core/model/readMatrix';
import { readOptionsFor } from '../core/workbench/columnsPass';

/** The column maps a run reads: the workbook's `RB Matrix` sheet, and a `--columns FILE.json` that overrides it for its sheet. */
export interface ColumnMaps {
  mapGrid?: Grid;
  fileMap?: ColumnMap;
}

/** Reads `--columns FILE.json` (when given) and finds the workbook's map sheet. */
export async function columnMaps(grids: Grid[], file: string | undefined): Promise<ColumnMaps> {
  const mapGrid = grids.find((g) => isMapSheet(g.sheetName));
  if (file === undefined) return { mapGrid };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UserError(`Peta kolom tidak ditemukan atau tidak dapat dibaca: ${file}`, `Column map not found or unreadable: ${file}`);
  }
  return { mapGrid, fileMap: parseColumnMapJson(text, file) };
}

/** The sheets that may hold a matrix: every sheet but the map sheet. */
export function matrixGrids(grids: Grid[]): Grid[] {
  return grids.filter((g) => !isMapSheet(g.sheetName));
}

/**
 * How to read one grid: the `--columns` map when it names this sheet (or the file has one sheet,
 * as a CSV does), else the workbook's map for it.
 */
export function optionsFor(grid: Grid, maps: ColumnMaps, onlySheet: boolean): ReadOptions {
  const { fileMap } = maps;
  if (fileMap && (onlySheet || fileMap.sheet.toLowerCase() === grid.sheetName.toLowerCase())) return { columnMap: { ...fileMap, sheet: grid.sheetName } };
  return readOptionsFor(grid, maps.mapGrid);
}

/** The sheet `--columns` names, when no `--sheet` is given and the workbook has it. */
export function sheetOfMap(grids: Grid[], maps: ColumnMaps): string | undefined {
  const name = maps.fileMap?.sheet;
  return name !== undefined && grids.some((g) => g.sheetName.toLowerCase() === name.toLowerCase()) ? name : undefined;
}
