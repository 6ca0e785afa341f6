/**
 * The Excel writer of a plan's data validations (core/plan/validation.ts): one `range.dataValidation`
 * per area, rule first, then its input message and alert, all queued on the plan's WriteBatch.
 * (ExcelApi 1.8: learn.microsoft.com/javascript/api/excel/excel.datavalidation)
 *
 * - The rule goes before the prompt: a rule set on a range that already has a prompt over part of it
 *   fails with InvalidArgument (OfficeDev/office-js#2594).
 * - A typed list is one comma-separated string whatever the user's list separator: Office.js reads it
 *   so (OfficeDev/office-js#2128), and core keeps commas out of list values.
 * - A list from a range is given the Range itself, not an address string.
 */
import type { ResolvedValidation } from '../core/plan/resolvePlan';
import { validationOperator } from './operators';
import { jsonBytes, OPERATION_BYTES, type WriteBatch } from './payload';

const STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;
const RULE_KEY = { whole: 'wholeNumber', decimal: 'decimal', textLength: 'textLength' } as const;

/** The rule in Office.js's shape; ranges are taken from `sheet` or, for a list on another sheet, from `sheets`. */
function ruleOf(v: ResolvedValidation, sheet: Excel.Worksheet, sheets: Excel.WorksheetCollection): Excel.DataValidationRule {
  const { rule } = v;
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'listRange': {
      const a = rule.area;
      const on = rule.sheet === undefined ? sheet : sheets.getItem(rule.sheet);
      return { list: { inCellDropDown: true, source: on.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1) } };
    }
    case 'whole':
    case 'decimal':
    case 'textLength':
      return { [RULE_KEY[rule.kind]]: { operator: validationOperator(rule.operator), formula1: rule.value, ...(rule.value2 !== undefined && { formula2: rule.value2 }) } };
    case 'custom':
      return { custom: { formula: `=${rule.formula}` } };
  }
}

/**
 * Queues every validation of the plan on `sheet`. `replace`: each area's existing validation is
 * cleared first (`DataValidation.clear`, ExcelApi 1.8), as on a person's sheet, where a rule over
 * part of theirs would be refused; a validation of theirs reaching outside the area keeps its other cells.
 */
export async function writeValidations(sheet: Excel.Worksheet, sheets: Excel.WorksheetCollection, validations: readonly ResolvedValidation[], batch: WriteBatch, replace = false): Promise<void> {
  for (const v of validations) {
    for (const a of v.areas) {
      await batch.room(jsonBytes(v) + 6 * OPERATION_BYTES);
      const dv = sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).dataValidation;
      if (replace) dv.clear();
      dv.rule = ruleOf(v, sheet, sheets);
      dv.ignoreBlanks = v.allowBlank;
      dv.prompt = v.prompt ? { showPrompt: true, title: v.prompt.title, message: v.prompt.text } : { showPrompt: false, title: '', message: '' };
      dv.errorAlert = { showAlert: true, style: STYLE[v.alert.style] as Excel.DataValidationAlertStyle, title: v.alert.title, message: v.alert.text };
    }
  }
}
