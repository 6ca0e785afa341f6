/**
 * The Sheets writer of a plan's data validations (core/plan/validation.ts): per area, one rule built
 * with `SpreadsheetApp.newDataValidation()` and set with `Range.setDataValidation`
 * (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder). Calls depend on
 * the plan's validations and areas, never on its rows.
 *
 * Where Sheets differs from Excel:
 * - It has no whole-number or text-length criterion: those rules go as the formula core resolved for
 *   each area (`requireFormulaSatisfied`).
 * - One help text instead of a titled input message and alert: the input message where the plan has
 *   one, else the alert's text; `stop` rejects invalid input (`setAllowInvalid(false)`), `warning` and
 *   `information` let it in with a warning mark.
 * - Blank cells are never checked, as the plan asks (allowBlank).
 */
import type { PlanArea } from '../../core/plan/area';
import type { ResolvedValidation } from '../../core/plan/resolvePlan';
import { numberCriterion } from './numberCriteria';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A plan area of `sheet` as a Range (1-based). */
export function rangeOf(sheet: Sheet, a: PlanArea): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(a.top + 1, a.left + 1, a.bottom - a.top + 1, a.right - a.left + 1);
}

export function writeValidations(sheet: Sheet, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, validations: readonly ResolvedValidation[]): void {
  for (const v of validations) v.areas.forEach((area, i) => rangeOf(sheet, area).setDataValidation(validationRule(sheet, spreadsheet, v, i)));
}

/** The rule of validation `v` for its area `i` (a formula rule is relative to its area's top-left cell). */
export function validationRule(sheet: Sheet, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, v: ResolvedValidation, i: number): GoogleAppsScript.Spreadsheet.DataValidation {
  const { rule } = v;
  let b = SpreadsheetApp.newDataValidation();
  if (rule.kind === 'list') b = b.requireValueInList(rule.values, true);
  else if (rule.kind === 'listRange') {
    const from = rule.sheet === undefined ? sheet : spreadsheet.getSheetByName(rule.sheet);
    if (!from) throw new Error(`Plan: no sheet “${rule.sheet}” for a list`);
    b = b.requireValueInRange(rangeOf(from, rule.area), true);
  } else if (rule.kind === 'decimal') b = numberCriterion(b, 'requireNumber', rule.operator, rule.value, rule.value2);
  else b = b.requireFormulaSatisfied(`=${v.formulas![i]}`);
  const help = v.prompt ?? v.alert;
  return b.setHelpText(help.title ? `${help.title}: ${help.text}` : help.text).setAllowInvalid(v.alert.style !== 'stop').build();
}
