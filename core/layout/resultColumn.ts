/**
 * `Capaian TW II 2025`, `Status TW II 2025`: a sheet's own attainment or status of one quarter, as
 * `rbm prepare` writes them (core/prepare/newColumns.ts `resultLabel`) and as evaluators title theirs.
 * Formulas over the row, not plan or realisation: the reader keeps them unread and, knowing what they
 * are, does not report them as unknown columns.
 */
const RESULT_LABEL = /^(capaian|status)\s+(tw|triwulan)\s*([ivx]+|[1-4])(\s+\d{4})?$/i;

/** Whether a top-level header label (no parent above it) titles a quarter's own Capaian or Status. */
export function isResultLabel(label: string, path: readonly string[]): boolean {
  return path.length === 0 && RESULT_LABEL.test(label.trim());
}
