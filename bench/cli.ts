/**
 * What a user waits for: whole `rbm` processes on realistic LAMPIRAN II files (generated, with the
 * merged group cells real matrices have; bench/benchFiles.ts) at 10,000, 100,000 and 200,000
 * outputs, as .xlsx and as CSV. Each figure is the best wall time of a few runs and the peak
 * resident memory measured inside the process (tests/hostile/peakRss.cjs), beside, measured in the
 * same run, the bare read of the same file (bench/bareRead.ts) and, for CSV, the Frictionless Data
 * peer `tableschema` checking the same rows cell by cell (bench/peer.ts). Prints; asserts nothing.
 *
 * `rbm summary` runs at every size (it writes its copy by editing the package, so a 200,000-output
 * workbook takes seconds); its line also gives its time as a multiple of `rbm validate` on the same file.
 *
 * Issue 17: `rbm split` of a 20,000-output master among 40 coordinators, and `rbm merge` of their 40
 * files of 500 rows back into it (every realisation copied), beside a bare read of the same 41 files
 * in one process (bench/tieredBench.ts).
 *
 *   npm run bench
 *   RBM_BENCH_CLI_SIZES=10000,100000 RBM_BENCH_CLI_RUNS=1 RBM_BENCH_SUMMARY_SIZES=10000 npm run bench
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { benchFiles } from './benchFiles';
import { tieredFiles } from './tieredBench';

const ROOT = path.resolve(__dirname, '..');
const PEAK_RSS = path.join(ROOT, 'tests/hostile/peakRss.cjs');
const sizes = list(process.env.RBM_BENCH_CLI_SIZES, [10000, 100000, 200000]);
const summarySizes = list(process.env.RBM_BENCH_SUMMARY_SIZES, sizes);
const runs = Number(process.env.RBM_BENCH_CLI_RUNS) || 3;

interface Figure {
  seconds: number;
  peakMB: number;
  code: number | null;
}

function list(value: string | undefined, fallback: number[]): number[] {
  return value === undefined ? fallback : value.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

/** Best wall time of `runs` runs of `node script args`, and the peak memory of that run. */
function measure(script: string, args: string[]): Figure {
  let best: Figure | undefined;
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'rbm-bench-run-'));
    const rss = path.join(dir, 'rss');
    const out = path.join(dir, 'ringkasan.xlsx');
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', PEAK_RSS, path.join(ROOT, 'dist', script), ...args.map((a) => (a === '{out}' ? out : a))], {
      env: { ...process.env, RBM_PEAK_RSS_FILE: rss },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    let peakMB = NaN;
    try {
      peakMB = Number(readFileSync(rss, 'utf8')) / 1024;
    } catch {
      // the process died before it could say
    }
    rmSync(dir, { recursive: true, force: true });
    if (result.status !== 0 && result.status !== 1) console.log(`  (!) ${script} ${args.join(' ')}: exit ${result.status} ${result.stderr?.toString().slice(0, 200)}`);
    const figure = { seconds, peakMB, code: result.status };
    if (!best || figure.seconds < best.seconds) best = figure;
  }
  return best as Figure;
}

const s = (f: Figure) => `${f.seconds.toFixed(2)} s`.padStart(9);
const mb = (f: Figure) => `${Math.round(f.peakMB)} MB`.padStart(8);
const ratio = (a: Figure, b: Figure) => `${(a.seconds / b.seconds).toFixed(2)}×`.padStart(7);

function main(): void {
  console.log(`\nThe command line as a user runs it: whole processes, best of ${runs}, peak memory inside each (node ${process.version})`);
  const header = ['file', 'outputs', 'merges', 'command', 'time', 'peak', '× bare read', '× tableschema', '× validate'];
  console.log(header.join(' | '));
  const validateXlsx = new Map<number, Figure>();
  for (const outputs of sizes) {
    const files = benchFiles(outputs);
    const bareXlsx = measure('bench-bare.cjs', [files.xlsx]);
    const bareCsv = measure('bench-bare.cjs', [files.csv]);
    const peer = measure('bench-peer.cjs', [files.csv]);
    const rows: [string, string, Figure, Figure, Figure | undefined, Figure | undefined][] = [];
    const vx = measure('rbm.cjs', ['validate', files.xlsx, '--format', 'json']);
    validateXlsx.set(outputs, vx);
    rows.push(['.xlsx', 'bare read (unzip, scan cells and merges)', bareXlsx, bareXlsx, undefined, undefined]);
    rows.push(['.xlsx', 'rbm validate --format json', vx, bareXlsx, undefined, undefined]);
    if (summarySizes.includes(outputs)) rows.push(['.xlsx', 'rbm summary', measure('rbm.cjs', ['summary', files.xlsx, '--year', '2023', '--quarter', '2', '--out', '{out}']), bareXlsx, undefined, vx]);
    const vc = measure('rbm.cjs', ['validate', files.csv, '--format', 'json']);
    rows.push(['.csv', 'bare read (decode, split fields)', bareCsv, bareCsv, peer, undefined]);
    rows.push(['.csv', 'tableschema (per-cell checks)', peer, bareCsv, peer, undefined]);
    rows.push(['.csv', 'rbm validate --format json', vc, bareCsv, peer, undefined]);
    if (summarySizes.includes(outputs)) rows.push(['.csv', 'rbm summary', measure('rbm.cjs', ['summary', files.csv, '--year', '2023', '--quarter', '2', '--out', '{out}']), bareCsv, peer, vc]);
    for (const [kind, command, figure, bare, against, validate] of rows) {
      console.log([kind, outputs.toLocaleString('en-US'), files.merges.toLocaleString('en-US'), command, s(figure), mb(figure), ratio(figure, bare), against ? ratio(figure, against) : '', validate ? ratio(figure, validate) : ''].join(' | '));
    }
  }
  const [a, b] = [validateXlsx.get(100000), validateXlsx.get(200000)];
  if (a && b) console.log(`rbm validate .xlsx, 200k ÷ 100k: ${(b.seconds / a.seconds).toFixed(2)} (2.00 would be linear)`);
  tiered();
}

/** Issue 17: split a master among 40 coordinators, merge their 40 files of 500 rows back, beside a bare read of the same files. */
function tiered(): void {
  const t = tieredFiles(40, 500, path.join(ROOT, 'dist/rbm.cjs'));
  console.log(`\nTiered monitoring: ${t.units.length} unit files of ${t.rowsPerUnit} rows (master of ${t.outputs.toLocaleString('en-US')} outputs), best of ${runs}`);
  console.log(['command', 'time', 'peak', '× bare read of the same files'].join(' | '));
  const bare = measure('bench-bare.cjs', [t.blank, ...t.units]);
  const split = measure('rbm.cjs', ['split', t.filled, '--by', 'koordinator', '--out', '{out}']);
  const merge = measure('rbm.cjs', ['merge', t.blank, ...t.units, '--quarter', '2', '--out', '{out}']);
  const bareMaster = measure('bench-bare.cjs', [t.filled]);
  console.log(['bare read of master + 40 units (one process)', s(bare), mb(bare), ratio(bare, bare)].join(' | '));
  console.log([`rbm merge (40 units, --quarter 2; ${t.copied.toLocaleString('en-US')} cells copied)`, s(merge), mb(merge), ratio(merge, bare)].join(' | '));
  console.log(['rbm split (40 files)  [× bare read of the master]', s(split), mb(split), ratio(split, bareMaster)].join(' | '));
}

main();
