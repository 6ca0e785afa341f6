/**
 * The shared panel in real Chromium, over an in-memory bridge: buttons, counts, findings grouped by
 * severity, click-to-select, fix preview and apply, summary, language switch, and escaping of cell
 * text. The host adapters have their own browser tests (excel.test.ts, sheets.test.ts).
 */
import { build } from 'esbuild';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { indikator, rbGeneral } from '../../core/layout';
import type { CellValue, Grid } from '../../core';
import { artifactPath, launchChromium } from './chromium';
import { foreignGrid, FOREIGN_MAP } from '../helpers/foreignMatrix';
import { generateMatrix } from '../../bench/generateMatrix';

const XSS = '<img src=x onerror="window.__xss=1">';

function seedGrid(): Grid {
  const [h1, h2] = rbGeneral.template;
  const row = (o: Record<number, CellValue>): CellValue[] => {
    const r: CellValue[] = ['Penyederhanaan Birokrasi', 'Indeks', '70%', 'Menyusun peta proses bisnis', 'Dokumen', 'Peta proses bisnis', 1, '', '', '', '', 1, '', 'Biro Organisasi', 'Seluruh Unit', 'Penguatan'];
    for (const [k, v] of Object.entries(o)) r[Number(k)] = v;
    return r;
  };
  return {
    sheetName: 'RB General',
    values: [
      ['MATRIKS RENCANA AKSI RB GENERAL'],
      [...h1],
      [...h2],
      row({}),
      row({ 0: '', 1: '', 2: '', 5: XSS, 15: 'rutin' }),
      row({ 0: '', 1: '', 2: '', 6: 2, 11: '' }),
      row({ 0: '', 1: '', 2: '', 13: '' }),
    ],
  };
}

const rbIndikatorTemplate = (): CellValue[][] => indikator.template.map((r) => [...r]);

let browser: Browser;
let page: Page;
let script: string;

beforeAll(async () => {
  const out = await build({ entryPoints: [path.join(__dirname, 'panel/page.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome110', logLevel: 'silent' });
  script = out.outputFiles[0].text;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="app"></div></body></html>');
  await page.addScriptTag({ content: script });
  await page.evaluate((grid) => window.startPanel(grid), seedGrid() as unknown as Grid);
});

afterEach(async () => {
  await page?.close();
});

test('checking lists findings by severity with counts, highlights cells, and a click selects the cell', async () => {
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('li.rbm-finding');
  const counts = await page.textContent('.rbm-counts');
  expect(counts).toMatch(/Kesalahan: \d+/);
  const cells = await page.$$eval('li.rbm-finding', (items) => items.map((i) => `${(i as HTMLElement).dataset.severity}:${(i as HTMLElement).dataset.cell}`));
  expect(cells).toEqual(['error:L6', 'error:N7', 'info:P5']);
  // Groups come in severity order.
  const groups = await page.$$eval('.rbm-group', (gs) => gs.map((g) => (g as HTMLElement).dataset.severity));
  expect(groups).toEqual([...groups].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)));
  const fills = await page.evaluate(() => Object.fromEntries(window.bridge.fills));
  expect(fills.N7).toBe('#F4CCCC');
  await page.click('li.rbm-finding[data-cell="N7"]');
  expect(await page.evaluate(() => window.bridge.selected)).toBe('RB General!N7');
  await page.screenshot({ path: artifactPath('panel-findings.png'), fullPage: true });
});

test('cell text is shown as text, never as HTML', async () => {
  await page.evaluate((xss) => {
    window.bridge.grid.values[6][15] = xss; // Keterangan outside the choices: its message quotes the cell
  }, XSS);
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('li.rbm-finding[data-cell="P7"]');
  expect(await page.textContent('li.rbm-finding[data-cell="P7"] .rbm-message')).toContain(XSS);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.$$('.rbm img')).toHaveLength(0);
});

