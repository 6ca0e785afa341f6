/**
 * The files the CLI benchmark runs on: generated LAMPIRAN II matrices with realisation columns and
 * the merges real ones have (bench/generateMatrix.ts), as .xlsx (the way Excel saves them) and as a
 * semicolon CSV. Kept in the system's temporary folder between runs, since 200,000 outputs take a
 * while to write.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gridCsv, gridXlsx } from '../tests/helpers/xlsxPackage';
import { generateMatrix } from './generateMatrix';

/** Change when the generator or the writer changes, so stale files are not measured. */
const VERSION = 2;
const HEADER_ROW = 3;

export interface BenchFiles {
  outputs: number;
  xlsx: string;
  csv: string;
  merges: number;
}

export function benchFiles(outputs: number, dir = path.join(tmpdir(), 'rbm-bench')): BenchFiles {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `lampiran-ii-${outputs}-v${VERSION}`);
  const files = { xlsx: `${base}.xlsx`, csv: `${base}.csv`, meta: `${base}.merges` };
  if (!existsSync(files.xlsx) || !existsSync(files.csv) || !existsSync(files.meta)) {
    const { grid } = generateMatrix(outputs, 20230101, true, true);
    // Written under a temporary name first: an interrupted run leaves no half file to measure.
    writeAtomic(files.csv, gridCsv(grid));
    writeAtomic(files.xlsx, gridXlsx(grid, HEADER_ROW));
    writeAtomic(files.meta, String(grid.merges?.length ?? 0));
  }
  const merges = Number(readFileSync(files.meta, 'utf8'));
  return { outputs, xlsx: files.xlsx, csv: files.csv, merges };
}

function writeAtomic(file: string, content: string | Uint8Array): void {
  writeFileSync(`${file}.part`, content);
  renameSync(`${file}.part`, file);
}
