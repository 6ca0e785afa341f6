import { cellText, type CellValue } from '../grid';

/**
 * Reads a choice cell: its text (spaces collapsed) and the canonical choice it names, compared
 * without regard to case (`rutin` names `Rutin`). `match` is undefined for a value outside the list.
 */
export function matchChoice(cell: CellValue | undefined, choices: readonly string[]): { text: string; match?: string } {
  const text = cellText(cell ?? null).replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  return { text, match: choices.find((choice) => choice.toLowerCase() === lower) };
}
