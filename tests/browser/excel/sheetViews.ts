/** Plain views of a fake sheet that cross page.evaluate: filled cells, contents (formulas marked), charts as drawn, column widths. */
import { colLetters, parseRect, type FakeRef, type FakeSheet } from '../../excel/fakeExcel';
import type { ChartView } from '../summaryPicture';

function address(key: number): string {
  return `${colLetters(key % 16384)}${Math.floor(key / 16384) + 1}`;
}

export function fillsOf(sheet: FakeSheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of sheet.cells) if (c.fill !== null) out[address(k)] = c.fill;
  return out;
}

/** Each non-empty cell: its value, or `{ formula }` for a formula cell. */
export function contentsOf(sheet: FakeSheet): Record<string, string | number | boolean | { formula: string }> {
  const out: Record<string, string | number | boolean | { formula: string }> = {};
  for (const [k, c] of sheet.cells) {
    if (c.formula !== undefined) out[address(k)] = { formula: c.formula };
    else if (c.value !== null) out[address(k)] = c.value;
  }
  return out;
}

const KIND: Record<string, ChartView['kind']> = { BarClustered: 'bar', ColumnClustered: 'column', BarStacked: 'stackedBar', ColumnStacked: 'stackedColumn', Doughnut: 'doughnut' };

/** Each chart as drawn: its kind, title, the values its series read from their sheet, colours, anchor and size in pixels. */
export function chartsOf(sheet: FakeSheet): ChartView[] {
  const read = (ref: FakeRef | undefined) => {
    const out: (string | number | boolean)[] = [];
    if (ref) for (let r = ref.rect.top; r <= ref.rect.bottom; r++) for (let c = ref.rect.left; c <= ref.rect.right; c++) out.push(ref.sheet.shown(r, c));
    return out;
  };
  return sheet.charts.map((chart) => {
    const start = parseRect(chart.position?.start ?? 'A1');
    return {
      kind: KIND[chart.type],
      title: chart.title.text ?? '',
      categories: read(chart.series[0]?.xValues).map(String),
      series: chart.series.map((s) => ({
        name: s.name,
        values: read(s.values).map((v) => (typeof v === 'number' ? v : null)),
        ...(s.fill && { colour: s.fill }),
        ...(s.points.size > 0 && { pointColours: Array.from({ length: s.points.size }, (_, i) => s.points.get(i)!) }),
      })),
      row: start.top,
      column: start.left,
      offsetY: 0,
      width: Math.round(((chart.width ?? 360) * 4) / 3),
      height: Math.round(((chart.height ?? 216) * 4) / 3),
    };
  });
}

/** Column widths in pixels (Excel keeps points), by column from A. */
export function widthsOf(sheet: FakeSheet): number[] {
  const last = Math.max(-1, ...sheet.columnWidths.keys());
  return Array.from({ length: last + 1 }, (_, c) => Math.round(((sheet.columnWidths.get(c) ?? 48) * 4) / 3));
}

/** Row heights in pixels (Excel keeps points), by row from 1; null where the sheet sets none. */
export function heightsOf(sheet: FakeSheet): (number | null)[] {
  const last = Math.max(-1, ...sheet.rowHeights.keys());
  return Array.from({ length: last + 1 }, (_, r) => (sheet.rowHeights.has(r) ? Math.round((sheet.rowHeights.get(r)! * 4) / 3) : null));
}
