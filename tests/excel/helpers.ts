/** Shared by the Excel adapter tests: workbooks from grids, the bridge over them, sheet snapshots, plan checks. */
import type { Grid } from '../../core/grid';
import type { PlanArea } from '../../core/plan/area';
import type { Plan, PlanCell } from '../../core/plan/plan';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { ExcelBridge } from '../../excel-addin/excelBridge';
import { colLetters, FakeWorkbook, PAYLOAD_LIMIT, quoteSheet, rectAddress, refAddress, type FakeRef, type FakeSheet } from './fakeExcel';

/** The day the summaries of these tests are made on. */
export const MADE_ON = new Date(2023, 6, 5);

export function workbookOf(...grids: Grid[]): FakeWorkbook {
  return FakeWorkbook.of(...grids.map((g) => ({ name: g.sheetName, values: g.values, numberFormats: g.numberFormats, merges: g.merges })));
}

export function bridgeOver(wb: FakeWorkbook): ExcelBridge {
  return new ExcelBridge({ run: wb.run, displayLanguage: () => wb.displayLanguage, now: () => MADE_ON });
}

/** Every filled cell's fill, by address (a cell missing here has no fill). */
export function fillsOf(sheet: FakeSheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of sheet.cells) if (c.fill !== null) out[`${colLetters(k % 16384)}${Math.floor(k / 16384) + 1}`] = c.fill;
  return out;
}

/** Everything about a sheet, for "unchanged" checks. */
export function snapshot(sheet: FakeSheet): string {
  return JSON.stringify({
    name: sheet.name,
    cells: [...sheet.cells].filter(([, c]) => c.value !== null || c.formula || c.fill || c.numberFormat !== 'General'),
    merges: sheet.merges,
    widths: [...sheet.columnWidths],
    heights: [...sheet.rowHeights],
    frozen: sheet.frozenRows,
  });
}

/** Values (and formulas) of every stored cell, by address. */
export function contentsOf(sheet: FakeSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, c] of sheet.cells) if (c.value !== null || c.formula) out[`${colLetters(k % 16384)}${Math.floor(k / 16384) + 1}`] = c.formula ?? c.value;
  return out;
}

/** Round trips so far all within Excel on the web's limit either way. */
export function expectWithinLimits(wb: FakeWorkbook): void {
  for (const s of wb.syncs) {
    expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }
}

const EXCEL_H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const EXCEL_V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/**
 * The sheet holds exactly what the plan says, read the way the CLI writes it (cli/writePlan.ts):
 * the last cell of a position wins; a merged area's other cells take its top-left cell's look;
 * wrapped text is top-aligned unless the plan says otherwise; text is text, never a formula.
 */
