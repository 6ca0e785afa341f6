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

export interface SummaryOptions {
  year: number;
  quarter: Quarter;
  /** Cap on each output's capaian before averaging; 100% by default. */
  cap?: Cap;
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
  return {
    period: { year: options.year, quarter: options.quarter },
    cap,
    outsideYear,
    totals,
    groups: {
      kegiatan: by(top),
      indikator: by('indikatorKegiatanUtama'),
      koordinator: by('koordinator'),
      keterangan: choiceColumn(matrix, kind, inYear) ? by(kind) : [],
    },
    rows: inYear.map((o) => summaryRow(o, top)),
    warnings: summaryWarnings(matrix, inYear, options.year, options.quarter),
  };
}

/**
 * An output with its attainment as the JSON shows it; `top` is the key of the outermost group
 * column. A matrix without an output column names each output by its action.
 */
function summaryRow(o: OutputAttainment, top: DeclaredKey | undefined): SummaryRow {
  return {
    row: o.rowNumber,
    kegiatan: top === undefined ? '' : o.text(top),
    rencanaAksi: actionText(o),
    output: outputText(o),
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