test('fixes: preview shows before → after, apply changes exactly those cells and checks again', async () => {
  await page.click('button[data-action="preview-fixes"]');
  await page.waitForSelector('.rbm-fix-change');
  const preview = await page.$$eval('.rbm-fix-change', (rows) => rows.map((r) => (r as HTMLElement).dataset.cell));
  expect(preview).toEqual(['P5', 'L6']);
  expect(await page.isEnabled('button[data-action="apply-fixes"]')).toBe(true);
  await page.click('button[data-action="apply-fixes"]');
  await page.waitForSelector('.rbm-fix-done');
  const grid = await page.evaluate(() => window.bridge.grid.values);
  expect(grid[4][15]).toBe('Rutin');
  expect(grid[5][11]).toBe(2);
  await page.waitForFunction(() => document.querySelector('#rbm-status')?.textContent?.includes('diperiksa'));
  expect(await page.$$('li.rbm-finding[data-cell="P5"]')).toHaveLength(0);
});

test('summary: defaults to the last closed quarter and reports the sheet made', async () => {
  expect(await page.inputValue('#rbm-year')).toBe('2023');
  expect(await page.inputValue('#rbm-quarter')).toBe('2');
  await page.evaluate((template) => {
    window.bridge.indicators = { sheetName: 'Tabel 4', values: [...template, [1, 'Indeks RB', 70, 75, 80]] };
  }, rbIndikatorTemplate());
  await page.click('button[data-action="summarise"]');
  await page.waitForSelector('.rbm-summary-indicators');
  expect(await page.textContent('.rbm-summary-indicators')).toBe('Termasuk tabel indikator dari sheet “Tabel 4”.');
  await page.waitForSelector('.rbm-summary-done');
  expect(await page.textContent('.rbm-summary-result')).toContain('Sheet “Ringkasan TW II 2023” dibuat.');
  await page.click('button[data-action="open-summary"]');
  expect(await page.evaluate(() => window.bridge.selected)).toBe('Ringkasan TW II 2023!A1');
  await page.click('button[data-action="summarise"]');
  await page.waitForFunction(() => document.querySelector('.rbm-summary-done')?.textContent?.includes('diganti'));
});

test('summary of the whole year: the quarter list ends with Setahun, and the request says so', async () => {
  expect(await page.textContent('#rbm-quarter option[value="tahun"]')).toBe('Setahun');
  await page.selectOption('#rbm-quarter', 'tahun');
  await page.click('button[data-action="summarise"]');
  await page.waitForFunction(() => document.querySelector('.rbm-summary-done')?.textContent?.includes('Ringkasan Tahun 2023'));
  expect(await page.evaluate(() => window.bridge.requests.at(-1))).toEqual({ year: 2023, quarter: 4, wholeYear: true, lang: 'id' });
  await page.click('.rbm-lang button[data-lang="en"]');
  expect(await page.textContent('#rbm-quarter option[value="tahun"]')).toBe('Whole year');
  await page.click('.rbm-lang button[data-lang="id"]');
  await page.selectOption('#rbm-quarter', '2');
});

test('errors show as a sentence; English on request', async () => {
  await page.evaluate(() => {
    window.bridge.grid = { sheetName: 'Catatan', values: [['notulen rapat']] };
  });
  await page.click('.rbm-lang button[data-lang="en"]');
  expect(await page.textContent('button[data-action="validate"]')).toBe('Check matrix');
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('.rbm-error:not(:empty)');
  expect(await page.textContent('.rbm-error')).toMatch(/^No action-plan matrix was recognised on sheet “Catatan”/);
  expect(await page.isEnabled('button[data-action="validate"]')).toBe(true);
});

