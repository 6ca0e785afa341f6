import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { readMatrix, type Matrix } from '../core/model/readMatrix';
import type { Cap } from '../core/attainment/groupFigures';
import { lastClosedQuarter } from '../core/periods/lastClosedQuarter';
import { parseQuarter } from '../core/periods/parseQuarter';
import { quarterLabel } from '../core/periods/quarterLabel';
import { isReportYear } from '../core/periods/reportYear';
import type { Quarter } from '../core/periods/quarter';
import { buildSummary } from '../core/summary/buildSummary';
import { isSummaryGrid } from '../core/workbench/activeMatrix';
import { formatNumber } from '../core/values/formatValue';
import { UserError } from '../core/i18n';
import { readWorkbook } from './readWorkbook';
import { columnMaps, matrixGrids, optionsFor, sheetOfMap, type ColumnMaps } from './columnMaps';
import { isActionPlan } from '../core/layout/schema';
import { applyPlan, writePlanToFile } from './writePlan';

export interface SummaryCommandOptions {
  year?: string;
  quarter?: string;
  out?: string;
  format: 'xlsx' | 'json';
  cap: '100' | '110' | '120' | 'none';
  sheet?: string;
  columns?: string;
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

function defaultOut(file: string, year: number, quarter: Quarter): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-ringkasan-${year}-TW${quarter}.xlsx`);
}

/** `rbm summary`: the quarterly summary tab written into a copy of the workbook, or its figures as JSON. */
export async function summaryCommand(file: string, options: SummaryCommandOptions, today = new Date()): Promise<number> {
  const { year, quarter } = period(options, today);
  const grids = await readWorkbook(file);
  const { matrix, indicators } = pickMatrices(grids, options.sheet, await columnMaps(grids, options.columns));
  const { data, plan } = buildSummary(matrix, { year, quarter, cap: CAPS[options.cap], madeOn: today, indicators });

  // A summary that says nothing true (no output, no target in the year, nothing realised) says why, and fails.
  const code = data.warnings.length > 0 ? 1 : 0;
  for (const w of data.warnings) process.stderr.write(`rbm: ${w.message.id}\nrbm: ${w.message.en}\n`);
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify({ file, sheet: matrix.grid.sheetName, ...data }, null, 2) + '\n');
    if (options.out === undefined) return code;
  }
  const out = options.out ?? defaultOut(file, year, quarter);
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (path.extname(file).toLowerCase() === '.xlsx') {
    await writePlanToFile(file, out, plan, matrix.grid.sheetName);
  } else {
    // A CSV holds one sheet and no formatting: the summary goes into a new workbook of its own.
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new UserError(`Keluaran harus .xlsx: ${out}`, `The output must be an .xlsx file: ${out}`);
    const workbook = new ExcelJS.Workbook();
    applyPlan(workbook, plan);
    await workbook.xlsx.writeFile(out);
  }
  if (options.format !== 'json') {
    const t = data.totals;
    const mean = t.capaianRataRata === null ? '–' : `${formatNumber(Math.round(t.capaianRataRata * 1000) / 10, 'id')}%`;
    process.stdout.write(
      `Ringkasan ${quarterLabel(year, quarter)} dari “${matrix.grid.sheetName}” ditulis ke ${out} (sheet “${plan.sheetName}”).\n` +
        `${t.outputs} output · ${t.due} jatuh tempo · ${t.tercapai} tercapai · ${t.belumTercapai} belum tercapai · ${t.tidakAdaData} tanpa data · ` +
        `${t.belumJatuhTempo} belum jatuh tempo · ${t.tercapaiLebihAwal} tercapai lebih awal · capaian rata-rata ${mean}\n`,
    );
  }
  return code;
}
