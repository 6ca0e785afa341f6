import type { MergedArea } from './grid';

interface Span {
  top: number;
  bottom: number;
  owner: MergedArea;
}

/**
 * Answers "which merged area covers this cell?" for cells that are not the area's top-left,
 * where hosts leave the value empty. Areas are kept per column as sorted row spans, so a
 * lookup is a binary search whatever the number of merges.
 */
export class MergeIndex {
  private readonly byColumn = new Map<number, Span[]>();
  /** Areas by their top-left cell (`cellKey`). */
  private readonly topLefts = new Map<number, MergedArea>();

  constructor(merges: MergedArea[] | undefined, maxColumns = 4096) {
    const areas = merges ?? [];
    let inOrder = true; // readers give areas top to bottom: each column's spans then need no sort
    for (let i = 0; i < areas.length; i++) {
      const m = areas[i];
      if (!Number.isInteger(m.top) || !Number.isInteger(m.left) || !Number.isInteger(m.bottom) || !Number.isInteger(m.right)) continue;
      if (m.top < 0 || m.left < 0 || m.bottom < m.top || m.right < m.left) continue;
      if (m.bottom === m.top && m.right === m.left) continue;
      this.topLefts.set(cellKey(m.top, m.left), m);
      const right = Math.min(m.right, m.left + maxColumns);
      for (let c = m.left; c <= right; c++) {
        let spans = this.byColumn.get(c);
        if (!spans) this.byColumn.set(c, (spans = []));
        else if (spans[spans.length - 1].top > m.top) inOrder = false;
        spans.push({ top: m.top, bottom: m.bottom, owner: m });
      }
    }
    if (!inOrder) for (const spans of this.byColumn.values()) spans.sort((a, b) => a.top - b.top);
  }

  get size(): number {
    return this.topLefts.size;
  }

  /** Top-left of the area covering (row, column), when that cell is covered but is not the top-left itself. */
  ownerOf(row: number, column: number): { row: number; column: number } | undefined {
    const spans = this.byColumn.get(column);
    if (!spans) return undefined;
    let lo = 0;
    let hi = spans.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].top <= row) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (hit < 0) return undefined;
    const span = spans[hit];
    if (span.bottom < row) return undefined;
    const { top, left } = span.owner;
    if (top === row && left === column) return undefined;
    return { row: top, column: left };
  }

  /**
   * `ownerOf` for a reader going down the sheet (rows never decreasing): each column's spans are
   * walked once instead of searched per cell. Gives the covering area itself (no object per cell).
   */
  downward(): (row: number, column: number) => MergedArea | undefined {
    // Per column: its spans (null: none), and the last one reached so far.
    const spansOf: (Span[] | null)[] = [];
    const at: number[] = [];
    return (row, column) => {
      let spans = spansOf[column];
      if (spans === undefined) spans = spansOf[column] = this.byColumn.get(column) ?? null;
      if (spans === null) return undefined;
      // The last span starting at or above the row, as ownerOf's binary search finds it.
      let hit = at[column] ?? -1;
      while (hit + 1 < spans.length && spans[hit + 1].top <= row) hit++;
      at[column] = hit;
      if (hit < 0) return undefined;
      const span = spans[hit];
      if (span.bottom < row) return undefined;
      const owner = span.owner;
      if (owner.top === row && owner.left === column) return undefined;
      return owner;
    };
  }

  /** The area whose top-left is (row, column), if any. */
  areaAt(row: number, column: number): MergedArea | undefined {
    return this.topLefts.get(cellKey(row, column));
  }
}

/** More columns than any spreadsheet has (Excel 16,384, Sheets 18,278): `row × COLUMN_SPAN + column` is unique and exact. */
const COLUMN_SPAN = 2 ** 21;

function cellKey(row: number, column: number): number {
  return row * COLUMN_SPAN + column;
}
