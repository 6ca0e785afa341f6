import { cellText, type CellValue } from '../grid';
import type { DeclaredKey } from '../layout/columnKey';
import type { PeriodColumn } from '../layout/detectHeader';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import { matchChoice } from '../values/choice';
import type { ParsedValue } from '../values/parseValue';
import { attainSeries, type Attainment } from './attainSeries';
import type { PeriodPoint, Series } from './series';
import { agregasiOf, polaritasOf } from './settingWords';

/** One output of a matrix with its attainment and the texts a summary shows beside it. */
export interface OutputAttainment {
  /** 1-based row number in the sheet. */
  rowNumber: number;
  row: MatrixRow;
  attainment: Attainment;
  /** Texts of the row by column key (`kegiatanUtama`, `rencanaAksi`, `koordinator`, `kendala`…); '' when absent. */
  text: (key: DeclaredKey) => string;
  /** The key of the matrix's action column (Rencana Aksi, else Sub Kegiatan or Kegiatan), when it has one. */
  action?: DeclaredKey;
}

/** The text of an output's action (its Rencana Aksi, else Sub Kegiatan or Kegiatan). */
export function actionText(o: OutputAttainment): string {
  return o.action === undefined ? '' : o.text(o.action);
}

/** What an output is called: its output indicator, else (a road map without one) its action. */
export function outputText(o: OutputAttainment): string {
  return o.text('indikator') || actionText(o);
}

/** Prepares, once per matrix, a function that gives the series of targets and realisations of an output row. */
export function seriesReader(matrix: Matrix): (row: MatrixRow) => Series {
  const { header } = matrix;
  const points = (columns: PeriodColumn[], values: ParsedValue[]): PeriodPoint[] => {
    const out: PeriodPoint[] = [];
    columns.forEach((p, i) => {
      if (p.measure !== 'baseline') out.push({ year: p.year, from: p.from, to: p.to, value: values[i] });
    });
    return out;
  };
  const choiceColumn = (key: DeclaredKey) => header.columns.find((c) => c.key === key && c.def?.choices);
  const agregasiColumn = choiceColumn('agregasi');
  const polaritasColumn = choiceColumn('polaritas');
  const choice = (column: typeof agregasiColumn, row: MatrixRow) => (column ? matchChoice(row.values[column.index], column.def!.choices!).match : undefined);
  const satuan = header.keyIndex.get('satuan');
  return (row) => {
    const agregasi = choice(agregasiColumn, row);
    const polaritas = choice(polaritasColumn, row);
    return {
      targets: points(header.periods, row.periods),
      realisations: points(header.realisations, row.realisations),
      total: row.total,
      satuan: satuan === undefined ? '' : cellText(row.values[satuan]),
      agregasi: agregasi ? agregasiOf(agregasi) : undefined,
      polaritas: polaritas ? polaritasOf(polaritas) : undefined,
    };
  };
}

/** The series of targets and realisations of one output row. */
export function seriesOf(matrix: Matrix, row: MatrixRow): Series {
  return seriesReader(matrix)(row);
}

/** The attainment of every output of a matrix at the end of a quarter, in sheet order. */
export function attainMatrix(matrix: Matrix, year: number, quarter: number): OutputAttainment[] {
  const { header, origin } = matrix;
  const series = seriesReader(matrix);
  return matrix.outputs.map((row) => {
    const values: CellValue[] = row.values;
    return {
      rowNumber: origin.row + row.index,
      row,
      action: header.action,
      attainment: attainSeries(series(row), year, quarter),
      text: (key) => {
        const col = header.keyIndex.get(key);
        return col === undefined ? '' : cellText(values[col] ?? null);
      },
    };
  });
}
