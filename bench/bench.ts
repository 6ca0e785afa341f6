/**
 * Benchmark: validateGrid on generated RB General matrices of 1,000, 10,000 and 100,000 outputs,
 * against a bare loop that only reads every cell once; then the quarterly summary of a matrix with
 * realisation columns, and CAPAIAN through its range form. Prints figures; asserts nothing.
 *
 *   npm run bench            (esbuild bundles this file to dist/bench.cjs)
 *   RBM_BENCH_SIZES=1000,50000 npm run bench
 */
import { performance } from 'node:perf_hooks';
import { buildSummary, readMatrix, resolvePlan, validateGrid, type CellValue, type Grid } from '../core';
import { generateMatrix as generate, prng } from './generateMatrix';
import { CAPAIAN } from '../core/functions';

/** Reads every cell once: the floor any validator has to pay. */
function bareLoop(grid: Grid): number {
  let acc = 0;
  const rows = grid.values;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') acc += v.length;
      else if (typeof v === 'number') acc += 1;
      else if (v !== null) acc += 2;
    }
  }
  return acc;
}

/** Best wall time of `runs` calls after one warm-up call, in milliseconds. */
function best<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let result = fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms < min) min = ms;
  }
  return { ms: min, result };
}

function pad(text: string, width: number, left = true): string {
  return left ? text.padStart(width) : text.padEnd(width);
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function main(): void {
  const sizes = (process.env.RBM_BENCH_SIZES ?? '1000,10000,100000')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  const runs = Number(process.env.RBM_BENCH_RUNS) || 5;
  console.log(`RB Matrix benchmark: validateGrid on generated RB General matrices (best of ${runs} after a warm-up)`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);

  const results: { outputs: number; gridRows: number; ms: number; bareMs: number; findings: number; planted: number; counts: string }[] = [];
  for (const outputs of sizes) {
    const genStart = performance.now();
    const { grid, planted } = generate(outputs);
    const genMs = performance.now() - genStart;
    const validate = best(runs, () => validateGrid(grid));
    const bare = best(runs, () => bareLoop(grid));
    const report = validate.result.report;
    if (report.counts.outputs !== outputs) console.log(`  (!) ${outputs}: the validator counted ${report.counts.outputs} outputs`);
    const byCode = new Map<string, number>();
    // A run of identical findings is one finding over its range: it counts for the cells it covers.
    for (const f of report.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + (f.count ?? 1));
    const plantedTotal = Object.values(planted).reduce((s, n) => s + n, 0);
    for (const [code, n] of Object.entries(planted)) {
      if ((byCode.get(code) ?? 0) < n) console.log(`  (!) ${outputs}: planted ${n} × ${code}, found ${byCode.get(code) ?? 0}`);
    }
    results.push({
      outputs,
      gridRows: grid.values.length,
      ms: validate.ms,
      bareMs: bare.ms,
      findings: report.findings.length,
      planted: plantedTotal,
      counts: [...byCode].map(([c, n]) => `${c} ${n}`).join(', '),
    });
    console.log(`generated ${fmt(outputs, 0)} outputs (${fmt(grid.values.length, 0)} grid rows) in ${fmt(genMs)} ms`);
  }

  console.log('');
  const header = [pad('outputs', 9), pad('grid rows', 10), pad('validate ms', 12), pad('outputs/s', 12), pad('bare ms', 9), pad('× bare', 9), pad('findings', 9), pad('planted', 8)].join('  ');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of results) {
    console.log(
      [
        pad(fmt(r.outputs, 0), 9),
        pad(fmt(r.gridRows, 0), 10),
        pad(fmt(r.ms, 2), 12),
        pad(fmt(r.outputs / (r.ms / 1000), 0), 12),
        pad(fmt(r.bareMs, 3), 9),
        pad(fmt(r.ms / r.bareMs, 0), 9),
        pad(fmt(r.findings, 0), 9),
        pad(fmt(r.planted, 0), 8),
      ].join('  '),
    );
  }
  console.log('');
  const at = (n: number) => results.find((r) => r.outputs === n);
  const tenK = at(10000);
  const hundredK = at(100000);
  if (tenK && hundredK) console.log(`100k / 10k time ratio: ${fmt(hundredK.ms / tenK.ms, 2)} (10.00 would be linear)`);
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    if (a === tenK && b === hundredK) continue;
    console.log(`${fmt(b.outputs, 0)} / ${fmt(a.outputs, 0)} time ratio: ${fmt(b.ms / a.ms, 2)} (${fmt(b.outputs / a.outputs, 2)} would be linear)`);
  }
  const largest = results[results.length - 1];
  if (largest) console.log(`\nfindings at ${fmt(largest.outputs, 0)}: ${largest.counts}`);
  benchSummary(runs);
  benchCapaian(runs);
}

/** The quarterly summary (read the matrix, compute, lay out the tab) of matrices with realisation. */
function benchSummary(runs: number): void {
  console.log('\nQuarterly summary (TW II 2023): readMatrix + buildSummary, core time');
  for (const outputs of [1000, 10000, 100000]) {
    const { grid } = generate(outputs, 20230101, true);
    const madeOn = new Date(2023, 6, 10);
    const whole = best(runs, () => buildSummary(readMatrix(grid)!, { year: 2023, quarter: 2, madeOn }));
    const matrix = readMatrix(grid)!;
    const summaryOnly = best(runs, () => buildSummary(matrix, { year: 2023, quarter: 2, madeOn }));
    // What every writer does first: check and resolve the plan (core/plan/resolvePlan.ts).
    const resolved = best(runs, () => resolvePlan(whole.result.plan));
    const t = whole.result.data.totals;
    console.log(
      `  ${pad(fmt(outputs, 0), 7)} outputs: ${pad(fmt(whole.ms, 1), 7)} ms (of which summary ${fmt(summaryOnly.ms, 1)} ms)  ` +
        `plan ${fmt(whole.result.plan.cells.length, 0)} cells · due ${fmt(t.due, 0)} · tercapai ${fmt(t.tercapai, 0)} · tanpa data ${fmt(t.tidakAdaData, 0)}` +
        `; resolved in ${fmt(resolved.ms, 1)} ms to ${resolved.result.styles.length} styles`,
    );
  }
}

/** CAPAIAN through its range form: one call for a whole column, as a sheet would make it. */
function benchCapaian(runs: number): void {
  const rand = prng(7);
  const n = 100000;
  const targets: CellValue[][] = [];
  const realised: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const kind = rand();
    if (kind < 0.6) {
      const t = 1 + Math.floor(rand() * 5);
      targets.push([t]);
      realised.push([rand() < 0.1 ? '' : Math.floor(rand() * 6)]);
    } else if (kind < 0.9) {
      targets.push(['100%']);
      realised.push([`${Math.floor(rand() * 100)},5%`]);
    } else {
      targets.push(['WTP']);
      realised.push([rand() < 0.5 ? 'WTP' : 'WDP']);
    }
  }
  const run = best(runs, () => CAPAIAN(targets, realised));
  const filled = run.result.filter((r) => r[0] !== '').length;
  console.log(`\nCAPAIAN over ${fmt(n, 0)} rows in one range call: ${fmt(run.ms, 1)} ms (${fmt(n / (run.ms / 1000), 0)} evaluations/s; ${fmt(filled, 0)} with a capaian)`);
}

main();
