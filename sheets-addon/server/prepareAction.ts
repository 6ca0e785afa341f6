/**
 * "Siapkan monitoring" in Sheets: the sidebar computes the patch with core (core/workbench/preparePass,
 * on the grid `rbTieredRead` sent it: the server script has no room for core/prepare), and this writes
 * it onto the matrix sheet with a fixed number of calls whatever its rows (planWriter.ts `writePatch`).
 */
import type { Plan } from '../../core/plan/plan';
import { writePatch } from './planWriter';
import { sheetNamed } from './tieredAction';

export function writePrepared(sheetName: string, plan: Plan): void {
  const sheet = sheetNamed(sheetName);
  writePatch(sheet.getParent(), sheet, plan);
}
