/**
 * Data validation as a Plan item: what may be typed into some cells (a choice from a list, a number
 * within bounds, a text of some length, a formula that must hold), the input message shown when one
 * is selected, and the alert invalid input meets. Checked and resolved here, once, for the three
 * writers: Office.js `range.dataValidation`, Apps Script's `newDataValidation()` builders, and the
 * package writer's `<dataValidation>` (ECMA-376 Part 1, 18.3.1.32), whose attributes the resolved item
 * carries as they are written.
 *
 * What both hosts can do decides what a Plan may ask: blanks always pass (Sheets never checks an empty
 * cell), a list shows its dropdown, and a custom formula is written in functions both hosts have
 * (English names, commas between arguments, references relative to its one area's top-left cell).
 */
import { areaRef, checkArea, overlaps, sheetRef, sqrefOf, type PlanArea } from './area';
import { checkBounds, comparisonFormula, formulaNumber, type Comparison } from './comparison';

export type ValidationRule =
  /** One of these texts (no commas: Office.js and OOXML separate a typed list by commas whatever the locale, OfficeDev/office-js#2128). */
  | { kind: 'list'; values: string[] }
  /** One of the values in an area of this sheet or of another one (`sheet`). */
  | { kind: 'listRange'; area: PlanArea; sheet?: string }
  /** A whole number, a number, or a text whose length compares so with the bounds. */
  | { kind: 'whole' | 'decimal' | 'textLength'; operator: Comparison; value: number; value2?: number }
  /** A formula that must be true, without `=`, relative to the area's top-left cell (`AND(ISNUMBER(B5),B5>=0)`); one area only. */
  | { kind: 'custom'; formula: string };

export type AlertStyle = 'stop' | 'warning' | 'information';

export interface PlanValidation {
  /** The cells (no cell of a validation lies in another's). */
  areas: PlanArea[];
  rule: ValidationRule;
  /** Shown when a cell is selected: Indonesian, a title of at most 32 characters and a text of at most 255. */
  prompt?: { title: string; text: string };
  /** What invalid input meets: `stop` refuses it, `warning` and `information` let the user keep it. Title ≤ 32, text ≤ 224 characters. */
  alert: { style: AlertStyle; title: string; text: string };
}

/** A validation as every writer writes it: the plan's item with OOXML's attribute values worked out. */
export interface ResolvedValidation {
  areas: PlanArea[];
  /** `sqref`: the areas as relative references joined by spaces (`B5:B20 D5`). */
  sqref: string;
  rule: ValidationRule;
  /** `type` (ST_DataValidationType). */
  type: 'list' | 'whole' | 'decimal' | 'textLength' | 'custom';
  /** `operator`, for whole, decimal and text length (absent: OOXML's default, which the other types ignore). */
  operator?: Comparison;
  /** `<formula1>` and `<formula2>`, without `=`: `"Rutin,Penguatan"`, `'Daftar'!$A$1:$A$4`, `0`, `AND(ISNUMBER(B5),B5>=0)`. */
  formula1: string;
  formula2?: string;
  /** `promptTitle`/`prompt` with `showInputMessage`, when there is a message. */
  prompt?: { title: string; text: string };
  /** `errorStyle`, `errorTitle`/`error` with `showErrorMessage`. */
  alert: { style: AlertStyle; title: string; text: string };
  /** `allowBlank`: always (see above). */
  allowBlank: true;
  /**
   * Per area, the rule as a formula on the area's top-left cell, for a host without a criterion of
   * this kind (Apps Script has none for whole numbers or text lengths): `AND(ISNUMBER(H2),H2=INT(H2),H2>=1,H2<=10)`.
   * Absent for lists.
   */
  formulas?: string[];
}

/**
 * Limits Excel keeps in a file ([MS-OI29500] 2.1.613, on ECMA-376 18.3.1.32: prompt ≤ 255, error ≤ 224,
 * both titles ≤ 32, at most 32,767 references in `sqref`) and on a typed list (255 characters).
 */
const LIMITS = { title: 32, prompt: 255, error: 224, references: 32767, list: 255 };
const ALERT_STYLES: readonly AlertStyle[] = ['stop', 'warning', 'information'];

