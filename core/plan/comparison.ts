/**
 * How a value is compared with one bound or between two, in OOXML's own words: the operators of a
 * data validation (ST_DataValidationOperator) and of a conditional format's cell-value rule
 * (ST_ConditionalFormattingOperator) share these names, so the package writer emits them as they
 * are and the hosts' writers map each to their API's name in one table.
 */
export type Comparison = 'between' | 'notBetween' | 'equal' | 'notEqual' | 'greaterThan' | 'lessThan' | 'greaterThanOrEqual' | 'lessThanOrEqual';

export const COMPARISONS: readonly Comparison[] = ['between', 'notBetween', 'equal', 'notEqual', 'greaterThan', 'lessThan', 'greaterThanOrEqual', 'lessThanOrEqual'];

/**
 * Each comparison in words, as the hosts' APIs spell it: Office.js's data validation operators
 * (`GreaterThanOrEqualTo`) and Apps Script's `requireNumber…`/`whenNumber…` methods end so.
 */
export const COMPARISON_WORDS: Record<Comparison, string> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};

/** Between and not between take two bounds, every other comparison one. */
export function takesTwoBounds(operator: Comparison): boolean {
  return operator === 'between' || operator === 'notBetween';
}

/** Checks an operator and its bounds (finite numbers; a second, not below the first, exactly when two are taken). */
export function checkBounds(operator: Comparison, value: number, value2: number | undefined, what: string): void {
  if (!COMPARISONS.includes(operator)) throw new Error(`Plan: ${what}: unknown operator “${operator}”`);
  if (!Number.isFinite(value)) throw new Error(`Plan: ${what}: bound ${value}`);
  if (takesTwoBounds(operator) !== (value2 !== undefined)) throw new Error(`Plan: ${what}: “${operator}” takes ${takesTwoBounds(operator) ? 'two bounds' : 'one bound'}`);
  if (value2 !== undefined && !(Number.isFinite(value2) && value2 >= value)) throw new Error(`Plan: ${what}: second bound ${value2} below ${value}`);
}

/** A number as a formula writes it (`0.90995`, `1E-7`): what OOXML's `<formula>` holds for a bound. */
export function formulaNumber(n: number): string {
  return String(n).replace('e', 'E');
}

/** `x` compared so, as a formula: `H2>=1`, `AND(H2>=1,H2<=10)`, `OR(H2<1,H2>10)`, `LEN(J2)<=255`. */
export function comparisonFormula(x: string, operator: Comparison, value: number, value2?: number): string {
  const a = formulaNumber(value);
  const b = value2 === undefined ? '' : formulaNumber(value2);
  switch (operator) {
    case 'between':
      return `AND(${x}>=${a},${x}<=${b})`;
    case 'notBetween':
      return `OR(${x}<${a},${x}>${b})`;
    case 'equal':
      return `${x}=${a}`;
    case 'notEqual':
      return `${x}<>${a}`;
    case 'greaterThan':
      return `${x}>${a}`;
    case 'lessThan':
      return `${x}<${a}`;
    case 'greaterThanOrEqual':
      return `${x}>=${a}`;
    case 'lessThanOrEqual':
      return `${x}<=${a}`;
  }
}