test('a header nobody recognises: the columns are shown, mapped by hand from dropdowns, previewed and saved, and the check follows the map', async () => {
  await page.evaluate((grid) => window.startPanel(grid), foreignGrid() as unknown as Grid);
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('.rbm-error:not(:empty)');
  expect(await page.textContent('.rbm-error')).toMatch(/Baris 2 paling mirip judul kolom/);
  // What was found, shown by itself: the likeliest header row, each label without a role.
  await page.waitForSelector('table.rbm-columns tr.rbm-column');
  const shown = await page.$$eval('tr.rbm-column', (rows) => rows.map((r) => [(r as HTMLElement).dataset.column, r.querySelector('select')!.value]));
  expect(shown).toEqual(FOREIGN_MAP.columns.map((c) => [c.column, '']));
  expect(await page.inputValue('#rbm-header-from')).toBe('2');
  for (const c of FOREIGN_MAP.columns) await page.selectOption(`tr.rbm-column[data-column="${c.column}"] select`, c.role);
  await page.click('button[data-action="preview-columns"]');
  await page.waitForSelector('.rbm-preview-counts');
  expect(await page.textContent('.rbm-preview-counts')).toBe('4 output, 3 rencana aksi terbaca; 0 galat, 0 peringatan.');
  expect(await page.$$eval('.rbm-preview-rows tr[data-row]', (rows) => rows.map((r) => (r as HTMLElement).dataset.row))).toEqual(['3', '4', '5', '6']);
  expect(await page.evaluate(() => window.bridge.mapGrid)).toBeUndefined(); // a preview saves nothing
  await page.screenshot({ path: artifactPath('panel-columns.png'), fullPage: true });
  await page.click('button[data-action="save-columns"]');
  await page.waitForFunction(() => document.querySelector('#rbm-status')?.textContent?.includes('disimpan'));
  expect(await page.textContent('#rbm-status')).toMatch(/^Peta kolom “Rencana Kerja” disimpan di sheet “RB Matrix” \(dibuat\)\. Sheet “Rencana Kerja”: 4 output diperiksa\./);
  expect(await page.evaluate(() => window.bridge.sheets)).toContain('RB Matrix');
  expect(await page.textContent('.rbm-counts')).toBe('Kesalahan: 0Peringatan: 0Info: 0');
  // Shown again: from the saved map.
  await page.click('button[data-action="inspect-columns"]');
  await page.waitForFunction(() => document.querySelector('#rbm-status')?.textContent?.includes('peta kolom tersimpan'));
});

test('a missing required column opens the mapping, and a column mapped by hand ends the error', async () => {
  await page.evaluate(() => {
    const g = window.bridge.grid;
    g.values[2][13] = 'Penjawab'; // Koordinator renamed to a word nobody knows
    window.startPanel(g);
  });
  await page.click('button[data-action="validate"]');
  await page.waitForSelector('tr.rbm-column[data-column="N"]');
  expect(await page.$eval('tr.rbm-column[data-column="N"] select', (s) => (s as HTMLSelectElement).value)).toBe('');
  expect(await page.$eval('tr.rbm-column[data-column="D"] select', (s) => (s as HTMLSelectElement).value)).toBe('rencanaAksi');
  await page.selectOption('tr.rbm-column[data-column="N"] select', 'koordinator');
  await page.click('button[data-action="save-columns"]');
  await page.waitForFunction(() => document.querySelector('#rbm-status')?.textContent?.includes('disimpan'));
  expect(await page.$$eval('li.rbm-finding', (items) => items.map((i) => (i as HTMLElement).dataset.code))).not.toContain('missing-label');
});

test('Siapkan monitoring: the summary of a matrix without realisation offers it instead of a dead end; the section prepares, then says it is done', async () => {
  expect(await page.textContent('section.rbm-prepare h2')).toBe('Siapkan monitoring');
  await page.click('button[data-action="summarise"]');
  await page.waitForSelector('.rbm-prepare-offer');
  expect(await page.textContent('.rbm-prepare-offer')).toContain('belum punya kolom realisasi');
  expect(await page.$('.rbm-summary-warning[data-code="tanpa-kolom-realisasi"]')).toBeNull();
  await page.click('button[data-action="prepare-offer"]');
  await page.waitForSelector('.rbm-prepare-done');
  expect(await page.textContent('.rbm-prepare-done')).toMatch(/^Sheet “RB General”: 22 kolom ditambahkan \(Q–AL\); Capaian dan Status TW II 2023 berupa rumus untuk 4 dari 4 output\.$/);
  expect(await page.textContent('.rbm-prepare-columns li[data-column="Q"]')).toBe('Q: Triwulan I 2023 › Realisasi');
  expect(await page.evaluate(() => window.bridge.calls.filter((c) => c === 'prepare').length)).toBe(1);
  // Now the matrix has its blocks: the summary no longer offers, and a second prepare adds nothing.
  await page.click('button[data-action="summarise"]');
  await page.waitForFunction(() => document.querySelector('.rbm-summary-done')?.textContent?.includes('diganti'));
  expect(await page.$('.rbm-prepare-offer')).toBeNull();
  await page.click('button[data-action="prepare"]');
  await page.waitForFunction(() => document.querySelector('.rbm-prepare-done')?.textContent?.includes('sudah siap'));
  await page.click('button[data-lang="en"]');
  expect(await page.textContent('button[data-action="prepare"]')).toBe('Prepare for monitoring');
  await page.click('button[data-lang="id"]');
});

