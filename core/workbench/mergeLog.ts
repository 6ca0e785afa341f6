/**
 * The *Log penggabungan* sheet of a collection (issue 17): what happened to every unit, then every
 * row and cell: copied, unchanged, conflict (with both values and why), refused. Every value is text
 * (a unit's typing never becomes a formula). Signed in A1, so a later collection replaces it and a
 * person's sheet of that name is left alone (placement.ts).
 */
import { formatTanggal } from '../periods/formatTanggal';
import type { Quarter } from '../periods/quarter';
import { romanQuarter } from '../periods/romanQuarter';
import type { Plan, PlanCell, PlanStyle } from '../plan/plan';
import type { ConflictKind, MergeResult, Outcome } from '../tiered/mergeDecisions';

export const LOG_SHEET = 'Log penggabungan';
export const LOG_SIGNATURE = 'Log penggabungan laporan unit (RB Matrix)'; // as the CLI's log (issue-17's core/tiered/mergeLog.ts), so each replaces the other

const OUTCOME: Record<Outcome, string> = { copied: 'disalin', unchanged: 'tidak berubah', conflict: 'konflik', refused: 'ditolak' };
const CONFLICT: Record<ConflictKind, string> = {
  'units-disagree': 'unit berbeda isi',
  'plan-changed': 'rencana diubah unit',
  'no-match': 'tidak ada di induk',
  'duplicate-key': 'kunci ganda',
  'master-differs': 'induk sudah berisi',
};
const STATUS = { merged: 'digabung', conflicts: 'ada konflik', refused: 'ditolak' } as const;
const TONE: Partial<Record<Outcome, string>> = { copied: '#C6EFCE', conflict: '#FFC7CE', refused: '#FFC7CE' };

const HEAD: PlanStyle = { font: { bold: true }, fill: '#D9E1F2', border: true, wrap: true, vertical: 'middle' };
const UNIT_HEAD = ['Unit', 'Bagian (koordinator)', 'Status', 'Disalin', 'Tidak berubah', 'Konflik', 'Keterangan'];
const ENTRY_HEAD = ['Unit', 'Baris unit', 'Baris induk', 'Output', 'Kolom', 'Hasil', 'Jenis konflik', 'Nilai di induk', 'Nilai dari unit', 'Keterangan'];

export interface LogContext {
  matrixSheet: string;
  madeOn: Date;
  quarter?: Quarter;
  /** Sheet row of a master grid row (0-based): the grid's first row number. */
  masterFirstRow?: number;
  /** Sheet row of each unit's grid row 0, by unit name (1 when absent). */
  unitFirstRow?: ReadonlyMap<string, number>;
}

export function mergeLogPlan(result: MergeResult, context: LogContext): Plan {
  const cells: PlanCell[] = [];
  const put = (row: number, column: number, value: string | number | undefined, look: PlanStyle = {}) =>
    cells.push({ row, column, value: value === undefined || value === '' ? { kind: 'blank' } : typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value }, ...look });
  put(0, 0, LOG_SIGNATURE, { font: { bold: true, size: 14 } });
  put(1, 0, `Matriks “${context.matrixSheet}” · ${context.quarter ? `TW ${romanQuarter(context.quarter)}` : 'semua triwulan'} · dikumpulkan ${formatTanggal(context.madeOn)}`);
  let row = 3;
  UNIT_HEAD.forEach((h, c) => put(row, c, h, HEAD));
  for (const u of result.units) {
    row++;
    [u.unit, u.part, STATUS[u.status], u.copied, u.unchanged, u.conflicts, u.reason?.id].forEach((v, c) => put(row, c, v, { border: true, ...(c === 2 && u.status !== 'merged' && { fill: '#FFC7CE' }) }));
  }
  row += 2;
  ENTRY_HEAD.forEach((h, c) => put(row, c, h, HEAD));
  for (const e of result.entries) {
    row++;
    const unitRow = e.unitRow === undefined ? undefined : e.unitRow + (context.unitFirstRow?.get(e.unit) ?? 1);
    const masterRow = e.masterRow === undefined ? undefined : e.masterRow + (context.masterFirstRow ?? 1);
    const tone = TONE[e.outcome];
    [e.unit, unitRow, masterRow, e.output, e.label || e.field, OUTCOME[e.outcome], e.conflict && CONFLICT[e.conflict], e.master, e.value, e.reason?.id].forEach((v, c) =>
      put(row, c, v, { border: true, ...(c === 5 && tone && { fill: tone }), ...((c === 3 || c === 9) && { wrap: true }) }),
    );
  }
  return {
    sheetName: LOG_SHEET,
    signature: { row: 0, column: 0, text: LOG_SIGNATURE },
    cells,
    merges: [],
    columnWidths: [22, 10, 10, 40, 24, 14, 20, 20, 20, 48],
    frozenRows: 0, // the unit table above the entries may be long: nothing frozen
  };
}
