/**
 * Each action of the built script costs a fixed number of Apps Script calls, whatever the size of
 * the matrix: the same for 10 and for 10,000 outputs (generated matrices with planted problems and
 * realisation columns). Applying fixes too: one `setValues` over the box of the changed cells,
 * however many distinct values they get (it used to be two calls per distinct value: 8, 16, 62, 162
 * calls at 10, 1,000, 10,000 and 30,000 outputs).
 */
import { loadAddon, type LoadedAddon } from './loadAddon';
import { addGrid, generated } from './workbooks';

type Action = 'validate' | 'clear' | 'preview' | 'apply' | 'summarise';
interface Measured {
  calls: Record<string, Record<string, number>>;
  /** Calls that touch no document (builders, coordinate getters), per action. */
  local: Record<string, Record<string, number>>;
  totals: Record<Action, number>;
  distinctFixValues: number;
  highlighted: number;
  fixes: number;
  summaryRows: number;
}

function measure(outputs: number): Measured {
  const addon: LoadedAddon = loadAddon();
  addGrid(addon.fake, generated(outputs));
  addon.setNow(new Date(2023, 6, 20, 10).getTime());
  const calls: Measured['calls'] = {};
  const local: Measured['local'] = {};
  const totals = {} as Record<Action, number>;
  const run = <T>(action: Action, body: () => T): T => {
    addon.fake.log.reset();
    const result = body();
    calls[action] = addon.fake.log.snapshot();
    local[action] = Object.fromEntries(addon.fake.log.local);
    totals[action] = addon.fake.log.total();
    return result;
  };
  const checked = run('validate', () => addon.call('rbValidate', 'id'));
  run('clear', () => addon.call('rbClearHighlights', 'id'));
  run('preview', () => addon.call('rbPreviewFixes', 'id'));
  const applied = run('apply', () => addon.call('rbApplyFixes', 'id'));
  const summary = run('summarise', () => addon.call('rbSummarise', { year: 2023, quarter: 2, lang: 'id' }));
  const distinct = new Set(applied.changes.map((c: { value: unknown }) => JSON.stringify(c.value))).size;
  return {
    calls,
    local,
    totals,
    distinctFixValues: distinct,
    highlighted: checked.highlighted,
    fixes: applied.changes.length,
    summaryRows: addon.fake.sheet(summary.sheetName).maxRows,
  };
}

let small: Measured;
let large: Measured;

beforeAll(() => {
  small = measure(10);
  large = measure(10000);
  const line = (m: Measured, n: number) =>
    `${String(n).padStart(6)} outputs: validate ${m.totals.validate}, clear ${m.totals.clear}, preview ${m.totals.preview}, apply ${m.totals.apply} (${m.fixes} cells, ${m.distinctFixValues} distinct values), summarise ${m.totals.summarise} (${m.summaryRows} rows); ${m.highlighted} cells highlighted`;
  console.log(`Apps Script calls per action\n${line(small, 10)}\n${line(large, 10000)}\nvalidate: ${JSON.stringify(large.calls.validate)}\nsummarise: ${JSON.stringify(large.calls.summarise)}`);
});

test('the large matrix really is large: hundreds of highlighted cells and fixes, a summary past 1,000 rows', () => {
  expect(large.highlighted).toBeGreaterThan(500);
  expect(large.fixes).toBeGreaterThan(300);
  expect(large.summaryRows).toBeGreaterThan(10000);
  expect(small.highlighted).toBeLessThan(10);
});

/** The new summary sheet is sized in one call: rows added past 1,000 (large) or the empty ones removed (small). */
function sizingAsOne(calls: Record<string, number>): Record<string, number> {
  const out = { ...calls };
  const resize = (out['Sheet.insertRowsAfter'] ?? 0) + (out['Sheet.deleteRows'] ?? 0);
  delete out['Sheet.insertRowsAfter'];
  delete out['Sheet.deleteRows'];
  if (resize) out['Sheet.(rows sized)'] = resize;
  return out;
}

test.each(['validate', 'clear', 'preview', 'apply', 'summarise'] as const)('%s: the same calls, one by one, for 10 and 10,000 outputs', (action) => {
  expect(sizingAsOne(large.calls[action])).toEqual(sizingAsOne(small.calls[action]));
  expect(large.totals[action]).toBe(small.totals[action]);
});

test('validate reads the sheet once and writes once', () => {
  const v = large.calls.validate;
  for (const read of ['Range.getValues', 'Range.getNumberFormats', 'Range.getMergedRanges', 'Range.getBackgrounds', 'Properties.getProperties']) expect(v[read]).toBe(1);
  expect(v['Range.setBackgrounds']).toBe(1);
  expect(v['Properties.setProperties']).toBe(1);
  expect(v['Lock.tryLock']).toBe(1);
  expect(v['Lock.releaseLock']).toBe(1);
  // 17 before issue 12; 2 more to look for the column-map sheet (RB Matrix).
  expect(large.totals.validate).toBeLessThanOrEqual(19);
});

test('the summary is written in one call per kind of formatting', () => {
  const s = large.calls.summarise;
  for (const write of ['Range.setValues', 'Range.setBackgrounds', 'Range.setFontWeights', 'Range.setFontColors', 'Range.setNumberFormats', 'Range.setWraps', 'RangeList.setBorder', 'Spreadsheet.insertSheet']) expect(s[write]).toBe(1);
  // Two charts (issue 16): each one newChart, a range for its categories and each series, one insertChart; their builders' calls are local.
  expect([s['Sheet.newChart'], s['Sheet.insertChart']]).toEqual([2, 2]);
  expect(large.local.summarise['EmbeddedChartBuilder.build']).toBe(2);
  // 65 before issue 16 (64, and one more column width for issue 13's Progres and Catatan Evaluator);
  // 12 more for the two charts and the title line of their data; 4 more for who has reported (issue 17:
  // the title line of its table and the agenda's line, each a range and a merge).
  expect(large.totals.summarise).toBeLessThanOrEqual(81);
});

test('applying fixes reads as the preview does, reads the box once more and writes it once, whatever the distinct values', () => {
  expect(large.distinctFixValues).toBeGreaterThan(20);
  for (const m of [small, large]) {
    const a = m.calls.apply;
    expect(a['Range.setValues']).toBe(1);
    expect(a['Sheet.getRangeList']).toBeUndefined();
    for (const read of ['Range.getFormulas', 'Range.getRichTextValues']) expect(a[read]).toBe(1);
    expect(a['Range.getValues']).toBe(2); // the sheet, then the box just before writing
    expect(m.totals.apply).toBe(m.totals.preview + 6);
  }
});
