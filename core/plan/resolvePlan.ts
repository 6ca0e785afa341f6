import type { PlanArea } from './area';
import { resolveCharts, type ResolvedChart } from './chart';
import { before, cellIn, checkedCells } from './checkPlan';
import { resolveConditionalFormats, type ResolvedConditionalFormat } from './conditionalFormat';
import type { Plan, PlanCell, PlanFont, PlanMerge, PlanStyle, PlanValue } from './plan';
import { resolveProtection, type ResolvedProtection } from './protection';
import { resolveValidations, type ResolvedValidation } from './validation';

export type { ResolvedChart, ResolvedConditionalFormat, ResolvedProtection, ResolvedValidation };

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
 * - colours are `#RRGGBB` in upper case; a width or height that sets nothing is left out;
 * - data validations, conditional formats and charts are lists beside `merges`, each resolved by its
 *   own module (validation.ts, conditionalFormat.ts, chart.ts) down to the attributes OOXML writes,
 *   and the sheet is made large enough for their areas and for the rows the charts reach over;
 * - hidden columns become runs; a protected sheet's unlocked cells (looks with `locked: false`)
 *   become rectangles, for a host that lists them rather than flags each cell (protection.ts).
 */
export interface ResolvedPlan {
  sheetName: string;
  signature: Plan['signature'];
  /** Rows and columns the sheet needs: every cell, merge, width, height, frozen row, validation, format and chart lies inside. */
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
  validations: ResolvedValidation[];
  /** In priority order: the first wins. */
  conditionalFormats: ResolvedConditionalFormat[];
  charts: ResolvedChart[];
  /** Hidden columns as runs of neighbouring 0-based columns (a host hides a run in one call). */
  hiddenColumns: ColumnRun[];
  /** The sheet is hidden from the tabs. */
  hidden: boolean;
  /** Present when the sheet is protected: its options, password and unlocked cells (protection.ts). */
  protection?: ResolvedProtection;
}

/** Neighbouring 0-based columns, first to last. */
export interface ColumnRun {
  first: number;
  last: number;
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
  const checked = checkedCells(plan);
  const styles = new Styles();
  const merges = plan.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  const cells = checked.inOrder ? resolveInOrder(checked.cells, merges, styles) : resolveAnyOrder(checked.rows, merges, styles);
  let columns = 0;
  for (let i = 0; i < cells.length; i++) if (cells[i].column >= columns) columns = cells[i].column + 1;
  const cellRows = cells.length ? cells[cells.length - 1].row + 1 : 0;

  const columnWidths: ResolvedPlan['columnWidths'] = [];
  plan.columnWidths.forEach((width, column) => {
    if (!(typeof width === 'number' && width > 0)) return;
    const run = columnWidths[columnWidths.length - 1];
    if (run && run.width === width && run.last === column - 1) run.last = column;
    else columnWidths.push({ first: column, last: column, width });
  });
  const hiddenColumns = columnRuns(plan.hiddenColumns ?? []);
  for (const run of hiddenColumns) columns = Math.max(columns, run.last + 1);
  const rowHeights = (plan.rowHeights ?? []).flatMap((height, row) => (typeof height === 'number' && height > 0 ? [{ row, height }] : []));
  const validations = resolveValidations(plan.validations ?? []);
  const conditionalFormats = resolveConditionalFormats(plan.conditionalFormats ?? []);
  const charts = resolveCharts(plan.charts ?? [], plan.sheetName, plan.rowHeights ?? []);
  let rows = Math.max(plan.frozenRows, cellRows);
  for (const h of rowHeights) rows = Math.max(rows, h.row + 1);
  for (const w of columnWidths) columns = Math.max(columns, w.last + 1);
  const areas: PlanArea[] = [
    ...validations.flatMap((v) => v.areas),
    ...validations.flatMap((v) => (v.rule.kind === 'listRange' && v.rule.sheet === undefined ? [v.rule.area] : [])),
    ...conditionalFormats.flatMap((f) => f.areas),
    ...charts.flatMap((c) => [c.categories.area, ...c.series.map((s) => s.values), { top: c.anchor.row, left: c.anchor.column, bottom: c.lastRow, right: c.anchor.column }]),
  ];
  for (const a of areas) {
    rows = Math.max(rows, a.bottom + 1);
    columns = Math.max(columns, a.right + 1);
  }

  const protection = plan.protection && resolveProtection(plan.protection, unlockedCells(cells, styles.list));
  return {
    sheetName: plan.sheetName,
    signature: plan.signature,
    bounds: { rows, columns },
    cells,
    styles: styles.list,
    merges,
    columnWidths,
    rowHeights,
    frozenRows: plan.frozenRows,
    validations,
    conditionalFormats,
    charts,
    hiddenColumns,
    hidden: plan.hidden === true,
    ...(protection && { protection }),
  };
}

/** Distinct 0-based columns as runs of neighbours, in order. */
export function columnRuns(columns: readonly number[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (const column of [...new Set(columns)].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run.last === column - 1) run.last = column;
    else runs.push({ first: column, last: column });
  }
  return runs;
}

