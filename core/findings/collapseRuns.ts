import type { RawEdit, RawFinding } from '../rules/rule';

/** A finding standing for a run of identical ones straight down a column: the first, and how far it goes. */
export interface RawRun {
  finding: RawFinding;
  /** 0-based grid row of the run's last finding (the finding's own row when it stands alone). */
  lastRow: number;
  /** The findings of the run, one per row. */
  count: number;
  /** Every edit of the run's fixes, in row order (only when the findings carry fixes). */
  edits?: RawEdit[];
}

/** The shortest run reported as one finding: two in a row (a header repeated over its two rows) stay two. */
export const MIN_RUN = 3;

interface OpenRun extends RawRun {
  /** The run's findings while it is shorter than MIN_RUN (it may end up reported one by one). */
  members: RawFinding[];
}

/**
 * Runs of identical findings collapse into one over a range: the same code, variant, column and
 * params (fix params included) on MIN_RUN or more consecutive rows, as 99,994 `blank-row` notes
 * below a matrix that one stray cell far down stretches, or a Koordinator left blank in every row
 * of a CSV. The run keeps the first finding, its last row, its count and the edits of all its fixes.
 * A finding whose fix edits another row (a split row joined to the one above) stands alone.
 *
 * `findings` must be sorted by row, then column, and come out in that order (a run at its first
 * cell). Linear but for the final sort, and it never spreads an array into a call, so a million
 * findings cost a million steps and no stack.
 */
export function collapseRuns(findings: readonly RawFinding[]): RawRun[] {
  const runs: OpenRun[] = [];
  /** The run still open in each column and kind of finding, by its key. */
  const open = new Map<string, OpenRun>();
  const near = neighbours(findings);
  for (const finding of findings) {
    const key = near(finding) && collapsible(finding) ? runKey(finding) : undefined;
    const run = key === undefined ? undefined : open.get(key);
    if (run && run.lastRow === finding.row - 1) {
      run.lastRow = finding.row;
      run.count++;
      if (run.members.length < MIN_RUN) run.members.push(finding);
      if (run.edits && finding.fix) for (const edit of finding.fix.edits) run.edits.push(edit);
      continue;
    }
    const started: OpenRun = { finding, lastRow: finding.row, count: 1, members: [finding] };
    if (finding.fix) started.edits = finding.fix.edits.slice();
    if (key !== undefined) open.set(key, started);
    runs.push(started);
  }
  const out: RawRun[] = [];
  let split = false;
  for (const run of runs) {
    if (run.count >= MIN_RUN) out.push({ finding: run.finding, lastRow: run.lastRow, count: run.count, ...(run.edits ? { edits: run.edits } : {}) });
    else {
      for (const member of run.members) out.push({ finding: member, lastRow: member.row, count: 1 });
      split ||= run.count > 1;
    }
  }
  // A short run's later members belong further down the list.
  if (split) out.sort((a, b) => a.finding.row - b.finding.row || a.finding.col - b.finding.col);
  return out;
}

/**
 * Whether a finding has another in its column on the row above or below: only then can it be part
 * of a run, so only then is its key (its params as text) worth making. Most findings stand alone.
 */
function neighbours(findings: readonly RawFinding[]): (f: RawFinding) => boolean {
  let width = 1;
  for (const f of findings) width = Math.max(width, f.col + 1);
  const cells = new Set<number>();
  for (const f of findings) cells.add(f.row * width + f.col);
  return (f) => cells.has((f.row - 1) * width + f.col) || cells.has((f.row + 1) * width + f.col);
}

/** A finding may join a run unless its fix edits another row than its own. */
function collapsible(f: RawFinding): boolean {
  return !f.fix || f.fix.edits.every((e) => e.row === f.row);
}

/** What makes two findings "the same" but for their row. */
function runKey(f: RawFinding): string {
  const fixParams = f.fix && 'params' in f.fix ? f.fix.params : undefined;
  return `${f.col}\u0000${f.code}\u0000${f.variant ?? ''}\u0000${f.columnKey}\u0000${stable(f.params)}\u0000${f.fix ? `fix:${stable(fixParams)}` : ''}`;
}

/** Params as text, their keys in a fixed order (rules build them in one order, but a key must not depend on it). */
function stable(params: Readonly<Record<string, unknown>> | undefined): string {
  if (!params) return '';
  const keys = Object.keys(params);
  if (keys.length === 0) return '';
  keys.sort();
  return JSON.stringify(keys.map((k) => [k, params[k]]));
}
