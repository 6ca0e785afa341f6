/** Two figures are the same when they agree to a millionth (typed decimals, percentages as fractions). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}
