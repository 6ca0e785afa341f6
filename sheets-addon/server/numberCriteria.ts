/**
 * Apps Script's builder methods for core's comparisons of numbers (core/plan/comparison.ts): a data
 * validation's `requireNumber…` and a conditional format's `whenNumber…` end in the comparison's
 * words (`…Between`, `…GreaterThanOrEqualTo`) and take one bound or, between and not between, two.
 */
import { COMPARISON_WORDS, takesTwoBounds, type Comparison } from '../../core/plan/comparison';

/** `builder.requireNumberBetween(1, 10)`, `builder.whenNumberGreaterThanOrEqualTo(0.9)`… */
export function numberCriterion<B>(builder: B, prefix: 'requireNumber' | 'whenNumber', op: Comparison, value: number, value2?: number): B {
  const method = (builder as unknown as Record<string, (...bounds: number[]) => B>)[`${prefix}${COMPARISON_WORDS[op]}`];
  return takesTwoBounds(op) ? method.call(builder, value, value2!) : method.call(builder, value);
}
