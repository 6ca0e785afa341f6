/**
 * The columns of the summary tab's tables, each declared once (see `ColumnSpec`): the group figures
 * (per Kegiatan Utama, per Koordinator …), the outputs (the plenary agenda and every output), and
 * the workbook's indicator table.
 */
import { actionText, outputText, type OutputAttainment } from '../attainment/attainMatrix';
import type { GroupFigures } from '../attainment/groupFigures';
import type { Status } from '../attainment/types';
import type { Bilingual } from '../i18n';
import { declaredTitle } from '../layout';
import type { PeriodColumn } from '../layout/detectHeader';
import type { Matrix } from '../model/readMatrix';
import { blankCell, numberCell, textCell, type CellContent } from '../plan/sheetWriter';
import { formatParsed } from '../values/formatValue';
import { hasValue, type ParsedValue } from '../values/parseValue';
import { BODY, CAPAIAN_CELL, COUNT, figureStyle, PERCENT, RIGHT, STATUS_STYLE, STRONG_BODY, trafficLight } from './look';
import type { ColumnSpec } from './table';
import { STATUS_TEXT, SUMMARY_TEXT, tabText, verbatim } from './texts';

/** A row of a figures table: a group's figures, in bold for the headline total. */
export interface FigureRow {
  figures: GroupFigures;
  strong?: boolean;
}

type StatusCount = 'tercapai' | 'belumTercapai' | 'tidakAdaData' | 'belumJatuhTempo' | 'tercapaiLebihAwal';

/** The status counts of a group's figures, in the tables' order, each with the status it counts. */
export const STATUS_COUNTS: readonly { key: StatusCount; status: Status }[] = [
  { key: 'tercapai', status: 'tercapai' },
  { key: 'belumTercapai', status: 'belum-tercapai' },
  { key: 'tidakAdaData', status: 'tidak-ada-data' },
  { key: 'belumJatuhTempo', status: 'belum-jatuh-tempo' },
  { key: 'tercapaiLebihAwal', status: 'tercapai-lebih-awal' },
];

const count = (key: keyof GroupFigures & string, title: Bilingual): ColumnSpec<FigureRow> => ({ key, title, cell: (g) => numberCell(g.figures[key] as number, COUNT) });

/** The title of the outermost groups: the matrix's own (Kegiatan Utama; Permasalahan in RB Tematik …). */
export function topGroupTitle(matrix: Matrix): Bilingual {
  return matrix.groupColumns[0]?.def.title ?? declaredTitle('kegiatanUtama');
}

/** The columns of a figures table, its first naming the groups (`Kegiatan Utama`, `Koordinator` …). */
export function figureColumns(groupTitle: Bilingual): ColumnSpec<FigureRow>[] {
  return [
    { key: 'name', title: groupTitle, cell: ({ figures, strong }) => textCell(figures.name === '' ? tabText(SUMMARY_TEXT.unnamed) : figures.name, strong ? STRONG_BODY : BODY) },
    count('outputs', SUMMARY_TEXT.output),
    count('due', SUMMARY_TEXT.dueCount),
    ...STATUS_COUNTS.map(({ key, status }) => count(key, STATUS_TEXT[status])),
    {
      key: 'capaianRataRata',
      title: SUMMARY_TEXT.meanCapaian,
      cell: ({ figures }) => {
        const light = trafficLight(figures.capaianRataRata);
        return numberCell(figures.capaianRataRata, { ...COUNT, numberFormat: PERCENT, fill: light.fill, font: { bold: true, color: light.font } });
      },
    },
    {
      key: 'kategori',
      title: SUMMARY_TEXT.category,
      cell: ({ figures }) => {
        const light = trafficLight(figures.capaianRataRata);
        return textCell(light.rating, { ...BODY, fill: light.fill, font: { color: light.font } });
      },
    },
  ];
}

/** A target or realisation: numbers as numbers (percentages formatted as such); grades, ranges, bounds, marks as text. */
export function valueCell(v: ParsedValue): CellContent {
  if (v.kind === 'number' && v.unit === undefined) return numberCell(v.value, figureStyle(v.value, v.percent));
  if (hasValue(v)) return textCell(formatParsed(v, 'id'), RIGHT);
  return blankCell(BODY);
}

