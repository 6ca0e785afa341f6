/**
 * The summary tab's charts (core/summary/charts.ts): capaian per Kegiatan Utama as one stacked series
 * per traffic light, the status of every output as a doughnut, their data as the tab's last section,
 * and both stacked right of the tables under the frozen heading, sized for a projector.
 */
import * as path from 'node:path';
import { readWorkbook } from '../../cli/readWorkbook';
import { buildSummary, readMatrix } from '../../core';
import type { PlanArea } from '../../core/plan/area';
import type { Plan, PlanValue } from '../../core/plan/plan';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { STATUS_COUNTS } from '../../core/summary/columns';
import { LIGHTS, STATUS_COLOUR, trafficLight } from '../../core/summary/look';
import { TAB_WIDTHS } from '../../core/summary/sections';
import { LIGHT_TEXT, STATUS_TEXT } from '../../core/summary/texts';
import { summaryPass } from '../../core/workbench/summaryPass';
import { general, gRow } from './helpers';

const TW2 = { year: 2023, quarter: 2 as const, lang: 'id' as const };

/** The values down a column area, as the plan writes them. */
function down(plan: Plan, a: PlanArea): PlanValue[] {
  const at = new Map(plan.cells.map((c) => [`${c.row}:${c.column}`, c.value]));
  return Array.from({ length: a.bottom - a.top + 1 }, (_, i) => at.get(`${a.top + i}:${a.left}`) ?? { kind: 'blank' });
}

test('capaian per Kegiatan Utama: a bar per group in its light’s series, read from the chart data; the status doughnut from the totals', async () => {
  const [grid] = await readWorkbook(path.join(__dirname, '../fixtures/lampiran-ii-realisasi.xlsx'));
  const { plan, data } = buildSummary(readMatrix(grid)!, { year: 2023, quarter: 2, madeOn: new Date(2023, 6, 5) });
  const [bars, doughnut] = plan.charts!;
  expect([bars.kind, doughnut.kind]).toEqual(['stackedBar', 'doughnut']);
  expect(bars.title).toBe('Capaian rata-rata per Kegiatan Utama');
  expect(bars.series.map((s) => [s.name, s.colour])).toEqual((['green', 'yellow', 'red'] as const).map((l) => [LIGHT_TEXT[l].id, LIGHTS[l].chart]));
  const groups = data.groups.kegiatan;
  expect(down(plan, bars.categories)).toEqual(groups.map((g) => ({ kind: 'text', text: g.name })));
  bars.series.forEach((s, i) => {
    const light = (['green', 'yellow', 'red'] as const)[i];
    expect(down(plan, s.values)).toEqual(groups.map((g) => (g.capaianRataRata !== null && trafficLight(g.capaianRataRata).light === light ? { kind: 'number', value: g.capaianRataRata } : { kind: 'blank' })));
  });
  // Every group with something due has its bar, in exactly one light.
  const lit = bars.series.flatMap((s) => down(plan, s.values)).filter((v) => v.kind === 'number');
  expect(lit).toHaveLength(groups.filter((g) => g.capaianRataRata !== null).length);

  expect(doughnut.title).toBe(`Status ${data.totals.outputs} output`);
  expect(down(plan, doughnut.categories)).toEqual(STATUS_COUNTS.map(({ status }) => ({ kind: 'text', text: STATUS_TEXT[status].id })));
  expect(down(plan, doughnut.series[0].values)).toEqual(STATUS_COUNTS.map(({ key }) => ({ kind: 'number', value: data.totals[key] })));
  expect(doughnut.series[0].pointColours).toEqual(STATUS_COUNTS.map(({ status }) => STATUS_COLOUR[status].chart));

  // Right of every table, under the frozen heading; the doughnut below the bars with a blank row between.
  const r = resolvePlan(plan).charts;
  expect(r[0].anchor).toEqual({ row: plan.frozenRows + 1, column: TAB_WIDTHS.length, offsetY: 0 });
  expect(r[1].anchor).toEqual({ row: plan.frozenRows + 1, column: TAB_WIDTHS.length, offsetY: bars.height + 20 });
  // At the plan's row heights the doughnut's corner falls in or after the bars' last row, never above it.
  expect(r[1].from.row).toBeGreaterThanOrEqual(r[0].lastRow);
  // A 16:9 slide wide; the bars tall enough for 22 groups; titles and labels readable across a room.
  expect([bars.width, doughnut.width, doughnut.height]).toEqual([720, 720, 405]);
  expect(bars.height).toBe(150 + 36 * groups.length);
  expect(bars.fontSize).toEqual({ title: 20, text: 14 });
  // Their data is the tab's last section, under its own title.
  const title = plan.cells.find((c) => c.row === bars.categories.top - 2 && c.column === 0)!;
  expect(title.value).toEqual({ kind: 'text', text: 'Data diagram (diagramnya di kanan atas tab ini)' });
  expect(Math.max(...plan.cells.map((c) => c.row))).toBe(doughnut.categories.bottom);
});

test('no chart and no chart data when the year has no output', () => {
  const { plan } = summaryPass(general([gRow({ tw1: '', total: '', tahun2024: 1 })]), TW2, new Date(2023, 6, 5));
  expect(plan.charts).toEqual([]);
  expect(plan.cells.some((c) => c.value.kind === 'text' && c.value.text.startsWith('Data diagram'))).toBe(false);
});
