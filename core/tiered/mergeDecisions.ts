/**
 * The merge, decided: for each unit file and each of its rows, which monitoring cells are copied
 * into the master, which are unchanged, which are held back as conflicts and why, and which files
 * are refused. Pure: the caller reads the files and writes the cells (`writes`). Nothing that is
 * in conflict is written, and a blank unit cell never clears a master cell, so no value is lost.
 * Merging the same files again finds every cell unchanged (idempotent).
 *
 * Conflicts:
 * - `units-disagree`: two units filled the same cell of the same row differently (neither is written);
 * - `plan-changed`: a unit changed a plan cell (output, Satuan, Koordinator, a target, the total):
 *   the row is held back whole, since its figures may mean something else now;
 * - `no-match`: a unit row whose key is not in the master (a new or retyped output, a wiped key);
 * - `duplicate-key`: one key on several rows of one unit (a copied row): none of them is written;
 * - `master-differs`: the master's cell already holds another value (written only with `overwrite`).
 *
 * A unit is refused whole, with a sentence, when it is not a split file, is from another matrix or
 * another year, or its keys mostly match nothing (an older split).
 */
import { isBlank, type CellValue } from '../grid';
import type { Bilingual } from '../i18n';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import type { Quarter } from '../periods/quarter';
import { matrixYears, monitoringFields, planFields, type Field } from './fields';
import { isRowKey, keyMaterial, outputColumn, rowKeys } from './rowKey';
import { sameValue, shownText } from './sameValue';
import { keyColumn, matrixIdentity, type SplitIdentity } from './splitIdentity';

export type Outcome = 'copied' | 'unchanged' | 'conflict' | 'refused';
export type ConflictKind = 'units-disagree' | 'plan-changed' | 'no-match' | 'duplicate-key' | 'master-differs';

/** A unit file as the caller read it: its identity sheet and matrix, or why it could not be read. */
export interface UnitInput {
  /** The file's name, as the log shows it. */
  name: string;
  identity?: SplitIdentity;
  matrix?: Matrix;
  /** Why the file could not be read at all. */
  problem?: Bilingual;
}

export interface MergeOptions {
  /** Copy only this quarter's blocks (every block when absent). */
  quarter?: Quarter;
  /** Write over a master cell that holds another value. */
  overwrite?: boolean;
}

/** One line of the log: per unit and row (and cell, for copies and conflicts). Rows are 0-based grid rows. */
export interface MergeEntry {
  unit: string;
  /** The unit's part (coordinator), from its identity. */
  part: string;
  outcome: Outcome;
  conflict?: ConflictKind;
  key?: string;
  unitRow?: number;
  masterRow?: number;
  /** The field (`realisasi_tw2_2023`, `satuan`) and its header text. */
  field?: string;
  label?: string;
  /** The output's text, for a person reading the log. */
  output?: string;
  /** The master's and the unit's values as text. */
  master?: string;
  value?: string;
  /** Why (conflicts and refusals). */
  reason?: Bilingual;
}

export interface CellWrite {
  row: number;
  column: number;
  value: CellValue;
}

export interface UnitOutcome {
  unit: string;
  part: string;
  status: 'merged' | 'conflicts' | 'refused';
  copied: number;
  unchanged: number;
  conflicts: number;
  /** For a refused unit: why. */
  reason?: Bilingual;
}

export interface MergeResult {
  entries: MergeEntry[];
  /** The master cells to set: each changes the cell. */
  writes: CellWrite[];
  units: UnitOutcome[];
}

/** Below this share of a unit's keys found in the master, the file is refused as another or older split. */
const MIN_MATCHED = 0.5;

