/**
 * LibreOffice for the tests that prove a written file opens in a real spreadsheet program. CI
 * machines without it skip those tests, and say so in the test's name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));

/** `test` when LibreOffice is installed, else `test.skip` with the reason in the name. */
export function withOffice(name: string, fn: () => Promise<void>, timeout = 240000): void {
  if (soffice) test(name, fn, timeout);
  else test.skip(`${name} (skipped: LibreOffice is not installed here; apt-get install libreoffice-calc-nogui)`, fn);
}

/** Converts `file` with LibreOffice (`pdf`, `xlsx`, a CSV filter…) into a new folder; the converted file's path. */
export function convert(file: string, to: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rbm-office-'));
  const run = spawnSync(soffice!, ['--headless', '--convert-to', to, '--outdir', folder, file], { env: { ...process.env, HOME: folder }, encoding: 'utf8', timeout: 120000 });
  if (run.status !== 0) throw new Error(`soffice --convert-to ${to} failed: ${run.stderr}`);
  const ext = to.split(':')[0];
  const out = readdirSync(folder).find((f) => f.endsWith(`.${ext}`));
  if (!out) throw new Error(`soffice wrote no .${ext} for ${file}`);
  return path.join(folder, out);
}
