/**
 * Issue 17 in Excel (core/workbench/tieredPass.ts decides, this file reads and writes):
 *
 * | action                 | round trips                                                                 |
 * |------------------------|-----------------------------------------------------------------------------|
 * | shareWithCoordinators  | 1 read matrix + sheet list (+1 column-map sheet) · (1 read of the signatures of same-named sheets, when there are some) · 1 write per coordinator's sheet |
 * | collectReports         | 1 read matrix + sheet list + log sheet (+1 column-map sheet) · 1 read per unit sheet · (1 read of an earlier log's title) · 1 write (matrix cells and log sheet) |
 *
 * None grows with the rows; both grow with the coordinators, one round trip each (a progress line
 * each). Nothing is written before every sheet to be replaced is known to be RB Matrix's own.
 */
import type { Grid } from '../core/grid';
import { placement } from '../core/plan/placement';
import type { Plan } from '../core/plan/plan';
import { LOG_SHEET } from '../core/tiered/mergeLog';
import { cellText } from '../core/grid';
import { collectPass, sharePass, unitSheetNames, type CollectOutcome, type CollectRequest, type ShareOutcome, type ShareRequest, type UnitFile, type UnitSource } from '../core/workbench/tieredPass';
import { sameSheetName } from '../core/plan/placement';
import type { Progress } from '../ui/bridge';
import { areaAddress } from './addresses';
import { jsonBytes, WriteBatch } from './payload';
import { writePlan, type Placement } from './planWriter';
import { readActiveSheet, readSheet } from './readSheet';

interface SheetItem {
  id: string;
  name: string;
  position: number;
  visibility: string;
}

/** What the matrix's read brings along: every sheet (name, place, visibility). */
function withSheets(context: Excel.RequestContext): () => SheetItem[] {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name,items/position,items/visibility');
  return () => sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position, visibility: s.visibility }));
}

/** The workbook's column-map sheet (read only when the list shows one), given by the bridge. */
export type MapReader = (context: Excel.RequestContext, sheets: { id: string; name: string }[]) => Promise<Grid | undefined>;

/**
 * Where each plan goes: a new sheet after the matrix (in the plans' order), or in place of a sheet
 * RB Matrix made under that name. Reads the signature cells of the same-named sheets in one round
 * trip; a person's sheet of that name stops everything before the first write (placement.ts).
 */
async function placements(context: Excel.RequestContext, plans: Plan[], sheets: SheetItem[], after: number): Promise<Placement[]> {
  const existing = plans.map((p) => sheets.find((s) => sameSheetName(s.name, p.sheetName)));
  const signatures = plans.map((p, i) => {
    const sheet = existing[i];
    if (!sheet) return undefined;
    const { row, column } = p.signature;
    const range = context.workbook.worksheets.getItem(sheet.id).getRange(areaAddress({ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }));
    range.load('values');
    return range;
  });
  if (existing.some(Boolean)) await context.sync();
  let next = after;
  return plans.map((p, i) => {
    const sheet = existing[i];
    const where = placement(p, sheet && { name: sheet.name, signatureText: String(signatures[i]!.values[0][0]) });
    return where === 'replace' ? { position: sheet!.position, replaceId: sheet!.id } : { position: ++next };
  });
}

export async function shareWithCoordinators(context: Excel.RequestContext, request: ShareRequest, now: Date, readMap: MapReader, progress?: Progress): Promise<ShareOutcome> {
  progress?.('read');
  const { sheet, grid, extra: sheets } = await readActiveSheet(context, withSheets);
  const mapGrid = await readMap(context, sheets);
  progress?.('check');
  const { plans, outcome } = sharePass(grid, request, now, mapGrid);
  const where = await placements(context, plans, sheets, sheet.position);
  for (const [i, plan] of plans.entries()) {
    progress?.('write', `${plan.sheetName} (${i + 1}/${plans.length})`);
    await writePlan(context, plan, where[i]);
  }
  // worksheets.add does not activate the new sheets: the user stays on the matrix.
  return { ...outcome, replaced: where.filter((w) => w.replaceId).length };
}

export async function collectReports(context: Excel.RequestContext, request: CollectRequest, files: readonly UnitFile[], madeOn: Date, readMap: MapReader, progress?: Progress): Promise<CollectOutcome> {
  progress?.('read');
  const { sheet, grid, extra } = await readActiveSheet(context, (ctx) => {
    const list = withSheets(ctx);
    const log = ctx.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
    log.load('id,name,position');
    return () => ({ sheets: list(), log: log.isNullObject ? undefined : { id: log.id, name: log.name, position: log.position } });
  });
  const mapGrid = await readMap(context, extra.sheets);
  const names = unitSheetNames(
    extra.sheets.map((s) => s.name),
    sheet.name,
  );
  const units: (UnitSource | UnitFile)[] = [];
  for (const [i, name] of names.entries()) {
    progress?.('read', `${name} (${i + 1}/${names.length})`);
    const id = extra.sheets.find((s) => s.name === name)!.id;
    const read = await readSheet(context, (ctx) => ctx.workbook.worksheets.getItem(id), () => () => undefined);
    units.push({ name, grids: [read.grid], inWorkbook: true });
  }
  units.push(...files);
  // The previous log, read whole: it carries each coordinator's last collection over (core/tiered/mergeLog.ts).
  const previousLog = extra.log && (await readSheet(context, (ctx) => ctx.workbook.worksheets.getItem(extra.log!.id), () => () => undefined)).grid;
  progress?.('check');
  const { writes, log, outcome } = collectPass(grid, units, request, madeOn, mapGrid, previousLog);
  // The log replaces an earlier one only when RB Matrix made it (its title in A1).
  let logPlace: Placement = { position: sheet.position + 1 };
  if (extra.log && previousLog) {
    placement(log, { name: extra.log.name, signatureText: cellText(previousLog.values[0]?.[0] ?? null) });
    logPlace = { position: extra.log.position, replaceId: extra.log.id };
  }
  progress?.('write');
  const batch = new WriteBatch(context);
  const matrix = context.workbook.worksheets.getItem(sheet.id);
  for (const w of writes) {
    await batch.room(jsonBytes(w.value) + w.cell.length);
    matrix.getRange(w.cell).values = [[w.value]];
  }
  await writePlan(context, log, logPlace, batch);
  return outcome;
}
