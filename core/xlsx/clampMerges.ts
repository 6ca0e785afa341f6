import type { CellValue, MergedArea } from '../grid';

/**
 * Merged areas as the grid reports them, and the cells they hide emptied (a spreadsheet shows only
 * the top-left cell of a merge; LibreOffice keeps the hidden cells' old values in the file).
 *
 * An area is clamped to the cells that hold data (`A20:XFD1048576` over a 40,000-row matrix ends at
 * its last row and column), and an area that overlaps an earlier one is dropped, as Excel does when
 * it repairs such a file. The work is n log n in the areas plus the cells they cover that exist:
 * areas are swept top to bottom, and the open ones are kept sorted by their left column.
 */
export function clampMerges(areas: MergedArea[], values: CellValue[][], formats: (string | null)[][], width: number): MergedArea[] {
  const lastRow = values.length - 1;
  const clamped: MergedArea[] = [];
  for (const a of areas) {
    if (a.top > lastRow || a.left >= width) continue;
    const bottom = Math.min(a.bottom, lastRow);
    const right = Math.min(a.right, width - 1);
    if (bottom === a.top && right === a.left) continue; // a one-cell "merge" hides nothing
    clamped.push({ top: a.top, left: a.left, bottom, right });
  }
  clamped.sort((x, y) => x.top - y.top || x.left - y.left);

  const kept: MergedArea[] = [];
  let open: MergedArea[] = []; // covering the current row, sorted by left, never overlapping
  let next = 0;
  for (let r = 0; r <= lastRow && (next < clamped.length || open.length > 0); r++) {
    if (open.length === 0 && clamped[next].top > r) r = clamped[next].top;
    if (open.length && open.some((a) => a.bottom < r)) open = open.filter((a) => a.bottom >= r);
    while (next < clamped.length && clamped[next].top === r) {
      const area = clamped[next++];
      const at = insertionPoint(open, area.left);
      const before = open[at - 1];
      const after = open[at];
      if ((before && before.right >= area.left) || (after && after.left <= area.right)) continue;
      open.splice(at, 0, area);
      kept.push(area);
    }
    const row = values[r];
    if (!row || row.length === 0) continue;
    const rowFormats = formats[r];
    for (const a of open) {
      if (a.left >= row.length) break;
      const end = Math.min(a.right, row.length - 1);
      for (let c = a.top === r ? a.left + 1 : a.left; c <= end; c++) {
        row[c] = null;
        if (rowFormats && rowFormats[c] != null) rowFormats[c] = null;
      }
    }
  }
  return kept;
}

/** Where an area starting at `left` goes in `open` (sorted by left). */
function insertionPoint(open: MergedArea[], left: number): number {
  let lo = 0;
  let hi = open.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (open[mid].left < left) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
