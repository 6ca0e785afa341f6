/** What a fake sheet holds beside its cells, as plain data: validations by area, conditional format rules, charts. */
import { a1, type FakeRange, type FakeSheet } from './fakeAppsScript';

const rangeName = (r: FakeRange) => `${r.sheet.name}!${a1(r.box)}`;
const plain = (v: unknown): unknown => (v && typeof v === 'object' && 'box' in v && 'sheet' in v ? rangeName(v as FakeRange) : Array.isArray(v) ? v.map(plain) : v);

export function itemsOf(sheet: FakeSheet) {
  // Each rule object covers a rectangle of cells: its area is their bounding box, checked to be full.
  const byRule = new Map<object, { top: number; left: number; bottom: number; right: number; cells: number }>();
  const { rows, columns } = { rows: sheet.maxRows, columns: sheet.maxColumns };
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const rule = sheet.peekAt(r, c).validation;
      if (!rule) continue;
      const box = byRule.get(rule) ?? { top: r, left: c, bottom: r, right: c, cells: 0 };
      byRule.set(rule, { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c), cells: box.cells + 1 });
    }
  }
  const validations = [...byRule].map(([rule, box]) => {
    const v = rule as { criterion: string; values: unknown[]; helpText: string; allowInvalid: boolean };
    const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    return { range: a1(box), whole: area === box.cells, criterion: v.criterion, values: v.values.map(plain), helpText: v.helpText, allowInvalid: v.allowInvalid };
  });
  validations.sort((a, b) => a.range.localeCompare(b.range, 'en', { numeric: true }));
  return {
    validations,
    conditionalFormats: sheet.conditionalFormatRules.map((r) => ({ condition: r.condition, values: r.values, look: r.look, ranges: r.ranges.map(rangeName) })),
    charts: sheet.charts.map((c) => ({ type: c.type, ranges: c.ranges.map(rangeName), options: c.options, colors: c.colors, stacked: c.stacked, position: c.position, mergeStrategy: c.mergeStrategy, transpose: c.transpose, numHeaders: c.numHeaders })),
  };
}
