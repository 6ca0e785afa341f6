/**
 * Whether a formula's result may spill over the cells below and to its right, as array results do
 * in Google Sheets (ARRAYFORMULA, FILTER, SORT, a custom function such as RB_VALIDASI, `{…}`). Such
 * cells hold values but no formula (`getFormulas` gives '' for them), and writing a value into one
 * breaks the array. A formula cannot spill when its only functions are known to give one value
 * (SUM, IF, ROUND, VLOOKUP…) and it names no range of several cells outside an aggregating function
 * (SUM(F6:I6) gives one value; F6:I6 alone may spill); anything else may.
 */

/** Functions that always give one value, whatever ranges they are given. */
const AGGREGATES = new Set(['SUM', 'SUMIF', 'SUMIFS', 'SUMPRODUCT', 'COUNT', 'COUNTA', 'COUNTIF', 'COUNTIFS', 'COUNTBLANK', 'AVERAGE', 'AVERAGEA', 'AVERAGEIF', 'AVERAGEIFS', 'MIN', 'MINA', 'MAX', 'MAXA', 'MEDIAN', 'PRODUCT', 'VLOOKUP', 'HLOOKUP', 'MATCH', 'TEXTJOIN', 'JOIN', 'CONCATENATE']);

/** Functions that give one value from single values. */
const SCALARS = new Set(['IF', 'IFS', 'IFERROR', 'IFNA', 'AND', 'OR', 'NOT', 'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'INT', 'ABS', 'MOD', 'CONCAT', 'TEXT', 'LEFT', 'RIGHT', 'MID', 'LEN', 'TRIM', 'UPPER', 'LOWER', 'PROPER', 'VALUE', 'DATE', 'YEAR', 'MONTH', 'DAY', 'TODAY', 'NOW', 'EDATE', 'EOMONTH', 'ISBLANK', 'ISNUMBER', 'ISTEXT', 'ISERROR', 'N', 'T', 'SUBSTITUTE', 'HYPERLINK']);

export function maySpill(formula: string): boolean {
  if (!formula.startsWith('=')) return false;
  // Text in quotes says nothing about the result's shape.
  const body = formula.slice(1).replace(/"(?:[^"]|"")*"/g, '""');
  if (body.includes('{')) return true;
  const calls = [...body.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1].toUpperCase());
  if (calls.some((name) => !AGGREGATES.has(name) && !SCALARS.has(name))) return true;
  // A range outside every aggregate: take away each aggregate call, innermost first (a call to a
  // single-value function is kept, bracketed, so its arguments still count), then look for a `:`.
  let outside = body;
  for (let previous = ''; previous !== outside; ) {
    previous = outside;
    outside = outside.replace(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(([^()]*)\)/g, (_call, name: string, args: string) => (AGGREGATES.has(name.toUpperCase()) ? '0' : `${name}[${args}]`));
  }
  return outside.includes(':');
}