const REASONS = {
  notSplit: { id: 'Bukan berkas hasil pembagian RB Matrix (tidak ada sheet “RBM Pembagian” atau kolom kunci baris).', en: 'Not a file made by RB Matrix’s split (no “RBM Pembagian” sheet or row-key column).' },
  noMatrix: { id: 'Tidak ada matriks yang dikenali di berkas unit ini.', en: 'No matrix was recognised in this unit file.' },
  otherKind: (unit: string, master: string) => ({ id: `Berkas ini dibagi dari matriks jenis lain (${unit}, induk: ${master}).`, en: `This file was split from another kind of matrix (${unit}, master: ${master}).` }),
  otherYear: (unit: number, years: number[]) => ({ id: `Berkas ini untuk tahun ${unit}, sedangkan matriks induk untuk tahun ${years.join(', ')}.`, en: `This file is for ${unit}, while the master is for ${years.join(', ')}.` }),
  otherMatrix: (matched: number, total: number, title: string) => ({
    id: `Hanya ${matched} dari ${total} kunci baris berkas ini ada di matriks induk: berkas ini dari matriks lain (“${title}”) atau dari pembagian lama; bagikan ulang dengan rbm split.`,
    en: `Only ${matched} of this file’s ${total} row keys are in the master: it comes from another matrix (“${title}”) or an older split; split again with rbm split.`,
  }),
  unitsDisagree: (other: string, value: string) => ({ id: `Unit “${other}” mengisi sel yang sama dengan “${value}”.`, en: `Unit “${other}” filled the same cell with “${value}”.` }),
  planChanged: { id: 'Unit mengubah sel rencana; baris ini tidak digabung.', en: 'The unit changed a plan cell; this row is not merged.' },
  pathChanged: { id: 'Kelompok atau teks output baris ini diubah unit; baris ini tidak digabung.', en: 'The unit changed this row’s group or output text; the row is not merged.' },
  noMatch: { id: 'Baris ini tidak ada di matriks induk (output baru atau diketik ulang).', en: 'This row has no match in the master (a new or retyped output).' },
  noKey: { id: 'Baris ini tidak punya kunci baris (ditambahkan unit): tidak ada padanannya di matriks induk.', en: 'This row has no row key (added by the unit): it has no match in the master.' },
  duplicateKey: { id: 'Kunci baris yang sama ada di beberapa baris berkas ini (baris disalin?); tidak ada yang digabung.', en: 'The same row key is on several rows of this file (a copied row?); none of them is merged.' },
  masterDiffers: { id: 'Sel di matriks induk sudah berisi nilai lain; pakai --overwrite untuk menimpanya.', en: 'The master’s cell already holds another value; use --overwrite to replace it.' },
};

interface Candidate {
  entry: MergeEntry;
  outcome: UnitOutcome;
  value: CellValue;
  column: number;
}