const capaianCell = (o: OutputAttainment) => numberCell(o.attainment.capaian, CAPAIAN_CELL);
const statusCell = (o: OutputAttainment) => textCell(tabText(STATUS_TEXT[o.attainment.status]), STATUS_STYLE[o.attainment.status]);

/**
 * The columns of an outputs table (the plenary agenda, every output). Their widths are the tab's.
 * Kendala, Tindak Lanjut, Bukti Dukung and Catatan Evaluator are the quarter's (its monitoring
 * block's, attainMatrix.ts) where the sheet keeps them per quarter.
 */
export const OUTPUT_COLUMNS: readonly ColumnSpec<OutputAttainment>[] = [
  { key: 'output', title: SUMMARY_TEXT.output, width: 46, cell: (o) => textCell(outputText(o), BODY) },
  { key: 'rencanaAksi', title: declaredTitle('rencanaAksi'), width: 40, cell: (o) => textCell(actionText(o), BODY) },
  { key: 'target', title: SUMMARY_TEXT.target, width: 13, cell: (o) => valueCell(o.attainment.target) },
  { key: 'realisasi', title: SUMMARY_TEXT.realisasi, width: 13, cell: (o) => valueCell(o.attainment.realisasi) },
  { key: 'capaian', title: SUMMARY_TEXT.capaian, width: 13, cell: capaianCell },
  { key: 'status', title: SUMMARY_TEXT.status, width: 16, cell: statusCell },
  { key: 'koordinator', title: declaredTitle('koordinator'), width: 26, cell: (o) => textCell(o.text('koordinator'), BODY) },
  { key: 'kendala', title: declaredTitle('kendala'), width: 30, cell: (o) => textCell(o.text('kendala'), BODY) },
  { key: 'tindakLanjut', title: declaredTitle('tindakLanjut'), width: 30, cell: (o) => textCell(o.text('tindakLanjut'), BODY) },
  { key: 'baris', title: SUMMARY_TEXT.sheetRow, width: 16, cell: (o) => numberCell(o.rowNumber, COUNT) },
  { key: 'buktiDukung', title: declaredTitle('buktiDukung'), width: 30, cell: (o) => textCell(o.text('buktiDukung'), BODY) },
  // Shown where the sheet keeps them: a Catatan Evaluator column (flat or per quarter), progress columns.
  {
    key: 'catatanEvaluator',
    title: declaredTitle('catatanEvaluator'),
    width: 30,
    shown: (m) => m.header.keyIndex.has('catatanEvaluator') || m.header.blocks.some((b) => b.columns.catatan !== undefined),
    cell: (o) => textCell(o.text('catatanEvaluator'), BODY),
  },
  { key: 'progres', title: SUMMARY_TEXT.progres, width: 11, shown: (m) => m.header.progress.length > 0, cell: (o) => valueCell(o.attainment.progres) },
];

/**
 * The columns of the indicator table at the period of the summary (headings take the `{year}`);
 * `baseline` is the table's baseline column, if it has one.
 */
export function indicatorColumns(baseline: { column: PeriodColumn; position: number } | undefined): ColumnSpec<OutputAttainment>[] {
  return [
    { key: 'indikator', title: SUMMARY_TEXT.indikator, cell: (o) => textCell(o.text('indikator'), BODY) },
    { key: 'satuan', title: declaredTitle('satuan'), cell: (o) => textCell(o.text('satuan'), BODY) },
    {
      key: 'baseline',
      title: baseline ? verbatim(baseline.column.label) : SUMMARY_TEXT.baseline,
      cell: (o) => (baseline ? valueCell(o.row.periods[baseline.position]) : blankCell(BODY)),
    },
    { key: 'target', title: SUMMARY_TEXT.targetOfYear, cell: (o) => valueCell(o.attainment.target) },
    { key: 'realisasi', title: SUMMARY_TEXT.realisasiOfYear, cell: (o) => valueCell(o.attainment.realisasi) },
    { key: 'capaian', title: SUMMARY_TEXT.capaian, cell: capaianCell },
    { key: 'status', title: SUMMARY_TEXT.status, cell: statusCell },
    { key: 'sasaran', title: SUMMARY_TEXT.sasaran, cell: (o) => textCell(o.row.heading ?? '', BODY) },
  ];
}
