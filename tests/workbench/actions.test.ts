import { validateGrid } from '../../core';
import { activeMatrix, checkSummaryRequest, errorText, literalText, literalValue, planFixes, summaryPass, UserError, validationPass } from '../../core/workbench';
import { placement } from '../../core/plan/placement';
import { applyEdits } from '../helpers/applyEdits';
import * as path from 'node:path';
import { readWorkbook } from '../../cli/readWorkbook';
import { HEAD_COLUMNS, HEAD_ROWS, indicatorSheetName } from '../../core/workbench';
import { general, gRow } from '../core/helpers';

describe('certain fixes', () => {
  it('lists each edit with the cell’s text before, and applying them leaves no fixable finding', () => {
    const grid = general([gRow({ keterangan: 'rutin' }), gRow({ tw1: 2, total: '' })]);
    const { report } = validateGrid(grid);
    const { changes, skipped } = planFixes(grid, report.findings);
    expect(skipped).toBe(0);
    expect(changes.map((c) => [c.cell, c.before, c.value])).toEqual([
      ['P4', 'rutin', 'Rutin'],
      ['L5', '', 2],
    ]);
    const after = validateGrid(applyEdits(grid, changes)).report.findings;
    expect(after.filter((f) => f.fix)).toEqual([]);
  });

  it('leaves out a fix that would write a cell another fix writes', () => {
    const grid = general([gRow({ keterangan: 'rutin' })]);
    const { report } = validateGrid(grid);
    const twice = [...report.findings, ...report.findings];
    expect(planFixes(grid, twice)).toMatchObject({ skipped: 1 });
  });
});

describe('the active sheet', () => {
  it('says which sheet holds no matrix, in both languages', () => {
    const grid = { sheetName: 'Catatan', values: [['rapat pokja'], ['notulen']] };
    expect(() => activeMatrix(grid)).toThrow(UserError);
    try {
      validationPass(grid, 'id');
    } catch (e) {
      expect(errorText(e, 'id')).toContain('Catatan');
      expect(errorText(e, 'en')).toMatch(/^No action-plan matrix/);
    }
  });

  it('refuses to read a summary sheet as a matrix', () => {
    const { plan } = summaryPass(general([gRow()]), { year: 2023, quarter: 1, lang: 'id' }, new Date(2023, 3, 2));
    const values: (string | null)[][] = [];
    for (const c of plan.cells) {
      values[c.row] ??= [];
      values[c.row][c.column] = c.value.kind === 'text' ? c.value.text : null;
    }
    expect(() => activeMatrix({ sheetName: plan.sheetName, values })).toThrow(/ringkasan buatan RB Matrix/);
  });
});

describe('summary placement', () => {
  const { plan, outcome } = summaryPass(general([gRow()]), { year: 2023, quarter: 1, lang: 'id' }, new Date(2023, 3, 2));

  it('names the sheet for the period and counts the outputs', () => {
    expect(plan.sheetName).toBe('Ringkasan TW I 2023');
    expect(outcome).toMatchObject({ sheetName: 'Ringkasan TW I 2023', period: 'TW I 2023', matrixSheet: 'RB General', noRealisation: true });
    expect(outcome.totals.outputs).toBe(1);
  });

  it('creates, replaces its own sheet, and never takes a user’s sheet', () => {
    expect(placement(plan, undefined)).toBe('create');
    expect(placement(plan, { name: plan.sheetName, signatureText: plan.signature.text })).toBe('replace');
    expect(() => placement(plan, { name: 'ringkasan tw i 2023', signatureText: 'catatan saya' })).toThrow(/bukan buatan RB Matrix/);
    // A near miss is no signature: a sheet is replaced only when it says exactly what RB Matrix writes.
    expect(() => placement(plan, { name: plan.sheetName, signatureText: `${plan.signature.text} ` })).toThrow(/bukan buatan RB Matrix/);
  });

  it('refuses a sheet name no host accepts, with a sentence', () => {
    for (const sheetName of ['a/b', 'x'.repeat(32), '   ', "'kutip", 'History']) {
      expect(() => placement({ ...plan, sheetName }, undefined)).toThrow(/Nama sheet .* tidak sah/);
    }
  });

  it('checks the period asked for', () => {
    expect(checkSummaryRequest({ year: '2024', quarter: '3' })).toEqual({ year: 2024, quarter: 3, wholeYear: false });
    // The year's summary looks at the year's end, whatever quarter came with it; only a real `true` asks for it.
    expect(checkSummaryRequest({ year: 2024, quarter: 'tahun', wholeYear: true })).toEqual({ year: 2024, quarter: 4, wholeYear: true });
    expect(checkSummaryRequest({ year: 2024, quarter: 2, wholeYear: 'yes' })).toEqual({ year: 2024, quarter: 2, wholeYear: false });
    expect(() => checkSummaryRequest({ year: 'x', quarter: 1 })).toThrow(UserError);
    expect(() => checkSummaryRequest({ year: 2024, quarter: 5 })).toThrow(/TW I–IV/);
  });
});

describe('literal values', () => {
  it('hands every text over with a quote prefix, so no host reads it as a formula, number, date or boolean', () => {
    for (const text of ['=HYPERLINK("x")', '+62 21', '- Menyusun SOTK', '@user', '100%', '3,7', '1/2/2023', 'TRUE', 'Menyusun']) expect(literalText(text)).toBe(`'${text}`);
    expect(literalText('')).toBe('');
  });

  it('leaves texts alone in a cell formatted as text, and numbers and blanks as they are', () => {
    expect(literalText('=1+1', '@')).toBe('=1+1');
    expect(literalValue(3, 'General')).toBe(3);
    expect(literalValue(null)).toBe('');
    expect(literalValue('Rutin')).toBe("'Rutin");
  });
});

describe('the indicator table of the workbook', () => {
  const head = (g: import('../../core').Grid) => ({ sheetName: g.sheetName, values: g.values.slice(0, HEAD_ROWS).map((r) => (r ?? []).slice(0, HEAD_COLUMNS)) });

  it('is found from the first rows of the other sheets, skipping notes and RB Matrix summaries', async () => {
    const [tabel] = await readWorkbook(path.join(__dirname, '../fixtures/tabel-4.xlsx'));
    const notes = { sheetName: 'Catatan', values: [['notulen rapat pokja']] };
    const summary = { sheetName: 'Ringkasan TW I 2023', values: [['RINGKASAN'], [''], ['Ringkasan ini dibuat oleh RB Matrix']] };
    expect(indicatorSheetName([notes, summary, head(tabel)])).toBe('Tabel 4');
    expect(indicatorSheetName([notes, summary])).toBeUndefined();
  });

  it('goes into the summary; a matrix that is itself an indicator table gets none added', async () => {
    const [tabel] = await readWorkbook(path.join(__dirname, '../fixtures/tabel-4-clean.xlsx'));
    const request = { year: 2023, quarter: 2 as const, lang: 'id' as const };
    const withTable = summaryPass(general([gRow()]), request, new Date(2023, 6, 2), tabel);
    expect(withTable.outcome.indicatorSheet).toBe('Tabel 4');
    expect(withTable.plan.cells.some((c) => c.value.kind === 'text' && c.value.text === 'Indikator (sheet “Tabel 4”)')).toBe(true);
    expect(summaryPass(tabel, request, new Date(2023, 6, 2), tabel).outcome.indicatorSheet).toBeUndefined();
    expect(summaryPass(general([gRow()]), request, new Date(2023, 6, 2), general([gRow()])).outcome.indicatorSheet).toBeUndefined();
  });
});
