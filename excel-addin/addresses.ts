/**
 * Excel's addresses as Office.js hands them over: sheet-qualified areas (`'Lampiran II'!A1:P200`)
 * and lists of areas (`Sheet1!A1:B2, Sheet1!D4`, as `RangeAreas.address` reports merged areas). The
 * add-in never sends a list back (`getRanges` reads lists with the user's list separator): it
 * addresses one rectangle at a time.
 */
import { parseRange, rangeAddress, type Area } from '../core/grid';

export type { Area };

/**
 * The areas of an address or address list, without their sheet names. Sheet names may hold commas
 * and `!` (then Excel quotes them, doubling any apostrophe), so the list is split outside quotes and
 * each part is read after its last `!`. Lists come with commas (`RangeAreas.address` is documented so);
 * a `;` is taken as a separator too, in case a host reports the list in the user's own separator
 * (OfficeDev/office-js#1167: `getRanges` takes that one).
 */
export function parseAreas(address: string): Area[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still quoted
    if ((ch === ',' || ch === ';') && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const areas: Area[] = [];
  for (const part of parts) {
    const ref = part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
    if (ref) areas.push(parseArea(ref));
  }
  return areas;
}

/** `B3` or `B3:P200` as an area; throws on anything else (an address Excel gave us is never anything else). */
export function parseArea(ref: string): Area {
  const area = parseRange(ref);
  if (!area) throw new Error(`Unreadable Excel address “${ref}”`);
  return area;
}

export const areaAddress = rangeAddress;

export function cellCount(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** Whole rows (`5:5`, `7:9`) for 1-based row numbers, runs joined. */
export function rowRanges(rows: number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(`${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return out;
}
