import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { readMatrix, type Matrix } from '../core/model/readMatrix';
import type { Cap } from '../core/attainment/groupFigures';
import { lastClosedQuarter } from '../core/periods/lastClosedQuarter';
import { parseQuarter } from '../core/periods/parseQuarter';
import { quarterLabel } from '../core/periods/quarterLabel';
import { isReportYear } from '../core/periods/reportYear';
import type { Quarter } from '../core/periods/quarter';
import type { Plan } from '../core/plan/plan';
import { EXCEL_CELL_CHARS } from '../core/plan/cellText';
import { textTooLong } from '../core/rules/textTooLong';
import { buildSummary } from '../core/summary/buildSummary';
import { isSummaryGrid } from '../core/workbench/activeMatrix';
import { formatNumber } from '../core/values/formatValue';
import { UserError } from '../core/i18n';
import { refuseExistingOutput, refuseSameFile } from './outputFile';
import { readInput, type Workbook } from './readWorkbook';
import { jsonText, terminalText } from './terminalText';
import { writePlanToFile, writePlanToNewFile } from './writePlan';

export interface SummaryCommandOptions {
  year?: string;
  quarter?: string;
  out?: string;
  format: 'xlsx' | 'json';
  cap: '100' | '110' | '120' | 'none';
  sheet?: string;
  force?: boolean;
}

const CAPS: Record<SummaryCommandOptions['cap'], Cap> = { '100': 1, '110': 1.1, '120': 1.2, none: null };

/** The period asked for; without one, the last quarter that has ended. */
function period(options: SummaryCommandOptions, today: Date): { year: number; quarter: Quarter } {
  const last = lastClosedQuarter(today);
  const year = options.year === undefined ? last.year : Number(options.year);
  if (!isReportYear(year)) throw new UserError(`Tahun “${options.year}” tidak dikenal; tulis misalnya --year 2023.`, `Unknown year “${options.year}”; write e.g. --year 2023.`);
  const quarter = options.quarter === undefined ? last.quarter : parseQuarter(options.quarter);
  if (quarter === undefined) throw new UserError(`Triwulan “${options.quarter}” tidak dikenal; tulis 1–4 atau TW II.`, `Unknown quarter “${options.quarter}”; write 1–4 or TW II.`);
  return { year, quarter };
}

function pickMatrices(grids: Grid[], sheet: string | undefined): { matrix: Matrix; indicators?: Matrix } {
  const candidates = grids.filter((g) => !isSummaryGrid(g));
  let matrix: Matrix | undefined;
  if (sheet !== undefined) {
    const grid = candidates.find((g) => g.sheetName.toLowerCase() === sheet.toLowerCase());
    if (!grid) throw new UserError(`Sheet “${sheet}” tidak ada.`, `No sheet named “${sheet}”.`);
    matrix = readMatrix(grid);
    if (!matrix) throw new UserError(`Tidak ada matriks yang dikenali pada “${grid.sheetName}”.`, `No matrix recognised in “${grid.sheetName}”.`);
  }
  const read = candidates.map((g) => ({ g, m: matrix?.grid === g ? matrix : undefined })).map((x) => x.m ?? readMatrix(x.g));
  matrix ??= read.find((m) => m?.kind === 'rb-general' || m?.kind === 'rb-tematik') ?? read.find((m) => m !== undefined);
  if (!matrix) throw new UserError('Tidak ada matriks rencana aksi yang dikenali di berkas ini.', 'No action-plan matrix was recognised in this file.');
  const indicators = matrix.kind === 'indikator' ? undefined : read.find((m) => m?.kind === 'indikator');
  return { matrix, indicators };
}

