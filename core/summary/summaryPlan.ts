import type { GroupFigures } from '../attainment/groupFigures';
import type { OutputAttainment } from '../attainment/attainMatrix';
import type { Status } from '../attainment/types';
import type { Matrix } from '../model/readMatrix';
import { formatTanggal } from '../periods/formatTanggal';
import { quarterEnd } from '../periods/quarterEnd';
import { quarterLabel } from '../periods/quarterLabel';
import { quarterName } from '../periods/quarterName';
import { quarterStart } from '../periods/quarterStart';
import type { Plan } from '../plan/plan';
import { bold, SheetWriter, type CellStyle } from '../plan/sheetWriter';
import { formatParsed } from '../values/formatValue';
import type { ParsedValue } from '../values/parseValue';
import { STATUS_COLOUR, STATUS_LABEL, trafficLight } from './look';
import { typeKey, type SummaryData } from './summaryData';

/** The text of the cell that marks a sheet as made by RB Matrix (a writer replaces only such sheets). */
export const SIGNATURE = 'Ringkasan ini dibuat oleh RB Matrix';
/** Where the signature stands (0-based): A3, under the two heading lines. Hosts read it before replacing a sheet. */
export const SIGNATURE_CELL = { row: 2, column: 0 } as const;

/** The summary sheet's name for a period: `Ringkasan TW II 2023`. */
export function summarySheetName(year: number, quarter: 1 | 2 | 3 | 4): string {
  return `Ringkasan ${quarterLabel(year, quarter)}`;
}

export interface SummaryPlanInput {
  matrix: Matrix;
  data: SummaryData;
  /** The outputs of `data.rows`, in the same order (for number formats of targets and realisations). */
  outputs: OutputAttainment[];
  /** The indicator table of the workbook, when it has one, with its outputs for the same period. */
  indicators?: { matrix: Matrix; outputs: OutputAttainment[] };
  /** The day the summary is made. */
  madeOn: Date;
}

const WIDTHS = [46, 40, 13, 13, 13, 16, 26, 30, 30, 16, 30];
const LAST = WIDTHS.length - 1;
const HEAD: CellStyle = { fill: '#1F4E78', font: { bold: true, color: '#FFFFFF' }, border: true, wrap: true, horizontal: 'center' };
const BODY: CellStyle = { border: true, wrap: true };
const COUNT: CellStyle = { border: true, numberFormat: '0', horizontal: 'center', vertical: 'top' };
const PERCENT = '0.0%';
const RIGHT: CellStyle = { ...BODY, horizontal: 'right' };
const CAPAIAN_CELL: CellStyle = { ...RIGHT, numberFormat: PERCENT };
const NUMBER_STYLES: Record<string, CellStyle> = Object.fromEntries(['0%', '0.0#%', '#,##0', '#,##0.0#'].map((f) => [f, { ...RIGHT, numberFormat: f }]));
const STATUS_STYLE = Object.fromEntries(Object.entries(STATUS_COLOUR).map(([status, c]) => [status, { ...BODY, fill: c.fill, font: { color: c.font } }])) as Record<Status, CellStyle>;
const FIGURE_COLUMNS = ['Output', 'Jatuh tempo', 'Tercapai', 'Belum tercapai', 'Tidak ada data', 'Belum jatuh tempo', 'Tercapai lebih awal', 'Capaian rata-rata', 'Kategori'];

/**
 * Lays out the quarterly summary tab: heading, headline figures, a table per Kegiatan Utama and per
 * Koordinator with traffic lights, the plenary agenda (outputs late or without data), every output,
 * and the indicator table when there is one. Every text from the matrix is written as text.
 */
