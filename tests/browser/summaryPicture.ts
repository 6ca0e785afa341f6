/**
 * A picture of a summary sheet as a fake host holds it: its top rows (text and fills) with its charts
 * drawn where they are anchored, at their size, from the data they read. The browser tests keep it as
 * an artifact (artifacts/<host>-summary-charts.png), so a person sees what the writers made; the
 * charts' views are also what the tests compare with core's plan.
 */
import type { Browser } from 'playwright-core';
import { artifactPath } from './chromium';

/** A chart as drawn: what a host's chart object says, with the values it reads from the sheet. */
export interface ChartView {
  kind: 'bar' | 'column' | 'stackedBar' | 'stackedColumn' | 'doughnut';
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; colour?: string; pointColours?: string[] }[];
  /** The anchor cell, 0-based, and the distance below its top (pixels). */
  row: number;
  column: number;
  offsetY: number;
  /** Pixels. */
  width: number;
  height: number;
}

export interface SummaryPicture {
  host: string;
  sheet: string;
  /** Rows of cells from A1: their text and fill (`#RRGGBB` or null). */
  cells: { text: string; fill: string | null }[][];
  /** Pixels per column from A; columns past the list are 64 pixels wide. */
  columnWidths: number[];
  /** Pixels per row from 1 where the sheet sets a height; other rows are 20 pixels high. */
  rowHeights: (number | null)[];
  charts: ChartView[];
}

const ROW = 20;
const HEAD = 20;
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5'];

function barsSvg(c: ChartView): string {
  const horizontal = c.kind === 'bar' || c.kind === 'stackedBar';
  const stacked = c.kind.startsWith('stacked');
  const plot = { left: horizontal ? 170 : 40, top: 40, right: c.width - 20, bottom: c.height - 50 };
  const totals = c.categories.map((_, i) => (stacked ? c.series.reduce((s, x) => s + (x.values[i] ?? 0), 0) : Math.max(0, ...c.series.map((x) => x.values[i] ?? 0))));
  const max = Math.max(1e-9, ...totals);
  const n = c.categories.length;
  const band = ((horizontal ? plot.bottom - plot.top : plot.right - plot.left) / Math.max(1, n));
  const length = (v: number) => (v / max) * (horizontal ? plot.right - plot.left : plot.bottom - plot.top);
  const parts: string[] = [];
  c.categories.forEach((name, i) => {
    let offset = 0;
    c.series.forEach((s, j) => {
      const v = s.values[i];
      if (v === null || v === 0) return;
      const colour = s.colour ?? PALETTE[j % PALETTE.length];
      const thick = stacked ? band * 0.7 : (band * 0.7) / c.series.length;
      const across = stacked ? band * 0.15 : band * 0.15 + j * thick;
      const l = length(v);
      if (horizontal) parts.push(`<rect x="${plot.left + offset}" y="${plot.top + i * band + across}" width="${l}" height="${thick}" fill="${colour}"/>`);
      else parts.push(`<rect x="${plot.left + i * band + across}" y="${plot.bottom - offset - l}" width="${thick}" height="${l}" fill="${colour}"/>`);
      if (stacked) offset += l;
    });
    const label = escape(name.length > 28 ? `${name.slice(0, 27)}…` : name);
    if (horizontal) parts.push(`<text x="${plot.left - 6}" y="${plot.top + (i + 0.6) * band}" text-anchor="end" font-size="11">${label}</text>`);
    else parts.push(`<text x="${plot.left + (i + 0.5) * band}" y="${plot.bottom + 14}" text-anchor="middle" font-size="11">${label}</text>`);
  });
  parts.push(`<line x1="${plot.left}" y1="${plot.bottom}" x2="${horizontal ? plot.right : plot.left}" y2="${horizontal ? plot.bottom : plot.top}" stroke="#888"/>`);
  return parts.join('');
}

function doughnutSvg(c: ChartView): string {
  const s = c.series[0];
  const total = s.values.reduce<number>((a, v) => a + (v ?? 0), 0);
  const cx = c.width / 2;
  const cy = (c.height - 30) / 2 + 20;
  const r = Math.min(c.width, c.height - 80) / 2;
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  s.values.forEach((v, i) => {
    if (!v || !total) return;
    const sweep = (v / total) * Math.PI * 2;
    const [x1, y1, x2, y2] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle), cx + r * Math.cos(angle + sweep), cy + r * Math.sin(angle + sweep)];
    parts.push(`<path d="M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2},${y2} Z" fill="${s.pointColours?.[i] ?? PALETTE[i % PALETTE.length]}"/>`);
    const mid = angle + sweep / 2;
    parts.push(`<text x="${cx + r * 0.75 * Math.cos(mid)}" y="${cy + r * 0.75 * Math.sin(mid)}" text-anchor="middle" font-size="12" fill="#fff">${Math.round((v / total) * 100)}%</text>`);
    angle += sweep;
  });
  parts.push(`<circle cx="${cx}" cy="${cy}" r="${r / 2}" fill="#fff"/>`);
  return parts.join('');
}

