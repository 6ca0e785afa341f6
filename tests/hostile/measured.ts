import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
const PEAK_RSS = path.join(__dirname, 'peakRss.cjs');

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the command, in MB (NaN when it died before saying). */
  peakMB: number;
}

/**
 * Runs the built `rbm` in a child process as a user would, with its peak memory measured inside it
 * (tests/hostile/peakRss.cjs) and a time limit after which it is killed: a hang fails the test
 * instead of the suite.
 */
export function measured(args: string[], timeoutMs = 30000): Measured {
  const dir = mkdtempSync(path.join(tmpdir(), 'rbm-rss-'));
  const rssFile = path.join(dir, 'rss');
  const result = spawnSync(process.execPath, ['--require', PEAK_RSS, path.join(ROOT, 'dist/rbm.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', RBM_PEAK_RSS_FILE: rssFile },
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  let peakMB = NaN;
  try {
    peakMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // killed or crashed: no figure
  }
  rmSync(dir, { recursive: true, force: true });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', peakMB };
}

export function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Exit 2 with one line on stderr, no stack trace, nothing on stdout. */
export function expectRefusal(run: Measured, reason: RegExp): void {
  expect(run.signal).toBeNull();
  expect(run.stderr).toMatch(reason);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |heap|FATAL/);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(2);
}
