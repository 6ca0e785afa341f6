/**
 * The Sheets writer of a plan's charts (core/plan/chart.ts): `sheet.newChart()` as a bar, column or
 * pie chart, the categories' range then each series', options for the title, legend, axes, size and
 * the doughnut's hole, `setColors` for the series (or a doughnut's slices), then `insertChart`.
 * (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder; the options are
 * Google Charts' configuration options, which the builders' pages point to.)
 *
 * Sizes and offsets: points become pixels (4/3); the anchor cell is 1-based. The ranges hold no header row
 * (`setNumHeaders(0)`): series are named in the legend by `series.N.labelInLegend`.
 */
import type { ResolvedChart } from '../../core/plan/resolvePlan';
import { rangeOf } from './validationWriter';

const pixels = (points: number) => Math.round((points * 4) / 3);

export function writeCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, charts: readonly ResolvedChart[]): void {
  for (const c of charts) {
    const builder = sheet.newChart();
    const b = c.plot.type === 'doughnut' ? builder.asPieChart() : c.plot.direction === 'bar' ? builder.asBarChart() : builder.asColumnChart();
    b.addRange(rangeOf(sheet, c.categories.area));
    for (const s of c.series) b.addRange(rangeOf(sheet, s.values));
    // Series down columns are merged side by side; series along rows are stacked, then turned into columns.
    b.setMergeStrategy(c.seriesBy === 'columns' ? Charts.ChartMergeStrategy.MERGE_COLUMNS : Charts.ChartMergeStrategy.MERGE_ROWS);
    if (c.seriesBy === 'rows') b.setTransposeRowsAndColumns(true);
    b.setNumHeaders(0);
    // The planned cell and the distance below it: Sheets fits wrapped rows itself, so a row below the cell may not be where the plan's heights put it.
    b.setPosition(c.anchor.row + 1, c.anchor.column + 1, 0, pixels(c.anchor.offsetY));
    b.setOption('title', c.title);
    b.setOption('titleTextStyle', { fontSize: c.fontSize.title });
    b.setOption('legend', { position: c.legend, textStyle: { fontSize: c.fontSize.text } });
    b.setOption('width', pixels(c.width));
    b.setOption('height', pixels(c.height));
    if (c.plot.type === 'doughnut') {
      b.setOption('pieHole', c.plot.holeSize / 100);
      if (c.percentLabels) b.setOption('pieSliceText', 'percentage');
      if (c.series[0].pointColours) (b as GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder).setColors(c.series[0].pointColours);
    } else {
      const bars = b as GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
      b.setOption('series', Object.fromEntries(c.series.map((s, i) => [i, { labelInLegend: s.name }])));
      if (c.series.every((s) => s.colour !== undefined)) bars.setColors(c.series.map((s) => s.colour!));
      if (c.plot.grouping === 'stacked') bars.setStacked();
      // The value axis runs across a bar chart (hAxis) and up a column chart (vAxis).
      const [values, categories] = c.plot.direction === 'bar' ? ['hAxis', 'vAxis'] : ['vAxis', 'hAxis'];
      b.setOption(values, { viewWindow: { min: c.valueAxis!.min }, textStyle: { fontSize: c.fontSize.text }, ...(c.valueAxis!.format !== undefined && { format: c.valueAxis!.format }) });
      b.setOption(categories, { textStyle: { fontSize: c.fontSize.text } });
    }
    sheet.insertChart(b.build());
  }
}
