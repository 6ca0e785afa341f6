import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { readMatrix, type Matrix } from '../core/model/readMatrix';
import type { Cap } from '../core/attainment/groupFigures';
import { lastClosedQuarter } from '../core/periods/lastClosedQuarter';
import { parseQuarter } from '../core/periods/parseQuarter';
import { reportPeriodLabel } from '../core/periods/reportPeriodLabel';
import { isReportYear } from '../core/periods/reportYear';
import type { Quarter } from '../core/periods/quarter';
import type { Plan } from '../core/plan/plan';
import { buildSummary } from '../core/summary/buildSummary';
import { isSummaryGrid } from '../core/workbench/activeMatrix';
import { formatNumber } from '../core/values/formatValue';
import { UserError } from '../core/i18n';
import { refuseExistingOutput, refuseSameFile, writeAtomically } from './outputFile';
import { readInput, type Workbook } from './readWorkbook';
import { jsonText, terminalText } from './terminalText';
import { applyPlan, loadExcelJS, writePlanToFile } from './writePlan';
import { columnMaps, matrixGrids, optionsFor, sheetOfMap, type ColumnMaps } from './columnMaps';
import { isActionPlan } from '../core/layout/schema';

export interface SummaryCommandOptions {
  year?: string;
  quarter?: string;
  out?: string;
  format: 'xlsx' | 'json';
  cap: '100' | '110' | '120' | 'none';
  sheet?: string;
  force?: boolean;
  columns?: string;
}

const CAPS: Record<SummaryCommandOptions['cap'], Cap> = { '100': 1, '110': 1.1, '120': 1.2, none: null };

/**
 * The period asked for: a quarter of a year; a year without a quarter is the whole year (its
 * figures at the end of TW IV); without either, the last quarter that has ended.
 */
function period(options: SummaryCommandOptions, today: Date): { year: number; quarter: Quarter; wholeYear: boolean } {
  const last = lastClosedQuarter(today);
  const year = options.year === undefined ? last.year : Number(options.year);
  if (!isReportYear(year)) throw new UserError(`Tahun “${options.year}” tidak dikenal; tulis misalnya --year 2023.`, `Unknown year “${options.year}”; write e.g. --year 2023.`);
  if (options.quarter === undefined && options.year !== undefined) return { year, quarter: 4, wholeYear: true };
  const quarter = options.quarter === undefined ? last.quarter : parseQuarter(options.quarter);
  if (quarter === undefined) throw new UserError(`Triwulan “${options.quarter}” tidak dikenal; tulis 1–4 atau TW II.`, `Unknown quarter “${options.quarter}”; write 1–4 or TW II.`);
  return { year, quarter, wholeYear: false };
}

function pickMatrices(grids: Grid[], sheet: string | undefined, maps: ColumnMaps): { matrix: Matrix; indicators?: Matrix } {
  const candidates = matrixGrids(grids).filter((g) => !isSummaryGrid(g));
  const only = candidates.length === 1;
  const read1 = (g: Grid) => readMatrix(g, optionsFor(g, maps, only));
  let matrix: Matrix | undefined;
  const named = sheet ?? sheetOfMap(candidates, maps);
  if (named !== undefined) {
    const grid = candidates.find((g) => g.sheetName.toLowerCase() === named.toLowerCase());
    if (!grid) throw new UserError(`Sheet “${named}” tidak ada.`, `No sheet named “${named}”.`);
    matrix = read1(grid);
    if (!matrix) throw new UserError(`Tidak ada matriks yang dikenali pada “${grid.sheetName}”.`, `No matrix recognised in “${grid.sheetName}”.`);
  }
  const read = candidates.map((g) => ({ g, m: matrix?.grid === g ? matrix : undefined })).map((x) => x.m ?? read1(x.g));
  matrix ??= read.find((m) => m !== undefined && isActionPlan(m.kind)) ?? read.find((m) => m !== undefined);
  if (!matrix) throw new UserError('Tidak ada matriks rencana aksi yang dikenali di berkas ini.', 'No action-plan matrix was recognised in this file.');
  const indicators = matrix.kind === 'indikator' ? undefined : read.find((m) => m?.kind === 'indikator');
  return { matrix, indicators };
}

