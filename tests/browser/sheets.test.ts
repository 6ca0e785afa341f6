/**
 * The built Sheets sidebar (sheets-addon/dist/Sidebar.html) in real Chromium, talking through a
 * google.script.run fake to the built server script (Code.js) over the fake Apps Script in the same
 * page: the seed LAMPIRAN II with realisation, with planted problems and a Keterangan holding HTML.
 * Check → findings listed and highlighted; click a finding → that cell is the active range;
 * preview and apply fixes → the cells change; summary → the sheet holds the Plan's values; a
 * person's sheet of the summary's name → the sentence in the panel. Screenshot:
 * artifacts/sheets-sidebar.png.
 */
import { foreignGrid, FOREIGN_MAP, FOREIGN_SHEET } from '../helpers/foreignMatrix';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Grid } from '../../core/grid';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { summaryPass } from '../../core/workbench/summaryPass';
import { plannedViews, summaryScreenshot } from './summaryPicture';
import { CODE_JS, ensureBuilt, SIDEBAR_HTML } from '../sheets/loadAddon';
import { fixtureGrid } from '../sheets/workbooks';
import { artifactPath, launchChromium } from './chromium';
import { expectInjectionBlocked } from './csp';
import { pngSize, STORE_SIZES, storeScreenshot } from './storeScreenshot';
import type { SeedSheet } from './sheets/host';

const XSS = '<img src=x onerror=window.__xss=1>';
const URL = 'https://sidebar.rbmatrix.test/Sidebar.html';
const NOW = new Date(2023, 6, 20, 10, 0);

let browser: Browser;
let host: string;
let matrix: Grid;

beforeAll(async () => {
  ensureBuilt();
  const out = await build({ entryPoints: [path.join(__dirname, 'sheets/host.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome110', logLevel: 'silent' });
  host = out.outputFiles[0].text;
  const grid = await fixtureGrid('lampiran-ii-realisasi.xlsx');
  const values = grid.values.map((r) => [...r]);
  values[5][15] = XSS; // P6, Keterangan: not a known choice, and its message quotes the cell
  values[5][11] = ''; // L6: Total blank where the one target is 1 (fix: 1)
  values[7][15] = 'rutin'; // P8 (fix: Rutin)
  values[8][13] = ''; // N9: Koordinator missing
  matrix = { ...grid, values };
});

afterAll(async () => {
  await browser?.close();
});



const HOST = 'https://sidebar.rbmatrix.test/__host/';

/**
 * Opens the sidebar as Google does, in a page whose globals provide google.script.run; here the page
 * also holds the server side (the fake services and the built Code.js, as classic scripts so their
 * top-level functions are globals), loaded before the sidebar's own HTML, which is served unchanged.
 */
async function openSidebar(sheets: SeedSheet[], options: { userLocale?: string } = {}): Promise<{ page: Page; external: string[] }> {
  browser ??= await launchChromium();
  const page = await browser.newPage({ viewport: { width: 340, height: 1100 } });
  const external: string[] = [];
  const seed = `window.__seed = ${JSON.stringify({ sheets, active: sheets[0].name, userLocale: options.userLocale ?? 'id' })};`;
  const scripts: Record<string, string> = { 'seed.js': seed, 'host.js': host, 'Code.js': readFileSync(CODE_JS, 'utf8') };
  const sidebar = readFileSync(SIDEBAR_HTML, 'utf8');
  const serverSide = Object.keys(scripts).map((name) => `<script src="${HOST}${name}"></script>`).join('');
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === URL) return route.fulfill({ body: sidebar.replace('<head>', `<head>${serverSide}`), contentType: 'text/html; charset=utf-8' });
    if (url.startsWith(HOST)) return route.fulfill({ body: scripts[url.slice(HOST.length)], contentType: 'text/javascript; charset=utf-8' });
    external.push(url);
    return route.abort();
  });
  await page.clock.setFixedTime(NOW);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(URL);
  await page.waitForSelector('button[data-action="validate"]');
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => typeof (window as unknown as { rbValidate?: unknown }).rbValidate)).toBe('function');
  return { page, external };
}

function seedSheet(grid: Grid): SeedSheet {
  return {
    name: grid.sheetName,
    values: grid.values.map((r) => r.map((v) => (v instanceof Date ? null : v))),
    formats: grid.numberFormats?.map((r) => r.map((f) => f ?? null)),
    merges: (grid.merges ?? []).map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 })),
  };
}

