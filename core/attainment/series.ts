import type { ParsedValue } from '../values/parseValue';
import type { Agregasi, Polaritas } from './types';

/** A value of one period: quarters `from..to` of `year` (a whole year is 1..4). */
export interface PeriodPoint {
  /** Undefined when the header names no year: the period then belongs to the year asked about. */
  year?: number;
  from: number;
  to: number;
  value: ParsedValue;
}

/** Everything attainment needs about one output: its targets and realisations over time, and its settings. */
export interface Series {
  targets: PeriodPoint[];
  realisations: PeriodPoint[];
  /** Progress per period, as percentages (`Capaian Progres (%)`): used when no realised output says more. */
  progress?: PeriodPoint[];
  /** The row's Total, used to infer the aggregation. */
  total?: ParsedValue;
  /** The Satuan, the fallback for the aggregation. */
  satuan: string;
  /** The aggregation as such (sum, latest, mean), when the row's Agregasi column (or a function's argument) names one. */
  agregasi?: Agregasi;
  /**
   * Where the sheet says its targets are cumulative: the row's Agregasi column (`Kumulatif`) or the
   * header (`Target Penyelesaian (Kumulatif)`), with the text that says so.
   */
  cumulative?: { text: string; from: 'kolom' | 'judul' };
  /** From a Polaritas column, when the row says; positive otherwise. */
  polaritas?: Polaritas;
}
