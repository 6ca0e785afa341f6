import { decodeMemory, encodeMemory, HIGHLIGHT, highlightTargets, planClear, planHighlight, type Fill } from '../../core/workbench';
import { fromRangeList, parseRange, rangeAddress, toRangeList } from '../../core/grid';
import type { Finding } from '../../core';

const finding = (cell: string, severity: Finding['severity']): Finding => ({ code: 'missing-value', severity, cell, row: 1, columnKey: '', message: '', params: {} });

describe('range lists', () => {
  it('joins vertical runs and equal neighbouring columns', () => {
    expect(toRangeList(['B3', 'B4', 'B5', 'C3', 'C4', 'C5', 'E9', 'B7'])).toEqual(['B3:C5', 'B7', 'E9']);
    expect(toRangeList([])).toEqual([]);
  });

  it('reads one range with $ signs and corners in any order, and writes it back', () => {
    expect(parseRange(' $B$3:$A$1 ')).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
    expect(rangeAddress(parseRange('AA10')!)).toBe('AA10');
    expect(rangeAddress({ top: 1, left: 1, bottom: 3, right: 2 })).toBe('A1:B3');
    expect(parseRange('Sheet1!A1')).toBeUndefined();
  });

  it('reads back every cell it wrote, and skips junk', () => {
    const cells = ['A1', 'A2', 'AA10', 'AB10', 'C5', 'C7'];
    expect(new Set(fromRangeList(toRangeList(cells)))).toEqual(new Set(cells));
    expect(fromRangeList(['nonsense', 'B2:A1'])).toEqual(['A1', 'A2', 'B1', 'B2']);
  });
});

describe('highlights', () => {
  it('paints each cell with its worst finding', () => {
    const targets = highlightTargets([finding('B3', 'info'), finding('B3', 'error'), finding('C4', 'warning')]);
    expect(targets).toEqual(new Map([['B3', HIGHLIGHT.error], ['C4', HIGHLIGHT.warning]]));
  });

  it('paints every cell of a run of findings reported over a range (issue 15, item 7)', () => {
    const run: Finding = { ...finding('A5', 'info'), range: 'A5:A8', count: 4 };
    const targets = highlightTargets([run, finding('A6', 'error')]);
    expect(targets).toEqual(new Map([['A5', HIGHLIGHT.info], ['A6', HIGHLIGHT.error], ['A7', HIGHLIGHT.info], ['A8', HIGHLIGHT.info]]));
  });

  it('remembers the fill before painting and gives it back on clear', () => {
    const targets = new Map([['B3', HIGHLIGHT.error], ['C4', HIGHLIGHT.info]]);
    const before = new Map<string, Fill>([['B3', '#FFFF00'], ['C4', null]]);
    const first = planHighlight(targets, before, undefined);
    expect(first.writes).toEqual([{ cell: 'B3', fill: HIGHLIGHT.error }, { cell: 'C4', fill: HIGHLIGHT.info }]);
    expect(first.remember).toEqual({ B3: '#FFFF00', C4: null });

    const painted = new Map<string, Fill>([['B3', HIGHLIGHT.error], ['C4', HIGHLIGHT.info]]);
    expect(planClear(painted, first.remember)).toEqual([{ cell: 'B3', fill: '#FFFF00' }, { cell: 'C4', fill: null }]);
  });

  it('checking again keeps the original fill, and gives back cells whose finding is gone', () => {
    const remembered = { B3: '#FFFF00', C4: null };
    const painted = new Map<string, Fill>([['B3', HIGHLIGHT.error], ['C4', HIGHLIGHT.info]]);
    const again = planHighlight(new Map([['B3', HIGHLIGHT.error]]), painted, remembered);
    expect(again.remember).toEqual({ B3: '#FFFF00' });
    expect(again.writes).toEqual([{ cell: 'C4', fill: null }]);
    expect(again.restored).toBe(1);
  });

  it('never undoes a fill the user painted over the highlight', () => {
    const remembered = { B3: '#FFFF00' };
    const repainted = new Map<string, Fill>([['B3', '#00FF00']]);
    expect(planClear(repainted, remembered)).toEqual([]);
    // And if the finding is still there, the user's fill is the one to give back later.
    expect(planHighlight(new Map([['B3', HIGHLIGHT.error]]), repainted, remembered).remember).toEqual({ B3: '#00FF00' });
  });

  it('stores the memory compactly and reads it back; junk reads as no memory', () => {
    const cells: Record<string, Fill> = {};
    for (let r = 10; r < 10010; r++) cells[`H${r}`] = null;
    cells.B3 = '#FFFF00';
    const text = encodeMemory({ Matriks: cells });
    expect(text.length).toBeLessThan(100);
    expect(decodeMemory(text)).toEqual({ Matriks: cells });
    expect(decodeMemory('{not json')).toEqual({});
    expect(decodeMemory('{"S":{"red":["A1"],"none":"A1"}}')).toEqual({ S: {} });
  });
});
