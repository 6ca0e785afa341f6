/**
 * Office.js's names for core's comparisons (core/plan/comparison.ts). Data validation and conditional
 * formats name them alike but for the two "or equal" ones, which only a validation ends with "To"
 * (DataValidationOperator: GreaterThanOrEqualTo; ConditionalCellValueOperator: GreaterThanOrEqual).
 */
import { COMPARISON_WORDS, type Comparison } from '../core/plan/comparison';

/** The operator's name for a data validation rule. */
export function validationOperator(op: Comparison): Excel.DataValidationOperator {
  return COMPARISON_WORDS[op] as Excel.DataValidationOperator;
}

/** The operator's name for a conditional format's cell-value rule. */
export function formatOperator(op: Comparison): Excel.ConditionalCellValueOperator {
  return COMPARISON_WORDS[op].replace(/OrEqualTo$/, 'OrEqual') as Excel.ConditionalCellValueOperator;
}