test('check, select, fix and summarise through google.script.run, with cell text shown as text', async () => {
  const { page, external } = await openSidebar([seedSheet(matrix)]);

  await page.click('button[data-action="validate"]');
  await page.waitForSelector('li.rbm-finding');
  const listed = await page.$$eval('li.rbm-finding', (items) => items.map((i) => `${(i as HTMLElement).dataset.severity}:${(i as HTMLElement).dataset.cell}`));
  expect(listed).toEqual(expect.arrayContaining(['error:L6', 'error:N9', 'warning:P6', 'info:P8']));
  expect(await page.textContent('.rbm-counts [data-severity="error"]')).toMatch(/\d/);
  expect(await page.textContent('li.rbm-finding[data-cell="P6"] .rbm-message')).toContain(XSS);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.$$('img')).toHaveLength(0);
  expect(await page.evaluate(() => window.__sheetsHost.fake.sheet('Lampiran II').peek('N9').background)).toBe('#f4cccc');

  await page.click('li.rbm-finding[data-cell="N9"]');
  await page.waitForFunction(() => window.__sheetsHost.fake.spreadsheet.activeRange === 'N9');
  expect(await page.evaluate(() => window.__sheetsHost.fake.spreadsheet.active.name)).toBe('Lampiran II');

  await page.click('button[data-action="preview-fixes"]');
  await page.waitForSelector('.rbm-fix-change');
  const preview = await page.$$eval('.rbm-fix-change', (rows) => rows.map((r) => (r as HTMLElement).dataset.cell));
  expect(preview).toEqual(expect.arrayContaining(['L6', 'P8']));
  await page.click('button[data-action="apply-fixes"]');
  await page.waitForSelector('.rbm-fix-done');
  const fixed = await page.evaluate(() => {
    const s = window.__sheetsHost.fake.sheet('Lampiran II');
    return { L6: s.peek('L6').value, P8: s.peek('P8').value };
  });
  expect(fixed).toEqual({ L6: 1, P8: 'Rutin' });
  await page.waitForFunction(() => !document.querySelector('li.rbm-finding[data-cell="P8"]') && document.querySelector('li.rbm-finding[data-cell="N9"]'));

  expect(await page.inputValue('#rbm-year')).toBe('2023');
  expect(await page.inputValue('#rbm-quarter')).toBe('2');
  await page.click('button[data-action="summarise"]');
  await page.waitForSelector('.rbm-summary-done');
  expect(await page.textContent('.rbm-summary-result')).toContain('Ringkasan TW II 2023');

  // The summary sheet holds the values of the Plan core makes of the matrix as it now is.
  const state = await page.evaluate(() => {
    const fake = window.__sheetsHost.fake;
    const read = (name: string) => {
      const s = fake.sheet(name);
      const { rows, columns } = s.extent();
      return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => {
        const cell = s.peekAt(r + 1, c + 1);
        return cell.formula ? `FORMULA ${cell.formula}` : cell.value;
      }));
    };
    return { names: fake.spreadsheet.sheets.map((s) => s.name), matrix: read('Lampiran II'), summary: read('Ringkasan TW II 2023'), calls: window.__sheetsHost.calls };
  });
  expect(state.names).toEqual(['Lampiran II', 'Ringkasan TW II 2023']);
  const now: Grid = { ...matrix, values: state.matrix as Grid['values'], merges: matrix.merges };
  const { plan } = summaryPass(now, { year: 2023, quarter: 2, lang: 'id' }, NOW);
  for (const cell of plan.cells) {
    const want = cell.value.kind === 'text' ? cell.value.text : cell.value.kind === 'number' ? cell.value.value : '';
    expect([cell.row, cell.column, state.summary[cell.row]?.[cell.column] ?? '']).toEqual([cell.row, cell.column, want]);
  }
  expect(state.calls).toEqual(expect.arrayContaining(['rbLanguage', 'rbValidate', 'rbSelectCell', 'rbPreviewFixes', 'rbApplyFixes', 'rbSummarise']));
  // The charts beside the tables show what core planned (a pie has no series name of its own); their picture is kept.
  const charts = await page.evaluate(() => window.__sheetsHost.charts('Ringkasan TW II 2023'));
  const planned = plannedViews(plan, resolvePlan(plan).charts, 'sheets').map((c) => (c.kind === 'doughnut' ? { ...c, series: c.series.map((s) => ({ ...s, name: '' })) } : c));
  expect(charts).toEqual(planned);
  const picture = await page.evaluate(() => {
    const s = window.__sheetsHost.fake.sheet('Ringkasan TW II 2023');
    const cells = Array.from({ length: 75 }, (_, r) => Array.from({ length: 11 }, (_, c) => {
      const cell = s.peekAt(r + 1, c + 1);
      return { text: cell.value === '' ? '' : String(cell.value), fill: cell.background };
    }));
    return { cells, columnWidths: Array.from({ length: 11 }, (_, c) => s.columnWidths.get(c + 1) ?? 100), rowHeights: Array.from({ length: 75 }, (_, r) => s.rowHeights.get(r + 1) ?? null) };
  });
  await summaryScreenshot(browser, 'sheets-summary-charts', { host: 'Google Sheets', sheet: 'Ringkasan TW II 2023', ...picture, charts });
  expect(external).toEqual([]); // everything the sidebar needs is inlined

  // Back on the matrix: the findings list shows what is left; this is the picture kept.
  await page.evaluate(() => {
    const fake = window.__sheetsHost.fake;
    fake.spreadsheet.active = fake.sheet('Lampiran II');
  });
  await page.click('button[data-action="validate"]');
  await page.waitForFunction(() => document.querySelector('#rbm-status')?.textContent?.includes('diperiksa'));
  const sidebar = await page.screenshot({ path: artifactPath('sheets-sidebar.png'), fullPage: true });
  // The listing's screenshot: the sidebar beside the highlighted matrix, at the Google Workspace Marketplace's size.
  const cells = await page.evaluate(() => {
    const s = window.__sheetsHost.fake.sheet('Lampiran II');
    return Array.from({ length: 24 }, (_, r) => Array.from({ length: 16 }, (_, c) => {
      const cell = s.peekAt(r + 1, c + 1);
      const v = cell.value as unknown;
      return { text: v === '' || v === null || v === undefined ? '' : String(v), fill: cell.background };
    }));
  });
  const shot = await storeScreenshot(browser, 'sheets-1280x800', STORE_SIZES.google, sidebar, { host: 'Google Sheets', sheet: 'Lampiran II', cells });
  expect(pngSize(readFileSync(shot))).toEqual(STORE_SIZES.google);
  await page.close();
});

