/**
 * The files the tiered-monitoring benchmark runs on (issue 17): a generated LAMPIRAN II master whose
 * outputs belong to `units` coordinators in turn (`rowsPerUnit` each), saved twice: with its
 * realisations (split into unit files, so each unit file holds what a coordinator typed) and without
 * (the master the merge fills). The unit files come from `rbm split` itself. Kept in the temporary
 * folder between runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gridXlsx } from '../tests/helpers/xlsxPackage';
import { generateMatrix } from './generateMatrix';

const VERSION = 1;
const HEADER_ROW = 3;
const KOORDINATOR = 13;
const OUTPUT = 5;
const REALISATION = [16, 17, 18, 19];

export interface TieredFiles {
  outputs: number;
  rowsPerUnit: number;
  /** The master with realisations, and without. */
  filled: string;
  blank: string;
  units: string[];
  /** Realisation cells the merge copies (`--quarter 2`: TW II's). */
  copied: number;
}

export function tieredFiles(units: number, rowsPerUnit: number, rbm: string, dir = path.join(tmpdir(), 'rbm-bench')): TieredFiles {
  const outputs = units * rowsPerUnit;
  const base = path.join(dir, `tiered-${units}x${rowsPerUnit}-v${VERSION}`);
  const filled = `${base}-realisasi.xlsx`;
  const blank = `${base}-kosong.xlsx`;
  const unitDir = `${base}-unit`;
  const { grid } = generateMatrix(outputs, 20230101, true, true);
  let i = 0;
  let copied = 0;
  for (const row of grid.values) {
    if (!/^Output \d+:/.test(String(row?.[OUTPUT] ?? ''))) continue;
    row[KOORDINATOR] = `Unit Kerja ${(i++ % units) + 1}`;
    if (row[17] !== null && row[17] !== undefined && row[17] !== '') copied++;
  }
  if (!existsSync(filled) || !existsSync(blank) || !existsSync(unitDir)) {
    mkdirSync(dir, { recursive: true });
    write(filled, gridXlsx(grid, HEADER_ROW));
    for (const row of grid.values) if (/^Output \d+:/.test(String(row?.[OUTPUT] ?? ''))) for (const c of REALISATION) row[c] = '';
    write(blank, gridXlsx(grid, HEADER_ROW));
    const run = spawnSync(process.execPath, [rbm, 'split', filled, '--by', 'koordinator', '--out', `${unitDir}.part`], { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`rbm split failed (${run.status})`);
    renameSync(`${unitDir}.part`, unitDir);
  }
  return { outputs, rowsPerUnit, filled, blank, units: readdirSync(unitDir).map((f) => path.join(unitDir, f)).sort(), copied };
}

function write(file: string, content: Uint8Array | string): void {
  writeFileSync(`${file}.part`, content);
  renameSync(`${file}.part`, file);
}
