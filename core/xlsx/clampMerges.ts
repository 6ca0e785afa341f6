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
    clamped.push(bottom === a.bottom && right === a.right ? a : { top: a.top, left: a.left, bottom, right });
  }
  // Files list merges top to bottom, left to right (Excel, LibreOffice, openpyxl): sort only when not.
  if (!inOrder(clamped)) clamped.sort(byTopThenLeft);

  // Once per row of the sheet, mostly before V8 has optimised it: indexed loops, no closure or new array per row.
  const kept: MergedArea[] = [];
  const open: MergedArea[] = []; // covering the current row, sorted by left, never overlapping
  let closesAt = Infinity; // the last row of the open area that ends first
  let next = 0;
  for (let r = 0; r <= lastRow && (next < clamped.length || open.length > 0); r++) {
    if (open.length === 0 && clamped[next].top > r) r = clamped[next].top;
    if (r > closesAt) {
      // Areas that ended above this row leave, in place (a new array each time would be one per area).
      let staying = 0;
      closesAt = Infinity;
      for (let i = 0; i < open.length; i++) {
        if (open[i].bottom < r) continue;
        open[staying++] = open[i];
        closesAt = Math.min(closesAt, open[i].bottom);
      }
      open.length = staying;
    }
    while (next < clamped.length && clamped[next].top === r) {
      const area = clamped[next++];
      const at = insertionPoint(open, area.left);
      const before = open[at - 1];
      const after = open[at];
      if ((before && before.right >= area.left) || (after && after.left <= area.right)) continue;
      open.splice(at, 0, area);
      closesAt = Math.min(closesAt, area.bottom);
      kept.push(area);
    }
    const row = values[r];
    if (row === undefined || row.length === 0) continue;
    const rowFormats = formats[r];
    for (let i = 0; i < open.length; i++) {
      const a = open[i];
      if (a.left >= row.length) break;
      const first = a.top === r ? a.left + 1 : a.left;
      // Reads stay inside each array (a read past the end is V8's slow path), and most hidden cells are blank already.
      const end = Math.min(a.right, row.length - 1);
      for (let c = first; c <= end; c++) if (row[c] !== null) row[c] = null;
      if (rowFormats !== undefined) for (let c = first, last = Math.min(end, rowFormats.length - 1); c <= last; c++) if (rowFormats[c] != null) rowFormats[c] = null;
    }
  }
  return kept;
}

function byTopThenLeft(x: MergedArea, y: MergedArea): number {
  return x.top - y.top || x.left - y.left;
}

function inOrder(areas: MergedArea[]): boolean {
  for (let i = 1; i < areas.length; i++) if (byTopThenLeft(areas[i - 1], areas[i]) > 0) return false;
  return true;
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
