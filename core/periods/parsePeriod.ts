import { parseQuarter } from './parseQuarter';
import type { YearQuarter } from './quarter';

/**
 * A period typed by a person: a four-digit year and a quarter in any form `parseQuarter` reads, in
 * either order. `undefined` when either is missing or unreadable.
 *
 * @example parsePeriod('2023 TW II') // { year: 2023, quarter: 2 }
 * @example parsePeriod('Q3 2024')    // { year: 2024, quarter: 3 }
 * @example parsePeriod('2023')       // undefined
 */
export function parsePeriod(text: string): YearQuarter | undefined {
  const trimmed = text.trim();
  const year = /\b(\d{4})\b/.exec(trimmed);
  if (!year) return undefined;
  const rest = trimmed.replace(year[0], ' ').trim();
  const quarter = rest ? parseQuarter(rest) : undefined;
  return quarter === undefined ? undefined : { year: Number(year[1]), quarter };
}
