/**
 * The Excel bridge (excel-addin/excelBridge.ts) on the fake Excel: round trips that do not grow with
 * the matrix, highlights that give every cell its fill back, fixes that change exactly what was
 * previewed, summaries that are the plan cell for cell and never touch a sheet RB Matrix did not
 * make, and user text that stays text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateMatrix } from '../../bench/generateMatrix';
import { readWorkbook } from '../../cli/readWorkbook';
import { validateGrid, type Grid } from '../../core';
import { HIGHLIGHT, highlightTargets } from '../../core/workbench/highlight';
import { fixPass } from '../../core/workbench/fixes';
import { summaryPass } from '../../core/workbench/summaryPass';
import { languageOf } from '../../core/i18n';
import { MEMORY_KEY } from '../../excel-addin/excelBridge';
import { ARTIFACTS } from '../browser/chromium';
import { FakeWorkbook } from './fakeExcel';
import { bridgeOver, contentsOf, expectChartsMatchPlan, expectSheetMatchesPlan, expectWithinLimits, fillsOf, MADE_ON, snapshot, workbookOf } from './helpers';

const MONITORED = path.join(__dirname, '../fixtures/lampiran-ii-realisasi.xlsx');
const TW2 = { year: 2023, quarter: 2 as const, lang: 'id' as const };

/** Measured figures, written to artifacts/excel-figures.json for the record. */
const figures: Record<string, unknown> = {};
afterAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'excel-figures.json'), JSON.stringify(figures, null, 2));
});

function measure(wb: FakeWorkbook) {
  return { syncs: wb.syncCount, requestBytes: wb.syncs.map((s) => s.requestBytes), responseBytes: wb.syncs.map((s) => s.responseBytes) };
}