/** `FILE-ringkasan-2023-TW2.xlsx` beside the input (`.xlsm` for a workbook with macros, which keeps them). */
function defaultOut(file: string, year: number, quarter: Quarter, macros: boolean): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-ringkasan-${year}-TW${quarter}.${macros ? 'xlsm' : 'xlsx'}`);
}

/** `rbm summary`: the quarterly summary tab written into a copy of the workbook, or its figures as JSON. */
export async function summaryCommand(file: string, options: SummaryCommandOptions, today = new Date()): Promise<number> {
  const { year, quarter } = period(options, today);
  const input = await readInput(file);
  const { matrix, indicators } = pickMatrices(input.grids, options.sheet);
  const { data, plan } = buildSummary(matrix, { year, quarter, cap: CAPS[options.cap], madeOn: today, indicators });

  if (options.format === 'json') {
    process.stdout.write(jsonText({ file, sheet: matrix.grid.sheetName, ...data }) + '\n');
    if (options.out === undefined) return 0;
  }
  const out = options.out ?? defaultOut(file, year, quarter, input.macros);
  await writeSummary(file, input, out, plan, matrix.grid.sheetName, options.force ?? false);
  if (options.format !== 'json') {
    const t = data.totals;
    const mean = t.capaianRataRata === null ? '–' : `${formatNumber(Math.round(t.capaianRataRata * 1000) / 10, 'id')}%`;
    const lines = [
      `Ringkasan ${quarterLabel(year, quarter)} dari “${matrix.grid.sheetName}” ditulis ke ${out} (sheet “${plan.sheetName}”).`,
      `${t.outputs} output · ${t.due} jatuh tempo · ${t.tercapai} tercapai · ${t.belumTercapai} belum tercapai · ${t.tidakAdaData} tanpa data · ` +
        `${t.belumJatuhTempo} belum jatuh tempo · ${t.tercapaiLebihAwal} tercapai lebih awal · capaian rata-rata ${mean}`,
    ];
    if (matrix.header.realisations.length === 0) lines.push(`Catatan: sheet “${matrix.grid.sheetName}” belum punya kolom Realisasi; setiap output yang jatuh tempo berstatus tidak ada data. / Note: the sheet has no Realisasi columns; every due output is without data.`);
    const long = textTooLong.check(matrix).length + (indicators ? textTooLong.check(indicators).length : 0);
    if (long > 0) lines.push(`Catatan: ${long} sel berisi teks lebih dari ${EXCEL_CELL_CHARS.toLocaleString('id-ID')} karakter (batas sel Excel); di ringkasan teksnya dipotong dengan “…”. / Note: ${long} cells hold more text than an Excel cell (${EXCEL_CELL_CHARS.toLocaleString('en-US')} characters); the summary cuts it short with “…”.`);
    if (t.outputs === 0) lines.push(`Tidak ada output yang bertarget pada tahun ${year}. / No output has a target in ${year}.`);
    process.stdout.write(lines.map(terminalText).join('\n') + '\n');
  }
  return 0;
}

/**
 * Writes the summary beside the input, never losing a byte: not onto the input (however linked), not
 * over a file of the user's (only over an earlier summary of the same input, or with `--force`), not
 * through a symbolic link, and always through a temporary file renamed into place. A workbook with
 * macros keeps them (its copy is an .xlsm).
 */
async function writeSummary(file: string, input: Workbook, out: string, plan: Plan, after: string, force: boolean): Promise<void> {
  const wanted = input.macros ? '.xlsm' : '.xlsx';
  if (path.extname(out).toLowerCase() !== wanted) {
    throw input.macros
      ? new UserError(`“${path.basename(file)}” memuat makro (VBA); keluarannya harus .xlsm agar makronya tetap ada: ${out}`, `The workbook holds macros (VBA); the output must be an .xlsm file to keep them: ${out}`)
      : new UserError(`Keluaran harus .xlsx: ${out}`, `The output must be an .xlsx file: ${out}`);
  }
  await refuseSameFile(file, out);
  await refuseExistingOutput(out, async () => force || isEarlierSummary(out, input));
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (input.kind === 'xlsx') {
    await writePlanToFile(file, out, plan, { after, bytes: input.bytes, grids: input.grids });
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