function defaultOut(file: string, year: number, quarter: Quarter, wholeYear: boolean): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-ringkasan-${year}${wholeYear ? '' : `-TW${quarter}`}.xlsx`);
}

/** `rbm summary`: the quarterly summary tab written into a copy of the workbook, or its figures as JSON. */
export async function summaryCommand(file: string, options: SummaryCommandOptions, today = new Date()): Promise<number> {
  const { year, quarter, wholeYear } = period(options, today);
  const input = await readInput(file);
  const { matrix, indicators } = pickMatrices(input.grids, options.sheet, await columnMaps(input.grids, options.columns));
  const { data, plan } = buildSummary(matrix, { year, quarter, wholeYear, cap: CAPS[options.cap], madeOn: today, indicators });

  // A summary that says nothing true (no output, no target in the year, nothing realised) says why, and fails.
  const code = data.warnings.length > 0 ? 1 : 0;
  for (const w of data.warnings) process.stderr.write(`rbm: ${terminalText(w.message.id)}\nrbm: ${terminalText(w.message.en)}\n`);
  if (options.format === 'json') {
    process.stdout.write(jsonText({ file, sheet: matrix.grid.sheetName, ...data }) + '\n');
    if (options.out === undefined) return code;
  }
  const out = options.out ?? defaultOut(file, year, quarter, wholeYear);
  await writeSummary(file, input, out, plan, matrix.grid.sheetName, options.force ?? false);
  if (options.format !== 'json') {
    const t = data.totals;
    const mean = t.capaianRataRata === null ? '–' : `${formatNumber(Math.round(t.capaianRataRata * 1000) / 10, 'id')}%`;
    const lines = [
      `Ringkasan ${reportPeriodLabel(year, quarter, wholeYear)} dari “${matrix.grid.sheetName}” ditulis ke ${out} (sheet “${plan.sheetName}”).`,
      `${t.outputs} output · ${t.due} jatuh tempo · ${t.tercapai} tercapai · ${t.belumTercapai} belum tercapai · ${t.tidakAdaData} tanpa data · ` +
        `${t.belumJatuhTempo} belum jatuh tempo · ${t.tercapaiLebihAwal} tercapai lebih awal · capaian rata-rata ${mean}`,
    ];
    process.stdout.write(lines.map(terminalText).join('\n') + '\n');
  }
  return code;
}

/**
 * Writes the summary beside the input, never losing a byte: not onto the input (however linked), not
 * over a file of the user's (only over an earlier summary of the same input, or with `--force`), not
 * through a symbolic link, and always through a temporary file renamed into place. A workbook with
 * macros is refused until the writer can keep its VBA project.
 */
async function writeSummary(file: string, input: Workbook, out: string, plan: Plan, after: string, force: boolean): Promise<void> {
  if (input.macros) {
    throw new UserError(`“${path.basename(file)}” memuat makro (VBA), dan salinannya belum dapat dibuat utuh; simpan salinan sebagai .xlsx (tanpa makro) lalu coba lagi.`, `The workbook holds macros (VBA), which the copy cannot keep yet; save a copy as .xlsx (without macros) and try again.`);
  }
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new UserError(`Keluaran harus .xlsx: ${out}`, `The output must be an .xlsx file: ${out}`);
  await refuseSameFile(file, out);
  await refuseExistingOutput(out, async () => force || isEarlierSummary(out, input));
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (input.kind === 'xlsx') {
    await writePlanToFile(file, out, plan, after);
  } else {
    // A CSV holds one sheet and no formatting: the summary goes into a new workbook of its own.
    const workbook = new (await loadExcelJS()).Workbook();
    applyPlan(workbook, plan);
    await writeAtomically(out, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  }
}

/**
 * True when the file at `out` is a summary workbook rbm wrote from this input: it holds a sheet with
 * RB Matrix's signature, and its other sheets are the input's sheets by name and order (none, for a
 * CSV input). Re-running after editing the matrix may replace it; a file of the user's may not.
 */
async function isEarlierSummary(out: string, input: Workbook): Promise<boolean> {
  let existing: Workbook;
  try {
    existing = await readInput(out);
  } catch {
    return false;
  }
  if (existing.kind !== 'xlsx' || !existing.grids.some(isSummaryGrid)) return false;
  const others = existing.grids.filter((g) => !isSummaryGrid(g)).map((g) => g.sheetName);
  const expected = input.kind === 'xlsx' ? input.grids.filter((g) => !isSummaryGrid(g)).map((g) => g.sheetName) : [];
  return others.length === expected.length && others.every((name, i) => name === expected[i]);
}
