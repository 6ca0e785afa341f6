/**
 * Checks while typing, core alone: what one edit costs LiveCheck (core/recheck) on a generated matrix
 * with merges, beside a whole check of the same sheet — the target is under 20 ms for a one-row edit
 * at 10,000 outputs. The edits are the ones a planner makes: a target typed, a Koordinator cleared,
 * a row pasted. Prints medians; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import type { CellValue } from '../core/grid';
import { LiveCheck, type RowEdit } from '../core/recheck';
import { validateGrid } from '../core/validate';
import { generateMatrix, prng } from './generateMatrix';

export interface RecheckFigure {
  outputs: number;
  /** Median core time of one edit, ms. */
  editMs: number;
  /** The same for a paste of 20 rows. */
  pasteMs: number;
  /** A whole check of the sheet, ms (what an edit would cost without LiveCheck). */
  wholeMs: number;
  /** Edits that needed a whole check (of all measured). */
  whole: string;
  /** Building the LiveCheck (one whole check, once per *Periksa*). */
  startMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function measureRecheck(outputs: number, edits = 60): RecheckFigure {
  const { grid } = generateMatrix(outputs, 20230101, true, true);
  const t0 = performance.now();
  const live = new LiveCheck(grid);
  const startMs = performance.now() - t0;
  const first = live.report.header?.rows[1] ?? 5; // the 1-based last header row is the 0-based first data row
  const rand = prng(42);
  const width = grid.values[first - 1].length;
  const rowAt = (r: number): CellValue[] => Array.from({ length: width }, (_, c) => grid.values[r]?.[c] ?? null);
  const times: number[] = [];
  const pastes: number[] = [];
  let whole = 0;
  for (let i = 0; i < edits; i++) {
    const row = first + Math.floor(rand() * (grid.values.length - first));
    const values = rowAt(row);
    const kind = i % 3;
    if (kind === 0) values[9] = Math.ceil(rand() * 3); // TW 4 target typed
    else if (kind === 1) values[13] = null; // Koordinator cleared
    else values[16] = 1; // a realisation entered
    const start = performance.now();
    const result = live.edit([{ row, values }]);
    times.push(performance.now() - start);
    if (result.full) whole++;
    grid.values[row] = values;
  }
  for (let i = 0; i < 10 && grid.values.length - first > 60; i++) {
    const at = first + Math.floor(rand() * (grid.values.length - first - 40));
    const from = first + Math.floor(rand() * (grid.values.length - first - 40));
    const paste: RowEdit[] = Array.from({ length: 20 }, (_, k) => ({ row: at + k, values: rowAt(from + k) }));
    const start = performance.now();
    if (live.edit(paste).full) whole++;
    pastes.push(performance.now() - start);
    for (const e of paste) grid.values[e.row] = e.values;
  }
  const w0 = performance.now();
  validateGrid(grid);
  const wholeMs = performance.now() - w0;
  return { outputs, editMs: median(times), pasteMs: pastes.length ? median(pastes) : NaN, wholeMs, whole: `${whole}/${edits + pastes.length}`, startMs };
}

if (require.main === module) {
  for (const n of (process.env.RBM_BENCH_RECHECK_SIZES ?? '10,10000').split(',').map(Number)) console.log(measureRecheck(n));
}
