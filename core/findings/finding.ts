import type { CellValue } from '../grid';
import type { FindingCode, Severity } from './catalogue';

/** One cell to change, by sheet address. `value` is written as a plain value, never as a formula. */
export interface CellEdit {
  cell: string;
  row: number;
  column: number;
  value: CellValue;
}

/** A correction that is certain: applying its edits makes the finding go away. */
export interface Fix {
  message: string;
  edits: CellEdit[];
}

/** A problem found in a matrix, at a cell. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** A1 address in the sheet, e.g. `L28`. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Canonical column key (`koordinator`, `tw2`), or `''` for row- and sheet-level findings. */
  column: string;
  message: string;
  /** Values that fill the message, kept so a host can show it in another language. */
  params: Record<string, string | number>;
  variant?: string;
  fix?: Fix;
}
