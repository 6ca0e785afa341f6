import type { Severity } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import { fromRangeList, toRangeList } from '../grid';
import { isHexColour } from '../plan/colour';

/** A cell's fill: `#RRGGBB`, or `null` for no fill. */
export type Fill = string | null;

/** The fills RB Matrix paints, by severity (light, so the cell's text stays readable). */
export const HIGHLIGHT: Record<Severity, string> = { error: '#F4CCCC', warning: '#FFF2CC', info: '#DDEBF7' };
const OURS = new Set(Object.values(HIGHLIGHT).map((c) => c.toUpperCase()));
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** True when a fill is one RB Matrix paints. */
export function isHighlight(fill: Fill): boolean {
  return fill !== null && OURS.has(fill.toUpperCase());
}

/** For each cell named by a finding (every cell of a run's range), the fill of its worst finding. */
export function highlightTargets(findings: Finding[]): Map<string, string> {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    for (const cell of f.range ? fromRangeList([f.range]) : [f.cell]) {
      const seen = worst.get(cell);
      if (seen === undefined || RANK[f.severity] < RANK[seen]) worst.set(cell, f.severity);
    }
  }
  return new Map([...worst].map(([cell, severity]) => [cell, HIGHLIGHT[severity]]));
}

/** The fills a host must remember to undo highlights: sheet → cell → the fill before RB Matrix painted it. */
export type HighlightMemory = Record<string, Record<string, Fill>>;

export interface FillWrite {
  cell: string;
  fill: Fill;
}

/** The cells whose current fill a host must read before painting: the new targets and the cells painted last time. */
export function cellsToRead(targets: Map<string, string>, remembered: Record<string, Fill> | undefined): string[] {
  return [...new Set([...targets.keys(), ...Object.keys(remembered ?? {})])];
}

/**
 * Paints the new targets and undoes last time's paint where no finding is left. A cell's original
 * fill is the remembered one while our paint is still there; if the user has painted over it since,
 * their fill is the original now (and is never overwritten by an undo).
 */
export function planHighlight(
  targets: Map<string, string>,
  current: Map<string, Fill>,
  remembered: Record<string, Fill> | undefined,
): { writes: FillWrite[]; remember: Record<string, Fill>; restored: number } {
  const writes: FillWrite[] = [];
  const remember: Record<string, Fill> = {};
  const originalOf = (cell: string): Fill => {
    const now = current.get(cell) ?? null;
    return remembered && cell in remembered && isHighlight(now) ? remembered[cell] : now;
  };
  for (const [cell, fill] of targets) {
    remember[cell] = originalOf(cell);
    if ((current.get(cell) ?? null)?.toUpperCase() !== fill.toUpperCase()) writes.push({ cell, fill });
  }
  let restored = 0;
  for (const cell of Object.keys(remembered ?? {})) {
    if (targets.has(cell)) continue;
    const now = current.get(cell) ?? null;
    if (!isHighlight(now)) continue;
    writes.push({ cell, fill: remembered![cell] });
    restored++;
  }
  return { writes, remember, restored };
}

/** Undoes every highlight of a sheet: each painted cell gets its original fill back, unless the user repainted it. */
export function planClear(current: Map<string, Fill>, remembered: Record<string, Fill> | undefined): FillWrite[] {
  return planHighlight(new Map(), current, remembered).writes;
}

/**
 * The memory as a short string for a document setting or property: per sheet, each original fill
 * with the ranges that had it (`{"Matriks":{"none":["B3:B9"],"#FFFF00":["D4"]}}`).
 */
export function encodeMemory(memory: HighlightMemory): string {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [sheet, cells] of Object.entries(memory)) {
    const byFill = new Map<string, string[]>();
    for (const [cell, fill] of Object.entries(cells)) {
      const key = fill ?? 'none';
      byFill.set(key, [...(byFill.get(key) ?? []), cell]);
    }
    if (byFill.size) out[sheet] = Object.fromEntries([...byFill].map(([fill, list]) => [fill, toRangeList(list)]));
  }
  return JSON.stringify(out);
}

/** Reads what `encodeMemory` wrote; anything unreadable counts as no memory (highlights stay as they are). */
export function decodeMemory(text: string | null | undefined): HighlightMemory {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  const memory: HighlightMemory = {};
  if (!parsed || typeof parsed !== 'object') return memory;
  for (const [sheet, byFill] of Object.entries(parsed as Record<string, unknown>)) {
    if (!byFill || typeof byFill !== 'object') continue;
    const cells: Record<string, Fill> = {};
    for (const [fill, list] of Object.entries(byFill as Record<string, unknown>)) {
      if (fill !== 'none' && !isHexColour(fill)) continue;
      if (!Array.isArray(list)) continue;
      for (const cell of fromRangeList(list.filter((x): x is string => typeof x === 'string'))) cells[cell] = fill === 'none' ? null : fill;
    }
    memory[sheet] = cells;
  }
  return memory;
}
