/**
 * The Sheets writer of a plan's conditional formats (core/plan/conditionalFormat.ts): one rule per
 * plan item, built with `SpreadsheetApp.newConditionalFormatRule()` over all its areas, and one
 * `Sheet.setConditionalFormatRules` for all of them, in the plan's priority order (the first rule
 * that holds formats a cell). It replaces the sheet's rules: the writer's sheet is new and has none.
 * (developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder,
 * .../sheet#setConditionalFormatRules(ConditionalFormatRule))
 */
import type { ResolvedConditionalFormat } from '../../core/plan/resolvePlan';
import { numberCriterion } from './numberCriteria';
import { rangeOf } from './validationWriter';

export function writeConditionalFormats(sheet: GoogleAppsScript.Spreadsheet.Sheet, formats: readonly ResolvedConditionalFormat[]): void {
  if (formats.length === 0) return;
  sheet.setConditionalFormatRules(conditionalFormatRules(sheet, formats));
}

/** The plan's conditional formats as built rules of `sheet`, in priority order. */
export function conditionalFormatRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, formats: readonly ResolvedConditionalFormat[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return formats.map((f) => {
    const { rule } = f;
    let b = SpreadsheetApp.newConditionalFormatRule();
    if (rule.kind === 'cellValue') b = numberCriterion(b, 'whenNumber', rule.operator, rule.value, rule.value2);
    else if (rule.kind === 'formula') b = b.whenFormulaSatisfied(`=${rule.formula}`);
    else b = b.whenTextContains(rule.text);
    if (f.format.fill !== undefined) b = b.setBackground(f.format.fill);
    if (f.format.fontColor !== undefined) b = b.setFontColor(f.format.fontColor);
    if (f.format.bold) b = b.setBold(true);
    return b.setRanges(f.areas.map((a) => rangeOf(sheet, a))).build();
  });
}
