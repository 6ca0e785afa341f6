import { checkPlan } from './checkPlan';
import type { Plan, PlanCell, PlanFont, PlanMerge, PlanStyle, PlanValue } from './plan';

/**
 * A Plan decided down to what each host call needs, once for the three writers (the CLI's, Excel's,
 * Sheets'), so that none of them holds a rule of its own: they only translate resolved items into
 * their host's calls, and every host shows the same sheet.
 *
 * The rules resolved here:
 * - a later cell for the same position wins (value and look);
 * - a merged area takes its top-left cell's look (so fill and borders cover it), except cells the
 *   plan styles itself; a merge of one cell is no merge;
 * - wrapped text without a vertical alignment of its own reads from the top;
 * - colours are `#RRGGBB` in upper case; a width or height that sets nothing is left out.
 *
 * Each kind of item the next issues add to a Plan (data validations, conditional formats, charts)
 * becomes one more list beside `merges`, resolved here and translated by each writer.
 */
export interface ResolvedPlan {
  sheetName: string;
  signature: Plan['signature'];
  /** Rows and columns the sheet needs: every cell, merge, width, height and frozen row lies inside. */
  bounds: { rows: number; columns: number };
  /** Each position at most once, in row-major order. */
  cells: ResolvedCell[];
  /** The distinct looks of the cells, each once; `styles[0]` is the plain look `{}`. */
  styles: ResolvedStyle[];
  /** Merged areas of two cells or more, 0-based and inclusive. */
  merges: PlanMerge[];
  /** Widths in characters (Excel's unit) as runs of neighbouring 0-based columns of one width (a host sets a run in one call). */
  columnWidths: { first: number; last: number; width: number }[];
  /** Heights in points, by 0-based row, for the rows that have one. */
  rowHeights: { row: number; height: number }[];
  /** Rows kept in view when scrolling (0: none). */
  frozenRows: number;
}

export interface ResolvedCell {
  /** 0-based, relative to A1. */
  row: number;
  column: number;
  /** Text stays text: a writer never lets it become a formula. */
  value: PlanValue;
  /** Index of the cell's look in `ResolvedPlan.styles`. */
  style: number;
}

/**
 * A cell's look, final: the Plan's own properties with every rule above applied (upper-case colours,
 * the vertical alignment of wrapped text), properties that set nothing left out (no empty `font`).
 */
export type ResolvedStyle = PlanStyle;

/** Checks a plan against its contract (`checkPlan`, which throws on a bug) and resolves it. */
export function resolvePlan(plan: Plan): ResolvedPlan {
  checkPlan(plan);
  const columnsPerRow = 16384; // Excel's width: a position as one number, faster than a string key
  const last = new Map<number, PlanCell>();
  for (const cell of plan.cells) last.set(cell.row * columnsPerRow + cell.column, cell);

  const styles = new Styles();
  const cells = new Map<number, ResolvedCell>();
  for (const [at, cell] of last) cells.set(at, { row: cell.row, column: cell.column, value: cell.value, style: styles.index(cell) });
  const merges = plan.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  for (const m of merges) {
    const master = cells.get(m.top * columnsPerRow + m.left);
    if (!master) continue;
    for (let row = m.top; row <= m.bottom; row++) {
      for (let column = m.left; column <= m.right; column++) {
        const at = row * columnsPerRow + column;
        if (!cells.has(at)) cells.set(at, { row, column, value: BLANK, style: master.style });
      }
    }
  }

  const columnWidths: ResolvedPlan['columnWidths'] = [];
  plan.columnWidths.forEach((width, column) => {
    if (!(typeof width === 'number' && width > 0)) return;
    const run = columnWidths[columnWidths.length - 1];
    if (run && run.width === width && run.last === column - 1) run.last = column;
    else columnWidths.push({ first: column, last: column, width });
  });
  const rowHeights = (plan.rowHeights ?? []).flatMap((height, row) => (typeof height === 'number' && height > 0 ? [{ row, height }] : []));
  let rows = plan.frozenRows;
  let columns = 0;
  for (const c of cells.values()) {
    rows = Math.max(rows, c.row + 1);
    columns = Math.max(columns, c.column + 1);
  }
  for (const m of merges) {
    rows = Math.max(rows, m.bottom + 1);
    columns = Math.max(columns, m.right + 1);
  }
  for (const h of rowHeights) rows = Math.max(rows, h.row + 1);
  for (const w of columnWidths) columns = Math.max(columns, w.last + 1);

  return {
    sheetName: plan.sheetName,
    signature: plan.signature,
    bounds: { rows, columns },
    cells: [...cells.values()].sort((a, b) => a.row - b.row || a.column - b.column),
    styles: styles.list,
    merges,
    columnWidths,
    rowHeights,
    frozenRows: plan.frozenRows,
  };
}

const BLANK: PlanValue = { kind: 'blank' };

/** The distinct looks, interned by content. */
class Styles {
  readonly list: ResolvedStyle[] = [{}];
  private readonly byLook = new Map<string, number>([['{}', 0]]);
  /** A quick key of the plan's own properties, so a million cells of a few looks are not each turned to JSON. */
  private readonly byProperties = new Map<string, number>();

  index(cell: PlanCell): number {
    const f = cell.font;
    const quick = `${cell.numberFormat}|${cell.fill}|${f?.bold}|${f?.italic}|${f?.color}|${f?.size}|${cell.border}|${cell.horizontal}|${cell.vertical}|${cell.wrap}`;
    let i = this.byProperties.get(quick);
    if (i !== undefined) return i;
    const style = lookOf(cell);
    const key = JSON.stringify(style);
    i = this.byLook.get(key);
    if (i === undefined) {
      i = this.list.push(style) - 1;
      this.byLook.set(key, i);
    }
    this.byProperties.set(quick, i);
    return i;
  }
}

/** A plan cell's look, resolved, its properties always in the same order (so equal looks give equal keys). */
function lookOf(cell: PlanCell): ResolvedStyle {
  const style: ResolvedStyle = {};
  if (cell.numberFormat !== undefined) style.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) style.fill = cell.fill.toUpperCase();
  const font: PlanFont = {};
  if (cell.font?.bold) font.bold = true;
  if (cell.font?.italic) font.italic = true;
  if (cell.font?.color !== undefined) font.color = cell.font.color.toUpperCase();
  if (cell.font?.size !== undefined) font.size = cell.font.size;
  if (Object.keys(font).length) style.font = font;
  if (cell.border) style.border = true;
  if (cell.horizontal !== undefined) style.horizontal = cell.horizontal;
  const vertical = cell.vertical ?? (cell.wrap ? 'top' : undefined);
  if (vertical !== undefined) style.vertical = vertical;
  if (cell.wrap) style.wrap = true;
  return style;
}
