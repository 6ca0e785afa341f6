/**
 * `rbm merge MASTER.xlsx UNIT.xlsx… --out MERGED.xlsx`: the coordinators' reports collected into a
 * copy of the master. Each unit file is read with the CLI's reader (a progress line per file on
 * stderr), core decides (core/tiered/mergeDecisions.ts), and only the cells that change are patched
 * into the master's sheet (every other byte of the package copied as it was), with a
 * *Log penggabungan* sheet beside it. The same log is printed as text or JSON.
 *
 * Exit: 0 everything merged; 1 conflicts (reported, not written); 2 a file unusable or refused.
 */
import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { UserError } from '../core/i18n';
import { readMatrix } from '../core/model/readMatrix';
import { calendarDate } from '../core/periods/calendarDate';
import { parseQuarter } from '../core/periods/parseQuarter';
import type { Quarter } from '../core/periods/quarter';
import { CONFLICT_TEXT, LOG_SHEET, STATUS_TEXT, mergeDecisions, mergeLogPlan, planValue, readCollections, readIdentity, type MergeResult, type UnitInput } from '../core/tiered';
import { sameSheetName } from '../core/plan/placement';
import { cellText } from '../core/grid';
import { columnMaps } from './columnMaps';
import { nodeDeflateRaw } from './nodeDeflate';
import { refuseExistingOutput, refuseSameFile, writeAtomicallyWith } from './outputFile';
import { readInput } from './readWorkbook';
import { pickMatrices } from './summaryCommand';
import { jsonText, terminalText } from './terminalText';
import { openEditor, putPlan } from './writePlan';

export interface MergeCommandOptions {
  quarter?: string;
  overwrite?: boolean;
  json?: boolean;
  out: string;
  sheet?: string;
  columns?: string;
  force?: boolean;
}

const EXIT = { ok: 0, conflicts: 1, unusable: 2 } as const;

export async function mergeCommand(master: string, units: string[], options: MergeCommandOptions, today = new Date()): Promise<number> {
  const quarter = options.quarter === undefined ? undefined : parseQuarter(options.quarter);
  if (options.quarter !== undefined && quarter === undefined) throw new UserError(`Triwulan “${options.quarter}” tidak dikenal; tulis 1–4 atau TW II.`, `Unknown quarter “${options.quarter}”; write 1–4 or TW II.`);
  if (path.extname(options.out).toLowerCase() !== '.xlsx' && path.extname(options.out).toLowerCase() !== '.xlsm') throw new UserError(`Keluaran harus .xlsx: ${options.out}`, `The output must be an .xlsx file: ${options.out}`);
  await refuseSameFile(master, options.out);
  for (const u of units) await refuseSameFile(u, options.out);
  const input = await readInput(master);
  if (input.kind !== 'xlsx' || !input.bytes) throw new UserError('Matriks induk harus berkas .xlsx (hasil gabungan ditulis ke salinannya).', 'The master must be an .xlsx workbook (the merge is written into its copy).');
  if (input.macros && path.extname(options.out).toLowerCase() !== '.xlsm') throw new UserError(`Workbook induk memuat makro (VBA); keluarannya harus .xlsm: ${options.out}`, `The master holds macros (VBA); the output must be an .xlsm file: ${options.out}`);
  const { matrix } = pickMatrices(input.grids, options.sheet, await columnMaps(input.grids, options.columns));
  const previousLog = input.grids.find((g) => sameSheetName(g.sheetName, LOG_SHEET));

  const read: UnitInput[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = await readUnit(units[i]);
    read.push(unit);
    const what = unit.problem ? `tidak dapat dibaca: ${unit.problem.id}` : `${unit.matrix?.outputs.length ?? 0} output${unit.identity ? ` (${unit.identity.part})` : ''}`;
    process.stderr.write(`rbm: [${i + 1}/${units.length}] ${terminalText(units[i])}: ${terminalText(what)}\n`);
  }
  const result = mergeDecisions(matrix, read, { quarter, overwrite: options.overwrite });
  const log = mergeLogPlan(result, { day: calendarDate(today), quarter, previous: readCollections(previousLog) });

  await refuseExistingOutput(options.out, async () => options.force === true);
  const editor = await openEditor(input.bytes, path.basename(master));
  if (result.writes.length > 0) editor.patchSheet(matrix.grid.sheetName, result.writes.map((w) => ({ row: w.row, column: w.column, value: planValue(w.value) })));
  putPlan(editor, log, matrix.grid.sheetName, (_sheet, row, column) => cellText(previousLog?.values[row]?.[column] ?? null));
  await writeAtomicallyWith(options.out, (write) => editor.write(write, nodeDeflateRaw));

  process.stdout.write(options.json ? jsonText({ master, out: options.out, quarter: quarter ?? null, cellsWritten: result.writes.length, units: result.units.map(unitJson), entries: result.entries.map(entryJson) }) + '\n' : mergeText(result, options.out, master) + '\n');
  if (result.units.some((u) => u.status === 'refused')) return EXIT.unusable;
  return result.units.some((u) => u.status === 'conflicts') ? EXIT.conflicts : EXIT.ok;
}

