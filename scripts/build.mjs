// Bundles the command line (and its helpers) with esbuild: one CommonJS file each, Node 20.
import { build } from 'esbuild';
import { statSync } from 'node:fs';

const entries = {
  rbm: 'cli/main.ts',
  bench: 'bench/bench.ts',
  'bench-hosts': 'bench/hosts.ts',
  'bench-cli': 'bench/cli.ts',
  'bench-bare': 'bench/bareRead.ts',
  'bench-peer': 'bench/peer.ts',
  'make-fixtures': 'scripts/make-fixtures.ts',
  docs: 'scripts/docs.ts',
  'render-summary': 'scripts/render-summary.ts',
};

await build({
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
});

if (process.env.RBM_BUILD_VERBOSE) {
  for (const name of Object.keys(entries)) {
    console.log(`dist/${name}.cjs ${(statSync(`dist/${name}.cjs`).size / 1024).toFixed(1)} KB`);
  }
}
