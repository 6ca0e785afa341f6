/**
 * A plan's charts as DrawingML parts: one chart part (`c:chartSpace`, ECMA-376 Part 1, 21.2) per
 * chart, and the sheet's drawing part (`xdr:wsDr`, 20.5) that places each in a `xdr:oneCellAnchor`
 * at its cell, with its size. Every element comes in its schema's order (CT_ChartSpace, CT_Chart,
 * CT_BarChart/CT_DoughnutChart, CT_BarSer/CT_PieSer, CT_CatAx, CT_ValAx), which Excel insists on.
 *
 * The data are references to the sheet's cells without cached values: Excel and LibreOffice read
 * the cells when they open the file (as they do for openpyxl's charts).
 */
import type { ResolvedChart } from '../plan/resolvePlan';
import { escapeAttribute, escapeXml } from './xmlOutline';

/** DrawingML's namespaces, Transitional (what Excel writes) or Strict. */
export interface DrawingNamespaces {
  main: string;
  chart: string;
  spreadsheetDrawing: string;
  relationships: string;
}

export const TRANSITIONAL_DRAWING: Omit<DrawingNamespaces, 'relationships'> = {
  main: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

export const STRICT_DRAWING: Omit<DrawingNamespaces, 'relationships'> = {
  main: 'http://purl.oclc.org/ooxml/drawingml/main',
  chart: 'http://purl.oclc.org/ooxml/drawingml/chart',
  spreadsheetDrawing: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
};

export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

const EMU_PER_POINT = 12700;
/**
 * Bars of a series the plan gives no colour: Office's accent colours, in order. A chart part that
 * leaves a series' fill automatic takes it from the workbook's theme, which a workbook we make has
 * not got (LibreOffice then draws no bars at all).
 */
const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
/** The two axes of a bar chart. */
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

const val = (name: string, value: string | number) => `<c:${name} val="${value}"/>`;
const solid = (colour: string) => `<a:solidFill><a:srgbClr val="${colour.slice(1)}"/></a:solidFill>`;
/** A text body of one empty paragraph whose runs take this size (points) and weight. */
const textProperties = (name: string, size: number, bold = false) =>
  `<c:${name}><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:${name}>`;

/** The chart part of one chart. */
export function chartXml(chart: ResolvedChart, ns: DrawingNamespaces): string {
  const { title, text } = chart.fontSize;
  const titleXml =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(title * 100)}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" sz="${Math.round(title * 100)}" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>${val('overlay', 0)}</c:title>`;
  const plot = chart.plot.type === 'bar' ? barPlot(chart, chart.plot) : doughnutPlot(chart, chart.plot.holeSize);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.main}" xmlns:r="${ns.relationships}">` +
    val('roundedCorners', 0) +
    `<c:chart>${chart.title ? titleXml + val('autoTitleDeleted', 0) : val('autoTitleDeleted', 1)}<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend>${val('legendPos', 'b')}${val('overlay', 0)}</c:legend>${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>` +
    `<c:spPr>${solid('#FFFFFF')}<a:ln><a:noFill/></a:ln></c:spPr>` +
    textProperties('txPr', text) +
    '</c:chartSpace>'
  );
}

/** `c:tx`, `c:cat` and `c:val` of a series. */
function seriesData(chart: ResolvedChart, i: number): { name: string; data: string } {
  const s = chart.series[i];
  return {
    name: `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`,
    data: `<c:cat><c:strRef><c:f>${escapeXml(chart.categories.ref)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(s.ref)}</c:f></c:numRef></c:val>`,
  };
}

