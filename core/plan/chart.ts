/**
 * Charts as Plan items: a bar, column, stacked or doughnut chart over areas of the plan's own sheet,
 * anchored at a cell with a size in points. Checked and resolved here, once, for the three writers:
 * Office.js `worksheet.charts.add(…)`, Apps Script's `sheet.newChart()` builder with `insertChart`,
 * and the package writer's DrawingML (a `xdr:oneCellAnchor` in the sheet's drawing part and a
 * `c:chartSpace` part: ECMA-376 Part 1, 20.5 and 21.2), whose elements the resolved item carries.
 *
 * What both hosts' documented APIs can draw decides what a Plan may ask: bars are coloured per
 * series (Apps Script's builder has no per-bar colour: bars coloured by band are one series per band,
 * stacked), slices of a doughnut per point (`setColors` colours a pie's slices); no value labels on
 * bars, a share on each slice (Sheets' default for a pie, set explicitly elsewhere).
 */
import { isHexColour } from './colour';
import { checkArea, checkPosition, sheetRef, type PlanArea } from './area';

export type ChartKind = 'bar' | 'column' | 'stackedBar' | 'stackedColumn' | 'doughnut';
const KINDS: readonly ChartKind[] = ['bar', 'column', 'stackedBar', 'stackedColumn', 'doughnut'];

export interface PlanChartSeries {
  /** Shown in the legend. */
  name: string;
  /** One row or one column of the plan's sheet, as many cells as the categories. */
  values: PlanArea;
  /** `#RRGGBB`: the series' bars or columns. */
  colour?: string;
  /** `#RRGGBB` per point: the slices of a doughnut. */
  pointColours?: string[];
}

export interface PlanChart {
  kind: ChartKind;
  title: string;
  /** The category labels: one row or one column of the plan's sheet. */
  categories: PlanArea;
  series: PlanChartSeries[];
  /**
   * Where the chart's top-left corner is: a cell (0-based) and, for a chart standing below others, a
   * distance below that cell's top in points (charts stacked from one cell stay apart whatever
   * heights a host gives the rows between).
   */
  anchor: { row: number; column: number; offsetY?: number };
  /** Points. */
  width: number;
  height: number;
  /** An Excel number format for the value axis of a bar or column chart (`0%`, `0`). */
  valueFormat?: string;
  /** Points: the title and every other text (Excel's own 14 and 10 when absent). */
  fontSize?: { title: number; text: number };
}

export interface ResolvedChartSeries {
  name: string;
  values: PlanArea;
  /** `c:val/c:numRef/c:f`: absolute and sheet-qualified. */
  ref: string;
  colour?: string;
  pointColours?: string[];
}

export interface ResolvedChart {
  kind: ChartKind;
  /** The plot: `c:barChart` with `c:barDir` and `c:grouping` (stacked ones with `c:overlap` 100), or `c:doughnutChart` with `c:holeSize`. */
  plot: { type: 'bar'; direction: 'bar' | 'col'; grouping: 'clustered' | 'stacked' } | { type: 'doughnut'; holeSize: number };
  title: string;
  /** Points (`a:defRPr sz` holds hundredths). */
  fontSize: { title: number; text: number };
  /** `c:cat/c:strRef/c:f`. */
  categories: { area: PlanArea; ref: string };
  series: ResolvedChartSeries[];
  /** Whether each series runs down a column or along a row: Excel's `seriesBy`. */
  seriesBy: 'columns' | 'rows';
  /** Horizontal bars list their categories top-down, as the table beside them reads (Excel's `reversePlotOrder`, OOXML's `c:orientation maxMin`). */
  categoriesTopDown: boolean;
  /** Bar and column charts: the value axis from 0 (`c:scaling/c:min`), in this number format (`c:numFmt`). */
  valueAxis?: { min: 0; format?: string };
  /** Doughnuts: each slice shows its share (`c:dLbls/c:showPercent`). */
  percentLabels: boolean;
  /** `c:legendPos b`. */
  legend: 'bottom';
  /** As planned: Sheets places the chart so (`setPosition` with a pixel offset), since it fits wrapped rows to their text itself. */
  anchor: { row: number; column: number; offsetY: number };
  /** The cell the top-left corner falls in at the plan's row heights, and how far below its top (points): `xdr:from` (`rowOff` in EMU), Excel's `setPosition` cell. */
  from: { row: number; column: number; rowOffset: number };
  /** Points. */
  width: number;
  height: number;
  /** `xdr:ext` in EMU: 12,700 a point. */
  extent: { cx: number; cy: number };
  /** The last row (0-based) the chart reaches over at the plan's row heights (15 points where it sets none): the sheet has at least these rows. */
  lastRow: number;
}

/** A row's height where the plan sets none: Excel's default for its body font (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;
const EMU_PER_POINT = 12700;
const MAX_SIZE = 4000;
/** Points below its cell a chart may stand: a stack of a few dozen charts. */
const MAX_OFFSET = 200_000;
const DOUGHNUT_HOLE = 50;

/** The line an area is: a column (`down`) or a row (`across`), with its length; undefined for a block. */
function lineOf(area: PlanArea): { along: 'columns' | 'rows'; length: number } | undefined {
  if (area.left === area.right) return { along: 'columns', length: area.bottom - area.top + 1 };
  if (area.top === area.bottom) return { along: 'rows', length: area.right - area.left + 1 };
  return undefined;
}