export function summaryPlan(input: SummaryPlanInput): Plan {
  const { matrix, data } = input;
  const { year, quarter } = data.period;
  const w = new SheetWriter();
  let r = 0;

  // Heading.
  w.text(r, 0, `RINGKASAN CAPAIAN RENCANA AKSI REFORMASI BIROKRASI — ${quarterLabel(year, quarter)}`, { font: { bold: true, size: 14, color: '#1F4E78' } });
  w.merge(r, 0, r, LAST);
  r++;
  w.text(r, 0, matrix.titles.join(' — ') || matrix.header.layout.title.id, { font: { bold: true }, wrap: true });
  w.merge(r, 0, r, LAST);
  r++;
  w.text(SIGNATURE_CELL.row, SIGNATURE_CELL.column, SIGNATURE, { font: { italic: true, color: '#595959' } });
  const cap = data.cap === null ? 'tanpa batas' : `${Math.round(data.cap * 100)}%`;
  w.text(r, 1, `${quarterName(quarter)} ${year} (${formatTanggal(quarterStart(year, quarter))} – ${formatTanggal(quarterEnd(year, quarter))}) · sumber: sheet “${matrix.grid.sheetName}” · dibuat ${formatTanggal(input.madeOn)} · batas capaian per output ${cap}`, { font: { italic: true, color: '#595959' } });
  w.merge(r, 1, r, LAST);
  r += 2;

  // Headline figures.
  r = section(w, r, 'Angka utama');
  const totals = { name: 'Seluruh output', ...data.totals };
  r = figureTable(w, r, 'Cakupan', [totals]);
  if (matrix.header.realisations.length === 0) {
    w.text(r, 0, `Sheet “${matrix.grid.sheetName}” belum punya kolom Realisasi (mis. Realisasi › TW 1 … TW 4), sehingga setiap output yang jatuh tempo berstatus Tidak ada data.`, { font: { bold: true, color: '#9C0006' } });
    w.merge(r, 0, r, LAST);
    r++;
  }
  if (data.outsideYear > 0) {
    w.text(r, 0, `${data.outsideYear} output lain tidak punya target pada tahun ${year} dan tidak dihitung.`, { font: { italic: true, color: '#595959' } });
    w.merge(r, 0, r, LAST);
    r++;
  }
  r++;

  const topTitle = matrix.groupColumns[0]?.def.title.id ?? 'Kegiatan Utama';
  r = section(w, r, `Per ${topTitle}`);
  r = figureTable(w, r, topTitle, data.groups.kegiatan) + 1;
  if (data.groups.koordinator.length) {
    r = section(w, r, 'Per Koordinator');
    r = figureTable(w, r, 'Koordinator', data.groups.koordinator) + 1;
  }
  if (data.groups.keterangan.length) {
    const title = typeKey(matrix) === 'keterangan' ? 'Keterangan' : 'Jenis Kegiatan';
    r = section(w, r, `Per ${title}`);
    r = figureTable(w, r, title, data.groups.keterangan) + 1;
  }

  // The plenary agenda: what is late or has no data, with who answers for it.
  const agenda = data.rows.map((row, i) => ({ row, o: input.outputs[i] })).filter((x) => x.row.status === 'belum-tercapai' || x.row.status === 'tidak-ada-data');
  r = section(w, r, `Agenda rapat pleno: ${agenda.length} output belum tercapai atau tanpa data`);
  r = outputTable(w, r, agenda, ['Output', 'Rencana Aksi', 'Target', 'Realisasi', 'Capaian', 'Status', 'Koordinator', 'Kendala', 'Tindak Lanjut', 'Baris', 'Bukti Dukung']);
  r++;

  r = section(w, r, 'Rincian seluruh output');
  r = outputTable(w, r, data.rows.map((row, i) => ({ row, o: input.outputs[i] })), ['Output', 'Rencana Aksi', 'Target', 'Realisasi', 'Capaian', 'Status', 'Koordinator', 'Kendala', 'Tindak Lanjut', 'Baris', 'Bukti Dukung']);

  if (input.indicators && input.indicators.outputs.length) {
    r++;
    r = section(w, r, `Indikator (sheet “${input.indicators.matrix.grid.sheetName}”)`);
    r = indicatorTable(w, r, input.indicators.matrix, input.indicators.outputs, year);
  }

  return w.plan(summarySheetName(year, quarter), { ...SIGNATURE_CELL, text: SIGNATURE }, WIDTHS, 3);
}

function section(w: SheetWriter, r: number, title: string): number {
  w.text(r, 0, title, { font: { bold: true, size: 12, color: '#1F4E78' } });
  w.merge(r, 0, r, LAST);
  return r + 1;
}

function headerRow(w: SheetWriter, r: number, labels: string[]): number {
  labels.forEach((label, c) => w.text(r, c, label, HEAD));
  return r + 1;
}

