/**
 * A Plan: a sheet as core lays it out (the quarterly summary tab), for a host to write in one
 * batched call. Core checks and resolves it once (resolvePlan.ts); the CLI (exceljs), Excel
 * (Office.js) and Sheets (SpreadsheetApp) writers only translate the resolved plan, so the three
 * give identical sheets.
 *
 * Rows and columns are 0-based and relative to A1 of the target sheet.
 */
import type { PlanArea } from './area';
import type { PlanChart } from './chart';
import type { PlanConditionalFormat } from './conditionalFormat';
import type { PlanProtection } from './protection';
import type { PlanValidation } from './validation';

export type { PlanArea, PlanChart, PlanConditionalFormat, PlanProtection, PlanValidation };

/** A cell's content. User text is always `text`: a writer must never let it become a formula. */
export type PlanValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A calendar date (no time of day), written as a date cell. */
  | { kind: 'date'; year: number; month: number; day: number }
  /**
   * A live formula, which only core writes (never user text: formula.ts): without its `=`, in
   * English function names with commas between arguments, as OOXML's `<f>` holds it and as
   * Office.js's `formulas` and Apps Script's `setValues` take it (`IFERROR(H7/G7,"")`).
   */
  | { kind: 'formula'; formula: string }
  | { kind: 'blank' };

/** Colours are `#RRGGBB`. */
export interface PlanFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** Points. */
  size?: number;
}

/** How a cell looks: everything about it but its place and value. */
export interface PlanStyle {
  /** An Excel number format (`0%`, `#,##0`, `@`, `d mmmm yyyy`); absent: the host's default (General, or its date format for a date). */
  numberFormat?: string;
  fill?: string;
  font?: PlanFont;
  /** A thin border on all four sides. */
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  /** Top when absent and `wrap` is set (text reads from the top of a tall row). */
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /**
   * `false`: the cell stays editable when the sheet is protected (`protection`). Every cell is
   * locked unless its look says otherwise, as in Excel; a sheet without protection ignores it.
   */
  locked?: boolean;
}

export interface PlanCell extends PlanStyle {
  row: number;
  column: number;
  value: PlanValue;
}

/** A merged area, 0-based and inclusive. */
export type PlanMerge = PlanArea;

export interface Plan {
  /** The sheet to create, or to replace when a sheet of this name carries the signature (placement.ts). */
  sheetName: string;
  /**
   * A sheet of this name may be replaced only when its cell at `signature` holds `signature.text`
   * exactly: that is how a writer knows the sheet was made by RB Matrix and not by a person.
   */
  signature: { row: number; column: number; text: string };
  cells: PlanCell[];
  merges: PlanMerge[];
  /** Column widths in characters (Excel's unit), by 0-based column. */
  columnWidths: number[];
  /** Rows kept in view when scrolling (0: none). */
  frozenRows: number;
  /**
   * Row heights in points, by 0-based row, where wrapped text needs more than one line (estimated
   * from text length and column width; a host that can fit rows itself may do so instead).
   */
  rowHeights?: (number | undefined)[];
  /** What may be typed into cells, with an input message and an alert (validation.ts). */
  validations?: PlanValidation[];
  /** Looks cells take while a rule holds, the first rule winning (conditionalFormat.ts). */
  conditionalFormats?: PlanConditionalFormat[];
  /** Charts over areas of this sheet (chart.ts). */
  charts?: PlanChart[];
  /** 0-based columns the sheet hides (a row key a person should not edit). */
  hiddenColumns?: number[];
  /** The whole sheet hidden from the tabs (a sheet of row keys); it can never be the only sheet shown. */
  hidden?: boolean;
  /** Sheet protection: every cell locked but those whose look says `locked: false` (protection.ts). */
  protection?: PlanProtection;
}
