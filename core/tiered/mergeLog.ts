/**
 * The *Log penggabungan* sheet a merge leaves in the master: when it ran and on which quarter, a
 * table per coordinator (file, result, counts, the day its report was last collected), then one row
 * per unit and row (and cell, for copies and conflicts) with both values. The per-coordinator dates
 * are carried over from the previous log, so a coordinator who did not report this time keeps the
 * day of its last collection; the summary reads them back (`readCollections`).
 */
import { cellText, type Grid } from '../grid';
import type { Plan, PlanCell, PlanStyle, PlanValue } from '../plan/plan';
import { cellDayText } from '../periods/cellDay';
import type { CalendarDate } from '../periods/calendarDate';
import { normaliseKeyText } from './rowKey';
import type { ConflictKind, MergeResult, Outcome } from './mergeDecisions';

export const LOG_SHEET = 'Log penggabungan';
export const LOG_SIGNATURE = 'Log penggabungan laporan unit (RB Matrix)';
/** The heading of the per-coordinator table's first column: where `readCollections` finds it. */
const PART_HEAD = 'Koordinator';
const LAST_HEAD = 'Terakhir dikumpulkan';

const OUTCOME_TEXT: Record<Outcome, string> = { copied: 'disalin', unchanged: 'tidak berubah', conflict: 'konflik', refused: 'ditolak' };
export const CONFLICT_TEXT: Record<ConflictKind, string> = {
  'units-disagree': 'unit berbeda isi',
  'plan-changed': 'sel rencana diubah',
  'no-match': 'tidak ada padanan',
  'duplicate-key': 'kunci ganda',
  'master-differs': 'induk sudah berisi',
};
export const STATUS_TEXT = { merged: 'digabung', conflicts: 'ada konflik', refused: 'ditolak' } as const;

const HEAD: PlanStyle = { font: { bold: true }, fill: '#D9E1F2', border: true, wrap: true };
const BODY: PlanStyle = { border: true, wrap: true, vertical: 'top' };
const CONFLICT: PlanStyle = { ...BODY, fill: '#FFC7CE' };
const COPIED: PlanStyle = { ...BODY, fill: '#C6EFCE' };

/** A coordinator's last collection, as a log records it. */
export interface Collection {
  part: string;
  day: CalendarDate;
}

export interface LogOptions {
  /** The day of this merge. */
  day: CalendarDate;
  /** The quarter merged, or every one. */
  quarter?: number;
  /** Collections the previous log recorded (`readCollections`), carried over where this merge collected nothing. */
  previous?: readonly Collection[];
}

const text = (t: string): PlanValue => (t === '' ? { kind: 'blank' } : { kind: 'text', text: t });

/** The log sheet of a merge, as a Plan. */
export function mergeLogPlan(result: MergeResult, options: LogOptions): Plan {
  const cells: PlanCell[] = [];
  const put = (row: number, column: number, value: PlanValue, style: PlanStyle = {}) => cells.push({ row, column, value, ...style });
  const row = (r: number, values: (string | number | PlanValue)[], style: PlanStyle) =>
    values.forEach((v, c) => put(r, c, typeof v === 'string' ? text(v) : typeof v === 'number' ? { kind: 'number', value: v } : v, style));
  put(0, 0, text(LOG_SIGNATURE), { font: { bold: true, size: 12 } });
  const day: PlanValue = { kind: 'date', ...options.day };
  put(1, 0, text(`Digabung ${dayText(options.day)} · ${options.quarter === undefined ? 'semua triwulan' : `triwulan ${options.quarter}`} · ${result.writes.length} sel diisi`), { font: { italic: true } });

  let r = 3;
  row(r++, [PART_HEAD, 'Berkas', 'Hasil', 'Disalin', 'Tidak berubah', 'Konflik', LAST_HEAD, 'Keterangan'], HEAD);
  const collected = new Set<string>();
  for (const u of result.units) {
    const was = u.status === 'refused' ? options.previous?.find((p) => normaliseKeyText(p.part) === normaliseKeyText(u.part)) : undefined;
    if (u.status !== 'refused') collected.add(normaliseKeyText(u.part));
    const last: PlanValue = u.status !== 'refused' ? day : was ? { kind: 'date', ...was.day } : { kind: 'blank' };
    row(r++, [u.part, u.unit, STATUS_TEXT[u.status], u.copied, u.unchanged, u.conflicts, last, u.reason?.id ?? ''], u.status === 'merged' ? BODY : CONFLICT);
  }
  for (const p of options.previous ?? []) {
    if (collected.has(normaliseKeyText(p.part)) || result.units.some((u) => normaliseKeyText(u.part) === normaliseKeyText(p.part))) continue;
    row(r++, [p.part, '', 'tidak ikut digabung kali ini', '', '', '', { kind: 'date', ...p.day }, ''], BODY);
  }

  r++;
  row(r++, ['Berkas', 'Koordinator', 'Baris unit', 'Baris induk', 'Output', 'Kolom', 'Hasil', 'Jenis konflik', 'Nilai induk', 'Nilai unit', 'Keterangan'], HEAD);
  for (const e of result.entries) {
    const style = e.outcome === 'conflict' || e.outcome === 'refused' ? CONFLICT : e.outcome === 'copied' ? COPIED : BODY;
    row(
      r++,
      [e.unit, e.part, e.unitRow === undefined ? '' : e.unitRow + 1, e.masterRow === undefined ? '' : e.masterRow + 1, e.output ?? '', e.label ?? e.field ?? '', OUTCOME_TEXT[e.outcome], e.conflict ? CONFLICT_TEXT[e.conflict] : '', e.master ?? '', e.value ?? '', e.reason?.id ?? ''],
      style,
    );
  }
  return {
    sheetName: LOG_SHEET,
    signature: { row: 0, column: 0, text: LOG_SIGNATURE },
    cells,
    merges: [],
    columnWidths: [28, 28, 14, 12, 40, 24, 14, 18, 20, 20, 50],
    frozenRows: 0,
  };
}

function dayText(day: CalendarDate): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** The coordinators' last collections recorded in a log sheet (none when `grid` is not our log). */
export function readCollections(grid: Grid | undefined): Collection[] {
  if (!grid || cellText(grid.values[0]?.[0] ?? null) !== LOG_SIGNATURE) return [];
  const head = grid.values.findIndex((r) => cellText(r?.[0] ?? null) === PART_HEAD && cellText(r?.[6] ?? null) === LAST_HEAD);
  if (head < 0) return [];
  const out: Collection[] = [];
  for (let r = head + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const part = cellText(row[0] ?? null);
    if (part === '') break;
    const day = dayOf(row[6] ?? null);
    if (day) out.push({ part, day });
  }
  return out;
}

function dayOf(value: Grid['values'][number][number]): CalendarDate | undefined {
  const t = value instanceof Date ? cellDayText(value) : cellText(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}
