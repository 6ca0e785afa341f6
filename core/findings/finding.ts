import type { CellValue } from '../grid';
import type { ColumnKey } from '../layout/columnKey';
import type { FindingCode, Severity } from './catalogue';

/** The column a finding concerns: its key, `periode` for the period columns as a whole, '' for row- and sheet-level findings. */
export type FindingColumn = ColumnKey | 'periode' | '';

/** One cell to change, by sheet address. `value` is written as a plain value, never as a formula. */
export interface CellEdit {
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** 1-based sheet column (`F` is 6). */
  columnNumber: number;
  value: CellValue;
}

/** A correction that is certain: applying its edits makes the finding go away. */
export interface Fix {
  message: string;
  edits: CellEdit[];
}

/** A problem found in a matrix, at a cell. This is what the JSON report lists. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** A1 address in the sheet, e.g. `L28`; for a run, its first cell. */
  cell: string;
  /** 1-based sheet row; for a run, its first row. */
  row: number;
  /**
   * Only on a run of identical findings straight down a column (core/findings/collapseRuns.ts): the
   * area it covers (`A7:A99999`) and how many findings it stands for (one per row).
   */
  range?: string;
  count?: number;
  /** The key of the column concerned (`koordinator`, `tw2`, `periode`), or '' for row- and sheet-level findings. */
  columnKey: FindingColumn;
  message: string;
  /** Values that fill the message, kept so a host can show it in another language. */
  params: Record<string, string | number>;
  variant?: string;
  fix?: Fix;
}
