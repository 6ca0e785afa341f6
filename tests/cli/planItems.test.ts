/**
 * The CLI's package writer (cli/writePlan.ts over core/xlsx/workbookEditor.ts) takes a plan with data
 * validations, conditional formats and charts: it writes the cells, never fails on the items, and the
 * copy reads back cell for cell. (Writing the items themselves into the package is issue 16's.)
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readXlsx } from '../../core/xlsx';
import { writePlanToNewFile } from '../../cli/writePlan';
import { itemsPlan } from '../helpers/planItems';

test('a plan with every kind of item is written, cell for cell', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rbm-items-'));
  const out = path.join(dir, 'items.xlsx');
  await writePlanToNewFile(out, itemsPlan());
  const book = await readXlsx(new Uint8Array(await fs.readFile(out)));
  const grid = book.sheets.find((s) => s.grid.sheetName === 'Ringkasan')!.grid;
  expect(grid.values[1][0]).toBe('Kegiatan A');
  expect(grid.values[3][3]).toBeCloseTo(0.95 * 1.5);
  await fs.rm(dir, { recursive: true, force: true });
});
