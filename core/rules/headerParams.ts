import type { HeaderGuess } from '../layout/detectHeader';
import type { Matrix } from '../model/readMatrix';

/** At most this many labels are named in a message; the rest are counted. */
const NAMED = 12;

/** Labels for a message: `Kegiatan Utama, Satuan, TW 1 … (+3)`, or `–` for none. */
export function labelList(labels: string[]): string {
  const clean = labels.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  if (clean.length === 0) return '–';
  const named = clean.slice(0, NAMED).join(', ');
  return clean.length > NAMED ? `${named} … (+${clean.length - NAMED})` : named;
}

/** Sheet rows `4` or `4–6` (1-based). */
export function rowSpan(firstRow: number, lastRow: number, sheetRowOf: (row: number) => number): string {
  return firstRow === lastRow ? `${sheetRowOf(firstRow)}` : `${sheetRowOf(firstRow)}–${sheetRowOf(lastRow)}`;
}

/** What a header-level message says about the header: its rows, the labels recognised and those not. */
export function headerParams(matrix: Matrix): { rows: string; recognised: string; unrecognised: string } {
  const { header, origin } = matrix;
  return {
    rows: rowSpan(header.firstRow, header.lastRow, (r) => origin.row + r),
    recognised: labelList(header.columns.map((c) => c.label)),
    unrecognised: labelList([...header.extras, ...header.duplicates].sort((a, b) => a.index - b.index).map((e) => e.label)),
  };
}

/** The same for the likeliest rows when no header was found. */
export function guessParams(guess: HeaderGuess, sheetRowOf: (row: number) => number): { rows: string; recognised: string; unrecognised: string } {
  return { rows: rowSpan(guess.firstRow, guess.lastRow, sheetRowOf), recognised: labelList(guess.recognised), unrecognised: labelList(guess.unrecognised) };
}
