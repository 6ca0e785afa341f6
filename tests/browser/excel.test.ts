/**
 * The built Excel task pane (dist/excel) in real Chromium: taskpane.html loaded from
 * https://localhost:3000 (served by page.route), Microsoft's Office.js address routed to the fake
 * Excel (tests/browser/excel/fakeOffice.ts) holding LAMPIRAN II with realisation and planted
 * problems. Check → findings listed and their cells highlighted in the workbook; click a finding →
 * that cell selected; Buat ringkasan TW → the summary sheet beside the matrix, as core plans it.
 * The pane with its findings is kept as artifacts/excel-pane.png.
 */
import { foreignGrid, FOREIGN_MAP, FOREIGN_SHEET } from '../helpers/foreignMatrix';
import { MAP_SIGNATURE } from '../../core/columnMap/mapSheet';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../cli/readWorkbook';
import { writePlanToFile, writePlanToNewFile } from '../../cli/writePlan';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readMatrix } from '../../core/model/readMatrix';
import { monitoringFields } from '../../core/tiered/fields';
import { splitPlan } from '../../core/tiered/splitPlan';
import { unitSheets } from '../../core/tiered/unitSheets';
import { validateGrid, type CellValue, type Grid } from '../../core';
import { columnLetter } from '../../core/grid';
import { highlightTargets } from '../../core/workbench/highlight';
import { summaryPass } from '../../core/workbench/summaryPass';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { artifactPath, launchChromium } from './chromium';
import { plannedViews, summaryScreenshot } from './summaryPicture';
import { expectInjectionBlocked } from './csp';
import { pngSize, STORE_SIZES, storeScreenshot } from './storeScreenshot';

const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/excel');
const ORIGIN = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

let browser: Browser;
let page: Page;
let fakeOffice: string;
let matrix: Grid;
const problems: string[] = [];

/** LAMPIRAN II with realisation, and three planted problems: a wrong Total, `100 %`, a blank Koordinator. */
async function seedMatrix(): Promise<Grid> {
  const [grid] = await readWorkbook(path.join(ROOT, 'tests/fixtures/lampiran-ii-realisasi.xlsx'));
  const values = grid.values.map((r) => [...r]);
  const set = (address: string, v: CellValue) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = m[1].charCodeAt(0) - 65;
    values[Number(m[2]) - 1][column] = v;
  };
  set('L8', 3); // Total 3 against a single target of 1
  set('N9', null); // Koordinator left blank
  // A 100% target (the number 1 formatted 0%) typed as the text `100 %` instead.
  const formats = grid.numberFormats!.map((r) => [...r]);
  const row = values.findIndex((r, i) => i > 5 && [6, 7, 8, 9, 10].some((c) => r[c] === 1 && /%/.test(formats[i][c] ?? '')));
  expect(row).toBeGreaterThan(5);
  const column = [6, 7, 8, 9, 10].find((c) => values[row][c] === 1 && /%/.test(formats[row][c] ?? ''))!;
  values[row][column] = '100 %';
  formats[row][column] = 'General';
  return { ...grid, values, numberFormats: formats };
}

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) execFileSync(process.execPath, ['scripts/build-excel.mjs'], { cwd: ROOT, stdio: 'pipe' });
  matrix = await seedMatrix();
  const out = await build({ entryPoints: [path.join(__dirname, 'excel/fakeOffice.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome110', logLevel: 'silent' });
  fakeOffice = out.outputFiles[0].text;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 380, height: 1000 } });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: fakeOffice });
    if (url.startsWith(`${ORIGIN}/`)) {
      const file = path.join(DIST, decodeURIComponent(new URL(url).pathname));
      if (file.startsWith(DIST) && existsSync(file)) return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      return route.fulfill({ status: 404, body: 'not found' });
    }
    problems.push(`unexpected request: ${url}`);
    return route.abort();
  });
  const seed = { sheets: [{ name: matrix.sheetName, values: matrix.values, numberFormats: matrix.numberFormats, merges: matrix.merges }, { name: 'Catatan', values: [['Catatan rapat pokja']] }], displayLanguage: 'id-ID' };
  await page.addInitScript((s) => {
    (window as unknown as { __RBM_SEED__: unknown }).__RBM_SEED__ = s;
  }, seed);
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForSelector('button[data-action="validate"]');
});

