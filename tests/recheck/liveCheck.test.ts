/**
 * Checks while typing: after any edit, the report LiveCheck keeps by checking only the rows touched
 * is the report a whole check of the edited sheet gives (findings, their order, runs and fixes;
 * counts of findings and outputs), on the seed fixtures, the dialect fixtures and generated matrices
 * with merges; and most edits are checked on their rows alone.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook } from '../../cli/readWorkbook';
import type { CellValue, Grid } from '../../core/grid';
import { LiveCheck, type RowEdit } from '../../core/recheck';
import { validateGrid } from '../../core/validate';
import { generateMatrix, prng } from '../../bench/generateMatrix';

const FIXTURES = path.join(__dirname, '../fixtures');
const files = [
  ...['lampiran-ii.xlsx', 'lampiran-i.xlsx', 'tabel-4.xlsx', 'lampiran-ii-realisasi.xlsx', 'lampiran-ii.csv'].map((f) => path.join(FIXTURES, f)),
  ...['dialects', 'monitoring'].flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((f) => f.endsWith('.xlsx') && !f.endsWith('-clean.xlsx'))
      .map((f) => path.join(FIXTURES, dir, f)),
  ),
];

/** A random edit as a planner makes one: a cell typed over with another cell's value, cleared, a row pasted over another, a row cleared, a typo. */
function randomEdit(grid: Grid, rand: () => number, firstData: number): RowEdit[] {
  const rows = grid.values.length;
  const width = Math.max(...grid.values.slice(0, firstData).map((r) => r.length));
  const row = firstData + Math.floor(rand() * Math.max(1, rows - firstData + 2));
  const copy = (r: number): CellValue[] => Array.from({ length: width }, (_, c) => grid.values[r]?.[c] ?? null);
  const source = firstData + Math.floor(rand() * Math.max(1, rows - firstData));
  const kind = Math.floor(rand() * 5);
  if (kind === 0) return [{ row, values: copy(source) }];
  if (kind === 1) return [{ row, values: new Array(width).fill(null) }];
  const values = copy(row);
  const col = Math.floor(rand() * width);
  if (kind === 2) values[col] = null;
  else if (kind === 3) values[col] = grid.values[source]?.[col] ?? null;
  else values[col] = ['1', '3,7', '100 %', 'rutin', 'Draft', 'xyz', 'WTP', '', 50][Math.floor(rand() * 9)];
  const edits: RowEdit[] = [{ row, values }];
  if (rand() < 0.2) edits.push({ row: row + 1, values: copy(source) }); // a paste of two rows
  return edits;
}

/** As Excel and Sheets read them: a cell covered by a merge (not its top-left) is always empty. */
function asHostReads(grid: Grid, edits: RowEdit[]): RowEdit[] {
  return edits.map((e) => ({
    ...e,
    values: e.values.map((v, c) => ((grid.merges ?? []).some((m) => e.row >= m.top && e.row <= m.bottom && c >= m.left && c <= m.right && (e.row !== m.top || c !== m.left)) ? null : v)),
  }));
}

function applyEdits(grid: Grid, edits: RowEdit[]): Grid {
  const values = grid.values.slice();
  for (const e of edits) {
    while (values.length <= e.row) values.push([]);
    values[e.row] = e.values;
  }
  const numberFormats = grid.numberFormats?.slice();
  if (numberFormats) for (const e of edits) numberFormats[e.row] = [];
  return { ...grid, values, ...(numberFormats ? { numberFormats } : {}) };
}

const comparable = (report: ReturnType<typeof validateGrid>['report']) => ({ findings: report.findings, counts: { ...report.counts, kegiatan: 0, rencanaAksi: 0 } });

async function exercise(grid: Grid, seed: number, edits: number): Promise<{ incremental: number }> {
  const live = new LiveCheck(grid);
  expect(comparable(live.report)).toEqual(comparable(validateGrid(grid).report));
  const firstData = (live.report.header?.rows[1] ?? 1) - Number(/\d+/.exec(grid.topLeft ?? 'A1')![0]) + 1;
  const rand = prng(seed);
  let current = grid;
  let incremental = 0;
  for (let i = 0; i < edits; i++) {
    const change = asHostReads(current, randomEdit(current, rand, firstData));
    current = applyEdits(current, change);
    const result = live.edit(change);
    if (!result.full) incremental++;
    const want = comparable(validateGrid(current).report);
    const got = comparable(result.report);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      // Say which edit went wrong before the long diff.
      expect({ edit: i, rows: change.map((c) => c.row), full: result.full, got: got.findings.map((f) => `${f.code} ${f.range ?? f.cell}`) }).toEqual({ edit: i, rows: change.map((c) => c.row), full: result.full, got: want.findings.map((f) => `${f.code} ${f.range ?? f.cell}`) });
      expect(got).toEqual(want);
    }
  }
  return { incremental };
}

describe('LiveCheck gives the whole check\'s report after every edit', () => {
  test.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s', async (_, file) => {
    const grids = await readWorkbook(file);
    const grid = grids.find((g) => validateGrid(g).report.kind !== null);
    if (!grid) return;
    await exercise(grid, 7, 60);
  });

  test('a generated matrix of 2,000 outputs with merges: most edits are checked on their rows alone', async () => {
    const { grid } = generateMatrix(2000, 11, true, true);
    const { incremental } = await exercise(grid, 3, 40);
    expect(incremental).toBeGreaterThan(30);
  });
});
