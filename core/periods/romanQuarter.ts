import { assertQuarter, type Quarter } from './quarter';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * A quarter number in Roman numerals, as Indonesian reports write it (`TW III`).
 * Throws a `RangeError` for a quarter other than 1–4.
 *
 * @example romanQuarter(3) // 'III'
 */
export function romanQuarter(quarter: Quarter): 'I' | 'II' | 'III' | 'IV' {
  assertQuarter(quarter);
  return ROMAN[quarter - 1];
}
