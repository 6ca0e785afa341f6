/**
 * What Google Sheets shows for the RB_ functions' results. A custom function cannot return an error
 * value for one cell of its result, only values; what it throws becomes `#ERROR!` for the whole
 * call, with the message in the cell's note (developers.google.com/apps-script/guides/sheets/functions).
 * So a problem of one row stays in that row as text, `#TW: “x” bukan triwulan 1–4`, and a problem of
 * the whole call (ranges of different lengths, an unreadable scale) is thrown. Excel shows both as
 * error values (excel-addin/functionResults.ts); the README says so.
 */
import { isProblem, problemText } from '../../core/functions/problem';

export function sheetsResult(out: unknown[][]): unknown[][] {
  for (const row of out) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (!isProblem(cell)) continue;
      if (cell.whole) throw new Error(problemText(cell));
      row[i] = problemText(cell);
    }
  }
  return out;
}
