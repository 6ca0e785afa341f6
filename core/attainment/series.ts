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
  /** The row's Total, used to infer the aggregation. */
  total?: ParsedValue;
  /** The Satuan, the fallback for the aggregation. */
  satuan: string;
  /** From an Agregasi / Sifat Target column, when the row says. */
  agregasi?: Agregasi;
  /** From a Polaritas column, when the row says; positive otherwise. */
  polaritas?: Polaritas;
}
