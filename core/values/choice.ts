import { cellText, type CellValue } from '../grid';
import { remember } from '../remember';

/**
 * Reads a choice cell: its text (spaces collapsed) and the canonical choice it names, compared
 * without regard to case (`rutin` names `Rutin`). `match` is undefined for a value outside the list.
 */
export function matchChoice(cell: CellValue | undefined, choices: readonly string[]): { text: string; match?: string } {
  const text = cellText(cell ?? null).replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  return { text, match: choices.find((choice) => choice.toLowerCase() === lower) };
}

/**
 * `matchChoice` for one column read row after row: its cells repeat a few texts (`Rutin`, `Penguatan`),
 * so each distinct value is matched once. The readings are shared: never modify them.
 */
export function memoChoice(choices: readonly string[]): (cell: CellValue | undefined) => { text: string; match?: string } {
  const read = remember((cell: CellValue) => matchChoice(cell, choices));
  return (cell) => read(cell ?? null);
}

/**
 * Whether a column that may hold free remarks (a *Keterangan*) speaks its list: at least half of its
 * filled cells are choices. Only such a column is checked, and grouped by, as a choice.
 */
export function speaksChoices(matches: number, filled: number): boolean {
  return matches * 2 >= filled;
}