afterAll(async () => {
  await browser?.close();
});



test('the shared runtime page registered every RB function', async () => {
  const ids = await page.evaluate(() => window.__rbm.associated());
  expect(ids).toEqual(['AKHIR_TW', 'CAPAIAN', 'CAPAIAN_PERIODE', 'NILAI', 'NILAI_CAPAIAN', 'PREDIKAT', 'STATUS', 'TRIWULAN', 'VALIDASI']);
  expect(await page.evaluate(() => window.__rbm.call('CAPAIAN', [[4]], [[3]]))).toEqual([[0.75]]);
});

test('Periksa matriks lists the findings and highlights their cells in the workbook', async () => {
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('li.rbm-finding');
  const expected = validateGrid(matrix).report;
  expect(expected.counts.errors).toBeGreaterThanOrEqual(2);
  const listed = await page.$$eval('li.rbm-finding', (items) => items.map((i) => `${(i as HTMLElement).dataset.severity}:${(i as HTMLElement).dataset.cell}`));
  expect(listed.sort()).toEqual(expected.findings.map((f) => `${f.severity}:${f.cell}`).sort());
  expect(listed).toEqual(expect.arrayContaining(['error:L8', 'error:N9']));
  expect(listed.some((x) => x.startsWith('info:'))).toBe(true); // 100 % and the fixture's own infos
  const counts = await page.textContent('.rbm-counts');
  expect(counts).toContain(String(expected.counts.errors));
  const fills = await page.evaluate((sheet) => window.__rbm.fills(sheet), matrix.sheetName);
  expect(fills).toEqual(Object.fromEntries(highlightTargets(expected.findings)));
  expect(fills.L8).toBe('#F4CCCC');
  expect(await page.textContent('.rbm-error')).toBe('');
  const pane = await page.screenshot({ path: artifactPath('excel-pane.png'), fullPage: true });
  // The listing's screenshot: the pane beside the highlighted matrix, at Microsoft Marketplace's size.
  const cells = await page.evaluate((sheet) => {
    const contents = window.__rbm.contents(sheet);
    const fills = window.__rbm.fills(sheet);
    return Array.from({ length: 24 }, (_, r) => Array.from({ length: 16 }, (_, c) => {
      const address = `${String.fromCharCode(65 + c)}${r + 1}`;
      const v = contents[address];
      return { text: v === undefined || v === null ? '' : String(v), fill: fills[address] ?? null };
    }));
  }, matrix.sheetName);
  const shot = await storeScreenshot(browser, 'excel-1366x768', STORE_SIZES.microsoft, pane, { host: 'Excel', sheet: matrix.sheetName, cells });
  expect(pngSize(readFileSync(shot))).toEqual(STORE_SIZES.microsoft);
});

test('clicking a finding selects its cell in Excel', async () => {
  await page.evaluate(() => window.__rbm.workbook.activate('Catatan'));
  await page.click('li.rbm-finding[data-cell="N9"]');
  await page.waitForFunction((sheet) => window.__rbm.selected() === `${sheet}!N9`, matrix.sheetName);
  expect(await page.evaluate(() => window.__rbm.active())).toBe(matrix.sheetName);
});