function chartSvg(c: ChartView): string {
  const legend = c.kind === 'doughnut' ? c.categories.map((name, i) => ({ name, colour: c.series[0].pointColours?.[i] ?? PALETTE[i % PALETTE.length] })) : c.series.map((s, j) => ({ name: s.name, colour: s.colour ?? PALETTE[j % PALETTE.length] }));
  const keys = legend.map((l, i) => `<rect x="${10 + i * (c.width / legend.length)}" y="${c.height - 22}" width="10" height="10" fill="${l.colour}"/><text x="${24 + i * (c.width / legend.length)}" y="${c.height - 13}" font-size="11">${escape(l.name)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" style="background:#fff;border:1px solid #bbb">
    <text x="${c.width / 2}" y="24" text-anchor="middle" font-size="18" font-weight="bold">${escape(c.title)}</text>
    ${c.kind === 'doughnut' ? doughnutSvg(c) : barsSvg(c)}${keys}</svg>`;
}

/** Writes artifacts/<name>.png: the sheet's top rows and its charts at their anchors. */
export async function summaryScreenshot(browser: Browser, name: string, picture: SummaryPicture): Promise<string> {
  const widthOf = (c: number) => picture.columnWidths[c] ?? 64;
  const heightOf = (r: number) => picture.rowHeights[r] ?? ROW;
  const topOf = (row: number) => 30 + HEAD + Array.from({ length: row }, (_, r) => heightOf(r)).reduce((a, b) => a + b, 0);
  const columns = Math.max(...picture.charts.map((c) => c.column + 1), ...picture.cells.map((r) => r.length));
  const leftOf = (column: number) => 40 + Array.from({ length: column }, (_, c) => widthOf(c)).reduce((a, b) => a + b, 0);
  const body = picture.cells
    .map((row, r) => `<tr style="height:${heightOf(r)}px"><th>${r + 1}</th>${Array.from({ length: columns }, (_, c) => {
      const cell = row[c] ?? { text: '', fill: null };
      return `<td style="width:${widthOf(c)}px;max-width:${widthOf(c)}px${cell.fill ? `;background:${escape(cell.fill)}` : ''}">${escape(cell.text)}</td>`;
    }).join('')}</tr>`)
    .join('');
  const charts = picture.charts.map((c) => `<div style="position:absolute;left:${leftOf(c.column)}px;top:${topOf(c.row) + c.offsetY}px">${chartSvg(c)}</div>`).join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; font: 11px "Segoe UI", Arial, sans-serif; position: relative; }
    .bar { height: 30px; background: #1f4e78; color: #fff; display: flex; align-items: center; padding: 0 12px; font-weight: 600; }
    table { border-collapse: collapse; table-layout: fixed; }
    tr { box-sizing: border-box; }
    th { background: #f3f3f3; color: #555; font-weight: normal; border: 1px solid #d4d4d4; width: 38px; padding: 0; }
    td { border: 1px solid #e1e1e1; padding: 0 3px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: top; }
  </style></head><body><div class="bar">${escape(picture.host)} · ${escape(picture.sheet)}</div><table><tr style="height:${HEAD}px"><th></th>${Array.from({ length: columns }, () => '<th></th>').join('')}</tr>${body}</table>${charts}</body></html>`;
  const bottom = Math.max(...picture.charts.map((c) => topOf(c.row) + c.offsetY + c.height), topOf(picture.cells.length));
  const right = Math.max(...picture.charts.map((c) => leftOf(c.column) + c.width), leftOf(columns));
  const page = await browser.newPage({ viewport: { width: Math.min(4000, Math.ceil(right + 20)), height: Math.min(4000, Math.ceil(bottom + 20)) } });
  await page.setContent(html);
  const file = artifactPath(`${name}.png`);
  await page.screenshot({ path: file });
  await page.close();
  return file;
}

/**
 * The charts a resolved plan asks for, as drawn from its own cells (what the hosts' charts must show),
 * placed as each host is told: Excel at the cell the corner falls in (the next one down inside a row),
 * Sheets at the planned cell and offset.
 */
export function plannedViews(plan: { cells: { row: number; column: number; value: { kind: string; text?: string; value?: number } }[] }, charts: import('../../core/plan/resolvePlan').ResolvedChart[], host: 'excel' | 'sheets'): ChartView[] {
  const at = new Map(plan.cells.map((c) => [`${c.row}:${c.column}`, c.value]));
  const line = (a: { top: number; left: number; bottom: number; right: number }) => {
    const out: { kind: string; text?: string; value?: number }[] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(at.get(`${r}:${c}`) ?? { kind: 'blank' });
    return out;
  };
  return charts.map((c) => ({
    kind: c.kind,
    title: c.title,
    categories: line(c.categories.area).map((v) => v.text ?? String(v.value ?? '')),
    series: c.series.map((s) => ({ name: s.name, values: line(s.values).map((v) => (v.kind === 'number' ? v.value! : null)), ...(s.colour && { colour: s.colour }), ...(s.pointColours && { pointColours: s.pointColours }) })),
    ...(host === 'excel' ? { row: c.from.row + (c.from.rowOffset > 0 ? 1 : 0), offsetY: 0 } : { row: c.anchor.row, offsetY: Math.round((c.anchor.offsetY * 4) / 3) }),
    column: c.anchor.column,
    width: Math.round((c.width * 4) / 3),
    height: Math.round((c.height * 4) / 3),
  }));
}
