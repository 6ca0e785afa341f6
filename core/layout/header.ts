import type { ColumnKey, DeclaredKey, PeriodKey } from './columnKey';
import type { Measure } from './periodColumn';
import type { ColumnDef, LayoutDef } from './schema';

export type { Measure };

/** A column holding a target, a baseline or a realisation for a period. */
export interface PeriodColumn {
  index: number;
  /** Column key: `tw1`, `tahun2024`, `target2023`; a realisation's is `realisasi_` + its slot. */
  key: PeriodKey;
  /** The period itself, the same for a target and its realisation: `tw1`, `tahun2024`, `2023`. */
  slot: string;
  label: string;
  year?: number;
  from: number;
  to: number;
  wholeYear: boolean;
  measure: Measure;
}

/**
 * A recognised column. Its label is the lowest text of the header in that column; `path` holds the
 * labels above it, outermost first (`Target Penyelesaian (Kumulatif)` › `2026` › `TW I`), `parent`
 * the nearest of them. The same child under two parents (`Triwulan I` › `Kendala`,
 * `Triwulan II` › `Kendala`) is two columns with two paths.
 */
export interface HeaderColumn {
  index: number;
  key: ColumnKey;
  label: string;
  parent: string;
  path: string[];
  /** The grid row the label is written in. */
  row: number;
  def?: ColumnDef;
  period?: PeriodColumn;
}

/** A labelled column the header has but does not read, or reads twice. */
export interface UnreadColumn {
  index: number;
  label: string;
  path: string[];
  row: number;
}

/** Where the header is and what each column means. Rows are 0-based grid rows. */
export interface Header {
  layout: LayoutDef;
  firstRow: number;
  /** The last row of the header: its column-number row when it has one. */
  lastRow: number;
  columns: HeaderColumn[];
  /** Column index per canonical key. */
  keyIndex: Map<ColumnKey, number>;
  /** Target (and baseline) columns in time order. */
  periods: PeriodColumn[];
  /** Realisation columns in time order (`Realisasi` › `TW 1`, `Realisasi TW 1`, `Realisasi 2023`). */
  realisations: PeriodColumn[];
  /** Labelled columns no layout column matches (kept, reported as `extra-label`). */
  extras: UnreadColumn[];
  /** Columns whose meaning another column already has (`duplicate-label`). */
  duplicates: (UnreadColumn & { key: ColumnKey })[];
  /** Required columns that are absent (`missing-label`); for a choice of columns, the first of them. */
  missing: ColumnDef[];
  /** First year of the plan (the year TW 1–4 belong to), when the header tells. */
  planYear?: number;
  /** The key of the column holding the action (Rencana Aksi, else Sub Kegiatan or Kegiatan), when there is one. */
  action?: DeclaredKey;
  /** The row of column numbers (`(1) (2) …`) that closes the header, when there is one. */
  numberRow?: number;
  /** Squashed labels of each header row, for spotting page-break copies. */
  labelRows: string[][];
}

/** What the reader made of the likeliest header rows when it found no header it could use: for the message that says so. */
export interface HeaderGuess {
  firstRow: number;
  lastRow: number;
  /** Labels a layout recognised (columns and periods). */
  recognised: string[];
  /** Labels no layout recognised. */
  unrecognised: string[];
}