test('Buat ringkasan TW writes the summary sheet beside the matrix, as core plans it, text as text', async () => {
  await page.fill('input#rbm-year', '2023');
  await page.selectOption('select#rbm-quarter', '2');
  await page.click('button[data-action="summarise"]');
  await page.waitForFunction(() => document.querySelector('.rbm-summary-result')?.textContent?.includes('Ringkasan TW II 2023'));
  expect(await page.evaluate(() => window.__rbm.sheets())).toEqual([matrix.sheetName, 'Ringkasan TW II 2023', 'Catatan']);
  const contents = await page.evaluate(() => window.__rbm.contents('Ringkasan TW II 2023'));
  const { plan } = summaryPass(matrix, { year: 2023, quarter: 2, lang: 'id' }, new Date());
  // Every planned cell, but the line that carries the day it was made.
  let compared = 0;
  for (const cell of plan.cells) {
    const address = `${columnLetter(cell.column + 1)}${cell.row + 1}`;
    const v = cell.value;
    if (v.kind === 'text' && v.text.includes(' · dibuat ')) continue;
    const want = v.kind === 'text' ? (v.text === '' ? undefined : v.text) : v.kind === 'number' ? v.value : undefined;
    expect([address, contents[address]]).toEqual([address, want]);
    compared++;
  }
  expect(compared).toBeGreaterThan(500);
  expect(contents.A3).toBe('Ringkasan ini dibuat oleh RB Matrix');
  expect(contents.A1).toBe(plan.cells.find((c) => c.row === 0 && c.column === 0)!.value.kind === 'text' ? (plan.cells.find((c) => c.row === 0 && c.column === 0)!.value as { text: string }).text : undefined);
  expect(Object.values(contents)).toContain('=HYPERLINK("https://drive.example.go.id/rb","Bukti TW II")');
  expect(Object.values(contents)).toContain('- Menyusun SOTK BKN Pusat, Kantor Regional, dan UPT');
  expect(Object.values(contents).filter((v) => typeof v === 'object')).toEqual([]); // no formula anywhere
  expect(await page.textContent('.rbm-error')).toBe('');

  // The charts beside the tables show what core planned, read from the sheet's own cells; their picture is kept.
  const charts = await page.evaluate(() => window.__rbm.charts('Ringkasan TW II 2023'));
  expect(charts).toEqual(plannedViews(plan, resolvePlan(plan).charts, 'excel'));
  expect(charts.map((c) => c.kind)).toEqual(['stackedBar', 'doughnut']);
  const picture = await page.evaluate(() => {
    const contents = window.__rbm.contents('Ringkasan TW II 2023');
    const fills = window.__rbm.fills('Ringkasan TW II 2023');
    const cells = Array.from({ length: 75 }, (_, r) => Array.from({ length: 11 }, (_, c) => {
      const address = `${String.fromCharCode(65 + c)}${r + 1}`;
      const v = contents[address];
      return { text: v === undefined || v === null ? '' : String(v), fill: fills[address] ?? null };
    }));
    return { cells, columnWidths: window.__rbm.widths('Ringkasan TW II 2023'), rowHeights: window.__rbm.heights('Ringkasan TW II 2023') };
  });
  await summaryScreenshot(browser, 'excel-summary-charts', { host: 'Excel', sheet: 'Ringkasan TW II 2023', ...picture, charts });
});

test('Atur kolom in the pane: a sheet nobody recognises is mapped by hand and the map kept in the workbook', async () => {
  await page.evaluate((g) => {
    window.__rbm.workbook.load({ name: g.sheetName, values: g.values });
    window.__rbm.workbook.activate(g.sheetName);
  }, foreignGrid());
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('tr.rbm-column[data-column="I"]');
  expect(await page.textContent('.rbm-error')).toMatch(/“Rencana Kerja”/);
  for (const c of FOREIGN_MAP.columns) await page.selectOption(`tr.rbm-column[data-column="${c.column}"] select`, c.role);
  await page.click('button[data-action="save-columns"]');
  await page.waitForFunction(() => document.querySelector('#rbm-status')?.textContent?.includes('disimpan'));
  expect(await page.evaluate(() => window.__rbm.sheets())).toEqual([matrix.sheetName, 'Ringkasan TW II 2023', 'Catatan', FOREIGN_SHEET, 'RB Matrix']);
  const saved = await page.evaluate(() => window.__rbm.contents('RB Matrix'));
  expect(saved.A2).toBe(MAP_SIGNATURE.text);
  expect(saved.B5).toBe(FOREIGN_SHEET);
  expect(await page.textContent('.rbm-counts')).toBe('Kesalahan: 0Peringatan: 0Info: 0');
  expect(await page.textContent('.rbm-error')).toBe('');
});

