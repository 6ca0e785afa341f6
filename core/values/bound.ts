/**
 * Bounds: a target that sets a floor or a ceiling rather than a figure. `>64`, `> 3`, `≥ 80%`,
 * `>=80`, `minimal 3`, `min. 80%`, `paling sedikit 5` (a floor); `< 5`, `≤ 10%`, `maks 10`,
 * `maksimal 2`, `paling banyak 2` (a ceiling).
 */
export type BoundOp = '>' | '>=' | '<' | '<=';

const PREFIXES: [RegExp, BoundOp][] = [
  [/^(?:>=|=>|≥|⩾|>\s*=)\s*/, '>='],
  [/^(?:<=|=<|≤|⩽|<\s*=)\s*/, '<='],
  [/^>\s*/, '>'],
  [/^<\s*/, '<'],
  [/^(?:minimal|minimum|min\.|min(?=\s)|paling sedikit|sekurang-kurangnya|sekurangnya|setidaknya|setidak-tidaknya|tidak kurang dari|at least)\s*/i, '>='],
  [/^(?:lebih dari|di atas|diatas|melebihi|more than|above)\s+/i, '>'],
  [/^(?:maksimal|maksimum|maks\.|maks(?=\s)|max\.|max(?=\s)|paling banyak|sebanyak-banyaknya|tidak lebih dari|at most)\s*/i, '<='],
  [/^(?:kurang dari|di bawah|dibawah|less than|below)\s+/i, '<'],
];

/** Splits a bound into its operator and the text of its figure (`≥ 80%` → `>=`, `80%`), or `undefined`. */
export function splitBound(text: string): { op: BoundOp; rest: string } | undefined {
  for (const [pattern, op] of PREFIXES) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length) return { op, rest: text.slice(m[0].length) };
  }
  return undefined;
}

/** True for a floor (`>`, `≥`): higher is better. */
export function isFloor(op: BoundOp): boolean {
  return op === '>' || op === '>=';
}

/** True for a strict bound (`>`, `<`): the figure itself does not meet it. */
export function isStrict(op: BoundOp): boolean {
  return op === '>' || op === '<';
}

/** The operator as people write it. */
export const BOUND_SIGN: Record<BoundOp, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };
