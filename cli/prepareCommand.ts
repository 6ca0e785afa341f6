/**
 * `rbm prepare FILE --year 2025 [--quarter N] [--sheet NAME] --out OUT.xlsx`: *Siapkan monitoring* on a
 * file. Core plans what to add to the matrix sheet (core/prepare); the CLI patches that sheet in a
 * copy of the workbook (cli/writePlan.ts `writePatchToFile`): every other part, and every plan
 * cell, stays as it was. The input is never modified; an existing output only with `--force`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../core/i18n';
import { parseQuarter } from '../core/periods/parseQuarter';
import { isReportYear } from '../core/periods/reportYear';
import type { Quarter } from '../core/periods/quarter';
import { prepareMonitoring, reportedQuarter } from '../core/prepare';
import type { Plan } from '../core/plan/plan';
import { columnMaps } from './columnMaps';
import { refuseExistingOutput, refuseSameFile, writeAtomically } from './outputFile';
import { writePatchToFile } from './writePlan';
import { readInput } from './readWorkbook';
import { romanQuarter } from '../core/periods/romanQuarter';
import { pickMatrices } from './summaryCommand';
import { terminalText } from './terminalText';
import { englishCount } from './formatText';

export interface PrepareCommandOptions {
  year?: string;
  quarter?: string;
  sheet?: string;
  out?: string;
  force?: boolean;
  columns?: string;
}

function yearAndQuarter(options: PrepareCommandOptions, today: Date): { year: number; quarter: Quarter } {
  const year = Number(options.year);
  if (options.year === undefined || !isReportYear(year)) throw new UserError(`Tahun “${options.year ?? ''}” tidak dikenal; tulis misalnya --year 2025.`, `Unknown year “${options.year ?? ''}”; write e.g. --year 2025.`);
  if (options.quarter === undefined) return { year, quarter: reportedQuarter(year, today) };
  const quarter = parseQuarter(options.quarter);
  if (quarter === undefined) throw new UserError(`Triwulan “${options.quarter}” tidak dikenal; tulis 1–4 atau TW II.`, `Unknown quarter “${options.quarter}”; write 1–4 or TW II.`);
  return { year, quarter };
}

/** `FILE-monitoring-2025.xlsx` beside the input (`.xlsm` for a workbook with macros). */
function defaultOut(file: string, year: number, macros: boolean): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-monitoring-${year}.${macros ? 'xlsm' : 'xlsx'}`);
}

export async function prepareCommand(file: string, options: PrepareCommandOptions, today = new Date()): Promise<number> {
  const { year, quarter } = yearAndQuarter(options, today);
  const input = await readInput(file);
  if (input.kind !== 'xlsx' || !input.bytes) {
    throw new UserError('rbm prepare menulis rumus dan validasi ke dalam workbook: berikan berkas .xlsx, bukan CSV.', 'rbm prepare writes formulas and validation into a workbook: give it an .xlsx file, not a CSV.');
  }
  const maps = await columnMaps(input.grids, options.columns);
  const { matrix } = pickMatrices(input.grids, options.sheet, maps);
  const prepared = prepareMonitoring(matrix, { year, quarter });
  const out = options.out ?? defaultOut(file, year, input.macros);
  const wanted = input.macros ? '.xlsm' : '.xlsx';
  if (path.extname(out).toLowerCase() !== wanted) {
    throw input.macros
      ? new UserError(`Workbook ini memuat makro (VBA); keluarannya harus .xlsm agar makronya tetap ada: ${out}`, `The workbook holds macros (VBA); the output must be an .xlsm file to keep them: ${out}`)
      : new UserError(`Keluaran harus .xlsx: ${out}`, `The output must be an .xlsx file: ${out}`);
  }
  await refuseSameFile(file, out);
  await refuseExistingOutput(out, async () => options.force === true);
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  const sheet = matrix.grid.sheetName;
  const tw = `TW ${romanQuarter(quarter)}`;
  if (!prepared.changed) {
    // Already prepared: the copy is the input, byte for byte.
    await writeAtomically(out, input.bytes);
    say([`“${sheet}” sudah siap untuk monitoring ${tw} ${year}; tidak ada kolom yang ditambahkan. Salinan ditulis ke ${out}.`, `“${sheet}” is already prepared for monitoring ${tw} ${year}; nothing was added. A copy was written to ${out}.`]);
    return 0;
  }
  // Cells, merges, widths, validations and conditional formats beside the sheet's own (core/xlsx patchSheetWithPlan).
  const kept = await writePatch(file, out, sheet, prepared.plan, input.bytes);
  const { formulas, notDue, unsupported } = prepared.rows;
  const first = prepared.added[0].column;
  const last = prepared.added[prepared.added.length - 1].column;
  say([
    `Monitoring ${year} disiapkan pada “${sheet}”, ditulis ke ${out}: ${prepared.added.length} kolom ditambahkan (${first}–${last}), Capaian dan Status ${tw} sebagai rumus untuk ${formulas} dari ${prepared.outputs} output` +
      (notDue ? ` (${notDue} tanpa target tahun ini)` : '') +
      (unsupported ? `; ${unsupported} output bertarget yang tidak terbaca rumus biasa dihitung oleh rbm summary` : '') +
      '.',
    `Monitoring for ${year} prepared on “${sheet}”, written to ${out}: ${englishCount(prepared.added.length, 'column')} added (${first}–${last}), Capaian and Status for ${tw} as formulas for ${formulas} of ${englishCount(prepared.outputs, 'output')}` +
      (notDue ? ` (${notDue} without a target this year)` : '') +
      (unsupported ? `; ${englishCount(unsupported, 'output')} whose targets plain formulas cannot read ${unsupported === 1 ? 'is' : 'are'} computed by rbm summary` : '') +
      '.',
  ]);
  if (!kept) say([`Kolom rencana yang sudah punya validasi sendiri (mis. Keterangan) dibiarkan dengan validasinya.`, `Plan columns that already have their own validation (e.g. Keterangan) keep it.`]);
  return 0;
}

/**
 * Writes the patch; where the package writer refuses a dropdown of ours over a validation the sheet
 * already has on a plan column (Keterangan with its own list), it writes again without our dropdowns
 * on the plan's columns, and says so: the person's rule stays.
 */
async function writePatch(file: string, out: string, sheet: string, plan: Plan, bytes: Uint8Array): Promise<boolean> {
  try {
    await writePatchToFile(file, out, sheet, plan, { bytes });
    return true;
  } catch (e) {
    if (!(e instanceof Error && /^patchSheet: validation of .* meets the sheet's own/.test(e.message))) throw e;
    let first = Infinity;
    for (const c of plan.cells) first = Math.min(first, c.column);
    await writePatchToFile(file, out, sheet, { ...plan, validations: (plan.validations ?? []).filter((v) => v.areas.every((a) => a.left >= first)) }, { bytes });
    return false;
  }
}

function say(lines: string[]): void {
  process.stdout.write(lines.map(terminalText).join('\n') + '\n');
}