/** A unit file read, or why not (a sentence; never a stack trace). */
async function readUnit(file: string): Promise<UnitInput> {
  try {
    const grids = (await readInput(file)).grids;
    const identity = readIdentity(grids);
    const grid: Grid | undefined = (identity && grids.find((g) => g.sheetName === identity.sheet)) ?? grids.find((g) => readMatrix(g) !== undefined);
    return { name: file, identity, matrix: grid && readMatrix(grid) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { name: file, problem: { id: e.text('id'), en: e.text('en') } };
  }
}

const unitJson = (u: MergeResult['units'][number]) => ({ file: u.unit, koordinator: u.part, status: u.status, copied: u.copied, unchanged: u.unchanged, conflicts: u.conflicts, ...(u.reason && { reason: u.reason }) });
const entryJson = (e: MergeResult['entries'][number]) => ({
  file: e.unit,
  koordinator: e.part,
  outcome: e.outcome,
  ...(e.conflict && { conflict: e.conflict }),
  ...(e.key && { key: e.key }),
  ...(e.unitRow !== undefined && { unitRow: e.unitRow + 1 }),
  ...(e.masterRow !== undefined && { masterRow: e.masterRow + 1 }),
  ...(e.output !== undefined && { output: e.output }),
  ...(e.field && { field: e.field, column: e.label }),
  ...(e.master !== undefined && { master: e.master }),
  ...(e.value !== undefined && { value: e.value }),
  ...(e.reason && { reason: e.reason }),
});


/** The log as lines: per unit its counts, its conflicts (both values) and why it was refused. */
function mergeText(result: MergeResult, out: string, master: string): string {
  const lines: string[] = [`Gabungan laporan ke salinan “${path.basename(master)}”: ${out} (${result.writes.length} sel diisi).`];
  for (const u of result.units) {
    lines.push(`${u.unit} — ${u.part || '?'}: ${STATUS_TEXT[u.status]}${u.status === 'refused' ? `: ${u.reason?.id}` : ` · ${u.copied} disalin · ${u.unchanged} baris tidak berubah · ${u.conflicts} konflik`}`);
    for (const e of result.entries) {
      if (e.unit !== u.unit || e.outcome !== 'conflict') continue;
      const where = `baris ${e.unitRow === undefined ? '?' : e.unitRow + 1}${e.masterRow === undefined ? '' : ` (induk ${e.masterRow + 1})`}`;
      const values = e.field ? ` ${e.label || e.field}: induk “${e.master ?? ''}”, unit “${e.value ?? ''}”.` : '';
      lines.push(`  konflik (${CONFLICT_TEXT[e.conflict!]}) ${where} “${e.output ?? ''}”:${values} ${e.reason?.id ?? ''}`);
    }
  }
  return lines.map(terminalText).join('\n');
}
