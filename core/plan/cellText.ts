/** The most characters an Excel cell holds (Sheets holds 50,000): every writer's limit, so all three write the same. */
export const EXCEL_CELL_CHARS = 32767;

const ELLIPSIS = '…';

/**
 * Text a planned cell can hold: as it is, or, past Excel's 32,767 characters (a long CSV field, a
 * Google Sheets cell), cut short with an ellipsis, never splitting a surrogate pair. Validation
 * reports such cells (`text-too-long`); a summary is never refused for them.
 */
export function cellTextLimit(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  let end = EXCEL_CELL_CHARS - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return text.slice(0, end) + ELLIPSIS;
}