/** Decides the merge of `units` into `master` (see above). */
export function mergeDecisions(master: Matrix, units: readonly UnitInput[], options: MergeOptions = {}): MergeResult {
  const keys = rowKeys(master);
  const byKey = new Map<string, MatrixRow>();
  master.outputs.forEach((row, i) => byKey.set(keys[i], row));
  const masterPlan = planFields(master.header);
  const years = matrixYears(master.header);
  const identity = matrixIdentity(master);
  const entries: MergeEntry[] = [];
  const outcomes: UnitOutcome[] = [];
  const candidates = new Map<string, Candidate[]>();

  for (const unit of units) {
    const part = unit.identity?.part ?? '';
    const refuse = (reason: Bilingual) => {
      entries.push({ unit: unit.name, part, outcome: 'refused', reason });
      outcomes.push({ unit: unit.name, part, status: 'refused', copied: 0, unchanged: 0, conflicts: 0, reason });
    };
    if (unit.problem) { refuse(unit.problem); continue; }
    const matrix = unit.matrix;
    if (!matrix) { refuse(REASONS.noMatrix); continue; }
    const keyAt = keyColumn(matrix);
    if (!unit.identity || keyAt === undefined) { refuse(REASONS.notSplit); continue; }
    if (unit.identity.kind !== identity.kind) { refuse(REASONS.otherKind(unit.identity.kind, identity.kind)); continue; }
    const year = unit.identity.year;
    if (year !== undefined && years.length > 0 && !years.includes(year)) { refuse(REASONS.otherYear(year, years)); continue; }
    const stored = matrix.outputs.map((row) => shownText(row.values[keyAt]));
    const keyed = stored.filter(isRowKey);
    const matched = keyed.filter((k) => byKey.has(k)).length;
    if (keyed.length === 0 || matched < keyed.length * MIN_MATCHED) { refuse(REASONS.otherMatrix(matched, keyed.length, unit.identity.matrix)); continue; }

    const scope = { quarter: options.quarter, year };
    const unitFields = new Map(monitoringFields(matrix.header, scope).map((f) => [f.id, f]));
    const reported = monitoringFields(master.header, scope).filter((f) => unitFields.has(f.id));
    const unitPlan = new Map(planFields(matrix.header).map((f) => [f.id, f]));
    const comparedPlan = masterPlan.filter((f) => unitPlan.has(f.id));
    const count = new Map<string, number>();
    for (const k of stored) count.set(k, (count.get(k) ?? 0) + 1);
    const outcome: UnitOutcome = { unit: unit.name, part, status: 'merged', copied: 0, unchanged: 0, conflicts: 0 };
    outcomes.push(outcome);

    matrix.outputs.forEach((row, i) => {
      const key = stored[i];
      const base: MergeEntry = { unit: unit.name, part, outcome: 'conflict', key, unitRow: row.index, output: shownText(row.values[outputColumn(matrix)]) };
      const conflict = (kind: ConflictKind, reason: Bilingual, more: Partial<MergeEntry> = {}) => {
        entries.push({ ...base, conflict: kind, reason, ...more });
        outcome.conflicts++;
      };
      if (!isRowKey(key)) return conflict('no-match', REASONS.noKey, { key: undefined });
      if ((count.get(key) ?? 0) > 1) return conflict('duplicate-key', REASONS.duplicateKey);
      const target = byKey.get(key);
      if (!target) return conflict('no-match', REASONS.noMatch);
      base.masterRow = target.index;
      // Plan cells: any change holds the whole row back.
      let changed = false;
      for (const f of comparedPlan) {
        const theirs = row.values[unitPlan.get(f.id)!.column];
        const ours = target.values[f.column];
        if (!sameValue(theirs, ours)) {
          changed = true;
          conflict('plan-changed', REASONS.planChanged, { field: f.id, label: f.label, master: shownText(ours), value: shownText(theirs) });
        }
      }
      if (!changed && keyMaterial(matrix, row) !== keyMaterial(master, target)) {
        changed = true;
        conflict('plan-changed', REASONS.pathChanged);
      }
      if (changed) return;
      let pending = 0;
      for (const f of reported) {
        const value = row.values[unitFields.get(f.id)!.column];
        if (isBlank(value)) continue;
        const current = master.grid.values[target.index]?.[f.column] ?? null;
        if (sameValue(value, current)) continue;
        const entry: MergeEntry = { ...base, outcome: 'copied', field: f.id, label: f.label, master: shownText(current), value: shownText(value) };
        const cell = `${target.index}:${f.column}`;
        const list = candidates.get(cell) ?? [];
        list.push({ entry, outcome, value, column: f.column });
        candidates.set(cell, list);
        pending++;
      }
      if (pending === 0) {
        entries.push({ ...base, outcome: 'unchanged' });
        outcome.unchanged++;
      }
    });
  }

  // Each cell's candidates: one value (from one unit or several agreeing) is copied; different values are not.
  const writes: CellWrite[] = [];
  for (const list of candidates.values()) {
    const first = list[0];
    const disagree = list.find((c) => !sameValue(c.value, first.value));
    const current = master.grid.values[first.entry.masterRow!]?.[first.column] ?? null;
    const held = !disagree && !isBlank(current) && !options.overwrite;
    if (!disagree && !held) writes.push({ row: first.entry.masterRow!, column: first.column, value: first.value });
    for (const c of list) {
      const o = c.outcome;
      if (disagree) {
        const other = list.find((x) => !sameValue(x.value, c.value))!;
        Object.assign(c.entry, { outcome: 'conflict', conflict: 'units-disagree', reason: REASONS.unitsDisagree(other.entry.unit, other.entry.value ?? '') });
      } else if (held) Object.assign(c.entry, { outcome: 'conflict', conflict: 'master-differs', reason: REASONS.masterDiffers });
      if (c.entry.outcome === 'conflict') o.conflicts++;
      else o.copied++;
      entries.push(c.entry);
    }
  }
  for (const o of outcomes) if (o.status !== 'refused' && o.conflicts > 0) o.status = 'conflicts';
  return { entries: sortEntries(entries, units), writes, units: outcomes };
}

/** The log's order: unit by unit as given, then by the unit's row, then by master column order of entry. */
function sortEntries(entries: MergeEntry[], units: readonly UnitInput[]): MergeEntry[] {
  const order = new Map(units.map((u, i) => [u.name, i]));
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => order.get(a.e.unit)! - order.get(b.e.unit)! || (a.e.unitRow ?? -1) - (b.e.unitRow ?? -1) || a.i - b.i)
    .map((x) => x.e);
}
