/**
 * `rbm` the way the README tells users to run it: `npm run --silent rbm -- validate FILE --format json`
 * (which builds the CLI first). stdout must carry the report alone, so that `| jq` and
 * `JSON.parse` work: the build prints nothing there (issue 14, point 10).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { FIXTURES, ROOT } from './run';

/** npm itself, run by the same Node (its CLI script sits beside the node binary in every install). */
function npm(args: string[]) {
  const npmCli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : path.join(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
  return spawnSync(process.execPath, [npmCli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, maxBuffer: 64 * 1024 * 1024 });
}

test('npm run --silent rbm -- validate FILE --format json prints exactly one JSON report on stdout', () => {
  const file = path.join(FIXTURES, 'lampiran-ii.xlsx');
  const run = npm(['run', '--silent', 'rbm', '--', 'validate', file, '--format', 'json']);
  expect(run.status).toBe(1); // the fixture has errors
  const report = JSON.parse(run.stdout);
  expect(report).toMatchObject({ file, sheet: 'Lampiran II', kind: 'rb-general' });
  expect(run.stdout.trimEnd().endsWith('}')).toBe(true);
});