export function expectSheetMatchesPlan(sheet: FakeSheet, plan: Plan): void {
  const last = new Map<string, PlanCell>();
  for (const c of plan.cells) last.set(`${c.row}:${c.column}`, c);
  const looks = new Map(last);
  for (const m of plan.merges) {
    const master = last.get(`${m.top}:${m.left}`)!;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (!looks.has(`${r}:${c}`)) looks.set(`${r}:${c}`, { ...master, row: r, column: c, value: { kind: 'blank' } });
  }
  const problems: string[] = [];
  const same = (where: string, what: string, got: unknown, want: unknown) => {
    if (problems.length < 20 && JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${where} ${what}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  };
  for (const p of looks.values()) {
    const cell = sheet.at(p.row, p.column);
    const where = `${colLetters(p.column)}${p.row + 1}`;
    const v = p.value;
    same(where, 'formula', cell.formula, undefined);
    // An empty text is an empty cell in Excel (writing '' clears a cell).
    same(where, 'value', cell.value, v.kind === 'text' ? (v.text === '' ? null : v.text) : v.kind === 'number' ? v.value : v.kind === 'blank' ? null : 'date');
    same(where, 'numberFormat', cell.numberFormat, p.numberFormat ?? 'General');
    same(where, 'fill', cell.fill, p.fill?.toUpperCase() ?? null);
    same(where, 'font', [cell.font.bold, cell.font.italic, cell.font.color, cell.font.size], [!!p.font?.bold, !!p.font?.italic, p.font?.color?.toUpperCase() ?? '#000000', p.font?.size ?? 11]);
    same(where, 'border', Object.values(cell.borders), [!!p.border, !!p.border, !!p.border, !!p.border]);
    // An empty cell shows no alignment: the writer may give an unaligned one its column's (planWriter.ts).
    if (p.horizontal || v.kind !== 'blank') same(where, 'horizontal', cell.horizontal, p.horizontal ? EXCEL_H[p.horizontal] : 'General');
    const vertical = p.vertical ?? (p.wrap ? 'top' : undefined);
    same(where, 'vertical', cell.vertical, vertical ? EXCEL_V[vertical] : 'Bottom');
    same(where, 'wrap', cell.wrap, !!p.wrap);
  }
  // Nothing else was written.
  for (const [k, c] of sheet.cells) {
    const key = `${Math.floor(k / 16384)}:${k % 16384}`;
    if (!looks.has(key) && (c.value !== null || c.fill !== null)) problems.push(`unplanned cell ${key}`);
  }
  same('sheet', 'merges', [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left), plan.merges.filter((m) => m.bottom > m.top || m.right > m.left).sort((a, b) => a.top - b.top || a.left - b.left));
  plan.columnWidths.forEach((w, i) => {
    if (w > 0) same(colLetters(i), 'width (points for characters)', sheet.columnWidths.get(i), Math.trunc(((256 * w + Math.trunc(128 / 7)) / 256) * 7) * 0.75);
  });
  plan.rowHeights?.forEach((h, i) => {
    if (h !== undefined) same(`row ${i + 1}`, 'height', sheet.rowHeights.get(i), h);
  });
  same('sheet', 'frozen rows', sheet.frozenRows, plan.frozenRows);
  expect(problems).toEqual([]);
}

/** A Range argument as its address (`'Ringkasan TW II 2023'!A5:A9`), anywhere in a plain copy of the fake's objects. */
function addressed(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && 'sheet' in v && 'rect' in v ? refAddress(v as FakeRef) : v instanceof Map ? Object.fromEntries(v) : v)));
}

/** The validations, conditional formats (highest priority first) and charts a sheet holds, ranges as addresses. */
export function itemsOf(sheet: FakeSheet) {
  return {
    validations: sheet.validations.map(({ rect, ...v }) => ({ range: rectAddress(rect), ...(addressed(v) as object) })),
    conditionalFormats: sheet.conditionalFormats.map(({ rect, ...f }) => ({ range: rectAddress(rect), ...f })),
    charts: sheet.charts.map((c) => addressed(c) as Record<string, any>),
  };
}

const EXCEL_CHART_TYPES = { bar: 'BarClustered', column: 'ColumnClustered', stackedBar: 'BarStacked', stackedColumn: 'ColumnStacked', doughnut: 'Doughnut' } as const;

/** The sheet's charts are the plan's, in order: type, title, series (values, categories, colours), cell and size. */
export function expectChartsMatchPlan(sheet: FakeSheet, plan: Plan): void {
  const at = (a: PlanArea) => `${quoteSheet(sheet.name)}!${rectAddress(a)}`;
  const want = resolvePlan(plan).charts.map((c) => ({
    type: EXCEL_CHART_TYPES[c.kind],
    title: c.title,
    series: c.series.map((s) => ({ name: s.name, values: at(s.values), xValues: at(c.categories.area), fill: s.colour, points: Object.fromEntries((s.pointColours ?? []).map((p, i) => [i, p])) })),
    // setPosition's cell: where the corner falls, or the next one down when it falls inside a row.
    start: `${colLetters(c.from.column)}${c.from.row + (c.from.rowOffset > 0 ? 2 : 1)}`,
    size: [c.width, c.height],
  }));
  const got = itemsOf(sheet).charts.map((c) => ({
    type: c.type,
    title: c.title.text,
    series: c.series.map((s: Record<string, any>) => ({ name: s.name, values: s.values, xValues: s.xValues, fill: s.fill, points: s.points })),
    start: c.position?.start,
    size: [c.width, c.height],
  }));
  expect(got).toEqual(want);
}
