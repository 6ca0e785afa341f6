/** Workbooks for the add-on tests: the seed fixtures (read with the CLI's reader) and generated matrices, put into the fake. */
import * as path from 'node:path';
import type { Grid } from '../../core/grid';
import { readWorkbook } from '../../cli/readWorkbook';
import { generateMatrix } from '../../bench/generateMatrix';
import type { FakeAppsScript, FakeSheet } from './fakeAppsScript';
import { projectRoot } from '../helpers/projectRoot';

export const FIXTURES = path.join(projectRoot(), 'tests/fixtures');

/** The first sheet of a fixture as a Grid. */
export async function fixtureGrid(name: string): Promise<Grid> {
  const [grid] = await readWorkbook(path.join(FIXTURES, name));
  return grid;
}

/** Puts a Grid into the fake as a sheet of the spreadsheet (merges included) and makes it active. */
export function addGrid(fake: FakeAppsScript, grid: Grid, name = grid.sheetName): FakeSheet {
  const sheet = fake.addSheet(name, grid.values, {
    formats: grid.numberFormats,
    merges: (grid.merges ?? []).map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 })),
  });
  fake.spreadsheet.active = sheet;
  return sheet;
}

/** A generated RB General matrix with realisation columns (bench/generateMatrix.ts). */
export function generated(outputs: number): Grid {
  return generateMatrix(outputs, 20230101, true).grid;
}
