/**
 * Excel's addresses as Office.js hands them over and takes them: sheet-qualified areas
 * (`'Lampiran II'!A1:P200`), lists of areas (`Sheet1!A1:B2, Sheet1!D4`), and lists cut to a length
 * `Worksheet.getRanges` accepts.
 */
import { parseRange, rangeAddress, type Area } from '../core/grid';

export type { Area };

/**
 * The areas of an address or address list, without their sheet names. Sheet names may hold commas
 * and `!` (then Excel quotes them, doubling any apostrophe), so the list is split outside quotes and
 * each part is read after its last `!`.
 */
export function parseAreas(address: string): Area[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still quoted
    if (ch === ',' && !quoted) {
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

/**
 * A list of A1 ranges joined into address strings of at most `maxChars` characters each.
 * `getRanges` fails on long addresses (about 8,000 characters: OfficeDev/office-js#5198), so the
 * add-in keeps each under 2,000.
 */
export function joinAddresses(ranges: string[], maxChars = 2000): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of ranges) {
    if (current && current.length + 1 + r.length > maxChars) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${r}` : r;
  }
  if (current) out.push(current);
  return out;
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
