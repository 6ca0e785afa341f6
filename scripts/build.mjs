// Bundles the command line (and its helpers) with esbuild: one CommonJS file each, Node 20.
// Silent: `npm run --silent rbm -- … --format json` must print the report alone on stdout, so
// nothing is printed here unless RBM_BUILD_VERBOSE is set, and then on stderr.
// Each bundle is written beside its target and renamed over it: a process already running the old
// dist/rbm.cjs (another test, another terminal) never reads half a file.
import { build } from 'esbuild';
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const entries = {
  rbm: 'cli/main.ts',
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
for (const file of result.outputFiles) {
  const temporary = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}`);
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}

if (process.env.RBM_BUILD_VERBOSE) {
  for (const name of Object.keys(entries)) {
    console.error(`dist/${name}.cjs ${(statSync(`dist/${name}.cjs`).size / 1024).toFixed(1)} KB`);
  }
}
