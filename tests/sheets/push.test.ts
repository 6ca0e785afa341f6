/**
 * `npm run push:sheets` takes the Apps Script project from the command line or the environment
 * (scripts/push-sheets.mjs), never from a placeholder in the repository; without one it says where
 * to find it. RBM_CLASP_DRY_RUN prints the clasp command instead of running it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './loadAddon';

/** A project file of the test's own: a developer's sheets-addon/.clasp.json is left alone. */
const PROJECT = path.join(ROOT, `sheets-addon/.clasp-push-test-${process.pid}.json`);
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_aBcDeFgHiJkLmNoPq';

function push(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env };
  delete clean.RBM_SCRIPT_ID;
  return spawnSync(process.execPath, ['scripts/push-sheets.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...clean, RBM_CLASP_DRY_RUN: '1', RBM_CLASP_PROJECT: path.basename(PROJECT), ...env } });
}

afterAll(() => rmSync(PROJECT, { force: true }));

test('no script id: a sentence saying where to find it, exit 2, no project file', () => {
  rmSync(PROJECT, { force: true });
  const run = push([]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('no script id');
  expect(run.stderr).toContain('Project Settings › Script ID');
  expect(existsSync(PROJECT)).toBe(false);
});

test('a malformed id is refused', () => {
  const run = push(['--script-id', 'REPLACE_WITH_YOUR_SCRIPT_ID!']);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('is not an Apps Script script id');
});

test.each([
  ['an argument', ['--script-id', ID], {}],
  ['the environment', [], { RBM_SCRIPT_ID: ID }],
])('the id from %s goes into sheets-addon/.clasp.json, further arguments to clasp push', (_from, args, env) => {
  const run = push([...args, '--force'], env);
  expect(run.status).toBe(0);
  expect(JSON.parse(readFileSync(PROJECT, 'utf8'))).toEqual({ scriptId: ID, rootDir: 'dist' });
  expect(run.stdout.trim()).toBe(`clasp push --project ${PROJECT} --force`);
});

test('the repository holds no .clasp.json of its own', () => {
  const tracked = spawnSync('git', ['ls-files', 'sheets-addon/.clasp.json'], { cwd: ROOT, encoding: 'utf8' });
  if (tracked.status === 0) expect(tracked.stdout.trim()).toBe(''); // (a copy without git has nothing to ask)
  expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toContain('sheets-addon/.clasp.json');
});
