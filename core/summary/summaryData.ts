import { actionText, attainMatrix, outputText, type OutputAttainment } from '../attainment/attainMatrix';
import type { Attainment } from '../attainment/attainSeries';
import { figuresOf, groupFigures, type Cap, type GroupFigures } from '../attainment/groupFigures';
import type { Agregasi, Polaritas, Status } from '../attainment/types';
import type { DeclaredKey } from '../layout/columnKey';
import type { Matrix } from '../model/readMatrix';
import type { Quarter } from '../periods/quarter';
import { hasValue, type ParsedValue } from '../values/parseValue';
import { formatParsed } from '../values/formatValue';
import { matchChoice, speaksChoices } from '../values/choice';
import { declaredTitle } from '../layout';
import { summaryWarnings, type SummaryWarning } from './summaryWarnings';
import { reportingRows, type CollectionDay, type ReportingRow } from './reporting';

export interface SummaryOptions {
  year: number;
  /** The quarter whose end the figures are at (4 for a whole year). */
  quarter: Quarter;
  /** A summary of the whole year (`rbm summary --year 2023` without a quarter): TW IV's figures, the year's block, named for the year. */
  wholeYear?: boolean;
  /** Cap on each output's capaian before averaging; 100% by default. */
  cap?: Cap;
  /** The coordinators' last collections (the *Log penggabungan* sheet), for who has reported. */
  collections?: readonly CollectionDay[];
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
  /** How the periods add up (KMK 467/KMK.01/2014): `kumulatif` the sum, `nilai-akhir` the last known value, `rata-rata` the average. */
  agregasi: Agregasi;
  /** Whether the sheet declared the aggregation or it was inferred, from what, and the text that says so. */
  agregasiDasar: AgregasiDasar;
  /** True when the targets are cumulative states (`0, 0, 0, 1`): the state due is compared with the latest realised state. */
  targetKumulatif: boolean;
  polaritas: Polaritas;
  /** The target compared: the one due by the quarter, else (nothing due yet) the whole year's. */
  target: JsonValue;
  /** The target due by the quarter (the state due, or the sum of the periods due); null when nothing is due yet. */
  targetJatuhTempo: JsonValue;
  /** The realisation up to the quarter, aggregated as `agregasi` says: the latest realised state, the sum or the mean. */
  realisasi: JsonValue;
  /** The latest progress up to the quarter (`Capaian Progres (%)`), as a fraction; null when the sheet reports none. */
  progres: JsonValue;
  /** Fraction, uncapped; null when not due or not computable. */
  capaian: number | null;
  /** What the capaian was computed from: the realised output, or the progress where no realised output was read. */
  capaianDari: 'realisasi' | 'progres' | null;
  status: Status;
  koordinator: string;
  /** The quarter's notes: from its monitoring block (`Triwulan II` › `Kendala`) where there is one, else the flat columns. */
  kendala: string;
  tindakLanjut: string;
  buktiDukung: string;
  catatanEvaluator: string;
}

/** Where a row's aggregation came from: declared by the sheet (its Agregasi column, its header) or inferred (its Total, its values, its Satuan). */
export interface AgregasiDasar {
  sumber: 'dinyatakan' | 'disimpulkan';
  dari: 'kolom-agregasi' | 'judul-kolom' | 'total' | 'jenis-nilai' | 'satuan';
  /** What the sheet says there: the Agregasi cell, the header label, the Total, the last target, the Satuan. */
  teks: string;
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
  period: { year: number; quarter: Quarter; wholeYear?: true };
  cap: Cap;
  /** Outputs of the matrix with no target in the year (left out of everything below). */
  outsideYear: number;
  totals: Totals;
  groups: { kegiatan: GroupFigures[]; indikator: GroupFigures[]; koordinator: GroupFigures[]; keterangan: GroupFigures[] };
  rows: SummaryRow[];
  /** Who has reported, per Koordinator (reporting.ts); empty without a Koordinator column. */
  pelaporan: ReportingRow[];
  /** The indicator table of the workbook, when it has one. */
  indikator?: IndicatorRow[];
  /** Why the figures say nothing true, when they do not (summaryWarnings.ts): empty for a summary that does. */
  warnings: SummaryWarning[];
}

/** Column key of the outermost group (Kegiatan Utama, Permasalahan in RB Tematik, Program …), when the matrix groups its rows. */
function topGroupKey(matrix: Matrix): DeclaredKey | undefined {
  return matrix.groupColumns[0]?.def.key;
}

/** The keys of the Keterangan-like choice (Rutin/Penguatan; Jenis Kegiatan in RB Tematik). */
export function typeKey(matrix: Matrix): DeclaredKey {
  return matrix.header.keyIndex.has('keterangan') ? 'keterangan' : 'jenisKegiatan';
}

export function jsonValue(v: ParsedValue): JsonValue {
  if (v.kind === 'number') return v.value;
  if (hasValue(v)) return formatParsed(v, 'id');
  return null;
}

