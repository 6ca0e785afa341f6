import type { ColumnKey, PeriodKey } from './columnKey';
import type { BlockRole, Header, HeaderColumn, Measure, MonitoringBlock, PeriodColumn, UnreadColumn } from './header';
import type { LabelCell } from './headerCells';
import type { PeriodReading } from './periodColumn';
import { normalizeLabel } from './normalizeLabel';
import { periodKey, yearOfLabel } from './periodLabel';
import type { ColumnDef, LayoutDef } from './schema';

/** A header cell read as a period column. */
export interface PeriodCell extends PeriodReading {
  cell: LabelCell;
}

/** What was decided about the header's cells, column by column: the declared columns, the periods, and the rest. */
export interface Assignment {
  layout: LayoutDef;
  firstRow: number;
  lastRow: number;
  /** Declared columns, by the cell that holds them. */
  declared: { cell: LabelCell; def: ColumnDef }[];
  periods: PeriodCell[];
  extras: UnreadColumn[];
  duplicates: (UnreadColumn & { key: ColumnKey })[];
}

/**
 * The header an assignment makes, whether detection or a column map by hand made it: period keys
 * (relative to the plan year), columns in sheet order, the keys' index, the required columns
 * missing and the action column.
 */
export function assembleHeader(a: Assignment): Header {
  const { layout, periods: periodCells } = a;
  const duplicates = [...a.duplicates];
  const taken = new Map<ColumnKey, number>(a.declared.map((d) => [d.def.key, d.cell.index]));
  const columns: HeaderColumn[] = a.declared.map(({ cell, def }) => ({ index: cell.index, key: def.key, label: cell.label, parent: cell.parent, path: cell.path, row: cell.row, def }));
  const planYear = findPlanYear(periodCells.filter((p) => p.measure === 'target'), columns);
  const periods: PeriodColumn[] = [];
  const monitored: PeriodColumn[] = [];
  const periodKeys = new Set<ColumnKey>();
  // Targets first, so a monitoring column without a year of its own can take the year of its target
  // (LAMPIRAN I's `TW I-III` sits under a `2024` parent; its realisation under a plain `Realisasi`).
  const targetCells = periodCells.filter((p) => isPlanMeasure(p.measure));
  const sameQuarters = (x: { from: number; to: number; wholeYear: boolean }, y: typeof x) => x.from === y.from && x.to === y.to && x.wholeYear === y.wholeYear;
  for (const p of [...targetCells, ...periodCells.filter((c) => !isPlanMeasure(c.measure))]) {
    let ownYear = p.year;
    if (!isPlanMeasure(p.measure) && ownYear === undefined) {
      const twins = targetCells.filter((t) => sameQuarters(t, p));
      if (twins.length === 1 && twins[0].year !== undefined) ownYear = twins[0].year;
    }
    const year = ownYear ?? (p.wholeYear ? undefined : planYear);
    const { slot, key } = periodSlot(layout, { ...p, year: ownYear }, year, planYear);
    if (periodKeys.has(key) || taken.has(key)) {
      duplicates.push({ index: p.cell.index, label: p.cell.label, path: p.cell.path, row: p.cell.row, key });
      continue;
    }
    periodKeys.add(key);
    const period: PeriodColumn = { index: p.cell.index, key, slot, label: p.cell.label, year, from: p.from, to: p.to, wholeYear: p.wholeYear, measure: p.measure };
    if (p.cumulative !== undefined) period.cumulative = p.cumulative;
    (isPlanMeasure(p.measure) ? periods : monitored).push(period);
    columns.push({ index: p.cell.index, key, label: p.cell.label, parent: p.cell.parent, path: p.cell.path, row: p.cell.row, period });
  }
  const inTimeOrder = (x: { year?: number; from: number; to: number }, y: typeof x) => (x.year ?? planYear ?? 0) - (y.year ?? planYear ?? 0) || x.from - y.from || x.to - y.to;
  periods.sort(inTimeOrder);
  monitored.sort(inTimeOrder);
  columns.sort((x, y) => x.index - y.index);
  const keyIndex = new Map<ColumnKey, number>();
  for (const c of columns) keyIndex.set(c.key, c.index);
  const cumulative = periods.find((p) => p.cumulative !== undefined)?.cumulative;
  return {
    layout,
    firstRow: a.firstRow,
    lastRow: a.lastRow,
    columns,
    keyIndex,
    periods,
    realisations: monitored.filter((p) => p.measure === 'realisasi'),
    progress: monitored.filter((p) => p.measure === 'progres'),
    blocks: blocksOf(monitored),
    ...(cumulative !== undefined ? { cumulative } : {}),
    extras: a.extras,
    duplicates,
    missing: missingColumns(layout, taken),
    planYear,
    action: layout.actions.find((k) => taken.has(k)),
    labelRows: [],
  };
}