describe('validate', () => {
  test('10 and 10,000 rows: the findings of core, their cells highlighted, the same ≤ 3 round trips', async () => {
    const syncs: number[] = [];
    for (const n of [10, 10_000]) {
      const { grid } = generateMatrix(n);
      grid.values[7][13] = ''; // a blank Koordinator: the 10-row matrix has no planted problem of its own
      const wb = workbookOf(grid);
      const outcome = await bridgeOver(wb).validate('id');
      const expected = validateGrid(grid).report;
      expect(outcome.report.findings).toEqual(expected.findings);
      expect(outcome.report.counts).toEqual(expected.counts);
      const targets = highlightTargets(expected.findings);
      expect(targets.size).toBeGreaterThan(0);
      expect(outcome.highlighted).toBe(targets.size);
      const fills = fillsOf(wb.sheet(grid.sheetName));
      for (const [cell, fill] of targets) expect([cell, fills[cell]]).toEqual([cell, fill]);
      expect(Object.keys(fills)).toHaveLength(targets.size); // nothing else painted
      expectWithinLimits(wb);
      syncs.push(wb.syncCount);
      figures[`validate ${n} rows`] = measure(wb);
    }
    expect(syncs[0]).toBe(syncs[1]);
    expect(syncs[1]).toBeLessThanOrEqual(3);
  });

  test('highlight then clear gives every cell its previous fill back: user fills and no fill alike', async () => {
    const { grid } = generateMatrix(300);
    const wb = workbookOf(grid);
    const sheet = wb.sheet(grid.sheetName);
    const cells = [...highlightTargets(validateGrid(grid).report.findings).keys()];
    sheet.paint(cells[0], '#FFFF00'); // a finding cell the user had coloured
    sheet.paint(cells[1], '#C6EFCE');
    sheet.paint('A1:C1', '#D9D9D9'); // a title the user had coloured, no finding
    const before = fillsOf(sheet);
    const bridge = bridgeOver(wb);
    await bridge.validate('id');
    expect(sheet.cell(cells[0]).fill).toMatch(/^#(F4CCCC|FFF2CC|DDEBF7)$/);
    expect(sheet.cell(cells[2]).fill).not.toBeNull();
    wb.resetCounters();
    const cleared = await bridge.clearHighlights('id');
    expect(cleared).toEqual({ sheet: grid.sheetName, restored: cells.length });
    expect(fillsOf(sheet)).toEqual(before);
    expect(wb.syncCount).toBeLessThanOrEqual(3);
    expect(JSON.parse(String(wb.settings.get(MEMORY_KEY)))).toEqual({});
    // Nothing left to undo.
    expect(await bridge.clearHighlights('id')).toEqual({ sheet: grid.sheetName, restored: 0 });
    expect(fillsOf(sheet)).toEqual(before);
  });

  test('a cell the user repaints after highlighting keeps the user’s fill when highlights are cleared', async () => {
    const { grid } = generateMatrix(300);
    const wb = workbookOf(grid);
    const sheet = wb.sheet(grid.sheetName);
    const bridge = bridgeOver(wb);
    await bridge.validate('id');
    const [first, second] = [...highlightTargets(validateGrid(grid).report.findings).keys()];
    sheet.paint(first, '#00B050');
    const cleared = await bridge.clearHighlights('id');
    expect(sheet.cell(first).fill).toBe('#00B050');
    expect(sheet.cell(second).fill).toBeNull();
    expect(fillsOf(sheet)).toEqual({ [first]: '#00B050' });
    expect(cleared.restored).toBe(highlightTargets(validateGrid(grid).report.findings).size - 1);
  });

  test('checking again after a correction gives the corrected cell its fill back; the memory follows a renamed sheet', async () => {
    const { grid } = generateMatrix(300);
    const wb = workbookOf(grid);
    const sheet = wb.sheet(grid.sheetName);
    const bridge = bridgeOver(wb);
    const first = await bridge.validate('id');
    const missing = first.report.findings.find((f) => f.code === 'missing-value' && f.columnKey === 'koordinator')!;
    sheet.paint(missing.cell, '#F4CCCC'); // painted by us already; now the user fills the cell in
    sheet.put(missing.cell, 'Biro Sumber Daya Manusia');
    sheet.name = 'Matriks 2023'; // renamed between checks
    const second = await bridge.validate('id');
    expect(second.restored).toBe(1);
    expect(sheet.cell(missing.cell).fill).toBeNull();
    expect(second.report.findings.some((f) => f.cell === missing.cell)).toBe(false);
    await bridge.clearHighlights('id');
    expect(fillsOf(sheet)).toEqual({});
  });

  test('a summary sheet or a sheet without a matrix gives a sentence, in the language asked for', async () => {
    const blank = FakeWorkbook.of({ name: 'Kosong', values: [] });
    await expect(bridgeOver(blank).validate('id')).rejects.toThrow(/Tidak ada matriks rencana aksi yang dikenali pada sheet “Kosong”/);
    const wb = FakeWorkbook.of({ name: 'Catatan', values: [['Rapat pleno'], ['tanggal', 5]] });
    const bridge = bridgeOver(wb);
    await expect(bridge.validate('id')).rejects.toThrow(/Tidak ada matriks rencana aksi yang dikenali pada sheet “Catatan”/);
    await expect(bridge.validate('en')).rejects.toThrow(/No action-plan matrix was recognised on sheet “Catatan”/);
    const { grid } = generateMatrix(20, 1, true);
    const wb2 = workbookOf(grid);
    const b2 = bridgeOver(wb2);
    await b2.summarise(TW2);
    wb2.activate('Ringkasan TW II 2023');
    await expect(b2.validate('id')).rejects.toThrow(/adalah ringkasan buatan RB Matrix/);
  });
});

describe('regional settings', () => {
  // Excel on Windows reads a getRanges list with the user's list separator: `;` under Indonesian
  // regional settings, where a comma list fails (OfficeDev/office-js#1167, #1985). The fake does the same.
  test.each([',', ';'] as const)('list separator “%s”: highlight, clear and the summary work, in the same round trips', async (separator) => {
    const { grid } = generateMatrix(2_000, 20230101, true);
    grid.values[7][13] = '';
    const wb = workbookOf(grid);
    wb.listSeparator = separator;
    const bridge = bridgeOver(wb);
    const outcome = await bridge.validate('id');
    expect(wb.syncCount).toBe(3);
    const targets = highlightTargets(outcome.report.findings);
    expect(targets.size).toBeGreaterThan(10);
    const fills = fillsOf(wb.sheet(grid.sheetName));
    for (const [cell, fill] of targets) expect([cell, fills[cell]]).toEqual([cell, fill]);
    wb.resetCounters();
    await bridge.clearHighlights('id');
    expect(wb.syncCount).toBe(3);
    expect(fillsOf(wb.sheet(grid.sheetName))).toEqual({});
    wb.resetCounters();
    await bridge.summarise(TW2);
    expect(wb.syncCount).toBeLessThanOrEqual(4);
    expectSheetMatchesPlan(wb.sheet('Ringkasan TW II 2023'), summaryPass(grid, TW2, MADE_ON).plan);
  });
});

describe('fixes', () => {
  test('apply changes exactly the previewed cells to the previewed values, text as text, in one read and one write', async () => {
    const { grid } = generateMatrix(2_000);
    const wb = workbookOf(grid);
    const sheet = wb.sheet(grid.sheetName);
    const bridge = bridgeOver(wb);
    const before = contentsOf(sheet);
    const preview = await bridge.previewFixes('id');
    expect(wb.syncCount).toBe(1);
    expect(contentsOf(sheet)).toEqual(before); // a preview writes nothing
    expect(preview.changes.length).toBeGreaterThan(5);
    expect(preview.changes.some((c) => c.value === '100%')).toBe(true); // a text Excel would otherwise make a number
    wb.resetCounters();
    const applied = await bridge.applyFixes('id');
    expect(wb.syncCount).toBe(2);
    expect(applied.changes).toEqual(preview.changes);
    const after = contentsOf(sheet);
    const changed = Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
    expect(changed.sort()).toEqual(preview.changes.map((c) => c.cell).sort());
    for (const c of preview.changes) {
      expect([c.cell, sheet.cell(c.cell).value]).toEqual([c.cell, c.value === '' ? null : c.value]);
      expect(sheet.cell(c.cell).formula).toBeUndefined();
    }
    // What the fixes addressed is gone.
    const again = await bridge.previewFixes('id');
    expect(again.changes.length).toBeLessThanOrEqual(preview.skipped);
  });
});

describe('summary', () => {
  test('10 and 10,000 rows: the plan cell for cell beside the matrix, in at most 4 round trips', async () => {
    for (const n of [10, 10_000]) {
      const { grid } = generateMatrix(n, 20230101, true);
      const wb = workbookOf(grid, { sheetName: 'Catatan', values: [['catatan rapat']] });
      const outcome = await bridgeOver(wb).summarise(TW2);
      expect(outcome).toMatchObject({ sheetName: 'Ringkasan TW II 2023', replaced: false, matrixSheet: grid.sheetName });
      expect(wb.sheets.map((s) => s.name)).toEqual([grid.sheetName, 'Ringkasan TW II 2023', 'Catatan']);
      expect(wb.active.name).toBe(grid.sheetName);
      expect(wb.syncCount).toBeLessThanOrEqual(4);
      expectWithinLimits(wb);
      figures[`summary ${n} rows`] = measure(wb);
      const { plan } = summaryPass(grid, TW2, MADE_ON);
      expectSheetMatchesPlan(wb.sheet('Ringkasan TW II 2023'), plan);
      // The charts too: capaian per Kegiatan Utama and the status of every output, right of the tables.
      expect(plan.charts!.map((c) => c.kind)).toEqual(['stackedBar', 'doughnut']);
      expectChartsMatchPlan(wb.sheet('Ringkasan TW II 2023'), plan);
      expect(wb.sheet('Ringkasan TW II 2023').cell('A3').value).toBe('Ringkasan ini dibuat oleh RB Matrix');
    }
  });

  test('with an indicator table in another sheet, the summary includes it (as rbm summary does), still in at most 4 round trips', async () => {
    for (const n of [10, 10_000]) {
      const { grid } = generateMatrix(n, 20230101, true);
      const [tabel] = await readWorkbook(path.join(__dirname, '../fixtures/tabel-4-clean.xlsx'));
      const wb = workbookOf({ sheetName: 'Catatan', values: [['catatan rapat']] }, grid, tabel);
      wb.activate(grid.sheetName);
      const before = snapshot(wb.sheet('Tabel 4'));
      const outcome = await bridgeOver(wb).summarise(TW2);
      expect(outcome.indicatorSheet).toBe('Tabel 4');
      expect(wb.syncCount).toBeLessThanOrEqual(4);
      expectWithinLimits(wb);
      expectSheetMatchesPlan(wb.sheet('Ringkasan TW II 2023'), summaryPass(grid, TW2, MADE_ON, tabel).plan);
      expect(snapshot(wb.sheet('Tabel 4'))).toBe(before); // read, never written
    }
  });

  test('=HYPERLINK(…) and - Menyusun … from the matrix are text in the summary, never formulas', async () => {
    const grids = await readWorkbook(MONITORED);
    const wb = workbookOf(...grids);
    await bridgeOver(wb).summarise(TW2);
    const summary = wb.sheet('Ringkasan TW II 2023');
    const texts = [...summary.cells.values()];
    const link = texts.find((c) => c.value === '=HYPERLINK("https://drive.example.go.id/rb","Bukti TW II")');
    const bullet = texts.find((c) => c.value === '- Menyusun SOTK BKN Pusat, Kantor Regional, dan UPT');
    expect(link).toMatchObject({ formula: undefined, quotePrefix: true });
    expect(bullet).toMatchObject({ formula: undefined, quotePrefix: true });
    expect(texts.filter((c) => c.formula !== undefined)).toEqual([]);
    expectSheetMatchesPlan(summary, summaryPass(grids[0], TW2, MADE_ON).plan);
  });

  test('a second summary of the period replaces RB Matrix’s own sheet in place and touches no other sheet', async () => {
    const { grid } = generateMatrix(200, 7, true);
    const wb = workbookOf(grid, { sheetName: 'Catatan', values: [['catatan']] });
    const bridge = bridgeOver(wb);
    await bridge.summarise(TW2);
    await bridge.summarise({ ...TW2, quarter: 1 });
    expect(wb.sheets.map((s) => s.name)).toEqual([grid.sheetName, 'Ringkasan TW I 2023', 'Ringkasan TW II 2023', 'Catatan']);
    wb.sheets.push(...wb.sheets.splice(2, 1)); // the user moves TW II to the end
    expect(wb.sheets.map((s) => s.name)).toEqual([grid.sheetName, 'Ringkasan TW I 2023', 'Catatan', 'Ringkasan TW II 2023']);
    const others = wb.sheets.filter((s) => s.name !== 'Ringkasan TW II 2023').map(snapshot);
    wb.sheet('Ringkasan TW II 2023').put('B40', 'coretan'); // a stray note on the old summary goes with it
    wb.resetCounters();
    const outcome = await bridge.summarise(TW2);
    expect(outcome.replaced).toBe(true);
    expect(wb.syncCount).toBeLessThanOrEqual(4);
    expect(wb.sheets.map((s) => s.name)).toEqual([grid.sheetName, 'Ringkasan TW I 2023', 'Catatan', 'Ringkasan TW II 2023']);
    expect(wb.sheets.filter((s) => s.name !== 'Ringkasan TW II 2023').map(snapshot)).toEqual(others);
    expectSheetMatchesPlan(wb.sheet('Ringkasan TW II 2023'), summaryPass(grid, TW2, MADE_ON).plan);
    // Written under a temporary name and renamed: the charts' ranges follow the sheet to its name.
    expectChartsMatchPlan(wb.sheet('Ringkasan TW II 2023'), summaryPass(grid, TW2, MADE_ON).plan);
  });

  test('the whole year: its own sheet beside the quarters, as `rbm summary --year` makes it', async () => {
    const { grid } = generateMatrix(200, 7, true);
    const wb = workbookOf(grid);
    const bridge = bridgeOver(wb);
    await bridge.summarise(TW2);
    const outcome = await bridge.summarise({ year: 2023, quarter: 4, wholeYear: true, lang: 'id' });
    expect(outcome).toMatchObject({ sheetName: 'Ringkasan Tahun 2023', period: 'Tahun 2023', replaced: false });
    expect(wb.sheets.map((s) => s.name)).toEqual([grid.sheetName, 'Ringkasan Tahun 2023', 'Ringkasan TW II 2023']);
    expectSheetMatchesPlan(wb.sheet('Ringkasan Tahun 2023'), summaryPass(grid, { year: 2023, quarter: 4, wholeYear: true, lang: 'id' }, MADE_ON).plan);
  });

  test('a sheet of the same name that a person made is never touched: a clear sentence instead', async () => {
    const { grid } = generateMatrix(50, 3, true);
    const wb = workbookOf(grid, { sheetName: 'Ringkasan TW II 2023', values: [['Ringkasan saya'], [], ['catatan pribadi'], ['angka', 42]] });
    wb.sheet('Ringkasan TW II 2023').paint('A1', '#FFFF00');
    const before = wb.sheets.map(snapshot);
    const bridge = bridgeOver(wb);
    await expect(bridge.summarise(TW2)).rejects.toThrow('Sheet “Ringkasan TW II 2023” sudah ada dan bukan buatan RB Matrix, jadi tidak diubah. Ganti nama sheet itu lalu coba lagi.');
    await expect(bridge.summarise({ ...TW2, lang: 'en' })).rejects.toThrow(/already exists and was not made by RB Matrix/);
    expect(wb.sheets.map(snapshot)).toEqual(before);
  });

  test('when writing fails, the half-written sheet is removed and the old summary stays as it was', async () => {
    const { grid } = generateMatrix(2_000, 11, true);
    const wb = workbookOf(grid);
    const bridge = bridgeOver(wb);
    await bridge.summarise(TW2);
    const before = wb.sheets.map(snapshot);
    wb.payloadLimit = 400_000; // the read still gets through in blocks; no write of this summary fits
    await expect(bridge.summarise(TW2)).rejects.toThrow(/terlalu besar untuk dikirim ke Excel/);
    expect(wb.sheets.map(snapshot)).toEqual(before);
  });

  test('a bad period is refused before anything is read', async () => {
    const wb = workbookOf(generateMatrix(10).grid);
    await expect(bridgeOver(wb).summarise({ year: 1999, quarter: 2, lang: 'id' })).rejects.toThrow(/Tahun “1999” tidak dikenal/);
    expect(wb.syncCount).toBe(0);
  });
});

describe('large sheets', () => {
  test('a matrix too large for one response is read in row blocks under 5 MB, with the findings of core', async () => {
    const { grid } = generateMatrix(20_000);
    const wb = workbookOf(grid);
    const outcome = await bridgeOver(wb).validate('id');
    expect(outcome.report.findings).toEqual(validateGrid(grid).report.findings);
    // The first whole read was refused; every later round trip fitted.
    expect(wb.syncs[0].responseBytes).toBeGreaterThan(5_000_000);
    for (const s of wb.syncs.slice(1)) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThanOrEqual(5_000_000);
    figures['validate 20,000 rows (blocks)'] = measure(wb);
  });

  // Excel reads at most 5,000,000 cells at once and past that "will either return null or throw an
  // error" (learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
  // The fake's limit is lowered so that a 2,000-row matrix is past it.
  test.each(['null', 'error'] as const)('a used range over the cell limit (Excel answers %s) is read in blocks, with the findings of core', async (answer) => {
    const { grid } = generateMatrix(2_000);
    grid.values[7][13] = '';
    const wb = workbookOf(grid);
    wb.cellLimit = 20_000;
    wb.overLimitRead = answer;
    const cells = grid.values.length * Math.max(...grid.values.map((r) => r.length));
    expect(cells).toBeGreaterThan(wb.cellLimit);
    const outcome = await bridgeOver(wb).validate('id');
    expect(outcome.report.findings).toEqual(validateGrid(grid).report.findings);
    expect(outcome.report.findings.length).toBeGreaterThan(0);
    // 1 refused whole read, 1 for the size, the blocks (halved until under the limit), the fills, the write.
    expect(wb.syncCount).toBeGreaterThan(4);
    const fixes = await bridgeOver(wb).previewFixes('id');
    expect(fixes.changes).toEqual(fixPass(grid, 'id').changes);
  });

  test('more than 512 merged areas: read in blocks, every merge kept', async () => {
    const { grid } = generateMatrix(3_000);
    // Merge each Rencana Aksi cell over its five output rows (600 areas), as PDF exports do.
    const merges: Grid['merges'] = [];
    for (let r = 5; r < grid.values.length; r++) {
      if (typeof grid.values[r][3] !== 'string' || !/^Rencana aksi/.test(grid.values[r][3] as string)) continue;
      let end = r;
      while (end + 1 < grid.values.length && grid.values[end + 1][3] === '' && grid.values[end + 1][5] !== '' && typeof grid.values[end + 1][5] === 'string' && /^Output/.test(grid.values[end + 1][5] as string)) end++;
      if (end > r) merges.push({ top: r, left: 3, bottom: end, right: 3 });
    }
    expect(merges.length).toBeGreaterThan(512);
    const merged = { ...grid, merges };
    const wb = workbookOf(merged);
    const outcome = await bridgeOver(wb).validate('id');
    expect(outcome.report.findings).toEqual(validateGrid(merged).report.findings);
    expect(wb.syncs[0].operations).toBeGreaterThan(0);
  });

  test('a summary too large for one request is written in parts, each under 5 MB', async () => {
    const { grid } = generateMatrix(20_000, 20230101, true);
    const wb = workbookOf(grid);
    await bridgeOver(wb).summarise(TW2);
    // Read in blocks after the whole read was refused; then the write, in more than one request.
    expect(wb.syncs[0].responseBytes).toBeGreaterThan(5_000_000);
    const writes = wb.syncs.filter((s) => s.responseBytes < 100);
    expect(writes.length).toBeGreaterThan(1);
    for (const s of wb.syncs.slice(1)) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThanOrEqual(5_000_000);
    expectSheetMatchesPlan(wb.sheet('Ringkasan TW II 2023'), summaryPass(grid, TW2, MADE_ON).plan);
    figures['summary 20,000 rows (parts)'] = measure(wb);
  });
});

describe('selection, language, Excel’s refusals', () => {
  test('selectCell activates the sheet and selects the cell; an unknown sheet is a sentence', async () => {
    const { grid } = generateMatrix(10, 1, true);
    const wb = workbookOf(grid);
    const bridge = bridgeOver(wb);
    await bridge.summarise(TW2);
    wb.activate('Ringkasan TW II 2023');
    await bridge.selectCell(grid.sheetName, 'N12');
    expect(wb.active.name).toBe(grid.sheetName);
    expect(wb.selected).toBe(`${grid.sheetName}!N12`);
    await bridge.selectCell(grid.sheetName, 'A7:A9'); // a run of findings is selected whole
    expect(wb.selected).toBe(`${grid.sheetName}!A7:A9`);
    await expect(bridge.selectCell('Tidak Ada', 'A1')).rejects.toThrow('Sheet “Tidak Ada” tidak ditemukan; mungkin sudah diganti namanya atau dihapus. Periksa matriks lagi.');
  });

  test('the language follows Office’s display language', async () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('EN-gb')).toBe('en');
    expect(languageOf('id-ID')).toBe('id');
    expect(languageOf(undefined)).toBe('id');
    const wb = FakeWorkbook.of({ name: 'A', values: [['x']] });
    wb.displayLanguage = 'en-US';
    expect(await bridgeOver(wb).language()).toBe('en');
  });

  test('Excel’s own refusals become sentences', async () => {
    const failing = (code: string) =>
      new (require('../../excel-addin/excelBridge').ExcelBridge)({
        run: async () => {
          throw Object.assign(new Error('raw'), { code });
        },
      });
    await expect(failing('InvalidOperationInCellEditMode').validate('id')).rejects.toThrow('Excel sedang menyunting sebuah sel. Tekan Enter atau Esc untuk menyelesaikannya, lalu coba lagi.');
    await expect(failing('AccessDenied').applyFixes('en')).rejects.toThrow(/this sheet or workbook is protected/);
    await expect(failing('GeneralException').clearHighlights('id')).rejects.toThrow('Terjadi kesalahan dan tidak ada yang diubah: raw');
  });
});