/** The outputs of the year with their attainment at the end of the quarter. */
export function outputsOfYear(matrix: Matrix, options: SummaryOptions): { inYear: OutputAttainment[]; outsideYear: number } {
  const all = attainMatrix(matrix, options.year, options.quarter, options.wholeYear);
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

/** Whether the Keterangan-like column holds its choices (Rutin / Penguatan), not free remarks: only then are outputs grouped by it. */
function choiceColumn(matrix: Matrix, key: DeclaredKey, outputs: OutputAttainment[]): boolean {
  const def = matrix.header.columns.find((c) => c.key === key)?.def;
  if (!def?.choices) return false;
  if (!def.remarks) return true;
  let filled = 0;
  let matches = 0;
  for (const o of outputs) {
    const { text, match } = matchChoice(o.text(key), def.choices);
    if (text === '') continue;
    filled++;
    if (match) matches++;
  }
  return speaksChoices(matches, filled);
}

/** Builds the summary figures of a matrix for a year and quarter. */
export function summaryData(matrix: Matrix, options: SummaryOptions, inYear = outputsOfYear(matrix, options).inYear): SummaryData {
  const cap = options.cap === undefined ? 1 : options.cap;
  const outsideYear = matrix.outputs.length - inYear.length;
  const top = topGroupKey(matrix);
  const kind = typeKey(matrix);
  const attainmentOf = (o: OutputAttainment): Attainment => o.attainment;
  // A group is never named "": outputs with a blank cell form the group “(tanpa Koordinator)”.
  const by = (key: DeclaredKey | undefined) => {
    if (key === undefined || !matrix.header.keyIndex.has(key)) return [];
    const blank = `(tanpa ${declaredTitle(key).id})`;
    return groupFigures(inYear, (o) => o.text(key) || blank, attainmentOf, cap);
  };
  const { name: _name, ...totals } = figuresOf('', inYear.map(attainmentOf), cap);
  const koordinator = by('koordinator');
  return {
    period: { year: options.year, quarter: options.quarter, ...(options.wholeYear ? { wholeYear: true as const } : {}) },
    cap,
    outsideYear,
    totals,
    groups: {
      kegiatan: by(top),
      indikator: by('indikatorKegiatanUtama'),
      koordinator,
      keterangan: choiceColumn(matrix, kind, inYear) ? by(kind) : [],
    },
    rows: options.rows === false ? [] : inYear.map((o) => summaryRow(matrix, o, top)),
    pelaporan: reportingRows(koordinator, options.collections),
    warnings: summaryWarnings(matrix, inYear, options),
  };
}

/** The basis of a row's aggregation as the JSON says it (see `AgregasiDasar`). */
function agregasiDasar(matrix: Matrix, o: OutputAttainment): AgregasiDasar {
  const a = o.attainment;
  switch (a.basis) {
    case 'kolom':
      return { sumber: 'dinyatakan', dari: 'kolom-agregasi', teks: o.text('agregasi') };
    case 'judul':
      return { sumber: 'dinyatakan', dari: 'judul-kolom', teks: matrix.header.cumulative ?? '' };
    case 'total':
      return { sumber: 'disimpulkan', dari: 'total', teks: o.row.total && hasValue(o.row.total) ? formatParsed(o.row.total, 'id') : o.text('total') };
    case 'jenis-nilai': {
      const last = [...o.row.periods].reverse().find(hasValue);
      return { sumber: 'disimpulkan', dari: 'jenis-nilai', teks: last ? formatParsed(last, 'id') : '' };
    }
    case 'satuan':
      return { sumber: 'disimpulkan', dari: 'satuan', teks: o.text('satuan') };
  }
}

/**
 * An output with its attainment as the JSON shows it; `top` is the key of the outermost group
 * column. A matrix without an output column names each output by its action.
 */
function summaryRow(matrix: Matrix, o: OutputAttainment, top: DeclaredKey | undefined): SummaryRow {
  const a = o.attainment;
  return {
    row: o.rowNumber,
    kegiatan: top === undefined ? '' : o.text(top),
    rencanaAksi: actionText(o),
    output: outputText(o),
    satuan: o.text('satuan'),
    agregasi: a.agregasi,
    agregasiDasar: agregasiDasar(matrix, o),
    targetKumulatif: a.states,
    polaritas: a.polaritas,
    target: jsonValue(a.target),
    targetJatuhTempo: a.due ? jsonValue(a.target) : null,
    realisasi: jsonValue(a.realisasi),
    progres: jsonValue(a.progres),
    capaian: a.capaian,
    capaianDari: a.capaian === null ? null : (a.from ?? 'realisasi'),
    status: a.status,
    koordinator: o.text('koordinator'),
    kendala: o.text('kendala'),
    tindakLanjut: o.text('tindakLanjut'),
    buktiDukung: o.text('buktiDukung'),
    catatanEvaluator: o.text('catatanEvaluator'),
  };
}
