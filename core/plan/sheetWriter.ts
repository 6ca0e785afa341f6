import { cellTextLimit } from './cellText';
import type { Plan, PlanCell, PlanChart, PlanConditionalFormat, PlanMerge, PlanStyle, PlanValidation, PlanValue } from './plan';

/** How a cell looks (the Plan's `PlanStyle`). */
export type CellStyle = PlanStyle;

/** A cell's value and look, before it has a place: what a table's column gives for a row. */
export interface CellContent {
  value: PlanValue;
  style: CellStyle;
}

/** User text or a label: always a text cell, whatever it starts with; past 32,767 characters cut short with “…”. */
export function textCell(text: string, style: CellStyle = NO_STYLE): CellContent {
  return { value: { kind: 'text', text: cellTextLimit(text) }, style };
}

/** A number, or a blank (styled) cell when there is none. */
export function numberCell(value: number | null, style: CellStyle = NO_STYLE): CellContent {
  return { value: value === null || !Number.isFinite(value) ? BLANK : { kind: 'number', value }, style };
}

export function blankCell(style: CellStyle = NO_STYLE): CellContent {
  return { value: BLANK, style };
}

/** Collects the cells of a Plan row by row, so a builder reads top to bottom like the sheet. */
export class SheetWriter {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanMerge[] = [];
  readonly validations: PlanValidation[] = [];
  readonly conditionalFormats: PlanConditionalFormat[] = [];
  /** Charts in the order they stand, top to bottom; placed when the plan is made (their rows depend on every row's height). */
  private readonly charts: Omit<PlanChart, 'anchor'>[] = [];

  /** User text or labels: always a text cell, whatever it starts with. */
  text(row: number, column: number, text: string, style: CellStyle = NO_STYLE): void {
    this.put(row, column, textCell(text, style));
  }

  /** One value object per distinct text and number: a summary repeats its Koordinator, statuses and units down 200,000 rows. */
  private readonly texts = new Map<string, PlanValue>();
  private readonly numbers = new Map<number, PlanValue>();

  /**
   * Each style met, as a copy of one shape (absent properties undefined): styles are written as
   * literals of a dozen shapes, and reading seven properties of any of them for every cell went
   * through V8's slowest property access (170 ms of a 100,000-output summary's 720).
   */
  private readonly shaped = new Map<CellStyle, CellStyle>();

  // Every cell has the same shape (absent styles as undefined): summaries of 100,000 rows stay fast.
  put(row: number, column: number, content: CellContent): void {
    let style = this.shaped.get(content.style);
    if (style === undefined) {
      const s = content.style;
      style = { numberFormat: s.numberFormat, fill: s.fill, font: s.font, border: s.border, horizontal: s.horizontal, vertical: s.vertical, wrap: s.wrap };
      this.shaped.set(s, style);
    }
    let value = content.value;
    if (value.kind === 'text') {
      const seen = this.texts.get(value.text);
      if (seen) value = seen;
      else this.texts.set(value.text, value);
    } else if (value.kind === 'number') {
      const seen = this.numbers.get(value.value);
      if (seen) value = seen;
      else this.numbers.set(value.value, value);
    }
    this.cells.push({ row, column, value, numberFormat: style.numberFormat, fill: style.fill, font: style.font, border: style.border, horizontal: style.horizontal, vertical: style.vertical, wrap: style.wrap });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** A chart, to stand below the charts added before it. */
  chart(chart: Omit<PlanChart, 'anchor'>): void {
    this.charts.push(chart);
  }

  /** The plan; its charts stacked down from cell `chartsAt`, each by its distance below that cell, with a gap between two. */
  plan(sheetName: string, signature: Plan['signature'], columnWidths: number[], frozenRows: number, chartsAt?: { row: number; column: number }): Plan {
    const rowHeights = this.rowHeights(columnWidths);
    const charts: PlanChart[] = [];
    if (this.charts.length && !chartsAt) throw new Error('Plan: charts need a cell to stand from');
    let offsetY = 0;
    for (const chart of this.charts) {
      charts.push({ ...chart, anchor: { ...chartsAt!, offsetY } });
      offsetY += chart.height + CHART_GAP;
    }
    return { sheetName, signature, cells: this.cells, merges: this.merges, columnWidths, frozenRows, rowHeights, validations: this.validations, conditionalFormats: this.conditionalFormats, charts };
  }

  /** Heights for rows whose wrapped texts need several lines: about 15 points a line. */
  private rowHeights(widths: number[]): (number | undefined)[] {
    const lines: number[] = [];
    const cells = this.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell.wrap || cell.value.kind !== 'text') continue;
      const perLine = Math.max(1, widths[cell.column] ?? 10);
      const n = Math.ceil(cell.value.text.length / perLine);
      if (n > (lines[cell.row] ?? 1)) lines[cell.row] = n;
    }
    return Array.from(lines, (n) => (n === undefined ? undefined : Math.min(409, 15 * n)));
  }
}

const NO_STYLE: CellStyle = {};
/** Points between two stacked charts. */
const CHART_GAP = 20;
const BLANK: PlanValue = { kind: 'blank' };
