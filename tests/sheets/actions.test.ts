/**
 * The sidebar's actions through the BUILT server script on the fake Apps Script, on the seed
 * fixtures: the adapter reads the sheet faithfully (its findings are core's), highlights and gives
 * the previous fills back, applies the certain fixes to exactly the cells concerned, writes the
 * summary sheet as the Plan says (texts stay texts), never touches a sheet it did not make, answers
 * in plain JSON and fails with the user's sentence.
 */
import type { Grid } from '../../core/grid';
import { validateGrid } from '../../core/validate';
import { decodeMemory, HIGHLIGHT, highlightTargets } from '../../core/workbench/highlight';
import { planFixes } from '../../core/workbench/fixes';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { summaryPass } from '../../core/workbench/summaryPass';
import { itemsOf } from './sheetItems';
import { activeMatrix } from '../../core/workbench/activeMatrix';
import { errorText } from '../../core/i18n';
import { a1, columnLetters, type FakeSheet } from './fakeAppsScript';
import { loadAddon, overTheWire, type LoadedAddon } from './loadAddon';
import { addGrid, fixtureGrid, generated } from './workbooks';

let faithful: Grid;
let realisasi: Grid;

beforeAll(async () => {
  faithful = await fixtureGrid('lampiran-ii.xlsx');
  realisasi = await fixtureGrid('lampiran-ii-realisasi.xlsx');
});

function withMatrix(grid: Grid, options: Parameters<typeof loadAddon>[0] = {}): { addon: LoadedAddon; sheet: FakeSheet } {
  const addon = loadAddon(options);
  const sheet = addGrid(addon.fake, grid);
  return { addon, sheet };
}

/** What google.script.run would deliver, checking nothing was lost on the way. */
function wire<T>(value: T): T {
  expect(findDate(value)).toBeUndefined();
  const delivered = overTheWire(value);
  expect(delivered).toEqual(JSON.parse(JSON.stringify(delivered)));
  return delivered;
}

