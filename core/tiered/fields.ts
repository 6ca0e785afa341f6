/**
 * Which cells of a row a coordinator reports, and which it must leave as planned. Both are named
 * by meaning (`realisasi_tw2_2025`, `satuan`, `tw3`), not by column, so a unit file and its master
 * are compared field by field even when their columns differ.
 */
import type { Header, MonitoringBlock } from '../layout/header';
import type { BlockRole } from '../layout/monitoringBlock';
import type { Quarter } from '../periods/quarter';

export interface Field {
  /** Stable name: a monitoring child with its period (`realisasi_tw2_2025`), a plan column's key. */
  id: string;
  column: number;
  /** The header's text for the column (`Triwulan II › Realisasi`), for the log. */
  label: string;
}

/** The monitoring children a merge copies (Catatan Evaluator is the RB team's own, never a unit's). */
export const REPORTED_ROLES: readonly BlockRole[] = ['realisasi', 'progres', 'kendala', 'tindakLanjut', 'buktiDukung'];
/** Flat note columns (one for every quarter): the coordinator's current notes. */
const FLAT_NOTES = ['kendala', 'tindakLanjut', 'buktiDukung'] as const;
/** Plan columns a unit must not change (the output's text is compared through its row key). */
const PLAN_KEYS = ['indikator', 'satuan', 'koordinator', 'total'] as const;

/** Which blocks a merge or a split opens: a quarter's (of `year` where blocks tell their year), or every one. */
export interface FieldScope {
  quarter?: Quarter;
  year?: number;
}

function label(header: Header, column: number): string {
  const c = header.columns.find((h) => h.index === column);
  return c ? [...c.path, c.label].filter((t) => t !== '').join(' › ') : '';
}

function inScope(block: MonitoringBlock, header: Header, scope: FieldScope): boolean {
  const year = block.year ?? header.planYear;
  if (scope.year !== undefined && year !== undefined && year !== scope.year) return false;
  return scope.quarter === undefined || (!block.wholeYear && block.from === scope.quarter && block.to === scope.quarter);
}

/** The cells a unit reports: each block child of the scope, then the flat note columns. */
export function monitoringFields(header: Header, scope: FieldScope = {}): Field[] {
  const fields: Field[] = [];
  for (const block of header.blocks) {
    if (!inScope(block, header, scope)) continue;
    const year = block.year ?? header.planYear;
    for (const role of REPORTED_ROLES) {
      const column = block.columns[role];
      if (column !== undefined) fields.push({ id: `${role}_${block.slot}${year === undefined ? '' : `_${year}`}`, column, label: label(header, column) });
    }
  }
  const taken = new Set(fields.map((f) => f.column));
  for (const key of FLAT_NOTES) {
    const column = header.keyIndex.get(key);
    if (column !== undefined && !taken.has(column)) fields.push({ id: key, column, label: label(header, column) });
  }
  return fields;
}

/** The plan cells compared on every row: the output, Satuan, Koordinator, every target, the total. */
export function planFields(header: Header): Field[] {
  const fields: Field[] = [];
  for (const key of PLAN_KEYS) {
    const column = header.keyIndex.get(key);
    if (column !== undefined) fields.push({ id: key, column, label: label(header, column) });
  }
  for (const p of header.periods) fields.push({ id: `${p.key}${p.year === undefined ? '' : `_${p.year}`}`, column: p.index, label: label(header, p.index) });
  return fields;
}

/** The years a matrix plans or monitors (its plan year, its blocks' years). */
export function matrixYears(header: Header): number[] {
  const years = new Set<number>();
  if (header.planYear !== undefined) years.add(header.planYear);
  for (const b of header.blocks) if (b.year !== undefined) years.add(b.year);
  for (const p of header.periods) if (p.year !== undefined) years.add(p.year);
  return [...years].sort();
}
