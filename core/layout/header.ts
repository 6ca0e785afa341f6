import type { ColumnKey, DeclaredKey, PeriodKey } from './columnKey';
import type { BlockRole } from './monitoringBlock';
import type { Measure } from './periodColumn';
import type { ColumnDef, LayoutDef } from './schema';

export type { Measure, BlockRole };

/** A column holding a target, a baseline, or a monitoring block's child (realisation, progress, notes) for a period. */
export interface PeriodColumn {
  index: number;
  /** Column key: `tw1`, `tahun2024`, `target2023`; a monitoring child's is its role + `_` + its slot (`realisasi_tw1`, `progres_tw1`, `kendala_tw1`). */
  key: PeriodKey;
  /** The period itself, the same for a target and its realisation: `tw1`, `tahun2024`, `2023`. */
  slot: string;
  label: string;
  year?: number;
  from: number;
  to: number;
  wholeYear: boolean;
  measure: Measure;
  /** For a target: the header text that says the targets are cumulative states (`Target Penyelesaian (Kumulatif)`). */
  cumulative?: string;
}

/**
 * The monitoring columns of one period (monitoringBlock.ts): a block `Triwulan I` ›
 * `Capaian Output | Progres | Kendala | Solusi | Bukti Dukung | Catatan Evaluator`, or the flat
 * `Realisasi TW 1` alone. `columns` gives each child's column index.
 */
export interface MonitoringBlock {
  slot: string;
  year?: number;
  from: number;
  to: number;
  wholeYear: boolean;
  columns: Partial<Record<BlockRole, number>>;
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
  /** The sheet's own Capaian or Status of a quarter (resultColumn.ts): known, kept, not read, not reported. */
  computed?: true;
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
  /** Realisation columns in time order (`Realisasi` › `TW 1`, `Realisasi TW 1`, `Realisasi 2023`, `Triwulan I` › `Capaian Output`). */
  realisations: PeriodColumn[];
  /** Progress columns in time order (`Triwulan I` › `Capaian Progres (%)`, `Progres TW 1`). */
  progress: PeriodColumn[];
  /** The monitoring columns per period, in time order (realisation, progress, notes). */
  blocks: MonitoringBlock[];
  /** The header text that says the targets are cumulative states (`Target Penyelesaian (Kumulatif)`), when one does. */
  cumulative?: string;
  /** Labelled columns no layout column matches (kept, reported as `extra-label` unless `computed`). */
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

