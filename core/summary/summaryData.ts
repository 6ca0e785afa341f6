import { attainMatrix, type OutputAttainment } from '../attainment/attainMatrix';
import type { Attainment } from '../attainment/attainSeries';
import { figuresOf, groupFigures, type Cap, type GroupFigures } from '../attainment/groupFigures';
import type { Agregasi, Polaritas, Status } from '../attainment/types';
import type { DeclaredKey } from '../layout/columnKey';
import type { Matrix } from '../model/readMatrix';
import type { Quarter } from '../periods/quarter';
import type { ParsedValue } from '../values/parseValue';
import { formatParsed } from '../values/formatValue';

export interface SummaryOptions {
  year: number;
  quarter: Quarter;
  /** Cap on each output's capaian before averaging; 100% by default. */
  cap?: Cap;
  /** `false`: leave `rows` empty (a caller that writes the tab and prints no JSON: 200,000 rows it would not read). */
  rows?: boolean;
}

/** A target or realisation in the JSON: a number (percentages as fractions), a grade or range as text, or null. */
export type JsonValue = number | string | null;

export interface SummaryRow {
  /** The output's row number in the sheet. */
  row: number;
  kegiatan: string;
  rencanaAksi: string;
  output: string;
  satuan: string;
  agregasi: Agregasi;
  polaritas: Polaritas;
  target: JsonValue;
  realisasi: JsonValue;
  /** Fraction, uncapped; null when not due or not computable. */
  capaian: number | null;
  status: Status;
  koordinator: string;
  kendala: string;
  tindakLanjut: string;
  buktiDukung: string;
}

export type Totals = Omit<GroupFigures, 'name'>;

/** A row of the workbook's indicator table (Tabel 2–5) at the period. */
export interface IndicatorRow {
  row: number;
  indikator: string;
  satuan: string;
  /** The Sasaran Strategis heading the indicator sits under. */
  sasaran: string;
  target: JsonValue;
  realisasi: JsonValue;
  capaian: number | null;
  status: Status;
}

/** The summary as data: what `rbm summary --format json` prints and what the summary tab shows. */
export interface SummaryData {
  period: { year: number; quarter: Quarter };
  cap: Cap;
  /** Outputs of the matrix with no target in the year (left out of everything below). */
  outsideYear: number;
  totals: Totals;
  groups: { kegiatan: GroupFigures[]; indikator: GroupFigures[]; koordinator: GroupFigures[]; keterangan: GroupFigures[] };
  rows: SummaryRow[];
  /** The indicator table of the workbook, when it has one. */
  indikator?: IndicatorRow[];
}

/** Column keys of the outermost group (Kegiatan Utama, or Permasalahan in RB Tematik). */
function topGroupKey(matrix: Matrix): DeclaredKey {
  return matrix.groupColumns[0]?.def.key ?? 'kegiatanUtama';
}

/** The keys of the Keterangan-like choice (Rutin/Penguatan; Jenis Kegiatan in RB Tematik). */
export function typeKey(matrix: Matrix): DeclaredKey {
  return matrix.header.keyIndex.has('keterangan') ? 'keterangan' : 'jenisKegiatan';
}

export function jsonValue(v: ParsedValue): JsonValue {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'ordinal' || v.kind === 'range') return formatParsed(v, 'id');
  return null;
}

/** The outputs of the year with their attainment at the end of the quarter. */
export function outputsOfYear(matrix: Matrix, options: SummaryOptions): { inYear: OutputAttainment[]; outsideYear: number } {
  const all = attainMatrix(matrix, options.year, options.quarter);
  const inYear = all.filter((o) => o.attainment.inYear);
  return { inYear, outsideYear: all.length - inYear.length };
}

/** The indicator table's rows at the period. */
export function indicatorRows(outputs: OutputAttainment[]): IndicatorRow[] {
  return outputs.map((o) => ({
    row: o.rowNumber,
    indikator: o.text('indikator'),
    satuan: o.text('satuan'),
    sasaran: o.row.heading ?? '',
    target: jsonValue(o.attainment.target),
    realisasi: jsonValue(o.attainment.realisasi),
    capaian: o.attainment.capaian,
    status: o.attainment.status,
  }));
}

/** Builds the summary figures of a matrix for a year and quarter. */
export function summaryData(matrix: Matrix, options: SummaryOptions, inYear = outputsOfYear(matrix, options).inYear): SummaryData {
  const cap = options.cap === undefined ? 1 : options.cap;
  const outsideYear = matrix.outputs.length - inYear.length;
  const top = topGroupKey(matrix);
  const kind = typeKey(matrix);
  const attainmentOf = (o: OutputAttainment): Attainment => o.attainment;
  const by = (key: DeclaredKey) => groupFigures(inYear, (o) => o.text(key), attainmentOf, cap);
  const { name: _name, ...totals } = figuresOf('', inYear.map(attainmentOf), cap);
  return {
    period: { year: options.year, quarter: options.quarter },
    cap,
    outsideYear,
    totals,
    groups: {
      kegiatan: by(top),
      indikator: matrix.header.keyIndex.has('indikatorKegiatanUtama') ? by('indikatorKegiatanUtama') : [],
      koordinator: by('koordinator'),
      keterangan: matrix.header.keyIndex.has(kind) ? by(kind) : [],
    },
    rows: options.rows === false ? [] : inYear.map((o) => summaryRow(o, top)),
  };
}

/** An output with its attainment as the JSON shows it; `top` is the key of the outermost group column. */
function summaryRow(o: OutputAttainment, top: DeclaredKey): SummaryRow {
  return {
    row: o.rowNumber,
    kegiatan: o.text(top),
    rencanaAksi: o.text('rencanaAksi'),
    output: o.text('indikator'),
    satuan: o.text('satuan'),
    agregasi: o.attainment.agregasi,
    polaritas: o.attainment.polaritas,
    target: jsonValue(o.attainment.target),
    realisasi: jsonValue(o.attainment.realisasi),
    capaian: o.attainment.capaian,
    status: o.attainment.status,
    koordinator: o.text('koordinator'),
    kendala: o.text('kendala'),
    tindakLanjut: o.text('tindakLanjut'),
    buktiDukung: o.text('buktiDukung'),
  };
}
