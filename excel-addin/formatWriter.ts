/**
 * The Excel writer of a plan's conditional formats (core/plan/conditionalFormat.ts): one
 * `range.conditionalFormats.add(type)` per area, with its rule, look and `stopIfTrue`, queued on the
 * plan's WriteBatch. (ExcelApi 1.6: learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection)
 *
 * `add` puts each new format at the top priority, so the formats are added last first: the plan's
 * first rule ends on top, as its priority 1 says.
 */
import type { ResolvedConditionalFormat } from '../core/plan/resolvePlan';
import { formatOperator } from './operators';
import { jsonBytes, OPERATION_BYTES, type WriteBatch } from './payload';

const TYPE = { cellIs: 'CellValue', expression: 'Custom', containsText: 'ContainsText' } as const;

/** Queues every conditional format of the plan on `sheet`. */
export async function writeConditionalFormats(sheet: Excel.Worksheet, formats: readonly ResolvedConditionalFormat[], batch: WriteBatch): Promise<void> {
  for (const f of [...formats].reverse()) {
    for (const a of [...f.areas].reverse()) {
      await batch.room(jsonBytes(f) + 6 * OPERATION_BYTES);
      const cf = sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).conditionalFormats.add(TYPE[f.type] as Excel.ConditionalFormatType);
      const { rule } = f;
      let look: { format: Excel.ConditionalRangeFormat };
      if (rule.kind === 'cellValue') {
        cf.cellValue.rule = { operator: formatOperator(rule.operator), formula1: `=${f.formulas[0]}`, ...(f.formulas[1] !== undefined && { formula2: `=${f.formulas[1]}` }) };
        look = cf.cellValue;
      } else if (rule.kind === 'formula') {
        cf.custom.rule.formula = `=${rule.formula}`;
        look = cf.custom;
      } else {
        cf.textComparison.rule = { operator: 'Contains' as Excel.ConditionalTextOperator, text: rule.text };
        look = cf.textComparison;
      }
      if (f.format.fill !== undefined) look.format.fill.color = f.format.fill;
      if (f.format.fontColor !== undefined) look.format.font.color = f.format.fontColor;
      if (f.format.bold) look.format.font.bold = true;
      cf.stopIfTrue = f.stopIfTrue;
    }
  }
}