test('Buat matriks baru: kind, year and monitoring go to the host; the new sheet is named', async () => {
  await page.selectOption('#rbm-template-kind', 'rb-tematik');
  await page.fill('#rbm-template-year', '2026');
  await page.check('#rbm-template-monitoring');
  await page.click('button[data-action="create-matrix"]');
  await page.waitForSelector('.rbm-template-done');
  expect(await page.textContent('.rbm-template-done')).toBe('Sheet “RB Tematik 2026” dibuat: timpa baris contoh dengan rencana Anda.');
  const made = await page.evaluate(() => [...window.bridge.made.keys()]);
  expect(made).toEqual(['RB Tematik 2026']);
  // The memory bridge has no checks while typing: no switch is shown.
  expect(await page.$$('#rbm-live')).toHaveLength(0);
  await page.screenshot({ path: artifactPath('panel-new-matrix.png'), fullPage: true });
});

test('tiered monitoring: share makes a sheet per coordinator with a line per unit; collect copies what they typed, a line per unit, and offers the log', async () => {
  const grid = generateMatrix(12, 20230101, true).grid;
  await page.evaluate((g) => window.startPanel(g), grid as unknown as Grid);
  expect(await page.isVisible('#rbm-unit-files')).toBe(true); // this host reads unit files (Excel does; Sheets does not)
  await page.selectOption('#rbm-share-by', 'koordinator');
  await page.click('button[data-action="share"]');
  await page.waitForSelector('.rbm-tiered-done');
  const units = await page.$$eval('.rbm-tiered-result .rbm-unit', (items) => items.map((i) => i.textContent));
  expect(units.length).toBeGreaterThan(1);
  expect(units[0]).toMatch(/^Lapor .+: \d+ output$/);
  expect(await page.$$eval('.rbm-progress li', (items) => items.length)).toBe(units.length); // a progress line per unit
  expect(await page.textContent('.rbm-tiered-done')).toMatch(/^\d+ sheet koordinator \(12 output\) dibuat\.$/);
  // A coordinator types a realisation (TW 3) into the first row of their sheet.
  await page.evaluate(() => {
    const [name, unit] = [...window.bridge.units][0];
    const row = unit.values.findIndex((r) => typeof r[20] === 'string' && /^[0-9a-f]{16}/.test(r[20] as string));
    unit.values[row][18] = 0.5;
    window.bridge.units.set(name, unit);
  });
  await page.selectOption('#rbm-collect-quarter', '3');
  await page.click('button[data-action="collect"]');
  await page.waitForSelector('.rbm-tiered-done');
  expect(await page.textContent('.rbm-tiered-done')).toBe('1 sel disalin ke matriks; 0 konflik tidak ditulis (sheet “Log penggabungan”).');
  expect(await page.$$eval('.rbm-tiered-result .rbm-unit', (items) => items.map((i) => i.getAttribute('data-status')))).toEqual(units.map(() => 'merged'));
  expect(await page.$$eval('.rbm-progress li', (items) => items.length)).toBe(units.length);
  await page.screenshot({ path: artifactPath('panel-tiered.png'), fullPage: true });
  await page.click('button[data-action="open-log"]');
  expect(await page.evaluate(() => window.bridge.selected)).toBe('Log penggabungan!A1');
});
