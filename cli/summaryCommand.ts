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
import { resolvePlan, type ResolvedPlan } from '../core/plan/resolvePlan';
import { EXCEL_CELL_CHARS } from '../core/plan/cellText';
import { textTooLong } from '../core/rules/textTooLong';
import { buildSummary } from '../core/summary/buildSummary';
import { summarySheetName } from '../core/summary/summaryPlan';
import { isSummaryGrid } from '../core/workbench/activeMatrix';
import { formatNumber } from '../core/values/formatValue';
import { UserError } from '../core/i18n';
import { sameSheetName } from '../core/plan/placement';
import { collectGarbage } from './collectGarbage';
import { refuseExistingOutput, refuseSameFile } from './outputFile';
import { readInput, type Workbook } from './readWorkbook';
import { jsonText, terminalText } from './terminalText';
import { writePlanToFile, writePlanToNewFile } from './writePlan';
import { columnMaps, matrixGrids, optionsFor, sheetOfMap, type ColumnMaps } from './columnMaps';
import { isActionPlan } from '../core/layout/schema';
import { LOG_SHEET, readCollections } from '../core/tiered/mergeLog';
import { notReportedText, type CollectionDay } from '../core/summary/reporting';

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

export function pickMatrices(grids: Grid[], sheet: string | undefined, maps: ColumnMaps): { matrix: Matrix; indicators?: Matrix } {
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

/** `FILE-ringkasan-2023-TW2.xlsx` (or `-ringkasan-2023.xlsx` for a whole year) beside the input; `.xlsm` for a workbook with macros, which keeps them. */
function defaultOut(file: string, year: number, quarter: Quarter, wholeYear: boolean, macros: boolean): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-ringkasan-${year}${wholeYear ? '' : `-TW${quarter}`}.${macros ? 'xlsm' : 'xlsx'}`);
}

/** `rbm summary`: the quarterly summary tab written into a copy of the workbook, or its figures as JSON. */
export async function summaryCommand(file: string, options: SummaryCommandOptions, today = new Date()): Promise<number> {
  const { year, quarter, wholeYear } = period(options, today);
  const input = await readInput(file);
  const maps = await columnMaps(input.grids, options.columns);
  const out = options.format === 'json' && options.out === undefined ? undefined : (options.out ?? defaultOut(file, year, quarter, wholeYear, input.macros));
  // Who has reported: the coordinators' last collections, from the log a merge left (rbm merge).
  const collections = readCollections(input.grids.find((g) => sameSheetName(g.sheetName, LOG_SHEET)));
  const prepared: { plan?: Plan; source: SummarySource; lines: string[]; code: number } = prepare(file, input, options, maps, { year, quarter, wholeYear, today, collections }, out);
  const { source, lines, code } = prepared;
  if (out === undefined) return code;
  // From here on only the tab, the package's bytes and a few names are kept: the matrix, its grid and
  // the figures go before the plan is resolved, the plan before the copy is written (collectGarbage.ts),
  // so a 200,000-output summary stays under a gigabyte.
  collectGarbage();
  const resolved = resolveReleasing(prepared);
  await writeSummary(source, out, resolved, options.force ?? false);
  process.stdout.write(lines.map(terminalText).join('\n') + '\n');
  return code;
}

/** What writing the copy needs of the input: its bytes and names, not its grids. */
interface SummarySource {
  file: string;
  kind: Workbook['kind'];
  macros: boolean;
  bytes?: Uint8Array;
  /** The matrix sheet the summary goes after. */
  after: string;
  /** The input's sheet names but RB Matrix's summaries (to know an earlier summary of this input). */
  otherSheets: string[];
  /** The grid of the sheet that has the summary's name, if any (its signature cell decides whether it may be replaced). */
  sameName?: Grid;
}

/**
 * Reads the matrix and builds the summary: the plan, what writing needs of the input, and the lines
 * to print once it is written (or prints the JSON figures).
 */
function prepare(
  file: string,
  input: Workbook,
  options: SummaryCommandOptions,
  maps: ColumnMaps,
  when: { year: number; quarter: Quarter; wholeYear: boolean; today: Date; collections: CollectionDay[] },
  out: string | undefined,
): { plan: Plan; source: SummarySource; lines: string[]; code: number } {
  const { year, quarter, wholeYear } = when;
  const { matrix, indicators, long, source } = readForSummary(file, input, options.sheet, maps, summarySheetName(year, quarter, wholeYear));
  const { data, plan } = buildSummary(matrix, { year, quarter, wholeYear, cap: CAPS[options.cap], madeOn: when.today, collections: when.collections, indicators, rows: options.format === 'json' });
  // A summary that says nothing true (no output, no target in the year, nothing realised) says why, and fails.
  const code = data.warnings.length > 0 ? 1 : 0;
  for (const w of data.warnings) process.stderr.write(`rbm: ${terminalText(w.message.id)}\nrbm: ${terminalText(w.message.en)}\n`);
  if (options.format === 'json') process.stdout.write(jsonText({ file, sheet: matrix.grid.sheetName, ...data }) + '\n');
  const lines: string[] = [];
  if (options.format !== 'json' && out !== undefined) {
    const t = data.totals;
    const mean = t.capaianRataRata === null ? '–' : `${formatNumber(Math.round(t.capaianRataRata * 1000) / 10, 'id')}%`;
    lines.push(
      `Ringkasan ${reportPeriodLabel(year, quarter, wholeYear)} dari “${matrix.grid.sheetName}” ditulis ke ${out} (sheet “${plan.sheetName}”).`,
      `${t.outputs} output · ${t.due} jatuh tempo · ${t.tercapai} tercapai · ${t.belumTercapai} belum tercapai · ${t.tidakAdaData} tanpa data · ` +
        `${t.belumJatuhTempo} belum jatuh tempo · ${t.tercapaiLebihAwal} tercapai lebih awal · capaian rata-rata ${mean}`,
    );
    const late = notReportedText(data.pelaporan);
    if (late) lines.push(late);
    if (long > 0) lines.push(`Catatan: ${long} sel berisi teks lebih dari ${formatNumber(EXCEL_CELL_CHARS, 'id')} karakter (batas sel Excel); di ringkasan teksnya dipotong dengan “…”. / Note: ${long} cells hold more text than an Excel cell (${formatNumber(EXCEL_CELL_CHARS, 'en')} characters); the summary cuts it short with “…”.`);
  }
  return { plan, source, lines, code };
}

/** The plan resolved, and let go: once this returns, nothing holds the plan's two million cells. */
function resolveReleasing(holder: { plan?: Plan }): ResolvedPlan {
  const resolved = resolvePlan(holder.plan as Plan);
  delete holder.plan;
  return resolved;
}

/**
 * The matrices a summary reads, and what writing its copy needs of the input. The summary reads the
 * matrix model, not the grids under it: they go (the input's list emptied, the models given a grid
 * of their sheet's name only) before the tab is laid out. At 200,000 outputs the grid alone is
 * 150 MB; the model and the tab's two million cells follow.
 */
function readForSummary(file: string, input: Workbook, sheet: string | undefined, maps: ColumnMaps, sheetName: string): { matrix: Matrix; indicators?: Matrix; long: number; source: SummarySource } {
  const read = pickMatrices(input.grids, sheet, maps);
  const long = textTooLong.check(read.matrix).length + (read.indicators ? textTooLong.check(read.indicators).length : 0);
  const source: SummarySource = {
    file,
    kind: input.kind,
    macros: input.macros,
    bytes: input.bytes,
    after: read.matrix.grid.sheetName,
    otherSheets: input.kind === 'xlsx' ? input.grids.filter((g) => !isSummaryGrid(g)).map((g) => g.sheetName) : [],
    sameName: input.grids.find((g) => sameSheetName(g.sheetName, sheetName)),
  };
  input.grids = [];
  return { matrix: withoutCells(read.matrix), indicators: read.indicators && withoutCells(read.indicators), long, source };
}

/** A matrix model whose grid keeps only its sheet's name: what the summary reads of it. */
function withoutCells(matrix: Matrix): Matrix {
  return { ...matrix, grid: { sheetName: matrix.grid.sheetName, values: [] } };
}

/**
 * Writes the summary beside the input, never losing a byte: not onto the input (however linked), not
 * over a file of the user's (only over an earlier summary of the same input, or with `--force`), not
 * through a symbolic link, and always through a temporary file renamed into place. A workbook with
 * macros keeps them (its copy is an .xlsm).
 */
async function writeSummary(source: SummarySource, out: string, plan: ResolvedPlan, force: boolean): Promise<void> {
  const { file } = source;
  const wanted = source.macros ? '.xlsm' : '.xlsx';
  if (path.extname(out).toLowerCase() !== wanted) {
    throw source.macros
      ? new UserError(`“${path.basename(file)}” memuat makro (VBA); keluarannya harus .xlsm agar makronya tetap ada: ${out}`, `The workbook holds macros (VBA); the output must be an .xlsm file to keep them: ${out}`)
      : new UserError(`Keluaran harus .xlsx: ${out}`, `The output must be an .xlsx file: ${out}`);
  }
  await refuseSameFile(file, out);
  await refuseExistingOutput(out, async () => force || isEarlierSummary(out, source.otherSheets));
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (source.kind === 'xlsx') {
    await writePlanToFile(file, out, plan, { after: source.after, bytes: source.bytes, grids: source.sameName ? [source.sameName] : [] });
  } else {
    // A CSV holds one sheet and no formatting: the summary goes into a new workbook of its own.
    await writePlanToNewFile(out, plan);
  }
}

/**
 * True when the file at `out` is a summary workbook rbm wrote from this input: it holds a sheet with
 * RB Matrix's signature, and its other sheets are the input's sheets by name and order (none, for a
 * CSV input). Re-running after editing the matrix may replace it; a file of the user's may not.
 */
async function isEarlierSummary(out: string, expected: string[]): Promise<boolean> {
  let existing: Workbook;
  try {
    existing = await readInput(out);
  } catch {
    return false;
  }
  if (existing.kind !== 'xlsx' || !existing.grids.some(isSummaryGrid)) return false;
  const others = existing.grids.filter((g) => !isSummaryGrid(g)).map((g) => g.sheetName);
  return others.length === expected.length && others.every((name, i) => name === expected[i]);
}
