/** The resolved Plan (core/plan/resolvePlan.ts): the rules every writer used to re-implement, decided once. */
import { resolvePlan } from '../../core/plan/resolvePlan';
import { summaryPass } from '../../core/workbench/summaryPass';
import { general, gRow } from './helpers';
import { plan, SIGNATURE, text } from '../helpers/plan';

test('a later cell for the same position wins, value and look; each position appears once, row by row', () => {
  const r = resolvePlan(plan([text(2, 1, 'lama', { fill: '#FF0000' }), text(1, 3, 'b'), text(2, 1, 'baru', { font: { bold: true } }), text(1, 0, 'a')]));
  expect(r.cells.map((c) => [c.row, c.column, c.value])).toEqual([
    [0, 0, { kind: 'text', text: SIGNATURE }],
    [1, 0, { kind: 'text', text: 'a' }],
    [1, 3, { kind: 'text', text: 'b' }],
    [2, 1, { kind: 'text', text: 'baru' }],
  ]);
  expect(r.styles[r.cells[3].style]).toEqual({ font: { bold: true } });
});

test('a merged area takes its top-left look, except the cells the plan styles itself; a one-cell merge is no merge', () => {
  const r = resolvePlan(
    plan([text(1, 0, 'judul', { fill: '#ddebf7', border: true }), { row: 2, column: 1, value: { kind: 'blank' }, fill: '#FFC7CE' }], {
      merges: [
        { top: 1, left: 0, bottom: 2, right: 2 },
        { top: 4, left: 4, bottom: 4, right: 4 },
      ],
    }),
  );
  expect(r.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 2 }]);
  const look = (row: number, column: number) => r.styles[r.cells.find((c) => c.row === row && c.column === column)!.style];
  for (const [row, column] of [[1, 1], [1, 2], [2, 0], [2, 2]]) {
    expect(look(row, column)).toEqual({ fill: '#DDEBF7', border: true });
    expect(r.cells.find((c) => c.row === row && c.column === column)!.value).toEqual({ kind: 'blank' });
  }
  expect(look(2, 1)).toEqual({ fill: '#FFC7CE' });
});

test('wrapped text reads from the top unless the plan says otherwise; colours are upper case', () => {
  const r = resolvePlan(plan([text(1, 0, 'a', { wrap: true }), text(1, 1, 'b', { wrap: true, vertical: 'middle' }), text(1, 2, 'c', { font: { color: '#9c0006' } })]));
  expect(r.cells.slice(1).map((c) => r.styles[c.style])).toEqual([{ vertical: 'top', wrap: true }, { vertical: 'middle', wrap: true }, { font: { color: '#9C0006' } }]);
});

test('equal looks are one style, however the plan spells them; the plain look is styles[0]', () => {
  const r = resolvePlan(plan([text(1, 0, 'a', { fill: '#c6efce' }), text(2, 0, 'b', { fill: '#C6EFCE' }), text(3, 0, 'c', { fill: '#C6EFCE', font: {} })]));
  expect(r.styles).toEqual([{}, { fill: '#C6EFCE' }]);
  expect(r.cells.map((c) => c.style)).toEqual([0, 1, 1, 1]);
});

test('bounds hold every cell, merge, width, height and frozen row; widths and heights that set nothing are left out', () => {
  const r = resolvePlan(plan([text(1, 1, 'x')], { merges: [{ top: 2, left: 0, bottom: 3, right: 4 }], columnWidths: [10, 0, 12, 0, 0, 0, 8], rowHeights: [undefined, 30, undefined, undefined, undefined, 45], frozenRows: 2 }));
  expect(r.bounds).toEqual({ rows: 6, columns: 7 });
  expect(r.columnWidths).toEqual([{ first: 0, last: 0, width: 10 }, { first: 2, last: 2, width: 12 }, { first: 6, last: 6, width: 8 }]);
  // Neighbouring columns of one width are one run, set in one call.
  expect(resolvePlan(plan([], { columnWidths: [13, 13, 13, 16, 13] })).columnWidths).toEqual([{ first: 0, last: 2, width: 13 }, { first: 3, last: 3, width: 16 }, { first: 4, last: 4, width: 13 }]);
  expect(r.rowHeights).toEqual([{ row: 1, height: 30 }, { row: 5, height: 45 }]);
});

test('the plan is checked first: no writer can skip checkPlan', () => {
  expect(() => resolvePlan(plan([text(1, 0, 'x', { fill: 'red' })]))).toThrow(/colour “red”/);
  expect(() => resolvePlan({ ...plan([]), cells: [] })).toThrow(/must hold the signature/);
  expect(() => resolvePlan(plan([], { rowHeights: [Number.NaN] }))).toThrow(/row 1 height/);
});

test('a summary resolves to few styles: one per look, whatever the number of rows', () => {
  const rows = Array.from({ length: 60 }, () => gRow());
  const { plan: summary } = summaryPass(general(rows), { year: 2023, quarter: 2, lang: 'id' }, new Date(2023, 6, 2));
  const r = resolvePlan(summary);
  expect(r.cells.length).toBeGreaterThan(60 * 11);
  expect(r.styles.length).toBeLessThan(30);
  expect(new Set(r.cells.map((c) => `${c.row}:${c.column}`)).size).toBe(r.cells.length);
});
