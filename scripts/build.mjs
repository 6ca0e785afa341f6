// Bundles the command line (and its helpers) with esbuild: one CommonJS file each, Node 20.
// Silent: `npm run --silent rbm -- … --format json` must print the report alone on stdout, so
// nothing is printed here unless RBM_BUILD_VERBOSE is set, and then on stderr.
// Each bundle is written beside its target and renamed over it: a process already running the old
// dist/rbm.cjs (another test, another terminal) never reads half a file.
// dist/rbm.cjs is the launcher (cli/launcher.cjs): it starts the command line's bundle, dist/rbm-cli.cjs,
// from the V8 code cache made here by validating the bundled sample once.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const entries = {
  'rbm-cli': 'cli/main.ts',
  bench: 'bench/bench.ts',
  'bench-hosts': 'bench/hosts.ts',
  'bench-cli': 'bench/cli.ts',
  'bench-bare': 'bench/bareRead.ts',
  'bench-peer': 'bench/peer.ts',
  'make-fixtures': 'scripts/make-fixtures.ts',
  'make-dialects': 'scripts/make-dialects.ts',
  'make-monitoring': 'scripts/make-monitoring.ts',
  docs: 'scripts/docs.ts',
  'render-summary': 'scripts/render-summary.ts',
};

const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  external: ['exceljs', 'tableschema'],
  logLevel: 'warning',
  write: false,
});

mkdirSync('dist', { recursive: true });
for (const file of result.outputFiles) writeWhole(file.path, file.contents);
writeLauncher();

/** Writes `file` beside itself and renames it over the old one. */
function writeWhole(file, contents) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}`);
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/**
 * dist/rbm.cjs, naming the code cache after the bundle's hash, and the cache itself: what V8 compiled
 * while validating samples/matriks-rb.xlsx. Caches of earlier bundles are removed.
 */
function writeLauncher() {
  const hash = createHash('sha256').update(readFileSync('dist/rbm-cli.cjs')).digest('hex').slice(0, 16);
  const cache = `rbm-cli.${hash}.cache`;
  writeWhole('dist/rbm.cjs', readFileSync('cli/launcher.cjs', 'utf8').replace('BUNDLE_HASH', hash));
  for (const old of readdirSync('dist')) if (/^rbm-cli\.[0-9a-f]{16}\.cache$/.test(old) && old !== cache) rmSync(path.join('dist', old), { force: true });
  const temporary = path.join('dist', `.${cache}.${process.pid}`);
  const run = spawnSync(process.execPath, ['dist/rbm.cjs', 'validate', 'samples/matriks-rb.xlsx', '--format', 'json'], {
    env: { ...process.env, RBM_WRITE_CODE_CACHE: temporary },
    stdio: 'ignore',
  });
  // Without a cache rbm compiles as usual: a failed warm-up costs speed, never a build.
  if (run.status !== 0 && run.status !== 1) {
    rmSync(temporary, { force: true });
    if (process.env.RBM_BUILD_VERBOSE) console.error(`no code cache: the warm-up run ended with ${run.status ?? run.signal}`);
    return;
  }
  renameSync(temporary, path.join('dist', cache));
}

if (process.env.RBM_BUILD_VERBOSE) {
  for (const name of ['rbm', ...Object.keys(entries)]) {
    console.error(`dist/${name}.cjs ${(statSync(`dist/${name}.cjs`).size / 1024).toFixed(1)} KB`);
  }
}
