import { cellText, type CellValue } from '../grid';
import type { DeclaredKey } from '../layout/columnKey';
import type { BlockRole, MonitoringBlock, PeriodColumn } from '../layout/detectHeader';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import { matchChoice } from '../values/choice';
import type { ParsedValue } from '../values/parseValue';
import { attainSeries, type Attainment } from './attainSeries';
import type { PeriodPoint, Series } from './series';
import { agregasiOf, agregasiSetting, polaritasOf } from './settingWords';

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
  const cumulative = header.cumulative === undefined ? undefined : { text: header.cumulative, from: 'judul' as const };
  return (row) => {
    const word = choice(agregasiColumn, row);
    const declared = word === undefined ? undefined : agregasiOf(word);
    const polaritas = choice(polaritasColumn, row);
    return {
      targets: points(header.periods, row.periods),
      realisations: points(header.realisations, row.realisations),
      progress: header.progress.length ? points(header.progress, row.progress) : undefined,
      total: row.total,
      satuan: satuan === undefined ? '' : cellText(row.values[satuan]),
      cumulative,
      ...(declared ? agregasiSetting(declared, cellText(row.values[agregasiColumn!.index])) : {}),
      polaritas: polaritas ? polaritasOf(polaritas) : undefined,
    };
  };
}

/** The series of targets and realisations of one output row. */
export function seriesOf(matrix: Matrix, row: MatrixRow): Series {
  return seriesReader(matrix)(row);
}

/** The columns of a period's monitoring block that stand in for the flat ones (`Kendala` › `Triwulan II` › `Kendala`). */
const BLOCK_TEXT: Partial<Record<DeclaredKey, BlockRole>> = { kendala: 'kendala', tindakLanjut: 'tindakLanjut', buktiDukung: 'buktiDukung', catatanEvaluator: 'catatan' };

/**
 * The monitoring block of the quarter (`Triwulan II`, `TW II 2025`), else of the whole year
 * (`Tahun 2025`): where that period's Kendala, Tindak Lanjut, Bukti Dukung and Catatan are.
 */
export function blockOf(matrix: Matrix, year: number, quarter: number, wholeYear = false): MonitoringBlock | undefined {
  const { blocks, planYear } = matrix.header;
  const sameYear = (b: MonitoringBlock) => (b.year ?? planYear ?? year) === year;
  const ofQuarter = () => blocks.find((b) => !b.wholeYear && b.to === quarter && b.from === quarter && sameYear(b));
  const ofYear = () => blocks.find((b) => b.wholeYear && sameYear(b));
  return wholeYear ? (ofYear() ?? ofQuarter()) : (ofQuarter() ?? ofYear());
}

/** The attainment of every output of a matrix at the end of a quarter (of the year: `wholeYear`), in sheet order. */
export function attainMatrix(matrix: Matrix, year: number, quarter: number, wholeYear = false): OutputAttainment[] {
  const { header, origin } = matrix;
  const series = seriesReader(matrix);
  const block = blockOf(matrix, year, quarter, wholeYear);
  // Each key's column decided once per matrix (the text of every output is asked for many times).
  const columns = new Map<DeclaredKey, number | undefined>();
  const columnOf = (key: DeclaredKey): number | undefined => {
    if (columns.has(key)) return columns.get(key);
    const role = BLOCK_TEXT[key];
    const column = (role && block?.columns[role]) ?? header.keyIndex.get(key);
    columns.set(key, column);
    return column;
  };
  return matrix.outputs.map((row) => {
    const values: CellValue[] = row.values;
    return {
      rowNumber: origin.row + row.index,
      row,
      action: header.action,
      attainment: attainSeries(series(row), year, quarter),
      text: (key) => {
        const col = columnOf(key);
        return col === undefined ? '' : cellText(values[col] ?? null);
      },
    };
  });
}