/** Checks the plan's validations: areas in the sheet and apart, rules of their kind, texts within Excel's limits. */
export function checkValidations(validations: readonly PlanValidation[], sheetName: string): void {
  const seen: PlanArea[] = [];
  validations.forEach((v, i) => {
    const what = `validation ${i + 1}`;
    if (!Array.isArray(v.areas) || v.areas.length === 0 || v.areas.length > LIMITS.references) throw new Error(`Plan: ${what} needs 1 to ${LIMITS.references} areas`);
    for (const area of v.areas) {
      checkArea(area, what);
      const other = seen.find((a) => overlaps(a, area));
      if (other) throw new Error(`Plan: ${what} overlaps another validation at ${areaRef(area)} and ${areaRef(other)}`);
      seen.push(area);
    }
    checkRule(v.rule, what, sheetName, v.areas.length);
    if (v.prompt) {
      checkText(v.prompt.title, LIMITS.title, `${what} prompt title`);
      checkText(v.prompt.text, LIMITS.prompt, `${what} prompt`);
    }
    if (!v.alert || !ALERT_STYLES.includes(v.alert.style)) throw new Error(`Plan: ${what}: alert style ${JSON.stringify(v.alert?.style)}`);
    checkText(v.alert.title, LIMITS.title, `${what} alert title`);
    checkText(v.alert.text, LIMITS.error, `${what} alert`);
  });
}

function checkRule(rule: ValidationRule, what: string, sheetName: string, areas: number): void {
  switch (rule.kind) {
    case 'list':
      if (!Array.isArray(rule.values) || rule.values.length === 0) throw new Error(`Plan: ${what}: an empty list`);
      for (const value of rule.values) {
        if (typeof value !== 'string' || value.trim() === '' || /[,"]/.test(value) || /^[=+\-@]/.test(value)) throw new Error(`Plan: ${what}: list value ${JSON.stringify(value)} (no commas, quotes or leading = + - @)`);
      }
      if (listFormula(rule.values).length > LIMITS.list) throw new Error(`Plan: ${what}: a typed list longer than ${LIMITS.list} characters`);
      return;
    case 'listRange':
      checkArea(rule.area, `${what} list`);
      if (rule.area.top !== rule.area.bottom && rule.area.left !== rule.area.right) throw new Error(`Plan: ${what}: a list range must be one row or one column`);
      if (rule.sheet !== undefined && rule.sheet === sheetName) throw new Error(`Plan: ${what}: name no sheet for a list on the plan's own sheet`);
      return;
    case 'whole':
    case 'decimal':
    case 'textLength':
      checkBounds(rule.operator, rule.value, rule.value2, what);
      if (rule.kind !== 'decimal' && (!Number.isInteger(rule.value) || (rule.value2 !== undefined && !Number.isInteger(rule.value2)))) throw new Error(`Plan: ${what}: ${rule.kind} bounds must be whole numbers`);
      if (rule.kind === 'textLength' && rule.value < 0) throw new Error(`Plan: ${what}: a negative text length`);
      return;
    case 'custom':
      if (typeof rule.formula !== 'string' || rule.formula.trim() === '' || rule.formula.startsWith('=')) throw new Error(`Plan: ${what}: a custom formula is written without “=”`);
      if (areas > 1) throw new Error(`Plan: ${what}: a formula rule covers one area (its references are relative to it: give each area its own validation)`);
      return;
    default:
      throw new Error(`Plan: ${what}: unknown rule ${JSON.stringify(rule)}`);
  }
}

function checkText(text: string, max: number, what: string): void {
  if (typeof text !== 'string' || text.length > max) throw new Error(`Plan: ${what} must be text of at most ${max} characters`);
}

/** A typed list as OOXML's formula1 holds it: the values between double quotes, separated by commas. */
function listFormula(values: readonly string[]): string {
  return `"${values.join(',')}"`;
}

/** Resolves checked validations: OOXML's type, operator and formulas for each. */
export function resolveValidations(validations: readonly PlanValidation[]): ResolvedValidation[] {
  return validations.map((v) => {
    const { rule } = v;
    const base = { areas: v.areas.map((a) => ({ ...a })), sqref: sqrefOf(v.areas), rule, alert: { ...v.alert }, allowBlank: true as const, ...(v.prompt && { prompt: { ...v.prompt } }) };
    switch (rule.kind) {
      case 'list':
        return { ...base, type: 'list', formula1: listFormula(rule.values) };
      case 'listRange':
        return { ...base, type: 'list', formula1: rule.sheet === undefined ? areaRef(rule.area, true) : sheetRef(rule.sheet, rule.area) };
      case 'whole':
      case 'decimal':
      case 'textLength': {
        const formulas = v.areas.map((a) => {
          const x = areaRef({ ...a, bottom: a.top, right: a.left });
          if (rule.kind === 'textLength') return comparisonFormula(`LEN(${x})`, rule.operator, rule.value, rule.value2);
          const number = rule.kind === 'whole' ? [`ISNUMBER(${x})`, `${x}=INT(${x})`] : [`ISNUMBER(${x})`];
          return `AND(${[...number, comparisonFormula(x, rule.operator, rule.value, rule.value2)].join(',')})`;
        });
        return { ...base, type: rule.kind, operator: rule.operator, formula1: formulaNumber(rule.value), ...(rule.value2 !== undefined && { formula2: formulaNumber(rule.value2) }), formulas };
      }
      case 'custom':
        return { ...base, type: 'custom', formula1: rule.formula, formulas: [rule.formula] };
    }
  });
}