function barPlot(chart: ResolvedChart, plot: { direction: 'bar' | 'col'; grouping: 'clustered' | 'stacked' }): string {
  const series = chart.series
    .map((s, i) => {
      const { name, data } = seriesData(chart, i);
      const look = `<c:spPr>${solid(s.colour ?? PALETTE[i % PALETTE.length])}</c:spPr>`;
      return `<c:ser>${val('idx', i)}${val('order', i)}${name}${look}${val('invertIfNegative', 0)}${data}</c:ser>`;
    })
    .join('');
  const stacked = plot.grouping === 'stacked';
  const horizontal = plot.direction === 'bar';
  const format = chart.valueAxis?.format;
  // Horizontal bars read top-down (categories in reverse order) with the value axis kept below them (it crosses at the last category).
  const categoryAxis =
    `<c:catAx>${val('axId', CATEGORY_AXIS)}<c:scaling>${val('orientation', chart.categoriesTopDown ? 'maxMin' : 'minMax')}</c:scaling>${val('delete', 0)}` +
    `${val('axPos', horizontal ? 'l' : 'b')}${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}` +
    `${val('crossAx', VALUE_AXIS)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const valueAxis =
    `<c:valAx>${val('axId', VALUE_AXIS)}<c:scaling>${val('orientation', 'minMax')}${chart.valueAxis ? val('min', chart.valueAxis.min) : ''}</c:scaling>${val('delete', 0)}` +
    `${val('axPos', horizontal ? 'b' : 'l')}<c:majorGridlines/>${format !== undefined ? `<c:numFmt formatCode="${escapeAttribute(format)}" sourceLinked="0"/>` : ''}` +
    `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}${val('crossAx', CATEGORY_AXIS)}` +
    `${val('crosses', chart.categoriesTopDown ? 'max' : 'autoZero')}${val('crossBetween', 'between')}</c:valAx>`;
  return (
    `<c:barChart>${val('barDir', plot.direction)}${val('grouping', plot.grouping)}${val('varyColors', 0)}${series}` +
    `${val('gapWidth', 60)}${stacked ? val('overlap', 100) : ''}${val('axId', CATEGORY_AXIS)}${val('axId', VALUE_AXIS)}</c:barChart>${categoryAxis}${valueAxis}`
  );
}

function doughnutPlot(chart: ResolvedChart, holeSize: number): string {
  const { name, data } = seriesData(chart, 0);
  const points = (chart.series[0].pointColours ?? []).map((c, i) => `<c:dPt>${val('idx', i)}${val('bubble3D', 0)}<c:spPr>${solid(c)}<a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`).join('');
  const labels = chart.percentLabels
    ? `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/>${textProperties('txPr', chart.fontSize.text, true)}${val('showLegendKey', 0)}${val('showVal', 0)}${val('showCatName', 0)}${val('showSerName', 0)}${val('showPercent', 1)}${val('showBubbleSize', 0)}${val('showLeaderLines', 1)}</c:dLbls>`
    : '';
  return `<c:doughnutChart>${val('varyColors', 1)}<c:ser>${val('idx', 0)}${val('order', 0)}${name}${points}${labels}${data}</c:ser>${val('firstSliceAng', 0)}${val('holeSize', holeSize)}</c:doughnutChart>`;
}

/** The sheet's drawing part: each chart in a one-cell anchor at its cell, its graphic frame pointing at its chart part (`relIds[i]`). */
export function drawingXml(charts: readonly ResolvedChart[], relIds: readonly string[], ns: DrawingNamespaces): string {
  const anchors = charts
    .map((chart, i) => {
      const from = `<xdr:from><xdr:col>${chart.from.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${chart.from.row}</xdr:row><xdr:rowOff>${Math.round(chart.from.rowOffset * EMU_PER_POINT)}</xdr:rowOff></xdr:from>`;
      const frame =
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${escapeAttribute(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" r:id="${relIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
      return `<xdr:oneCellAnchor>${from}<xdr:ext cx="${chart.extent.cx}" cy="${chart.extent.cy}"/>${frame}<xdr:clientData/></xdr:oneCellAnchor>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.main}" xmlns:r="${ns.relationships}">${anchors}</xdr:wsDr>`;
}
