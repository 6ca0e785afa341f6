/**
 * What Excel shows for the RB.* functions' results: core's problems (core/functions/problem.ts) as
 * real error values, `CustomFunctions.Error`, per cell inside a column result, so that IFERROR and
 * ISERROR see them (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors). The
 * message goes with `#VALUE!` and `#N/A` only: "You can only return a custom error message with the
 * #VALUE! and #N/A errors". Needs CustomFunctionsRuntime 1.2 for the class and 1.3 for `#DIV/0!`,
 * `#NUM!`, `#NULL!` (manifest.xml).
 */
import { isProblem, problemText, type Problem } from '../core/functions/problem';

/** `CustomFunctions.Error`'s constructor, as the runtime offers it (the project has no types for it). */
export type ErrorClass = new (code: string, message?: string) => unknown;

const WITH_MESSAGE = new Set(['#VALUE!', '#N/A']);

function excelError(p: Problem, ErrorOf: ErrorClass): unknown {
  return WITH_MESSAGE.has(p.error) ? new ErrorOf(p.error, p.message) : new ErrorOf(p.error);
}

/**
 * A function's result with every problem turned into an error value (a whole-call problem is the one
 * cell). Without the class (a runtime before 1.2, which the manifest excludes) a problem shows as text.
 */
export function excelResult(out: unknown[][], ErrorOf: ErrorClass | undefined): unknown[][] {
  for (const row of out) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (isProblem(cell)) row[i] = ErrorOf ? excelError(cell, ErrorOf) : problemText(cell);
    }
  }
  return out;
}
