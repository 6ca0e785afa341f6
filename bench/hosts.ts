/**
 * Benchmark of the host adapters on our fake hosts: what each action of the panel costs in round
 * trips (the figure that matters on a real host, where each one is a network or service call) and
 * bytes, and how long core + adapter take here, for generated matrices of 10 and 10,000 outputs
 * with realisation columns. Excel: the ExcelBridge over tests/excel/fakeExcel.ts. Sheets: the built
 * sheets-addon/dist/Code.js in a Node vm over tests/sheets/fakeAppsScript.ts. Prints; asserts nothing.
 *
 *   npm run bench     (after the core benchmark)
 *   RBM_BENCH_HOST_SIZES=10,1000,10000,30000,100000 node dist/bench-hosts.cjs
 */
import { performance } from 'node:perf_hooks';
import { ExcelBridge } from '../excel-addin/excelBridge';
import { FakeWorkbook } from '../tests/excel/fakeExcel';
import { loadAddon } from '../tests/sheets/loadAddon';
import { addGrid, generated } from '../tests/sheets/workbooks';
import { measureRecheck } from './recheck';
import { scriptRunner } from '../tests/sheets/scriptRunner';
import { scriptBridge } from '../sheets-addon/client/scriptBridge';

const MADE_ON = new Date(2023, 6, 20);
/** Output rows per generated matrix; `RBM_BENCH_HOST_SIZES=10,1000,30000` measures others. */
const SIZES = (process.env.RBM_BENCH_HOST_SIZES ?? '10,10000').split(',').map(Number).filter((n) => n > 0);

interface Row {
  host: string;
  action: string;
  outputs: number;
  trips: number;
  bytes: string;
  ms: number;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

async function excel(outputs: number, rows: Row[]): Promise<void> {
  const grid = generated(outputs);
  const wb = FakeWorkbook.of({ name: grid.sheetName, values: grid.values, numberFormats: grid.numberFormats, merges: grid.merges });
  const bridge = new ExcelBridge({ run: wb.run, displayLanguage: () => 'id-ID', now: () => MADE_ON });
  const actions: [string, () => Promise<unknown>][] = [
    ['check', () => bridge.validate('id')],
    ['clear highlights', () => bridge.clearHighlights('id')],
    ['apply fixes', () => bridge.applyFixes('id')],
    ['summary', () => bridge.summarise({ year: 2023, quarter: 2, lang: 'id' })],
    // Issue 17: a sheet per coordinator (six and one for rows without a name), then their sheets read back.
    ['share with coordinators', () => bridge.shareWithCoordinators({ by: 'koordinator', lang: 'id' })],
    ['collect reports', () => bridge.collectReports({ quarter: 3, lang: 'id' })],
  ];
  for (const [action, run] of actions) {
    wb.resetCounters();
    const { ms } = await timed(run);
    const request = Math.max(0, ...wb.syncs.map((s) => s.requestBytes));
    const response = Math.max(0, ...wb.syncs.map((s) => s.responseBytes));
    rows.push({ host: 'Excel', action, outputs, trips: wb.syncCount, bytes: `${kb(request)} / ${kb(response)}`, ms });
  }
  // Checks while typing: one edit (a Koordinator cleared), after the switch is on.
  await bridge.liveCheck(true, 'id', () => undefined);
  wb.resetCounters();
  const { ms } = await timed(() => wb.type(grid.sheetName, 'N7', [[null]]));
  rows.push({ host: 'Excel', action: 'one edit, checked live', outputs, trips: wb.syncCount, bytes: `${kb(Math.max(...wb.syncs.map((s) => s.requestBytes)))} / ${kb(Math.max(...wb.syncs.map((s) => s.responseBytes)))}`, ms });
}

async function sheets(outputs: number, rows: Row[]): Promise<void> {
  const addon = loadAddon();
  addGrid(addon.fake, generated(outputs));
  addon.setNow(MADE_ON.getTime());
  const bridge = scriptBridge(scriptRunner(addon));
  const actions: [string, () => unknown][] = [
    ['check', () => addon.call('rbValidate', 'id')],
    ['clear highlights', () => addon.call('rbClearHighlights', 'id')],
    ['apply fixes', () => addon.call('rbApplyFixes', 'id')],
    ['summary', () => addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' })],
    ['RB_CAPAIAN, one column', () => addon.call('RB_CAPAIAN', column(outputs, 1), column(outputs, 0.8))],
    // Issue 17: the passes run in the sidebar; the calls counted are the server's reads and writes.
    ['share with coordinators', () => bridge.shareWithCoordinators({ by: 'koordinator', lang: 'id' })],
    ['collect reports', () => bridge.collectReports({ quarter: 3, lang: 'id' })],
  ];
  for (const [action, run] of actions) {
    addon.fake.log.reset();
    const { ms } = await timed(run);
    rows.push({ host: 'Sheets', action, outputs, trips: addon.fake.log.total(), bytes: '', ms });
  }
  // Checks while typing: onEdit off (the default), then on.
  const sheet = addon.fake.spreadsheet.active;
  const range = sheet.getRange('N7');
  for (const on of [false, true]) {
    addon.call('rbSetLiveCheck', on, 'id');
    addon.fake.log.reset();
    const { ms } = await timed(() => addon.call('onEdit', { range }));
    rows.push({ host: 'Sheets', action: `one edit, onEdit ${on ? 'on' : 'off'}`, outputs, trips: addon.fake.log.total(), bytes: '', ms });
  }
}

function column(n: number, value: number): number[][] {
  return Array.from({ length: n }, (_, i) => [value * (1 + (i % 7))]);
}

function kb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const n of SIZES) {
    await excel(n, rows);
    await sheets(n, rows);
  }
  console.log('\nHost adapters on the fake hosts (round trips: Excel sync calls, Apps Script service calls; time is core + adapter + fake here, not a real host):');
  const header = ['host'.padEnd(7), 'action'.padEnd(23), 'outputs'.padStart(8), 'round trips'.padStart(12), 'largest request / response'.padStart(28), 'ms'.padStart(9)].join('  ');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    console.log([r.host.padEnd(7), r.action.padEnd(23), r.outputs.toLocaleString('en-US').padStart(8), String(r.trips).padStart(12), r.bytes.padStart(28), r.ms.toFixed(1).padStart(9)].join('  '));
  }
  console.log('\nChecks while typing, core alone (core/recheck LiveCheck; median of 60 one-row edits and of 10 pastes of 20 rows, beside one whole check of the same sheet):');
  for (const n of SIZES) {
    const f = measureRecheck(n);
    console.log(`  ${n.toLocaleString('en-US').padStart(7)} outputs: one-row edit ${f.editMs.toFixed(1)} ms · 20-row paste ${Number.isNaN(f.pasteMs) ? '–' : f.pasteMs.toFixed(1) + ' ms'} · whole check ${f.wholeMs.toFixed(1)} ms · edits checked whole ${f.whole} · first check ${f.startMs.toFixed(0)} ms`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
