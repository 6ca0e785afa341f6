/**
 * Conditional formats as Plan items: a look (fill, font colour, bold) that cells take while a rule
 * holds — their value compared with bounds, a formula, or a text they contain. Checked and resolved
 * here, once, for the three writers: Office.js `range.conditionalFormats.add(…)`, Apps Script's
 * `newConditionalFormatRule()` with one `setConditionalFormatRules`, and the package writer's
 * `<conditionalFormatting>`/`<cfRule>` with a `<dxf>` look (ECMA-376 Part 1, 18.3.1.10 and 18.8.17).
 *
 * Order is priority: the plan's first rule wins where several hold, and a rule that holds stops the
 * ones after it — what Sheets does (the first matching rule formats the cell), so Excel is told the
 * same with `stopIfTrue`.
 */
import { isHexColour } from './colour';
import { areaRef, checkArea, sqrefOf, type PlanArea } from './area';
import { checkBounds, formulaNumber, type Comparison } from './comparison';

export type FormatRule =
  /** The cell's value compared with numbers (a text cell compares as text in Excel: prefer `formula` with ISNUMBER for cells that may hold text). */
  | { kind: 'cellValue'; operator: Comparison; value: number; value2?: number }
  /** A formula that holds, without `=`, relative to the area's top-left cell (`AND(ISNUMBER(E5),E5>=0.91)`); one area only. */
  | { kind: 'formula'; formula: string }
  /** The cell's text contains this, in any case. */
  | { kind: 'containsText'; text: string };

export interface PlanConditionalFormat {
  areas: PlanArea[];
  rule: FormatRule;
  /** `#RRGGBB`. */
  fill?: string;
  font?: { color?: string; bold?: boolean };
}

export interface ResolvedConditionalFormat {
  areas: PlanArea[];
  /** `sqref` of `<conditionalFormatting>`. */
  sqref: string;
  rule: FormatRule;
  /** `priority`: 1 for the plan's first rule. */
  priority: number;
  /** `stopIfTrue`: always (see above). */
  stopIfTrue: true;
  /** `type` of `<cfRule>` (ST_CfType). */
  type: 'cellIs' | 'expression' | 'containsText';
  /** `operator` (ST_ConditionalFormattingOperator), for cellIs and containsText. */
  operator?: Comparison | 'containsText';
  /** `text`, for containsText. */
  text?: string;
  /** The `<formula>` children: the bounds, the expression, or the SEARCH test Excel writes for containsText. */
  formulas: string[];
  /** The `<dxf>`: fill (its pattern's `bgColor`), font colour and bold; colours upper case. */
  format: { fill?: string; fontColor?: string; bold?: true };
}

/** Checks the plan's conditional formats: areas in the sheet, rules of their kind, a look of `#RRGGBB` colours. */
export function checkConditionalFormats(formats: readonly PlanConditionalFormat[]): void {
  formats.forEach((f, i) => {
    const what = `conditional format ${i + 1}`;
    if (!Array.isArray(f.areas) || f.areas.length === 0) throw new Error(`Plan: ${what} has no areas`);
    for (const area of f.areas) checkArea(area, what);
    const { rule } = f;
    switch (rule.kind) {
      case 'cellValue':
        checkBounds(rule.operator, rule.value, rule.value2, what);
        break;
      case 'formula':
        if (typeof rule.formula !== 'string' || rule.formula.trim() === '' || rule.formula.startsWith('=')) throw new Error(`Plan: ${what}: a formula is written without “=”`);
        // Its references are relative to its area's top-left cell; a host adding it area by area would shift them.
        if (f.areas.length > 1) throw new Error(`Plan: ${what}: a formula rule covers one area (give each area its own rule)`);
        break;
      case 'containsText':
        if (typeof rule.text !== 'string' || rule.text === '' || rule.text.length > 255) throw new Error(`Plan: ${what}: text of 1 to 255 characters`);
        break;
      default:
        throw new Error(`Plan: ${what}: unknown rule ${JSON.stringify(rule)}`);
    }
    for (const colour of [f.fill, f.font?.color]) if (colour !== undefined && !isHexColour(colour)) throw new Error(`Plan: colour “${colour}” is not #RRGGBB`);
    if (f.fill === undefined && f.font?.color === undefined && !f.font?.bold) throw new Error(`Plan: ${what} changes nothing`);
  });
}

/** Resolves checked conditional formats: priorities, OOXML's type, operator and formulas, the look. */
export function resolveConditionalFormats(formats: readonly PlanConditionalFormat[]): ResolvedConditionalFormat[] {
  return formats.map((f, i) => {
    const format: ResolvedConditionalFormat['format'] = {};
    if (f.fill !== undefined) format.fill = f.fill.toUpperCase();
    if (f.font?.color !== undefined) format.fontColor = f.font.color.toUpperCase();
    if (f.font?.bold) format.bold = true;
    const base = { areas: f.areas.map((a) => ({ ...a })), sqref: sqrefOf(f.areas), rule: f.rule, priority: i + 1, stopIfTrue: true as const, format };
    const { rule } = f;
    switch (rule.kind) {
      case 'cellValue':
        return { ...base, type: 'cellIs', operator: rule.operator, formulas: [rule.value, ...(rule.value2 === undefined ? [] : [rule.value2])].map(formulaNumber) };
      case 'formula':
        return { ...base, type: 'expression', formulas: [rule.formula] };
      case 'containsText': {
        const first = areaRef({ ...f.areas[0], bottom: f.areas[0].top, right: f.areas[0].left });
        return { ...base, type: 'containsText', operator: 'containsText', text: rule.text, formulas: [`NOT(ISERROR(SEARCH("${rule.text.replace(/"/g, '""')}",${first})))`] };
      }
    }
  });
}
