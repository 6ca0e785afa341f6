/**
 * dist/rbm.cjs starts the CLI bundle from the V8 code cache the build made (cli/launcher.cjs): the
 * cache it names exists and V8 accepts it, and a damaged or missing cache changes nothing but speed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from './run';

const DIST = path.join(ROOT, 'dist');
const SAMPLE = path.join(ROOT, 'samples/matriks-rb.xlsx');

function cacheName(): string {
  const name = /rbm-cli\.[0-9a-f]{16}\.cache/.exec(readFileSync(path.join(DIST, 'rbm.cjs'), 'utf8'))?.[0];
  if (!name) throw new Error('dist/rbm.cjs names no code cache');
  return name;
}

function validate(dir: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(dir, 'rbm.cjs'), 'validate', SAMPLE, '--format', 'json'], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the launcher names the cache the build made for this very bundle, and V8 accepts it', () => {
  const check = `
    const fs = require('node:fs'), vm = require('node:vm'), { wrap } = require('node:module');
    const script = new vm.Script(wrap(fs.readFileSync(${JSON.stringify(path.join(DIST, 'rbm-cli.cjs'))}, 'utf8')), {
      filename: ${JSON.stringify(path.join(DIST, 'rbm-cli.cjs'))},
      cachedData: fs.readFileSync(${JSON.stringify(path.join(DIST, cacheName()))}),
    });
    console.log(script.cachedDataRejected === false ? 'accepted' : 'rejected');`;
  const run = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
  expect(run.stdout.trim()).toBe('accepted');
});

test('a damaged or missing cache: the same report, the same exit code', () => {
  const expected = validate(DIST);
  expect(expected.code).toBe(1);
  const dir = mkdtempSync(path.join(tmpdir(), 'rbm-cache-'));
  for (const file of ['rbm.cjs', 'rbm-cli.cjs']) copyFileSync(path.join(DIST, file), path.join(dir, file));
  expect(validate(dir)).toEqual(expected);
  writeFileSync(path.join(dir, cacheName()), Buffer.from('not a code cache'.repeat(1000)));
  expect(validate(dir)).toEqual(expected);
});

test('the bundle makes no dynamic import(): run through vm.Script, it would have no loader for one', () => {
  expect(readFileSync(path.join(DIST, 'rbm-cli.cjs'), 'utf8')).not.toMatch(/\bimport\(/);
});