/** Checks the plan's charts: a known kind, data on lines of equal length, colours, a size, an anchor. */
export function checkCharts(charts: readonly PlanChart[]): void {
  charts.forEach((chart, i) => {
    const what = `chart ${i + 1}`;
    if (!KINDS.includes(chart.kind)) throw new Error(`Plan: ${what}: unknown kind “${chart.kind}”`);
    if (typeof chart.title !== 'string' || chart.title.length > 255) throw new Error(`Plan: ${what}: a title of at most 255 characters`);
    checkArea(chart.categories, `${what} categories`);
    const categories = lineOf(chart.categories);
    if (!categories) throw new Error(`Plan: ${what}: categories must be one row or one column`);
    if (!Array.isArray(chart.series) || chart.series.length === 0) throw new Error(`Plan: ${what} has no series`);
    if (chart.kind === 'doughnut' && chart.series.length !== 1) throw new Error(`Plan: ${what}: a doughnut has one series`);
    let along: string | undefined;
    for (const s of chart.series) {
      checkArea(s.values, `${what} series`);
      const line = lineOf(s.values);
      if (!line || line.length !== categories.length) throw new Error(`Plan: ${what}: series “${s.name}” must be a row or column of ${categories.length} cells`);
      if (along !== undefined && line.along !== along) throw new Error(`Plan: ${what}: every series runs the same way`);
      along = line.along;
      if (typeof s.name !== 'string' || s.name === '' || s.name.length > 255) throw new Error(`Plan: ${what}: a series name of 1 to 255 characters`);
      if (s.colour !== undefined && !isHexColour(s.colour)) throw new Error(`Plan: colour “${s.colour}” is not #RRGGBB`);
      if (s.pointColours !== undefined) {
        if (chart.kind !== 'doughnut') throw new Error(`Plan: ${what}: points are coloured in a doughnut only; colour bars by series`);
        if (s.pointColours.length !== categories.length) throw new Error(`Plan: ${what}: ${s.pointColours.length} point colours for ${categories.length} points`);
        for (const c of s.pointColours) if (!isHexColour(c)) throw new Error(`Plan: colour “${c}” is not #RRGGBB`);
      }
    }
    checkPosition(chart.anchor.row, chart.anchor.column);
    const offset = chart.anchor.offsetY ?? 0;
    if (!(Number.isFinite(offset) && offset >= 0 && offset <= MAX_OFFSET)) throw new Error(`Plan: ${what}: offset ${offset} points`);
    for (const size of [chart.width, chart.height]) if (!(Number.isFinite(size) && size > 0 && size <= MAX_SIZE)) throw new Error(`Plan: ${what}: size ${size} points`);
    const fonts = chart.fontSize;
    if (fonts && ![fonts.title, fonts.text].every((s) => Number.isFinite(s) && s >= 1 && s <= 409)) throw new Error(`Plan: ${what}: font sizes ${JSON.stringify(fonts)}`);
  });
}

/** Resolves checked charts on sheet `sheetName`, whose rows have `rowHeights` (points, by 0-based row). */
export function resolveCharts(charts: readonly PlanChart[], sheetName: string, rowHeights: readonly (number | undefined)[]): ResolvedChart[] {
  return charts.map((chart) => {
    const offsetY = chart.anchor.offsetY ?? 0;
    const doughnut = chart.kind === 'doughnut';
    const plot: ResolvedChart['plot'] = doughnut
      ? { type: 'doughnut', holeSize: DOUGHNUT_HOLE }
      : { type: 'bar', direction: chart.kind === 'bar' || chart.kind === 'stackedBar' ? 'bar' : 'col', grouping: chart.kind.startsWith('stacked') ? 'stacked' : 'clustered' };
    const series = chart.series.map((s) => ({
      name: s.name,
      values: { ...s.values },
      ref: sheetRef(sheetName, s.values),
      ...(s.colour !== undefined && { colour: s.colour.toUpperCase() }),
      ...(s.pointColours !== undefined && { pointColours: s.pointColours.map((c) => c.toUpperCase()) }),
    }));
    return {
      kind: chart.kind,
      plot,
      title: chart.title,
      fontSize: chart.fontSize ? { ...chart.fontSize } : { title: 14, text: 10 },
      categories: { area: { ...chart.categories }, ref: sheetRef(sheetName, chart.categories) },
      series,
      seriesBy: lineOf(chart.series[0].values)!.along,
      categoriesTopDown: plot.type === 'bar' && plot.direction === 'bar',
      ...(!doughnut && { valueAxis: { min: 0 as const, ...(chart.valueFormat !== undefined && { format: chart.valueFormat }) } }),
      percentLabels: doughnut,
      legend: 'bottom',
      anchor: { row: chart.anchor.row, column: chart.anchor.column, offsetY },
      from: { ...at(chart.anchor.row, offsetY, rowHeights), column: chart.anchor.column },
      width: chart.width,
      height: chart.height,
      extent: { cx: Math.round(chart.width * EMU_PER_POINT), cy: Math.round(chart.height * EMU_PER_POINT) },
      lastRow: lastRow(at(chart.anchor.row, offsetY + chart.height, rowHeights)),
    };
  });
}

/** The last row a chart reaches into, given where its bottom edge falls: the row above when it falls on a row's top. */
function lastRow(bottom: { row: number; rowOffset: number }): number {
  return bottom.rowOffset > 0 ? bottom.row : bottom.row - 1;
}

/** The row that lies `points` below the top of row `row`, and how far below that row's top. */
function at(row: number, points: number, rowHeights: readonly (number | undefined)[]): { row: number; rowOffset: number } {
  // A height the plan does not set (absent, or 0 as resolvePlan reads it) is the default.
  const height = (r: number) => rowHeights[r] || DEFAULT_ROW_HEIGHT;
  let left = points;
  while (left >= height(row)) left -= height(row++);
  return { row, rowOffset: left };
}
