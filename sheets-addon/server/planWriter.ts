/**
 * The Sheets writer of a `Plan` (core/plan/plan.ts), the counterpart of the CLI's exceljs writer
 * (cli/writePlan.ts): the same cells, formats, fills, fonts, borders, merges, widths and frozen rows.
 * The number of service calls depends on the plan's kinds of formatting (number formats, merges,
 * widths), never on its number of rows:
 * - one `setValues` and one call per style (fills, font weights, styles, colours, sizes, alignments,
 *   wraps, number formats) over the bounding box of the plan; cells the plan leaves out get Sheets'
 *   defaults. The default number format has no documented name (Sheets reports `General` or
 *   `0.###############`), so it is read from the new sheet and written back where the plan sets none;
 * - one `RangeList.setBorder` for every bordered cell;
 * - one `merge` per merged area (section titles), one `setColumnWidths` per run of equal widths.
 *
 * Where Sheets differs from Excel:
 * - Texts are written with a leading apostrophe (see core/workbench/textGuard.ts), so none becomes a formula,
 *   a number or a date.
 * - Dates are written as day serials with a date format: Sheets counts days from 30 December 1899
 *   as Excel does, and a serial does not depend on the script's or the spreadsheet's time zone.
 * - Column widths: Excel characters become pixels (7 per character + 5, Excel's own conversion for
 *   its default font). Row heights: Sheets fits wrapped rows itself, except rows holding a merged
 *   area, whose height it never fits: those get the plan's height (points × 4/3 pixels).
 * - Fonts keep Sheets' default family (Arial); an unset size is Sheets' default, 10.
 */
import { columnLetter } from '../../core/grid';
import { dayToExcelSerial } from '../../core/periods/excelSerial';
import type { Plan, PlanCell, PlanValue } from '../../core/plan/plan';
import { toRangeList } from '../../core/grid';
import { literalText, type HostValue } from '../../core/workbench/textGuard';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DEFAULT_FONT_SIZE = 10;
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

/** Writes `plan` into `sheet`, a sheet just created for it (1,000 × 26 cells, all defaults). */
export function writePlan(sheet: Sheet, plan: Plan): void {
  let rows = Math.max(1, plan.frozenRows);
  let columns = Math.max(1, plan.columnWidths.length);
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row + 1);
    columns = Math.max(columns, c.column + 1);
  }
  for (const m of plan.merges) {
    rows = Math.max(rows, m.bottom + 1);
    columns = Math.max(columns, m.right + 1);
  }
  fitSheet(sheet, rows, columns);

  const cells: (PlanCell | undefined)[][] = Array.from({ length: rows }, () => new Array<PlanCell | undefined>(columns));
  for (const c of plan.cells) cells[c.row][c.column] = c; // a later cell for the same position wins, as in exceljs
  const each = <T>(f: (c: PlanCell | undefined) => T): T[][] => cells.map((row) => Array.from(row, f));

  const box = sheet.getRange(1, 1, rows, columns);
  box.setValues(each((c) => (c ? sheetsValue(c.value) : '')));
  box.setBackgrounds(each((c) => c?.fill ?? null));
  box.setFontWeights(each((c) => (c?.font?.bold ? 'bold' : null)));
  box.setFontStyles(each((c) => (c?.font?.italic ? 'italic' : null)));
  box.setFontColors(each((c) => c?.font?.color ?? null));
  box.setFontSizes(each((c) => c?.font?.size ?? DEFAULT_FONT_SIZE));
  box.setHorizontalAlignments(each((c) => c?.horizontal ?? null));
  box.setVerticalAlignments(each((c) => c?.vertical ?? (c?.wrap ? 'top' : null)));
  box.setWraps(each((c) => c?.wrap === true));
  const defaults = box.getNumberFormats();
  box.setNumberFormats(cells.map((row, r) => Array.from(row, (c, k) => c?.numberFormat ?? (c?.value.kind === 'date' ? DEFAULT_DATE_FORMAT : defaults[r][k]))));

  const bordered: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < columns; k++) if (cells[r][k]?.border) bordered.push(`${columnLetter(k + 1)}${r + 1}`);
  }
  // As in the CLI, a merged area takes its top-left cell's border all round.
  for (const m of plan.merges) {
    if (!cells[m.top][m.left]?.border) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let k = m.left; k <= m.right; k++) if (!cells[r][k]) bordered.push(`${columnLetter(k + 1)}${r + 1}`);
  }
  if (bordered.length) sheet.getRangeList(toRangeList(bordered)).setBorder(true, true, true, true, true, true);

  const mergedRows = new Set<number>();
  for (const m of plan.merges) {
    if (m.top === m.bottom && m.left === m.right) continue; // a one-cell "merge" is no merge
    sheet.getRange(m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1).merge();
    for (let r = m.top; r <= m.bottom; r++) mergedRows.add(r);
  }
  for (const r of [...mergedRows].sort((a, b) => a - b)) {
    const height = plan.rowHeights?.[r];
    if (height !== undefined) sheet.setRowHeights(r + 1, 1, Math.round((height * 4) / 3));
  }
  for (const run of runs(plan.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, Math.round(run.width * 7 + 5));
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
}

function sheetsValue(value: PlanValue): HostValue {
  switch (value.kind) {
    case 'text':
      return literalText(value.text);
    case 'number':
      return value.value;
    case 'date':
      return dayToExcelSerial(value.year, value.month, value.day)!; // checkPlan (core) refused days that do not exist
    case 'blank':
      return '';
  }
}

/**
 * Sizes a new sheet (1,000 rows × 26 columns) to the plan: rows are added past the default, or the
 * empty rows below the summary removed, so the tab ends where the summary ends and writing it costs
 * one call whatever its length. Columns are only ever added.
 */
function fitSheet(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Runs of equal widths (in characters), skipping columns without one. */
function runs(widths: number[]): { start: number; count: number; width: number }[] {
  const out: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    if (!(typeof width === 'number' && width > 0)) return;
    const last = out[out.length - 1];
    if (last && last.width === width && last.start + last.count === i) last.count++;
    else out.push({ start: i, count: 1, width });
  });
  return out;
}