test('Bagikan ke koordinator, then Kumpulkan laporan from the coordinators’ sheets and from an .xlsx picked in the pane (read in Chromium with core/xlsx)', async () => {
  await page.evaluate((name) => window.__rbm.workbook.activate(name), matrix.sheetName);
  await page.click('button[data-action="share"]');
  await page.waitForSelector('.rbm-tiered-done');
  const units = await page.$$eval('.rbm-tiered-result .rbm-unit', (items) => items.map((i) => i.getAttribute('data-sheet')!));
  expect(units.length).toBeGreaterThan(1);
  const sheets = await page.evaluate(() => window.__rbm.sheets());
  for (const u of units) expect(sheets).toContain(u);
  expect(await page.evaluate(() => window.__rbm.active())).toBe(matrix.sheetName);
  // A coordinator's file, as rbm split makes it, with one realisation typed where the matrix has none.
  const master = readMatrix(matrix)!;
  const split = splitPlan(master, 'koordinator');
  const part = split.parts[0];
  const field = monitoringFields(master.header).find((f) => part.outputs.some((o) => master.outputs[o].values[f.column] == null))!;
  const output = part.outputs.findIndex((o) => master.outputs[o].values[field.column] == null);
  const [unitPlan, identity] = unitSheets(master, split, part, { splitOn: '2023-07-01' }).slice(1);
  unitPlan.cells.push({ row: master.header.lastRow + 1 + output, column: field.column, value: { kind: 'number', value: 0.42 }, locked: false });
  const dir = mkdtempSync(path.join(tmpdir(), 'rbm-pane-'));
  await writePlanToNewFile(path.join(dir, 'matrix.xlsx'), unitPlan);
  await writePlanToFile(path.join(dir, 'matrix.xlsx'), path.join(dir, 'unit-biro.xlsx'), identity);
  await page.setInputFiles('#rbm-unit-files', path.join(dir, 'unit-biro.xlsx'));
  await page.click('button[data-action="collect"]');
  await page.waitForSelector('.rbm-tiered-done');
  expect(await page.textContent('.rbm-tiered-done')).toBe('1 sel disalin ke matriks; 0 konflik tidak ditulis (sheet “Log penggabungan”).');
  const lines = await page.$$eval('.rbm-tiered-result .rbm-unit', (items) => items.map((i) => [i.textContent, i.getAttribute('data-status')]));
  expect(lines.at(-1)).toEqual(['unit-biro.xlsx: digabung · 1 disalin · 0 konflik', 'merged']);
  expect(await page.$$eval('.rbm-progress li', (items) => items.length)).toBe(units.length + 1); // a line per unit sheet and file
  const cell = `${columnLetter(field.column + 1)}${master.outputs[part.outputs[output]].index + 1}`;
  expect((await page.evaluate((name) => window.__rbm.contents(name), matrix.sheetName))[cell]).toBe(0.42);
  expect(await page.evaluate(() => window.__rbm.sheets())).toContain('Log penggabungan');
  await page.screenshot({ path: artifactPath('excel-pane-tiered.png'), fullPage: true });
});

test('the pane’s Content-Security-Policy blocks an injected script and inline handler', async () => {
  const before = problems.length;
  await expectInjectionBlocked(page);
  // The refusals are reported on the console; those are this test's own, nothing else is.
  const reported = problems.splice(before);
  expect(reported.length).toBeGreaterThanOrEqual(2);
  for (const p of reported) expect(p).toMatch(/^console: Executing inline (script|event handler) violates the following Content Security Policy/);
  // The pane still works after it.
  expect(await page.evaluate(() => window.__rbm.call('CAPAIAN', [[4]], [[3]]))).toEqual([[0.75]]);
});

test('nothing went wrong in the page and nothing left localhost', () => {
  expect(problems).toEqual([]);
});
