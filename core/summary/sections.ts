/**
 * The sections of the quarterly summary tab, top to bottom. Each is one entry of `SECTIONS`: it says
 * whether the matrix gives it anything to show and writes its rows; the tab puts one blank row
 * between sections. Adding a section is adding an entry (its texts in texts.ts, a table's columns in
 * columns.ts).
 */
import type { OutputAttainment } from '../attainment/attainMatrix';
import type { GroupFigures } from '../attainment/groupFigures';
import type { Bilingual } from '../i18n';
import { declaredTitle } from '../layout';
import { formatTanggal } from '../periods/formatTanggal';
import { quarterEnd } from '../periods/quarterEnd';
import { reportPeriodLabel } from '../periods/reportPeriodLabel';
import { quarterName } from '../periods/quarterName';
import { quarterStart } from '../periods/quarterStart';
import { chartData } from './charts';
import { figureColumns, indicatorColumns, OUTPUT_COLUMNS, topGroupTitle, type FigureRow } from './columns';
import { EMPTY_TABLE, MATRIX_TITLE, NOTE, SECTION_TITLE, TITLE, WARNING } from './look';
import { typeKey, type SummaryData } from './summaryData';
import { line, type Section, type SummarySource } from './tab';
import { shownColumns, writeTable } from './table';
import { notReportedText, REPORTING_COLUMNS } from './reporting';
import { SUMMARY_LANG, SUMMARY_TEXT, tabText } from './texts';

export { TAB_WIDTHS, type Section, type SummarySource } from './tab';

/** The text of the cell that marks a sheet as made by RB Matrix (a writer replaces only such sheets). */
export const SIGNATURE = 'Ringkasan ini dibuat oleh RB Matrix';
/** Where the signature stands (0-based): A3, under the two heading lines. Hosts read it before replacing a sheet. */
export const SIGNATURE_CELL = { row: 2, column: 0 } as const;

/** The heading: the period, the matrix's own title, the signature and where the figures come from. */
const heading: Section = {
  write(w, r, { matrix, data, madeOn }) {
    const { year, quarter, wholeYear } = data.period;
    r = line(w, r, 0, tabText(SUMMARY_TEXT.title, { period: reportPeriodLabel(year, quarter, wholeYear) }), TITLE);
    r = line(w, r, 0, matrix.titles.join(' — ') || tabText(matrix.header.layout.title), MATRIX_TITLE);
    w.text(SIGNATURE_CELL.row, SIGNATURE_CELL.column, SIGNATURE, NOTE);
    const cap = data.cap === null ? tabText(SUMMARY_TEXT.noCap) : `${Math.round(data.cap * 100)}%`;
    const first = wholeYear ? 1 : quarter;
    const period = { quarter: wholeYear ? tabText(SUMMARY_TEXT.year) : quarterName(quarter, SUMMARY_LANG), year, from: formatTanggal(quarterStart(year, first), SUMMARY_LANG), to: formatTanggal(quarterEnd(year, quarter), SUMMARY_LANG) };
    return line(w, r, 1, tabText(SUMMARY_TEXT.period, { ...period, sheet: matrix.grid.sheetName, made: formatTanggal(madeOn, SUMMARY_LANG), cap }), NOTE);
  },
};

/** The figures of all outputs, and what they leave out. */
const headline: Section = {
  write(w, r, { matrix, data }) {
    r = line(w, r, 0, tabText(SUMMARY_TEXT.headline), SECTION_TITLE);
    r = writeTable<FigureRow>(w, r, figureColumns(SUMMARY_TEXT.coverage), [{ figures: { name: tabText(SUMMARY_TEXT.allOutputs), ...data.totals }, strong: true }]);
    for (const warning of data.warnings) r = line(w, r, 0, tabText(warning.message), WARNING);
    if (data.outsideYear > 0) r = line(w, r, 0, tabText(SUMMARY_TEXT.outsideYear, { count: data.outsideYear, year: data.period.year }), NOTE);
    return r;
  },
};

/** A table of group figures under its title (`Per Koordinator`). */
function perGroup(title: (s: SummarySource) => Bilingual, groups: (data: SummaryData) => GroupFigures[], always = false): Section {
  return {
    shown: (s) => always || groups(s.data).length > 0,
    write(w, r, s) {
      const group = title(s);
      r = line(w, r, 0, tabText(SUMMARY_TEXT.perGroup, { group }), SECTION_TITLE);
      return writeTable(w, r, figureColumns(group), groups(s.data).map((figures) => ({ figures })));
    },
  };
}

/** A table of outputs under its title (and a note under it, when `note` has one); `Tidak ada.` when there is none. */
function outputs(title: (items: OutputAttainment[]) => string, pick: (items: OutputAttainment[]) => OutputAttainment[], note?: (s: SummarySource) => string | undefined): Section {
  return {
    write(w, r, s) {
      const items = pick(s.outputs);
      r = line(w, r, 0, title(items), SECTION_TITLE);
      r = writeTable(w, r, shownColumns(OUTPUT_COLUMNS, s.matrix), items);
      if (items.length === 0) w.text(r++, 0, tabText(SUMMARY_TEXT.none), EMPTY_TABLE);
      const said = note?.(s);
      return said ? line(w, r, 0, said, WARNING) : r;
    },
  };
}

/** The workbook's indicator table (Tabel 2–5) at the period. */
const indicatorTable: Section = {
  shown: (s) => (s.indicators?.outputs.length ?? 0) > 0,
  write(w, r, { indicators, data }) {
    const { matrix, outputs: rows } = indicators!;
    r = line(w, r, 0, tabText(SUMMARY_TEXT.indicatorTable, { sheet: matrix.grid.sheetName }), SECTION_TITLE);
    const column = matrix.header.periods.find((p) => p.measure === 'baseline');
    const baseline = column && { column, position: matrix.header.periods.indexOf(column) };
    return writeTable(w, r, indicatorColumns(baseline), rows, { year: data.period.year });
  },
};

const late = (o: OutputAttainment) => o.attainment.status === 'belum-tercapai' || o.attainment.status === 'tidak-ada-data';

/** Every section of the tab, in order. */
export const SECTIONS: readonly Section[] = [
  heading,
  headline,
  perGroup((s) => topGroupTitle(s.matrix), (d) => d.groups.kegiatan, true),
  perGroup(() => declaredTitle('koordinator'), (d) => d.groups.koordinator),
  // Who has reported (reporting.ts).
  {
    shown: (s) => s.data.pelaporan.length > 0,
    write: (w, r, s) => writeTable(w, line(w, r, 0, tabText(SUMMARY_TEXT.reporting), SECTION_TITLE), REPORTING_COLUMNS, s.data.pelaporan),
  },
  perGroup((s) => (typeKey(s.matrix) === 'keterangan' ? declaredTitle('keterangan') : SUMMARY_TEXT.jenisKegiatan), (d) => d.groups.keterangan),
  // The plenary agenda: what is late or has no data, with who answers for it.
  outputs((items) => tabText(SUMMARY_TEXT.agenda, { count: items.length }), (all) => all.filter(late), (s) => notReportedText(s.data.pelaporan)),
  outputs(() => tabText(SUMMARY_TEXT.everyOutput), (all) => all),
  indicatorTable,
  // The data of the charts that stand right of the tables (charts.ts).
  chartData,
];
