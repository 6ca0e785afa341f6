/**
 * The elements of a worksheet part that carry a plan's items beside its cells, each as ECMA-376
 * Part 1 spells it: `<cols>` with widths and hidden columns (18.3.1.13), `<sheetProtection>`
 * (18.3.1.85), `<conditionalFormatting>` (18.3.1.18) and `<dataValidation>` (18.3.1.32). A new
 * sheet (sheetXml.ts) and a patched one (patchSheet.ts) write them alike; where each goes in the
 * sheet is theirs to decide, in the order CT_Worksheet requires (`WORKSHEET_ORDER`).
 */
import type { ColumnRun, ResolvedConditionalFormat, ResolvedPlan, ResolvedProtection, ResolvedValidation } from '../plan/resolvePlan';
import { escapeAttribute, escapeXml } from './xmlOutline';

/**
 * CT_Worksheet's children in the order the schema requires them (ECMA-376 Part 1, 18.3.1.99):
 * Excel refuses (repairs) a sheet whose elements come in another order.
 */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter',
  'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions',
  'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
] as const;

/** Excel's width of a column in the default font (Calibri 11): a hidden column without a width of its own keeps it for when it is shown again. */
const DEFAULT_WIDTH = 9.140625;

/** One `<col>`: 0-based columns `first`–`last` with a width (characters) and whether they are hidden. */
export interface ColumnSpec {
  first: number;
  last: number;
  width?: number;
  hidden?: boolean;
}

/**
 * Column widths and hidden columns as `<col>` runs (widths and hiding of the same column in one
 * element, neighbours alike in one run), in column order; '' when there are none.
 */
export function colElements(widths: ResolvedPlan['columnWidths'], hidden: readonly ColumnRun[]): string {
  return colRuns(widths, hidden).map(colXml).join('');
}

export function colXml(c: ColumnSpec): string {
  const width = c.width !== undefined ? ` width="${c.width}" customWidth="1"` : ` width="${DEFAULT_WIDTH}"`;
  return `<col min="${c.first + 1}" max="${c.last + 1}"${width}${c.hidden ? ' hidden="1"' : ''}/>`;
}

/** The runs of columns that have a width or are hidden, each run alike throughout. */
export function colRuns(widths: readonly { first: number; last: number; width?: number; hidden?: boolean }[], hidden: readonly ColumnRun[]): ColumnSpec[] {
  const byColumn = new Map<number, ColumnSpec>();
  for (const w of widths) for (let c = w.first; c <= w.last; c++) byColumn.set(c, { first: c, last: c, ...(w.width !== undefined && { width: w.width }), ...(w.hidden && { hidden: true }) });
  for (const h of hidden) for (let c = h.first; c <= h.last; c++) byColumn.set(c, { ...(byColumn.get(c) ?? { first: c, last: c }), hidden: true });
  const runs: ColumnSpec[] = [];
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    const spec = byColumn.get(c)!;
    const run = runs[runs.length - 1];
    if (run && run.last === c - 1 && run.width === spec.width && run.hidden === spec.hidden) run.last = c;
    else runs.push({ ...spec });
  }
  return runs;
}

/** OOXML's protection flags say what is *protected*: an allowance is its flag set to 0. */
const ALLOWANCE_FLAGS = { formatCells: 'formatCells', formatColumns: 'formatColumns', formatRows: 'formatRows', insertRows: 'insertRows', deleteRows: 'deleteRows', sort: 'sort', autoFilter: 'autoFilter' } as const;

/** `<sheetProtection>`: the sheet, its objects (charts) and scenarios protected, Excel's legacy password hash, what stays allowed. */
export function sheetProtectionXml(p: ResolvedProtection): string {
  let xml = '<sheetProtection';
  if (p.passwordHash !== undefined) xml += ` password="${p.passwordHash}"`;
  xml += ' sheet="1" objects="1" scenarios="1"';
  for (const [allowance, flag] of Object.entries(ALLOWANCE_FLAGS)) if (p.allow[allowance as keyof typeof ALLOWANCE_FLAGS]) xml += ` ${flag}="0"`;
  return xml + '/>';
}

/**
 * One `<conditionalFormatting>` per resolved format, its `<cfRule>` pointing at its look in styles.xml
 * (`dxfIds[i]`) with its priority moved past a sheet's own rules (`priorityOffset`).
 */
export function conditionalFormattingXml(formats: readonly ResolvedConditionalFormat[], dxfIds: readonly number[], priorityOffset = 0): string {
  return formats
    .map((f, i) => {
      let rule = `<cfRule type="${f.type}" dxfId="${dxfIds[i]}" priority="${f.priority + priorityOffset}" stopIfTrue="1"`;
      if (f.operator !== undefined) rule += ` operator="${f.operator}"`;
      if (f.text !== undefined) rule += ` text="${escapeAttribute(f.text)}"`;
      rule += `>${f.formulas.map((x) => `<formula>${escapeXml(x)}</formula>`).join('')}</cfRule>`;
      return `<conditionalFormatting sqref="${f.sqref}">${rule}</conditionalFormatting>`;
    })
    .join('');
}

/** One `<dataValidation>`: its type, operator and formulas, blanks allowed, its input message and its alert. */
export function dataValidationXml(v: ResolvedValidation): string {
  let xml = `<dataValidation type="${v.type}" errorStyle="${v.alert.style}"`;
  if (v.operator !== undefined) xml += ` operator="${v.operator}"`;
  xml += ' allowBlank="1"';
  if (v.prompt) xml += ' showInputMessage="1"';
  xml += ` showErrorMessage="1" errorTitle="${escapeAttribute(v.alert.title)}" error="${escapeAttribute(v.alert.text)}"`;
  if (v.prompt) xml += ` promptTitle="${escapeAttribute(v.prompt.title)}" prompt="${escapeAttribute(v.prompt.text)}"`;
  xml += ` sqref="${v.sqref}"><formula1>${escapeXml(v.formula1)}</formula1>`;
  if (v.formula2 !== undefined) xml += `<formula2>${escapeXml(v.formula2)}</formula2>`;
  return xml + '</dataValidation>';
}

/** `<dataValidations>` holding them all ('' for none). */
export function dataValidationsXml(validations: readonly ResolvedValidation[]): string {
  if (validations.length === 0) return '';
  return `<dataValidations count="${validations.length}">${validations.map(dataValidationXml).join('')}</dataValidations>`;
}

/** Unprefixed XML written for a part whose elements carry a prefix (`x:c`): the prefix on every tag (text is escaped, so only tags start with `<`). */
export function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)(\w)/g, `<$1${prefix}$2`) : xml;
}