/** A table of group figures: one row per group, the mean capaian with its traffic light. */
function figureTable(w: SheetWriter, r: number, nameTitle: string, groups: GroupFigures[]): number {
  r = headerRow(w, r, [nameTitle, ...FIGURE_COLUMNS]);
  for (const g of groups) {
    w.text(r, 0, g.name === '' ? '(tanpa nama)' : g.name, { ...BODY, font: g.name === 'Seluruh output' ? bold : undefined });
    const counts = [g.outputs, g.due, g.tercapai, g.belumTercapai, g.tidakAdaData, g.belumJatuhTempo, g.tercapaiLebihAwal];
    counts.forEach((n, i) => w.number(r, 1 + i, n, COUNT));
    const light = trafficLight(g.capaianRataRata);
    w.number(r, 8, g.capaianRataRata, { ...COUNT, numberFormat: PERCENT, fill: light.fill, font: { bold: true, color: light.font } });
    w.text(r, 9, light.rating, { ...BODY, fill: light.fill, font: { color: light.font } });
    r++;
  }
  return r;
}

/** A target or realisation cell: numbers as numbers (percentages formatted as such), grades and ranges as text. */
function valueCell(w: SheetWriter, r: number, c: number, v: ParsedValue): void {
  if (v.kind === 'number') w.number(r, c, v.value, NUMBER_STYLES[numberFormatOf(v.value, v.percent)]);
  else if (v.kind === 'ordinal' || v.kind === 'range') w.text(r, c, formatParsed(v, 'id'), RIGHT);
  else w.blank(r, c, BODY);
}

/** `0%` / `#,##0` for whole figures, with up to two decimals otherwise (`3,7`, `12,5%`). */
function numberFormatOf(value: number, percent: boolean): string {
  const whole = Number.isInteger(Math.round((percent ? value * 100 : value) * 1e6) / 1e6);
  if (percent) return whole ? '0%' : '0.0#%';
  return whole ? '#,##0' : '#,##0.0#';
}

function outputTable(w: SheetWriter, r: number, items: { row: SummaryData['rows'][number]; o: OutputAttainment }[], labels: string[]): number {
  r = headerRow(w, r, labels);
  if (items.length === 0) {
    w.text(r, 0, 'Tidak ada.', { font: { italic: true } });
    return r + 1;
  }
  for (const { row, o } of items) {
    w.text(r, 0, row.output, BODY);
    w.text(r, 1, row.rencanaAksi, BODY);
    valueCell(w, r, 2, o.attainment.target);
    valueCell(w, r, 3, o.attainment.realisasi);
    w.number(r, 4, row.capaian, CAPAIAN_CELL);
    w.text(r, 5, STATUS_LABEL[row.status], STATUS_STYLE[row.status]);
    w.text(r, 6, row.koordinator, BODY);
    w.text(r, 7, row.kendala, BODY);
    w.text(r, 8, row.tindakLanjut, BODY);
    w.number(r, 9, row.row, COUNT);
    w.text(r, 10, row.buktiDukung, BODY);
    r++;
  }
  return r;
}

function indicatorTable(w: SheetWriter, r: number, matrix: Matrix, outputs: OutputAttainment[], year: number): number {
  const baseline = matrix.header.periods.find((p) => p.measure === 'baseline');
  r = headerRow(w, r, ['Indikator', 'Satuan', baseline ? baseline.label : 'Baseline', `Target ${year}`, `Realisasi ${year}`, 'Capaian', 'Status', 'Sasaran']);
  for (const o of outputs) {
    w.text(r, 0, o.text('indikator'), BODY);
    w.text(r, 1, o.text('satuan'), BODY);
    const b = baseline ? matrix.header.periods.indexOf(baseline) : -1;
    if (b >= 0) valueCell(w, r, 2, o.row.periods[b]);
    else w.blank(r, 2, BODY);
    valueCell(w, r, 3, o.attainment.target);
    valueCell(w, r, 4, o.attainment.realisasi);
    w.number(r, 5, o.attainment.capaian, CAPAIAN_CELL);
    w.text(r, 6, STATUS_LABEL[o.attainment.status], STATUS_STYLE[o.attainment.status]);
    w.text(r, 7, o.row.heading ?? '', BODY);
    r++;
  }
  return r;
}
