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

  constructor(
    private readonly grid: Grid,
    private readonly merges: MergeIndex,
    /** Group columns, outermost first. */
    readonly columns: GroupColumn[],
  ) {
    this.open = columns.map(() => undefined);
    this.counters = columns.map(() => 0);
  }

  /** Writes the group values of grid row `r` into `values`; returns where each comes from and its group id. */
  fill(r: number, raw: CellValue[], values: CellValue[]): { sources: number[]; groupIds: number[] } {
    const sources: number[] = [];
    const groupIds: number[] = [];
    for (let g = 0; g < this.columns.length; g++) {
      const c = this.columns[g].index;
      const own = raw[c];
      let value: CellValue = null;
      let source = r;
      if (own !== undefined && own !== null && !isBlank(own)) value = own;
      else {
        const owner = this.merges.size ? this.merges.ownerOf(r, c) : undefined;
        if (owner && owner.column === c) {
          value = cellAt(this.grid, owner.row, c);
          source = owner.row;
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
      sources.push(group ? group.source : -1);
      groupIds.push(group ? group.id : 0);
    }
    return { sources, groupIds };
  }
}
