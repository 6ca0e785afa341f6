/**
 * `rbm validate … | head`: the reader closes the pipe after a few bytes; rbm leaves quietly (no
 * stack trace on stderr) with its own exit code, as for a whole report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generateMatrix } from '../../bench/generateMatrix';
import { gridCsv } from '../helpers/xlsxPackage';
import { ROOT } from './run';

let dir: string;
let csv: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-pipe-'));
  csv = path.join(dir, 'matriks.csv');
  // Realisations in 10,000 outputs: reports of three times and more a pipe's 64 KiB.
  writeFileSync(csv, gridCsv(generateMatrix(10000, 7, true).grid));
});

function piped(args: string[]): { code: number; stderr: string; bytes: number } {
  const err = path.join(dir, 'stderr.txt');
  const script = `"${process.execPath}" dist/rbm.cjs ${args.map((a) => `'${a}'`).join(' ')} 2>'${err}' | head -c 100 | wc -c; exit \${PIPESTATUS[0]}`;
  const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status ?? -1, stderr: readFileSync(err, 'utf8'), bytes: Number(run.stdout.trim()) };
}

test('a report cut short by `| head` leaves no stack trace and keeps the exit code', () => {
  const whole = spawnSync(process.execPath, ['dist/rbm.cjs', 'validate', csv, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(whole.stdout.length).toBeGreaterThan(3 * 64 * 1024);
  for (const format of ['json', 'text']) {
    const run = piped(['validate', csv, '--format', format]);
    expect(run.bytes).toBe(100);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(whole.status);
  }
});
