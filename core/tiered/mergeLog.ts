/**
 * The *Log penggabungan* sheet a merge leaves in the master: when it ran and on which quarter, a
 * table per coordinator (file, result, counts, the day its report was last collected), then one row
 * per unit and row (and cell, for copies and conflicts) with both values. The per-coordinator dates
 * are carried over from the previous log, so a coordinator who did not report this time keeps the
 * day of its last collection; the summary reads them back (`readCollections`). The CLI's `rbm merge`
 * and the hosts' *Kumpulkan laporan* write this one log, so each replaces the other's.
 */
import { cellText, type Grid } from '../grid';
import type { Plan, PlanCell, PlanStyle, PlanValue } from '../plan/plan';
import { cellDayText } from '../periods/cellDay';
import { serialDay } from '../periods/excelSerial';
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
  /** The master's sheet, named in the subtitle (the hosts collect into one sheet of a workbook). */
  matrixSheet?: string;
  /** Sheet row of the master's grid row 0 (1 when absent: grids read from files start at A1). */
  masterFirstRow?: number;
  /** Sheet row of each unit's grid row 0, by unit name (1 when absent). */
  unitFirstRow?: ReadonlyMap<string, number>;
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
  const matrix = options.matrixSheet === undefined ? '' : `Matriks “${options.matrixSheet}” · `;
  put(1, 0, text(`${matrix}Digabung ${dayText(options.day)} · ${options.quarter === undefined ? 'semua triwulan' : `triwulan ${options.quarter}`} · ${result.writes.length} sel diisi`), { font: { italic: true } });

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
      [e.unit, e.part, e.unitRow === undefined ? '' : e.unitRow + (options.unitFirstRow?.get(e.unit) ?? 1), e.masterRow === undefined ? '' : e.masterRow + (options.masterFirstRow ?? 1), e.output ?? '', e.label ?? e.field ?? '', OUTCOME_TEXT[e.outcome], e.conflict ? CONFLICT_TEXT[e.conflict] : '', e.master ?? '', e.value ?? '', e.reason?.id ?? ''],
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

/**
 * The day in a log's date cell: a Date (a file's date-formatted cell), `2025-07-10` as text, or the
 * serial day a host wrote with a date format (the Sheets writer writes dates as serials; how a host
 * hands such a cell back differs, so any of the three is read).
 */
function dayOf(value: Grid['values'][number][number]): CalendarDate | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? serialDay(value) : undefined;
  const t = value instanceof Date ? cellDayText(value) : cellText(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}
