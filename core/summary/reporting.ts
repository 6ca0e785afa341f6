/**
 * Who has reported (issue 17): per coordinator, the outputs due by the quarter, how many of them
 * have a realisation or progress to show (every status but *Tidak ada data*), how many do not, and
 * the day its report was last collected (*Log penggabungan*, core/tiered/mergeLog.ts). The plenary
 * agenda names the coordinators who have not reported.
 */
import type { GroupFigures } from '../attainment/groupFigures';
import type { CalendarDate } from '../periods/calendarDate';
import { numberCell, textCell } from '../plan/sheetWriter';
import { normaliseKeyText } from '../tiered/rowKey';
import { BODY, COUNT } from './look';
import type { ColumnSpec } from './table';

export interface ReportingRow {
  koordinator: string;
  jatuhTempo: number;
  sudahMelapor: number;
  belumMelapor: number;
  /** `YYYY-MM-DD`, or null when no collection of this coordinator's report is recorded. */
  terakhirDikumpulkan: string | null;
}

/** A coordinator's last collection (core/tiered/mergeLog.ts `readCollections`). */
export interface CollectionDay {
  part: string;
  day: CalendarDate;
}

const iso = (d: CalendarDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function reportingRows(groups: readonly GroupFigures[], collections: readonly CollectionDay[] = []): ReportingRow[] {
  const last = new Map<string, string>();
  for (const c of collections) {
    const key = normaliseKeyText(c.part);
    const day = iso(c.day);
    if ((last.get(key) ?? '') < day) last.set(key, day);
  }
  return groups.map((g) => ({
    koordinator: g.name,
    jatuhTempo: g.due,
    sudahMelapor: g.due - g.tidakAdaData,
    belumMelapor: g.tidakAdaData,
    terakhirDikumpulkan: last.get(normaliseKeyText(g.name)) ?? null,
  }));
}

/**
 * The agenda's line: the coordinators with outputs due and nothing to show (or that all have
 * reported: the tab has the same lines whatever the figures); `undefined` without a Koordinator column.
 */
export function notReportedText(rows: readonly ReportingRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  const late = rows.filter((r) => r.belumMelapor > 0);
  return late.length === 0 ? 'Semua koordinator sudah melapor.' : `Koordinator yang belum melapor: ${late.map((r) => `${r.koordinator} (${r.belumMelapor})`).join(', ')}.`;
}

export const REPORTING_COLUMNS: readonly ColumnSpec<ReportingRow>[] = [
  { key: 'koordinator', title: { id: 'Koordinator', en: 'Coordinator' }, cell: (r) => textCell(r.koordinator, BODY) },
  { key: 'jatuhTempo', title: { id: 'Output jatuh tempo', en: 'Outputs due' }, cell: (r) => numberCell(r.jatuhTempo, COUNT) },
  { key: 'sudahMelapor', title: { id: 'Sudah melapor', en: 'Reported' }, cell: (r) => numberCell(r.sudahMelapor, COUNT) },
  { key: 'belumMelapor', title: { id: 'Belum melapor', en: 'Not reported' }, cell: (r) => numberCell(r.belumMelapor, COUNT) },
  { key: 'terakhir', title: { id: 'Terakhir dikumpulkan', en: 'Last collected' }, cell: (r) => textCell(r.terakhirDikumpulkan ?? '–', BODY) },
];
