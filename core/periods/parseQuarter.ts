import type { Quarter } from './quarter';

const NUMBERS: Record<string, Quarter> = { '1': 1, '2': 2, '3': 3, '4': 4, i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINALS: Record<string, Quarter> = { first: 1, second: 2, third: 3, fourth: 4 };
const SHORT = /^(?:(?:tw|trw|triwulan|q|kuartal|quarter)\s*[.\-]?\s*)?(1|2|3|4|i|ii|iii|iv)$/;
const ORDINAL = /^(first|second|third|fourth) quarter$/;

/**
 * Reads a quarter written on its own: `TW II`, `TW 2`, `TW-2`, `Trw. II`, `Triwulan II`,
 * `Kuartal 2`, `Q2`, `2`, `II`, `Second quarter` → 2. Case and spacing do not matter.
 * Returns `undefined` for anything else, including a quarter with a year (`TW II 2023`) —
 * `parsePeriodLabel` reads those.
 *
 * @example parseQuarter('Triwulan II') // 2
 * @example parseQuarter('TW 5') // undefined
 */
export function parseQuarter(text: string): Quarter | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const short = SHORT.exec(s);
  if (short) return NUMBERS[short[1]];
  const ordinal = ORDINAL.exec(s);
  return ordinal ? ORDINALS[ordinal[1]] : undefined;
}
