/**
 * The Excel writer of a plan's charts (core/plan/chart.ts), queued on the plan's WriteBatch:
 * `worksheet.charts.add(type, firstSeries, seriesBy)`, the first series named and given its
 * categories, the others added with `series.add` + `setValues`/`setXAxisValues` (ExcelApi 1.7), colours
 * per series or per slice, the title, legend and axes, then its cell (`setPosition`) and size in points.
 * (learn.microsoft.com/javascript/api/excel/excel.chartcollection, excel.chart, excel.chartseries)
 */
import type { PlanArea } from '../core/plan/area';
import type { ChartKind } from '../core/plan/chart';
import type { ResolvedChart } from '../core/plan/resolvePlan';
import { columnLetter } from '../core/grid';
import { jsonBytes, OPERATION_BYTES, type WriteBatch } from './payload';

const TYPE: Record<ChartKind, string> = { bar: 'BarClustered', column: 'ColumnClustered', stackedBar: 'BarStacked', stackedColumn: 'ColumnStacked', doughnut: 'Doughnut' };

/** Queues every chart of the plan on `sheet`. */
export async function writeCharts(sheet: Excel.Worksheet, charts: readonly ResolvedChart[], batch: WriteBatch): Promise<void> {
  const range = (a: PlanArea) => sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
  for (const c of charts) {
    await batch.room(jsonBytes(c) + (20 + 6 * c.series.length + (c.series[0].pointColours?.length ?? 0)) * OPERATION_BYTES);
    const [first, ...rest] = c.series;
    const chart = sheet.charts.add(TYPE[c.kind] as Excel.ChartType, range(first.values), c.seriesBy === 'columns' ? 'Columns' : 'Rows');
    const categories = range(c.categories.area);
    const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
    c.series.forEach((s, i) => {
      const item = series[i];
      if (i === 0) item.name = s.name;
      else item.setValues(range(s.values));
      item.setXAxisValues(categories);
      if (s.colour !== undefined) item.format.fill.setSolidColor(s.colour);
      s.pointColours?.forEach((colour, p) => item.points.getItemAt(p).format.fill.setSolidColor(colour));
    });
    chart.title.text = c.title;
    chart.title.format.font.size = c.fontSize.title;
    chart.legend.position = 'Bottom';
    chart.legend.format.font.size = c.fontSize.text;
    if (c.plot.type === 'doughnut') {
      series[0].doughnutHoleSize = c.plot.holeSize;
      series[0].hasDataLabels = c.percentLabels;
      series[0].dataLabels.showValue = false;
      series[0].dataLabels.showPercentage = c.percentLabels;
      series[0].dataLabels.format.font.size = c.fontSize.text;
    }
    if (c.valueAxis) {
      const { valueAxis, categoryAxis } = chart.axes;
      valueAxis.minimum = c.valueAxis.min;
      if (c.valueAxis.format !== undefined) valueAxis.numberFormat = c.valueAxis.format;
      valueAxis.format.font.size = c.fontSize.text;
      categoryAxis.format.font.size = c.fontSize.text;
      if (c.categoriesTopDown) categoryAxis.reversePlotOrder = true;
    }
    // setPosition takes a cell: the one the corner falls in at the plan's row heights (Excel takes them all),
    // the next one down when the corner falls inside it, so charts stacked under each other never overlap.
    // Without an end cell the chart keeps its size, which is set next.
    chart.setPosition(`${columnLetter(c.from.column + 1)}${c.from.row + (c.from.rowOffset > 0 ? 2 : 1)}`);
    chart.width = c.width;
    chart.height = c.height;
  }
}
