import { cellAt, cellText, isBlank, type CellValue, type Grid, type MergeIndex } from '../grid';
import type { ColumnDef } from '../layout/schema';

export interface GroupColumn {
  def: ColumnDef;
  index: number;
}

interface OpenGroup {
  /** Normalised text, to tell a repeated value (same group) from a new one. */
  text: string;
  value: CellValue;
  /** Grid row of the cell holding the value. */
  source: number;
  id: number;
}

/**
 * Fills group cells down (Kegiatan Utama, Indikator, Target, Rencana Aksi …), whether they are merged
 * or left blank below as in a CSV export. A new value at one level closes the levels inside it, so an
 * action under a new Kegiatan Utama never inherits the previous one's indicator.
 */
export class GroupFiller {
  private readonly open: (OpenGroup | undefined)[];
  private readonly counters: number[];
  private readonly ownerOf: ((row: number, column: number) => { top: number; left: number } | undefined) | undefined;
  /** The lists given for the previous row: the next row of the same groups gets them again. */
  private last: { sources: number[]; groupIds: number[] } | undefined;
  private readonly scratch: { sources: number[]; groupIds: number[] };

  constructor(
    private readonly grid: Grid,
    private readonly merges: MergeIndex,
    /** Group columns, outermost first. */
    readonly columns: GroupColumn[],
  ) {
    this.open = columns.map(() => undefined);
    this.counters = columns.map(() => 0);
    this.scratch = { sources: columns.map(() => -1), groupIds: columns.map(() => 0) };
    // Rows come top to bottom (readMatrix), so the merges are walked down once.
    this.ownerOf = merges.size ? merges.downward() : undefined;
  }

  /**
   * Writes the group values of grid row `r` into `values`; returns where each comes from and its group
   * id. Rows are filled top to bottom; the lists returned are shared between rows and never written to.
   */
  fill(r: number, raw: CellValue[], values: CellValue[]): { sources: number[]; groupIds: number[] } {
    // Written into the two scratch lists first: a new pair is made only for a row whose groups differ from the row above.
    const sources = this.scratch.sources;
    const groupIds = this.scratch.groupIds;
    for (let g = 0; g < this.columns.length; g++) {
      const c = this.columns[g].index;
      const own = raw[c];
      let value: CellValue = null;
      let source = r;
      if (own !== undefined && own !== null && !isBlank(own)) value = own;
      else {
        const owner = this.ownerOf?.(r, c);
        if (owner && owner.left === c) {
          value = cellAt(this.grid, owner.top, c);
          source = owner.top;
        }
      }
      // The open group's own value again (a merged group cell read from its top-left): the same group, nothing to compare.
      if (value !== null && value !== this.open[g]?.value && !isBlank(value)) {
        const text = cellText(value).replace(/\s+/g, ' ').toLowerCase();
        if (this.open[g]?.text !== text) {
          this.open[g] = { text, value, source, id: ++this.counters[g] };
          for (let inner = g + 1; inner < this.columns.length; inner++) this.open[inner] = undefined;
        }
      }
      const group = this.open[g];
      values[c] = group ? group.value : null;
      sources[g] = group ? group.source : -1;
      groupIds[g] = group ? group.id : 0;
    }
    // Most rows sit in the same groups as the row above: one pair of lists serves them all.
    const last = this.last;
    if (last && sameNumbers(last.sources, sources) && sameNumbers(last.groupIds, groupIds)) return last;
    return (this.last = { sources: sources.slice(), groupIds: groupIds.slice() });
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return a.length === b.length;
}