/** Targets and baselines belong to the plan; the other measures to its monitoring. */
function isPlanMeasure(measure: Measure): boolean {
  return measure === 'target' || measure === 'baseline';
}

/** The monitoring columns gathered per period (already in time order). */
function blocksOf(monitored: PeriodColumn[]): MonitoringBlock[] {
  const bySlot = new Map<string, MonitoringBlock>();
  for (const p of monitored) {
    let block = bySlot.get(p.slot);
    if (!block) bySlot.set(p.slot, (block = { slot: p.slot, year: p.year, from: p.from, to: p.to, wholeYear: p.wholeYear, columns: {} }));
    block.columns[p.measure as BlockRole] = p.index;
  }
  return [...bySlot.values()];
}

/** The columns a layout requires that were not found; of a choice of columns, the first names it. */
function missingColumns(layout: LayoutDef, taken: Map<ColumnKey, number>): ColumnDef[] {
  const missing: ColumnDef[] = [];
  for (const entry of layout.requires) {
    const keys = Array.isArray(entry) ? entry : [entry];
    if (keys.some((k) => taken.has(k))) continue;
    const def = layout.columns.find((c) => c.key === keys[0]);
    if (def) missing.push(def);
  }
  return missing;
}

/**
 * The key of a period column. Action plans: `tw1` … `tw4` for the plan year, `tw1-3_2024` and
 * `tahun2024` for others, `realisasi_` + that for a realisation. Indicator tables: `target2023`,
 * `baseline2022`, `realisasi_2023` for years, `tw1_2025` for quarters. A baseline of an action
 * plan: `baseline2022`, or `baseline` without a year. A monitoring block's other children like a
 * realisation: `progres_tw1`, `kendala_tw1`, `tindakLanjut_tw1`, `buktiDukung_tw1`, `catatan_tw1`.
 */
function periodSlot(layout: LayoutDef, p: PeriodReading, year: number | undefined, planYear: number | undefined): { slot: string; key: PeriodKey } {
  if (p.measure === 'baseline') {
    const slot = layout.kind === 'indikator' ? String(p.year ?? '') : `baseline${p.year ?? ''}`;
    return { slot, key: (layout.kind === 'indikator' ? `baseline${slot}` : slot) as PeriodKey };
  }
  const quarters = !p.wholeYear;
  const slot =
    layout.kind === 'indikator'
      ? quarters
        ? `${p.from === p.to ? `tw${p.from}` : `tw${p.from}-${p.to}`}${p.year ? `_${p.year}` : ''}`
        : String(p.year ?? '')
      : periodKey({ from: p.from, to: p.to, wholeYear: p.wholeYear, year }, planYear);
  if (!isPlanMeasure(p.measure)) return { slot, key: `${p.measure}_${slot}` as PeriodKey };
  return { slot, key: (layout.kind === 'indikator' && !quarters ? `target${slot}` : slot) as PeriodKey };
}

function findPlanYear(periods: { year?: number; wholeYear: boolean }[], columns: HeaderColumn[]): number | undefined {
  const quarterYears = periods.filter((p) => !p.wholeYear && p.year !== undefined).map((p) => p.year as number);
  if (quarterYears.length) return Math.min(...quarterYears);
  for (const c of columns) {
    if (c.def?.role === 'group' && /^target/i.test(normalizeLabel(c.label))) {
      const y = yearOfLabel(c.label);
      if (y) return y;
    }
  }
  const wholeYears = periods.filter((p) => p.wholeYear && p.year !== undefined).map((p) => p.year as number);
  const hasQuarters = periods.some((p) => !p.wholeYear);
  if (wholeYears.length && hasQuarters) return Math.min(...wholeYears) - 1;
  return undefined;
}