test('the sidebar’s Content-Security-Policy lets its own script run and blocks an injected one', async () => {
  const { page } = await openSidebar([seedSheet(matrix)]);
  await expectInjectionBlocked(page);
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('li.rbm-finding');
  await page.close();
});

test('a failure on the server reaches the panel as the sentence; an English user gets English', async () => {
  const theirs: SeedSheet = { name: 'Ringkasan TW I 2023', values: [['Ringkasan saya'], [], ['bukan buatan RB Matrix']] };
  const { page } = await openSidebar([seedSheet(matrix), theirs], { userLocale: 'en_US' });
  await page.waitForFunction(() => document.querySelector('button[data-action="validate"]')?.textContent === 'Check matrix');
  await page.selectOption('#rbm-quarter', '1');
  await page.click('button[data-action="summarise"]');
  await page.waitForSelector('.rbm-error:not(:empty)');
  expect(await page.textContent('.rbm-error')).toBe('Sheet “Ringkasan TW I 2023” already exists and was not made by RB Matrix, so it was left alone. Rename that sheet and try again.');
  const kept = await page.evaluate(() => window.__sheetsHost.fake.sheet('Ringkasan TW I 2023').peek('A3').value);
  expect(kept).toBe('bukan buatan RB Matrix');
  await page.close();
});

test('Atur kolom in the sidebar: a sheet nobody recognises is mapped by hand, previewed, and the map kept in the RB Matrix sheet', async () => {
  const { page, external } = await openSidebar([seedSheet(foreignGrid())]);
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('tr.rbm-column[data-column="I"]');
  for (const c of FOREIGN_MAP.columns) await page.selectOption(`tr.rbm-column[data-column="${c.column}"] select`, c.role);
  await page.click('button[data-action="preview-columns"]');
  await page.waitForSelector('.rbm-preview-counts');
  expect(await page.textContent('.rbm-preview-counts')).toBe('4 output, 3 rencana aksi terbaca; 0 galat, 0 peringatan.');
  await page.click('button[data-action="save-columns"]');
  await page.waitForFunction(() => document.querySelector('#rbm-status')?.textContent?.includes('disimpan'));
  expect(await page.evaluate(() => window.__sheetsHost.fake.spreadsheet.sheets.map((s) => s.name))).toEqual([FOREIGN_SHEET, 'RB Matrix']);
  expect(await page.evaluate(() => window.__sheetsHost.fake.sheet('RB Matrix').peek('B5').value)).toBe(FOREIGN_SHEET);
  expect(await page.textContent('.rbm-counts')).toBe('Kesalahan: 0Peringatan: 0Info: 0');
  expect(external).toEqual([]);
  await page.close();
});
