/**
 * "Perbaiki otomatis": the certain fixes of the active sheet, computed by core from one read.
 *
 * Writing touches only the cells a fix changes, in a number of calls that does not grow with the
 * sheet: one `setValues` over the bounding box of the changed cells, every other cell of the box
 * given back what it holds (rewriteBox.ts, which reads the box again first and refuses when it
 * changed meanwhile). Where a rewrite would change a cell it gives back (rich text, an array
 * formula's results in the box), the edits go instead by the value they write, one
 * `RangeList.setValue` per distinct value (empty cells in one `clearContent`): never a formula or
 * another cell touched, at two calls per distinct value.
 */
import type { Lang } from '../../core/i18n';
import { changeValue, fixPass, type FixChange } from '../../core/workbench/fixes';
import type { FixOutcome, FixPreview } from '../../core/workbench/outcomes';
import { columnLetter } from '../../core/grid';
import type { HostValue } from '../../core/workbench/textGuard';
import { boundingBox } from './box';
import { readActiveSheet, readMapGrid, type SheetRead } from './readSheet';
import { rewriteBox, writeByValue } from './rewriteBox';

function plannedFixes(lang: Lang): { read: SheetRead; changes: FixChange[]; skipped: number } {
  const read = readActiveSheet();
  return { read, ...fixPass(read.grid, lang, readMapGrid()) };
}

export function previewActive(lang: Lang): FixPreview {
  const { read, changes, skipped } = plannedFixes(lang);
  return { sheet: read.grid.sheetName, changes, skipped };
}

export function applyActive(lang: Lang): FixOutcome {
  // Computed again from the sheet as it is now, never taken from the preview the panel holds.
  const { read, changes, skipped } = plannedFixes(lang);
  const writes = new Map<string, HostValue>(changes.map((change) => [change.cell, changeValue(read.grid, change)]));
  const box = boundingBox(writes.keys());
  if (box && !rewriteBox(read, box, writes, (row, column) => `${columnLetter(column)}${row}`)) writeByValue(read, writes);
  return { sheet: read.grid.sheetName, changes, skipped };
}
