/**
 * True when a text written into a cell as a plain value could be read by the host as something else:
 * a formula (`=`, `+`, `-`, `@`), or a quote prefix (`'`). Hosts write such texts as literal text
 * (Excel and Sheets: a leading apostrophe, which the cell does not keep).
 */
export function needsTextGuard(text: string): boolean {
  return /^[=+\-@']/.test(text);
}
