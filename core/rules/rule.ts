import type { CellValue } from '../grid';
import type { FindingCode } from '../findings/catalogue';
import type { Matrix } from '../model/readMatrix';

/** Text in both languages; message params may carry it so a finding renders in either. */
export interface Bilingual {
  id: string;
  en: string;
}

export type Param = string | number | Bilingual;

/** A finding as a rule reports it: grid positions (0-based), language-neutral params. */
export interface RawFinding {
  code: FindingCode;
  /** 0-based grid row. */
  row: number;
  /** 0-based grid column. */
  col: number;
  /** Canonical column key, or '' for row- and sheet-level findings. */
  column: string;
  params?: Record<string, Param>;
  variant?: string;
  fix?: { params?: Record<string, Param>; edits: { row: number; col: number; value: CellValue }[] };
}

/** One validation rule: reads the matrix model, returns its findings. */
export interface Rule {
  /** The codes this rule can report, for the documentation and tests. */
  codes: FindingCode[];
  check(matrix: Matrix): RawFinding[];
}