/** The path of the first Date (of any realm) inside a value. */
function findDate(value: unknown, where = '$'): string | undefined {
  if (Object.prototype.toString.call(value) === '[object Date]') return where;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findDate(v, `${where}.${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every cell with content, for "nothing else changed" comparisons. */
function contents(sheet: FakeSheet): string {
  const { rows, columns } = sheet.extent();
  const out: unknown[] = [];
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) out.push(sheet.peekAt(r, c));
  return JSON.stringify({ out, merges: sheet.merges, frozen: sheet.frozenRows });
}

function sentence(body: () => unknown, lang: 'id' | 'en'): string {
  try {
    body();
  } catch (e) {
    return errorText(e, lang);
  }
  throw new Error('expected a throw');
}

describe('checking and highlighting', () => {
  test('checking and clearing hold the document lock, and wait for another editor instead of racing', () => {
    const { addon, sheet } = withMatrix(faithful);
    wire(addon.call('rbValidate', 'id'));
    expect(addon.fake.lock).toMatchObject({ acquired: 1, held: false });
    const painted = contents(sheet);
    const memory = JSON.stringify(addon.fake.documentProperties.getProperties());
    addon.fake.lock.heldByOther = true;
    expect(() => addon.call('rbClearHighlights', 'en')).toThrow('Another editor is checking or clearing highlights in this spreadsheet. Wait a moment and try again.');
    expect(() => addon.call('rbValidate', 'id')).toThrow(/Pengguna lain sedang memeriksa/);
    expect(contents(sheet)).toBe(painted);
    expect(JSON.stringify(addon.fake.documentProperties.getProperties())).toBe(memory);
    addon.fake.lock.heldByOther = false;
    expect(wire(addon.call('rbClearHighlights', 'id')).restored).toBeGreaterThan(0);
    expect(addon.fake.lock).toMatchObject({ acquired: 2, held: false });
  });

  test('the report is core’s report of the same sheet', () => {
    const { addon } = withMatrix(faithful);
    const outcome = wire(addon.call('rbValidate', 'id'));
    expect(outcome.report).toEqual(overTheWire(validateGrid(faithful, { lang: 'id' }).report));
    expect(outcome.report.counts).toMatchObject({ errors: 9, warnings: 12, infos: 52 });
    const en = wire(addon.call('rbValidate', 'en'));
    expect(en.report).toEqual(overTheWire(validateGrid(faithful, { lang: 'en' }).report));
  });

  test('each cell with findings gets the fill of its worst finding; other fills stay; clearing gives every previous fill back', () => {
    const { addon, sheet } = withMatrix(faithful);
    sheet.cellAt(19, 14).background = '#ffff00'; // N19 (missing Koordinator): the user's yellow
    sheet.cellAt(2, 2).background = '#00ff00'; // B2: no finding
    sheet.cellAt(20, 3).background = '#c9daf8'; // C20: no finding, inside the painted area
    const targets = highlightTargets(validateGrid(faithful).report.findings);
    expect(targets.get('N19')).toBe(HIGHLIGHT.error);
    expect(targets.has('C20')).toBe(false);

    const outcome = wire(addon.call('rbValidate', 'id'));
    expect(outcome.highlighted).toBe(targets.size);
    for (const [cell, fill] of targets) expect(sheet.peek(cell).background).toBe(fill.toLowerCase());
    expect(sheet.peek('B2').background).toBe('#00ff00');
    expect(sheet.peek('C20').background).toBe('#c9daf8');

    // Checking again repaints nothing (the fills stay) and still counts the highlighted cells.
    const fillsBefore = JSON.stringify(sheet.getRange('A1:T200').getBackgrounds());
    expect(wire(addon.call('rbValidate', 'id')).highlighted).toBe(targets.size);
    expect(JSON.stringify(sheet.getRange('A1:T200').getBackgrounds())).toBe(fillsBefore);

    const cleared = wire(addon.call('rbClearHighlights', 'id'));
    expect(cleared).toEqual({ sheet: 'Lampiran II', restored: targets.size });
    expect(sheet.peek('N19').background).toBe('#ffff00');
    for (const cell of targets.keys()) if (cell !== 'N19') expect(sheet.peek(cell).background).toBeNull();
    expect(sheet.peek('B2').background).toBe('#00ff00');
    expect(sheet.peek('C20').background).toBe('#c9daf8');
    expect(decodeMemory(addon.fake.documentProperties.store.get('rbm.highlight.0'))).toEqual({});
  });

  test('a cell the user repaints keeps the new fill; a cell whose finding is gone gets its fill back at the next check', () => {
    const { addon, sheet } = withMatrix(faithful);
    sheet.cellAt(19, 14).background = '#ffff00';
    addon.call('rbValidate', 'id');
    sheet.cellAt(15, 6).background = '#0000ff'; // F15, painted by RB Matrix, repainted by the user
    sheet.cellAt(19, 14).value = 'Biro Perencanaan dan Organisasi'; // N19's finding goes away
    const again = wire(addon.call('rbValidate', 'id'));
    expect(again.restored).toBe(1);
    expect(sheet.peek('N19').background).toBe('#ffff00');
    addon.call('rbClearHighlights', 'id');
    expect(sheet.peek('F15').background).toBe('#0000ff');
  });

  test('the memory follows the sheet through a rename, and each sheet has its own', () => {
    const { addon, sheet } = withMatrix(faithful);
    const other = addGrid(addon.fake, realisasi, 'Realisasi');
    addon.call('rbValidate', 'id');
    addon.fake.spreadsheet.active = sheet;
    addon.call('rbValidate', 'id');
    sheet.name = 'Matriks 2023';
    expect(wire(addon.call('rbClearHighlights', 'id')).restored).toBeGreaterThan(0);
    expect(sheet.peek('N19').background).toBeNull();
    const painted = Object.keys(decodeMemory(addon.fake.documentProperties.store.get('rbm.highlight.0')));
    expect(painted).toEqual([String(other.id)]);
  });

  test('a memory longer than one property value is split over numbered keys of at most 9 KB, and read back whole', () => {
    const grid = generated(10000);
    // Every other output without a Koordinator: about 5,000 separate cells to remember.
    grid.values.forEach((row, r) => {
      if (r >= 5 && r % 2 === 0 && typeof row[5] === 'string' && row[5].startsWith('Output')) row[13] = '';
    });
    const { addon, sheet } = withMatrix(grid);
    const outcome = addon.call('rbValidate', 'id');
    expect(outcome.highlighted).toBeGreaterThan(4000);
    const keys = [...addon.fake.documentProperties.store.keys()].sort();
    expect(keys.length).toBeGreaterThan(3);
    expect(keys).toEqual(keys.map((_, i) => `rbm.highlight.${i}`).sort());
    for (const value of addon.fake.documentProperties.store.values()) expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(9 * 1024);
    expect(addon.call('rbClearHighlights', 'id').restored).toBe(outcome.highlighted);
    expect(sheet.peek('N6').background).toBeNull();
    expect([...addon.fake.documentProperties.store.keys()]).toEqual(['rbm.highlight.0']);
  });
});

describe('certain fixes', () => {
  test('the preview is core’s plan and writes nothing', () => {
    const { addon, sheet } = withMatrix(faithful);
    const before = contents(sheet);
    addon.fake.log.reset();
    const preview = wire(addon.call('rbPreviewFixes', 'id'));
    const expected = planFixes(faithful, validateGrid(faithful).report.findings);
    expect(preview).toEqual(overTheWire({ sheet: 'Lampiran II', ...expected }));
    expect(preview.changes.length).toBeGreaterThan(3);
    expect(Object.keys(addon.fake.log.snapshot()).filter((k) => /\.(set|clear|merge|insert|delete)/.test(k))).toEqual([]);
    expect(contents(sheet)).toBe(before);
  });

  test('applying writes exactly the changed cells, as plain values: "100%" stays text, a formula beside them stays a formula', () => {
    const { addon, sheet } = withMatrix(faithful);
    const preview = addon.call('rbPreviewFixes', 'id');
    const cells = new Set<string>(preview.changes.map((c: { cell: string }) => c.cell));
    // A formula between two changed cells (J19 and L19), and a plain-text cell among the changed ones.
    expect(cells.has('J19') && cells.has('L19') && !cells.has('K19')).toBe(true);
    sheet.cellAt(19, 11).formula = '=J19';
    const plainText = preview.changes.find((c: { value: unknown }) => typeof c.value === 'string' && c.value !== '');
    sheet.cellAt(...([Number(/\d+/.exec(plainText.cell)![0]), colNumber(plainText.cell)] as const)).format = '@';
    const before = new Map<string, string>();
    for (let r = 1; r <= sheet.extent().rows; r++) for (let c = 1; c <= 16; c++) before.set(a1({ top: r, left: c, bottom: r, right: c }), JSON.stringify(sheet.peekAt(r, c)));

    const outcome = wire(addon.call('rbApplyFixes', 'id'));
    expect(outcome.changes).toEqual(preview.changes);
    for (const change of outcome.changes) {
      const cell = sheet.peek(change.cell);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(change.value ?? '');
    }
    expect(sheet.peek('J19').value).toBe('100%'); // text, not the number 1
    expect(sheet.peek('K19').formula).toBe('=J19');
    for (const [cell, json] of before) if (!cells.has(cell)) expect(JSON.stringify(sheet.peek(cell))).toBe(json);

    // What was fixed is not reported again.
    const after = addon.call('rbValidate', 'id').report.findings as { cell: string; code: string }[];
    for (const change of outcome.changes) expect(after.some((f) => f.cell === change.cell && f.code === change.code)).toBe(false);
  });
});

function colNumber(cell: string): number {
  return [.../^[A-Z]+/.exec(cell)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

describe('the quarterly summary', () => {
  const TRICKY = ['+62 812 555 0101', '@tim-rb', '3,7', 'TRUE', '=1+1', "'dikutip", '100%', '1/7/2023'];

  /** The realisation fixture with texts Sheets would turn into formulas, numbers, booleans or dates in Kendala and Tindak Lanjut. */
  function trickyGrid(): Grid {
    const values = realisasi.values.map((r) => [...r]);
    values[5][20] = TRICKY[0];
    values[5][21] = TRICKY[1];
    values[6][20] = TRICKY[2];
    values[6][21] = TRICKY[3];
    values[11][20] = TRICKY[4];
    values[11][21] = TRICKY[5];
    values[13][20] = TRICKY[6];
    values[13][21] = TRICKY[7];
    return { ...realisasi, values };
  }

  const madeOn = new Date(2023, 6, 20, 9, 15);

  function summarised(): { addon: LoadedAddon; grid: Grid; matrix: FakeSheet; outcome: any } {
    const grid = trickyGrid();
    const addon = loadAddon();
    addon.fake.addSheet('Petunjuk', [['Isi matriks di sheet berikut.']]);
    const matrix = addGrid(addon.fake, grid);
    addon.fake.addSheet('Catatan', [['catatan rapat']]);
    addon.fake.spreadsheet.active = matrix;
    addon.setNow(madeOn.getTime());
    const outcome = wire(addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' }));
    return { addon, grid, matrix, outcome };
  }

  test('with an indicator table in another sheet, the summary includes it, as rbm summary does for the file', async () => {
    const grid = trickyGrid();
    const tabel = await fixtureGrid('tabel-4-clean.xlsx');
    const addon = loadAddon();
    const matrix = addGrid(addon.fake, grid);
    const before = contents(addGrid(addon.fake, tabel));
    addon.fake.spreadsheet.active = matrix;
    addon.setNow(madeOn.getTime());
    const outcome = wire(addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' }));
    expect(outcome.indicatorSheet).toBe('Tabel 4');
    expect(contents(addon.fake.sheet('Tabel 4'))).toBe(before); // read, never written
    const { plan } = summaryPass(grid, { year: 2023, quarter: 2, lang: 'id' }, madeOn, tabel);
    const texts = plan.cells.filter((c) => c.value.kind === 'text').map((c) => (c.value as { text: string }).text);
    expect(texts).toContain('Indikator (sheet “Tabel 4”)');
    const sheet = addon.fake.sheet('Ringkasan TW II 2023');
    for (const p of plan.cells) {
      const want = p.value.kind === 'text' ? p.value.text : p.value.kind === 'number' ? p.value.value : p.value.kind === 'blank' ? '' : 'date';
      expect([p.row, p.column, sheet.peekAt(p.row + 1, p.column + 1).value]).toEqual([p.row, p.column, want]);
    }
  });

  test('the whole year: a sheet of its own, its period said as the year', () => {
    const grid = trickyGrid();
    const addon = loadAddon();
    const matrix = addGrid(addon.fake, grid);
    addon.fake.spreadsheet.active = matrix;
    addon.setNow(madeOn.getTime());
    const outcome = wire(addon.call('rbSummarise', { year: 2023, quarter: 4, wholeYear: true, lang: 'id' }));
    expect(outcome).toMatchObject({ sheetName: 'Ringkasan Tahun 2023', period: 'Tahun 2023' });
    const { plan } = summaryPass(grid, { year: 2023, quarter: 4, wholeYear: true, lang: 'id' }, madeOn);
    const sheet = addon.fake.sheet('Ringkasan Tahun 2023');
    for (const p of plan.cells.filter((c) => c.value.kind === 'text' || c.value.kind === 'number')) {
      const want = p.value.kind === 'text' ? p.value.text : (p.value as { value: number }).value;
      expect([p.row, p.column, sheet.peekAt(p.row + 1, p.column + 1).value]).toEqual([p.row, p.column, want]);
    }
  });

  test('the sheet goes right after the matrix and holds the Plan cell by cell', () => {
    const { addon, grid, outcome } = summarised();
    const { plan, outcome: expected } = summaryPass(grid, { year: 2023, quarter: 2, lang: 'id' }, madeOn);
    expect(outcome).toEqual(overTheWire({ ...expected, replaced: false }));
    expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual(['Petunjuk', 'Lampiran II', 'Ringkasan TW II 2023', 'Catatan']);
    const sheet = addon.fake.sheet('Ringkasan TW II 2023');
    for (const p of plan.cells) {
      const cell = sheet.peekAt(p.row + 1, p.column + 1);
      const where = `${columnLetters(p.column + 1)}${p.row + 1}`;
      const want = p.value.kind === 'text' ? p.value.text : p.value.kind === 'number' ? p.value.value : p.value.kind === 'blank' ? '' : 'date';
      expect([where, cell.value]).toEqual([where, want]);
      expect(cell.formula).toBeUndefined();
      if (p.numberFormat) expect([where, cell.format]).toEqual([where, p.numberFormat]);
      expect([where, cell.background]).toEqual([where, p.fill?.toLowerCase() ?? null]);
      expect([where, cell.fontWeight, cell.fontStyle, cell.fontColor, cell.fontSize]).toEqual([where, p.font?.bold ? 'bold' : 'normal', p.font?.italic ? 'italic' : 'normal', p.font?.color?.toLowerCase() ?? null, p.font?.size ?? 10]);
      expect([where, cell.horizontal, cell.vertical, cell.wrap]).toEqual([where, p.horizontal ?? null, p.vertical ?? (p.wrap ? 'top' : null), p.wrap === true]);
      if (p.border) expect([where, cell.border]).toEqual([where, { top: true, left: true, bottom: true, right: true }]);
    }
    expect(sheet.merges).toEqual(plan.merges.map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 })));
    expect(sheet.frozenRows).toBe(plan.frozenRows);
    plan.columnWidths.forEach((w, i) => expect(sheet.columnWidths.get(i + 1)).toBe(Math.round(w * 7 + 5)));
    const resolved = resolvePlan(plan);
    expect(sheet.maxRows).toBe(resolved.bounds.rows);
    expect(sheet.peek('A3').value).toBe(plan.signature.text);
    // The charts right of the tables: capaian per Kegiatan Utama (stacked bars, one series per light) and the status doughnut.
    expect(itemsOf(sheet).charts.map((c) => [c.type, c.stacked, c.ranges, c.position, c.colors])).toEqual(
      resolved.charts.map((c) => [
        c.kind === 'doughnut' ? 'PIE' : 'BAR',
        c.kind === 'stackedBar',
        [c.categories.area, ...c.series.map((s) => s.values)].map((a) => `${sheet.name}!${columnLetters(a.left + 1)}${a.top + 1}:${columnLetters(a.right + 1)}${a.bottom + 1}`),
        { row: c.anchor.row + 1, column: c.anchor.column + 1, offsetX: 0, offsetY: Math.round((c.anchor.offsetY * 4) / 3) },
        (c.series[0].pointColours ?? c.series.map((s) => s.colour!)).map((x) => x.toLowerCase()),
      ]),
    );
    expect(resolved.charts.map((c) => c.kind)).toEqual(['stackedBar', 'doughnut']);
  });

  test('texts from the matrix land as text: none becomes a formula, a number, a boolean or a date', () => {
    const { addon } = summarised();
    const sheet = addon.fake.sheet('Ringkasan TW II 2023');
    const texts: unknown[] = [];
    const { rows, columns } = sheet.extent();
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        const cell = sheet.peekAt(r, c);
        expect(cell.formula).toBeUndefined();
        texts.push(cell.value);
      }
    }
    for (const text of [...TRICKY, '- Menyusun SOTK BKN Pusat, Kantor Regional, dan UPT', '=HYPERLINK("https://drive.example.go.id/rb","Bukti TW II")']) {
      expect(texts).toContain(text);
    }
  });

  test('a second summary of the period replaces RB Matrix’s own sheet in place; other sheets stay as they were', () => {
    const { addon, matrix } = summarised();
    const others = ['Petunjuk', 'Lampiran II', 'Catatan'].map((n) => contents(addon.fake.sheet(n)));
    addon.fake.spreadsheet.active = matrix;
    const again = wire(addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' }));
    expect(again.replaced).toBe(true);
    expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual(['Petunjuk', 'Lampiran II', 'Ringkasan TW II 2023', 'Catatan']);
    expect(['Petunjuk', 'Lampiran II', 'Catatan'].map((n) => contents(addon.fake.sheet(n)))).toEqual(others);
    expect(addon.fake.spreadsheet.active.name).toBe('Lampiran II'); // the user stays on the matrix
  });

  test('the replacement is written under a temporary name and swapped in only when complete', () => {
    const { addon, matrix } = summarised();
    const old = addon.fake.sheet('Ringkasan TW II 2023');
    addon.fake.spreadsheet.active = matrix;
    addon.fake.log.reset();
    wire(addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' }));
    expect(old.deleted).toBe(true);
    const now = addon.fake.sheet('Ringkasan TW II 2023');
    expect(now).not.toBe(old);
    expect(addon.fake.log.counts.get('Sheet.setName')).toBe(1); // RBM-… → Ringkasan TW II 2023, after the writes
  });

  test.each(['Range.setFontColors', 'Sheet.setFrozenRows', 'Spreadsheet.deleteSheet'])(
    'a call failing midway (%s) leaves the earlier summary as it was and no half-written sheet',
    (call) => {
      const { addon, matrix } = summarised();
      const names = addon.fake.spreadsheet.sheets.map((s) => s.name);
      const before = contents(addon.fake.sheet('Ringkasan TW II 2023'));
      addon.fake.spreadsheet.active = matrix;
      addon.fake.failOn(call);
      expect(() => addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' })).toThrow(/^Terjadi kesalahan dan tidak ada yang diubah: Service Spreadsheets failed/);
      expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual(names);
      expect(contents(addon.fake.sheet('Ringkasan TW II 2023'))).toBe(before);
    },
  );

  test('a first summary failing midway leaves no sheet behind', () => {
    const addon = loadAddon();
    const matrix = addGrid(addon.fake, realisasi);
    addon.fake.spreadsheet.active = matrix;
    const names = addon.fake.spreadsheet.sheets.map((s) => s.name);
    addon.fake.failOn('Range.setWraps');
    expect(() => addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'en' })).toThrow(/^Something went wrong and nothing was changed/);
    expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual(names);
  });

  test.each(['Ringkasan TW II 2023', 'ringkasan tw ii 2023'])('a sheet “%s” a person made is never touched: the call fails with the sentence, nothing changes', (name) => {
    const addon = loadAddon();
    const matrix = addGrid(addon.fake, realisasi);
    const mine = addon.fake.addSheet(name, [['Ringkasan buatan saya'], [], ['bukan tanda tangan']]);
    addon.fake.spreadsheet.active = matrix;
    const before = contents(mine);
    const call = (lang: 'id' | 'en') => () => addon.call('rbSummarise', { year: 2023, quarter: 2, lang });
    expect(call('id')).toThrow(`Sheet “${name}” sudah ada dan bukan buatan RB Matrix, jadi tidak diubah. Ganti nama sheet itu lalu coba lagi.`);
    expect(call('en')).toThrow(`Sheet “${name}” already exists and was not made by RB Matrix, so it was left alone. Rename that sheet and try again.`);
    expect(contents(mine)).toBe(before);
    expect(addon.fake.spreadsheet.sheets.map((s) => s.name)).toEqual(['Lampiran II', name]);
  });

  test('a summary sheet is not a matrix: checking it says so', () => {
    const { addon } = summarised();
    addon.fake.spreadsheet.active = addon.fake.sheet('Ringkasan TW II 2023'); // the user opened the summary
    const message = sentence(() => activeMatrix({ sheetName: 'Ringkasan TW II 2023', values: [[], [], ['Ringkasan ini dibuat oleh RB Matrix']] }), 'id');
    expect(() => addon.call('rbValidate', 'id')).toThrow(message);
  });
});

describe('answers and errors crossing google.script.run', () => {
  test('no Date in any answer, even when the matrix holds date cells', () => {
    const values = faithful.values.map((r) => [...r]);
    values[5][6] = new Date(Date.UTC(2023, 2, 31)); // a date typed as a target (a date cell as core reads one)
    values[6][15] = new Date(Date.UTC(2023, 5, 30));
    const { addon } = withMatrix({ ...faithful, values });
    addon.setNow(new Date(2023, 6, 20).getTime());
    for (const [name, ...args] of [
      ['rbLanguage'],
      ['rbValidate', 'id'],
      ['rbPreviewFixes', 'en'],
      ['rbClearHighlights', 'id'],
      ['rbApplyFixes', 'id'],
      ['rbSummarise', { year: 2023, quarter: 2, lang: 'id' }],
      ['rbSelectCell', 'Lampiran II', 'A1'],
    ] as [string, ...unknown[]][]) {
      addon.fake.spreadsheet.active = addon.fake.sheet('Lampiran II');
      const result = addon.call(name, ...args);
      expect([name, findDate(result)]).toEqual([name, undefined]);
      expect([name, overTheWire(result)]).toEqual([name, JSON.parse(JSON.stringify(result ?? null))]);
    }
  });

  test('a problem the user can act on reaches the sidebar as its sentence, in the language asked for', () => {
    const addon = loadAddon();
    addon.fake.addSheet('Kosong', [['catatan']]);
    const grid = { sheetName: 'Kosong', values: [['catatan']] };
    expect(() => addon.call('rbValidate', 'id')).toThrow(new Error(sentence(() => activeMatrix(grid), 'id')));
    expect(() => addon.call('rbPreviewFixes', 'en')).toThrow(new Error(sentence(() => activeMatrix(grid), 'en')));
    expect(() => addon.call('rbSummarise', { year: 'tahun ini', quarter: 2, lang: 'id' })).toThrow('Tahun “tahun ini” tidak dikenal; isi tahun seperti 2023.');
    expect(() => addon.call('rbSummarise', { year: 2023, quarter: 5, lang: 'en' })).toThrow('Unknown quarter “5”; choose TW I–IV.');
    expect(addon.logs).toEqual([]); // user problems are not logged as errors
  });

  test('any other failure says nothing was changed, gives the cause, and is logged', () => {
    const { addon } = withMatrix(realisasi);
    addon.fake.spreadsheet.insertSheet = () => addon.fake.fail('Service Spreadsheets failed while accessing document.');
    expect(() => addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' })).toThrow(
      'Terjadi kesalahan dan tidak ada yang diubah: Service Spreadsheets failed while accessing document.',
    );
    expect(addon.logs.join('\n')).toContain('Service Spreadsheets failed');
  });
});

describe('selecting a cell and the language', () => {
  test('a finding’s cell is selected on its sheet', () => {
    const { addon } = withMatrix(faithful);
    addon.fake.addSheet('Lain', [['x']]);
    addon.fake.spreadsheet.active = addon.fake.sheet('Lain');
    expect(addon.call('rbSelectCell', 'Lampiran II', 'N19')).toBeUndefined();
    expect(addon.fake.spreadsheet.active.name).toBe('Lampiran II');
    expect(addon.fake.spreadsheet.activeRange).toBe('N19');
    // A run of findings reported over a range is selected whole (issue 15, item 7).
    addon.call('rbSelectCell', 'Lampiran II', 'A7:A9');
    expect(addon.fake.spreadsheet.activeRange).toBe('A7:A9');
  });

  test('an unknown sheet or address is a sentence, not a crash', () => {
    const { addon } = withMatrix(faithful, { userLocale: 'en_US' });
    expect(() => addon.call('rbSelectCell', 'Dihapus', 'A1')).toThrow('Sheet “Dihapus” was not found; it may have been renamed. Check the matrix again.');
    expect(() => addon.call('rbSelectCell', 'Lampiran II', 'N0')).toThrow('Unknown cell address “N0”.');
  });

  test.each([
    ['en', 'en'],
    ['en_GB', 'en'],
    ['id', 'id'],
    ['id_ID', 'id'],
    ['fr_FR', 'id'],
    ['', 'id'],
  ])('locale %s → %s', (locale, lang) => {
    expect(loadAddon({ userLocale: locale }).call('rbLanguage')).toBe(lang);
  });
});