/** The positions of the cells whose look unlocks them. */
export function unlockedCells(cells: readonly { row: number; column: number; style: number }[], styles: readonly ResolvedStyle[]): { row: number; column: number }[] {
  return cells.filter((c) => c.style >= 0 && styles[c.style].locked === false);
}

const BLANK: PlanValue = { kind: 'blank' };

/**
 * The resolved cells of a plan whose cells are in order (checkPlan.ts's `CheckedCells`): one pass,
 * with the places a merge hides and no cell holds filled in where they stand, blank in the look of
 * the merge's top-left. (SheetWriter's plans: two million cells at 200,000 outputs, and a dozen merges.)
 */
function resolveInOrder(planned: readonly PlanCell[], merges: readonly PlanArea[], styles: Styles): ResolvedCell[] {
  const fills: { row: number; column: number; master: PlanCell }[] = [];
  for (const m of merges) {
    const master = cellIn(planned, m.top, m.left);
    if (!master) continue;
    for (let row = m.top; row <= m.bottom; row++) {
      for (let column = m.left; column <= m.right; column++) if (!cellIn(planned, row, column)) fills.push({ row, column, master });
    }
  }
  fills.sort((a, b) => a.row - b.row || a.column - b.column);
  const cells: ResolvedCell[] = [];
  let f = 0;
  // A merge's top-left comes before the places it hides, so its look is known when they are filled.
  const fillUpTo = (limit: ResolvedCell | undefined) => {
    for (; f < fills.length && (limit === undefined || before(fills[f], limit)); f++) cells.push({ row: fills[f].row, column: fills[f].column, value: BLANK, style: styles.index(fills[f].master) });
  };
  for (let i = 0; i < planned.length; i++) {
    const cell = planned[i];
    const resolved: ResolvedCell = { row: cell.row, column: cell.column, value: cell.value, style: styles.index(cell) };
    if (f < fills.length) fillUpTo(resolved);
    cells.push(resolved);
  }
  fillUpTo(undefined);
  return cells;
}

/** The resolved cells of any other plan, from the last plan cell of each place (see `resolveInOrder`). */
function resolveAnyOrder(planned: PlanCell[][], merges: readonly PlanArea[], styles: Styles): ResolvedCell[] {
  const byRow: ResolvedCell[][] = [];
  // Indexed loops skipping the holes (as forEach does).
  for (let r = 0; r < planned.length; r++) {
    const row = planned[r];
    if (row === undefined) continue;
    const out: ResolvedCell[] = (byRow[r] = []);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell !== undefined) out[c] = { row: r, column: c, value: cell.value, style: styles.index(cell) };
    }
  }
  for (const m of merges) {
    const master = byRow[m.top]?.[m.left];
    if (!master) continue;
    for (let row = m.top; row <= m.bottom; row++) {
      const out = (byRow[row] ??= []);
      for (let column = m.left; column <= m.right; column++) out[column] ??= { row, column, value: BLANK, style: master.style };
    }
  }
  // Sparse arrays are walked in index order: the cells come out row by row without a sort.
  const cells: ResolvedCell[] = [];
  for (let r = 0; r < byRow.length; r++) {
    const row = byRow[r];
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++) if (row[c] !== undefined) cells.push(row[c]);
  }
  return cells;
}

/** The distinct looks, interned by content (a plan's, or a sheet patch's). */
export class Styles {
  readonly list: ResolvedStyle[] = [{}];
  private readonly byLook = new Map<string, number>([['{}', 0]]);
  /** Per column, a cell of each look met there: a column holds few looks, so most cells match one without a key. */
  private readonly seen: { cell: PlanStyle; style: number }[][] = [];

  index(cell: PlanStyle & { column: number }): number {
    const seen = (this.seen[cell.column] ??= []);
    for (const s of seen) if (sameLook(s.cell, cell)) return s.style;
    const style = lookOf(cell);
    const key = JSON.stringify(style);
    let i = this.byLook.get(key);
    if (i === undefined) {
      i = this.list.push(style) - 1;
      this.byLook.set(key, i);
    }
    if (seen.length < 16) seen.unshift({ cell, style: i });
    return i;
  }
}

/** True when two plan cells are styled with the very same values (fonts compared by their properties). */
function sameLook(a: PlanStyle, b: PlanStyle): boolean {
  const f = a.font;
  const g = b.font;
  return (
    a.numberFormat === b.numberFormat &&
    a.fill === b.fill &&
    a.border === b.border &&
    a.horizontal === b.horizontal &&
    a.vertical === b.vertical &&
    a.wrap === b.wrap &&
    a.locked === b.locked &&
    (f === g || (f?.bold === g?.bold && f?.italic === g?.italic && f?.color === g?.color && f?.size === g?.size))
  );
}

/** A plan cell's look, resolved, its properties always in the same order (so equal looks give equal keys). */
export function lookOf(cell: PlanStyle): ResolvedStyle {
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
  if (cell.locked === false) style.locked = false;
  return style;
}
