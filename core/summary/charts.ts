/**
 * The charts of the summary tab, made for the plenary's projector: the mean capaian per Kegiatan
 * Utama (a bar per group in its traffic light's colour) and the status of every output (a doughnut,
 * a slice per status in its colour). They stand right of the tables under the frozen heading
 * (summaryPlan.ts); what they draw is the tab's last section, "Data diagram", since a chart reads
 * cells of its sheet.
 *
 * Bars coloured by light are one series per light, stacked (a group has a value in its light's
 * column only): every host colours series alike, which Apps Script cannot do for single bars, and
 * the legend names the bands.
 */
import type { GroupFigures } from '../attainment/groupFigures';
import type { Bilingual } from '../i18n';
import type { PlanArea } from '../plan/area';
import { numberCell, textCell } from '../plan/sheetWriter';
import { figureColumns, STATUS_COUNTS, topGroupTitle } from './columns';
import { CAPAIAN_CELL, COUNT, LIGHTS, SECTION_TITLE, STATUS_COLOUR, STATUS_STYLE, trafficLight } from './look';
import type { Totals } from './summaryData';
import { line, type Section, type SummarySource } from './tab';
import { writeTable, type ColumnSpec } from './table';
import { LIGHT_TEXT, STATUS_TEXT, SUMMARY_TEXT, tabText } from './texts';

/** A 16:9 slide's width (10 inches) and height, in points; titles and labels large enough to read across a room. */
const WIDTH = 720;
const SLIDE_HEIGHT = 405;
const FONT = { title: 20, text: 14 };
/**
 * Height per bar, and for the title, axis and legend around the bars; at most this tall. A bar's
 * room fits its group's name in two lines of 14 points: with less, LibreOffice (and Excel) leave out
 * every other name as crowded (seen in docs/ringkasan-tw2-2023.png at 24 points a bar).
 */
const BAR_ROOM = 36;
const FRAME = 150;
const MAX_HEIGHT = 3900;

const BAND_LIGHTS = ['green', 'yellow', 'red'] as const;

/** Per group: its name, and its mean capaian in the column of its light (blank in the others). */
function bandColumns(group: Bilingual): ColumnSpec<GroupFigures>[] {
  const [name] = figureColumns(group);
  return [
    { key: 'name', title: group, cell: (figures) => name.cell({ figures }) },
    ...BAND_LIGHTS.map((light) => ({
      key: light,
      title: LIGHT_TEXT[light],
      cell: (g: GroupFigures) => numberCell(trafficLight(g.capaianRataRata).light === light ? g.capaianRataRata : null, CAPAIAN_CELL),
    })),
  ];
}

/** Per status: its name in its colours, and how many outputs have it. */
function statusColumns(totals: Totals): ColumnSpec<(typeof STATUS_COUNTS)[number]>[] {
  return [
    { key: 'status', title: SUMMARY_TEXT.status, cell: ({ status }) => textCell(tabText(STATUS_TEXT[status]), STATUS_STYLE[status]) },
    { key: 'outputs', title: SUMMARY_TEXT.output, cell: ({ key }) => numberCell(totals[key], COUNT) },
  ];
}

const hasBars = (s: SummarySource) => s.data.groups.kegiatan.some((g) => g.capaianRataRata !== null);
const hasOutputs = (s: SummarySource) => s.data.totals.outputs > 0;

/** Column `column` of the rows `first` to `last`. */
const down = (first: number, last: number, column: number): PlanArea => ({ top: first, left: column, bottom: last, right: column });

/** The charts' data, and the charts: none when nothing is due in any group and no output is read. */
export const chartData: Section = {
  shown: (s) => hasBars(s) || hasOutputs(s),
  write(w, r, s) {
    r = line(w, r, 0, tabText(SUMMARY_TEXT.chartData), SECTION_TITLE);
    if (hasBars(s)) {
      const groups = s.data.groups.kegiatan;
      const group = topGroupTitle(s.matrix);
      const first = r + 1;
      r = writeTable(w, r, bandColumns(group), groups);
      const last = first + groups.length - 1;
      w.chart({
        kind: 'stackedBar',
        title: tabText(SUMMARY_TEXT.chartCapaian, { group: tabText(group) }),
        categories: down(first, last, 0),
        series: BAND_LIGHTS.map((light, i) => ({ name: tabText(LIGHT_TEXT[light]), values: down(first, last, i + 1), colour: LIGHTS[light].chart })),
        width: WIDTH,
        height: Math.min(MAX_HEIGHT, Math.max(SLIDE_HEIGHT, FRAME + BAR_ROOM * groups.length)),
        valueFormat: '0%',
        fontSize: FONT,
      });
      if (hasOutputs(s)) r++;
    }
    if (hasOutputs(s)) {
      const first = r + 1;
      r = writeTable(w, r, statusColumns(s.data.totals), STATUS_COUNTS);
      const last = first + STATUS_COUNTS.length - 1;
      w.chart({
        kind: 'doughnut',
        title: tabText(SUMMARY_TEXT.chartStatus, { count: s.data.totals.outputs }),
        categories: down(first, last, 0),
        series: [{ name: tabText(SUMMARY_TEXT.output), values: down(first, last, 1), pointColours: STATUS_COUNTS.map(({ status }) => STATUS_COLOUR[status].chart) }],
        width: WIDTH,
        height: SLIDE_HEIGHT,
        fontSize: FONT,
      });
    }
    return r;
  },
};
