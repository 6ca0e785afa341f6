/**
 * The add-on menu of the BUILT script: onOpen (and onInstall) build it with the five items, each
 * naming a top-level function; the items run the same actions as the panel and answer in dialogs;
 * a problem becomes a dialog with its sentence, never an uncaught exception.
 */
import type { Grid } from '../../core/grid';
import { loadAddon, SIDEBAR_HTML, type LoadedAddon } from './loadAddon';
import { addGrid, fixtureGrid } from './workbooks';
import { readFileSync } from 'node:fs';

let faithful: Grid;
let realisasi: Grid;

beforeAll(async () => {
  faithful = await fixtureGrid('lampiran-ii.xlsx');
  realisasi = await fixtureGrid('lampiran-ii-realisasi.xlsx');
});

test.each(['onOpen', 'onInstall'])('%s builds the RB Matrix add-on menu with its eight items', (trigger) => {
  const addon = loadAddon();
  addon.call(trigger, { authMode: 'LIMITED' });
  expect(addon.fake.ui.menus).toHaveLength(1);
  const [menu] = addon.fake.ui.menus;
  expect(menu.addon).toBe(true);
  const items = menu.items.filter((i) => i !== 'separator') as { caption: string; functionName: string }[];
  expect(items.map((i) => i.caption)).toEqual(['Periksa matriks', 'Perbaiki otomatis', 'Buat ringkasan TW…', 'Siapkan monitoring…', 'Buat matriks baru…', 'Bagikan ke koordinator', 'Kumpulkan laporan', 'Buka panel']);
  for (const item of items) expect(typeof addon.context[item.functionName]).toBe('function');
});

test('Siapkan monitoring, Buat matriks baru, Bagikan ke koordinator and Kumpulkan laporan open the panel, where they run (core/prepare, core/template and the tiered passes live in the sidebar)', () => {
  for (const item of ['rbMenuPrepare', 'rbMenuNewMatrix', 'rbMenuShare', 'rbMenuCollect']) {
    const addon = loadAddon();
    addon.call(item);
    expect(addon.fake.ui.sidebars).toHaveLength(1);
  }
});

test('an English user gets the menu in English', () => {
  const addon = loadAddon({ userLocale: 'en_US' });
  addon.call('onOpen', {});
  expect(addon.fake.ui.menus[0].items.filter((i) => i !== 'separator').map((i) => (i as { caption: string }).caption)).toEqual(['Check matrix', 'Fix automatically', 'Quarterly summary…', 'Prepare for monitoring…', 'New matrix…', 'Share with coordinators', 'Collect reports', 'Open panel']);
});

test('Buka panel shows the built sidebar', () => {
  const addon = loadAddon();
  addon.call('rbMenuOpenPanel');
  expect(addon.fake.ui.sidebars).toHaveLength(1);
  expect(addon.fake.ui.sidebars[0].content).toBe(readFileSync(SIDEBAR_HTML, 'utf8'));
  expect(addon.fake.ui.sidebars[0].getTitle()).toBe('RB Matrix');
});

describe('menu actions', () => {
  function withMatrix(grid: Grid): LoadedAddon {
    const addon = loadAddon();
    addGrid(addon.fake, grid);
    return addon;
  }

  test('Periksa matriks checks, highlights and reports the counts', () => {
    const addon = withMatrix(faithful);
    addon.call('rbMenuValidate');
    expect(addon.fake.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(/^Sheet “Lampiran II”: 9 galat, 12 peringatan, 52 info\. \d+ sel disorot\./)]);
    expect(addon.fake.sheet('Lampiran II').peek('N19').background).toBe('#f4cccc');
  });

  test('Periksa matriks on a sheet without a matrix shows why, and throws nothing', () => {
    const addon = loadAddon();
    addon.fake.addSheet('Kosong', [['apa saja']]);
    expect(() => addon.call('rbMenuValidate')).not.toThrow();
    expect(addon.fake.ui.alerts[0].prompt).toContain('Tidak ada matriks rencana aksi yang dikenali pada sheet “Kosong”');
  });

  test('Perbaiki otomatis lists the changes and applies them only on Yes', () => {
    const addon = withMatrix(faithful);
    const sheet = addon.fake.sheet('Lampiran II');
    addon.fake.ui.answers.push('NO');
    addon.call('rbMenuFix');
    expect(addon.fake.ui.alerts[0].prompt).toMatch(/^\d+ sel akan diubah:\n/);
    expect(addon.fake.ui.alerts[0].prompt).toContain('J19: “100 %” → “100%”');
    expect(sheet.peek('J19').value).toBe('100 %');
    addon.fake.ui.answers.push('YES');
    addon.call('rbMenuFix');
    expect(sheet.peek('J19').value).toBe('100%');
    expect(addon.fake.ui.alerts[2].prompt).toMatch(/^\d+ sel diperbaiki\./);
  });

  test('Buat ringkasan TW… asks for the period; empty means the last quarter that has ended', () => {
    const addon = withMatrix(realisasi);
    addon.setNow(new Date(2023, 7, 10).getTime());
    addon.fake.ui.answers.push({ button: 'OK', text: '' });
    addon.call('rbMenuSummary');
    expect(addon.fake.ui.prompts[0].prompt).toContain('TW II 2023');
    expect(addon.fake.ui.alerts.at(-1)!.prompt).toBe('Sheet “Ringkasan TW II 2023” dibuat (TW II 2023).');
    addon.fake.spreadsheet.active = addon.fake.sheet('Lampiran II');
    addon.fake.ui.answers.push({ button: 'OK', text: 'TW 1 2023' });
    addon.call('rbMenuSummary');
    expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual(['Lampiran II', 'Ringkasan TW I 2023', 'Ringkasan TW II 2023']);
  });

  test('Buat ringkasan TW…: an unreadable period is a sentence; Cancel does nothing', () => {
    const addon = withMatrix(realisasi);
    addon.fake.ui.answers.push({ button: 'OK', text: 'kuartal depan' });
    addon.call('rbMenuSummary');
    expect(addon.fake.ui.alerts.at(-1)!.prompt).toBe('Periode “kuartal depan” tidak dikenal; tulis seperti “2023 TW II”.');
    addon.fake.ui.answers.push({ button: 'CANCEL', text: '2023 2' });
    addon.call('rbMenuSummary');
    expect(addon.fake.spreadsheet.sheets).toHaveLength(1);
  });
});
