/**
 * Formulas as Plan values. Only core writes them (the Capaian and Status of a monitoring row,
 * `rbm prepare`): user text is never a formula. They are written once for every host — English
 * function names, commas between arguments, `.` as the decimal point, relative A1 references, no
 * leading `=` — which is how OOXML's `<f>` holds a formula and how Office.js (`Range.values` or
 * `formulas` with `=`) and Apps Script (`setValues` with `=`) take one whatever the user's locale.
 */

/** Excel's longest formula (8,192 characters, "Excel specifications and limits"). */
export const MAX_FORMULA = 8192;

/** What is wrong with a formula a plan holds (as the end of a sentence), or undefined. */
export function formulaProblem(formula: unknown): string | undefined {
  if (typeof formula !== 'string' || formula.trim() === '') return 'is empty';
  if (formula.startsWith('=')) return 'is written with its “=” (a plan holds it without)';
  if (formula.length > MAX_FORMULA) return `is longer than Excel's ${MAX_FORMULA} characters`;
  if ((formula.match(/"/g) ?? []).length % 2 !== 0) return 'has an unclosed text';
  let depth = 0;
  for (const part of formula.split('"').filter((_, i) => i % 2 === 0)) {
    for (const ch of part) {
      if (ch === '(') depth++;
      else if (ch === ')' && --depth < 0) return 'closes a bracket it never opened';
    }
  }
  return depth === 0 ? undefined : 'leaves a bracket open';
}

/** A text as a formula's string literal: in double quotes, its own quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
