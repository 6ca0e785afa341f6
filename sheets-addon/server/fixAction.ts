/**
 * "Perbaiki otomatis": the certain fixes of the active sheet, computed by core from one read.
 *
 * Writing touches only the cells a fix changes. A `setValues` over the bounding box of the edits
 * would rewrite every cell inside it: formulas would have to be read and written back, the cells of
 * an array formula's result (RB_VALIDASI spills) would become values that break it, rich text would
 * lose its formatting, and an edit another user made meanwhile would be undone. Instead the edits
 * are grouped by the value they write, and each group goes in one `RangeList.setValue` (empty cells
 * in one `clearContent`): the number of calls grows with the number of distinct new values (a
 * handful: `Rutin`, `100%`, a corrected Total), not with the size of the sheet.
 */
import type { Lang } from '../../core/i18n';
import { toRangeList } from '../../core/grid';
import { changeValue, fixPass, type FixChange } from '../../core/workbench/fixes';
import type { FixOutcome, FixPreview } from '../../core/workbench/outcomes';
import { readActiveSheet, type SheetRead } from './readSheet';

function plannedFixes(lang: Lang): { read: SheetRead; changes: FixChange[]; skipped: number } {
  const read = readActiveSheet();
  return { read, ...fixPass(read.grid, lang) };
}

export function previewActive(lang: Lang): FixPreview {
  const { read, changes, skipped } = plannedFixes(lang);
  return { sheet: read.grid.sheetName, changes, skipped };
}

export function applyActive(lang: Lang): FixOutcome {
  // Computed again from the sheet as it is now, never taken from the preview the panel holds.
  const { read, changes, skipped } = plannedFixes(lang);
  const groups = new Map<string, { value: string | number | boolean; cells: string[] }>();
  for (const change of changes) {
    const value = changeValue(read.grid, change);
    const key = `${typeof value}:${String(value)}`;
    const group = groups.get(key) ?? { value, cells: [] };
    group.cells.push(change.cell);
    groups.set(key, group);
  }
  for (const { value, cells } of groups.values()) {
    const list = read.sheet.getRangeList(toRangeList(cells));
    if (value === '') list.clearContent();
    else list.setValue(value);
  }
  return { sheet: read.grid.sheetName, changes, skipped };
}
