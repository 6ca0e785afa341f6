/** The charts of a fake Sheets sheet as drawn (tests/browser/summaryPicture.ts): kind, title, the values their ranges read, colours, anchor and size. */
import type { FakeRange, FakeSheet } from '../../sheets/fakeAppsScript';
import type { ChartView } from '../summaryPicture';

function read(range: FakeRange): (string | number | boolean | Date)[] {
  const out: (string | number | boolean | Date)[] = [];
  for (let r = range.box.top; r <= range.box.bottom; r++) for (let c = range.box.left; c <= range.box.right; c++) out.push(range.sheet.peekAt(r, c).value);
  return out;
}

export function chartsOf(sheet: FakeSheet): ChartView[] {
  return sheet.charts.map((chart) => {
    const [categories, ...series] = chart.ranges;
    const pie = chart.type === 'PIE';
    const names = (chart.options.series ?? {}) as Record<number, { labelInLegend?: string }>;
    const kind: ChartView['kind'] = pie ? 'doughnut' : chart.type === 'BAR' ? (chart.stacked ? 'stackedBar' : 'bar') : chart.stacked ? 'stackedColumn' : 'column';
    return {
      kind,
      title: String(chart.options.title ?? ''),
      categories: read(categories).map(String),
      series: series.map((range, i) => ({
        name: names[i]?.labelInLegend ?? '',
        values: read(range).map((v) => (typeof v === 'number' ? v : null)),
        ...(!pie && chart.colors && { colour: chart.colors[i].toUpperCase() }),
        ...(pie && chart.colors && { pointColours: chart.colors.map((c) => c.toUpperCase()) }),
      })),
      row: chart.position.row - 1,
      column: chart.position.column - 1,
      offsetY: chart.position.offsetY,
      width: Number(chart.options.width),
      height: Number(chart.options.height),
    };
  });
}
