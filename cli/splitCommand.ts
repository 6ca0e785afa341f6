/**
 * `rbm split MASTER.xlsx --by koordinator --out DIR/`: one workbook per coordinator holding only its
 * rows (core/tiered/unitSheets.ts), written into `DIR`. The master is never modified; a file already
 * in `DIR` is replaced only when it is an earlier unit file (its hidden identity sheet says so) or
 * with `--force`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../core/i18n';
import { isReportYear } from '../core/periods/reportYear';
import { resolvePlan } from '../core/plan/resolvePlan';
import { orderedTwins, partFileName, readIdentity, splitPlan, SPLIT_BY, unitSheets, type SplitBy } from '../core/tiered';
import { WorkbookEditor } from '../core/xlsx/workbookEditor';
import { columnMaps } from './columnMaps';
import { nodeDeflateRaw } from './nodeDeflate';
import { refuseExistingOutput, writeAtomicallyWith } from './outputFile';
import { readInput } from './readWorkbook';
import { pickMatrices } from './summaryCommand';
import { terminalText } from './terminalText';
import { englishCount } from './formatText';

export interface SplitCommandOptions {
  by: SplitBy;
  year?: string;
  password?: string;
  out: string;
  sheet?: string;
  columns?: string;
  force?: boolean;
}

export async function splitCommand(file: string, options: SplitCommandOptions, today = new Date()): Promise<number> {
  if (!SPLIT_BY.includes(options.by)) throw new UserError(`--by harus salah satu dari ${SPLIT_BY.join(', ')}.`, `--by must be one of ${SPLIT_BY.join(', ')}.`);
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !isReportYear(year)) throw new UserError(`Tahun “${options.year}” tidak dikenal; tulis misalnya --year 2025.`, `Unknown year “${options.year}”; write e.g. --year 2025.`);
  const input = await readInput(file);
  const { matrix } = pickMatrices(input.grids, options.sheet, await columnMaps(input.grids, options.columns));
  const split = splitPlan(matrix, options.by);
  const splitOn = isoDay(today);
  await fs.mkdir(options.out, { recursive: true }).catch(() => {
    throw new UserError(`Folder keluaran tidak dapat dibuat: ${options.out}`, `Cannot create the output folder: ${options.out}`);
  });
  const used = new Set<string>();
  const lines: string[] = [];
  const parts = [...split.parts, ...(split.unassigned ? [split.unassigned] : [])];
  for (const part of parts) {
    const sheets = unitSheets(matrix, split, part, { year, password: options.password, splitOn });
    const out = path.join(options.out, `${partFileName(part.name, used)}.xlsx`);
    await refuseExistingOutput(out, async () => options.force === true || (await isUnitFile(out)));
    const editor = await WorkbookEditor.blank();
    for (const plan of sheets) editor.addSheet(resolvePlan(plan));
    await writeAtomicallyWith(out, (write) => editor.write(write, nodeDeflateRaw));
    lines.push(`${part.name}: ${part.outputs.length} output → ${out}`);
  }
  const twins = orderedTwins(split.keys);
  process.stdout.write(
    [
      `${matrix.outputs.length} output dari “${matrix.grid.sheetName}” dibagi menurut ${options.by} ke ${parts.length} berkas:`,
      ...lines.map((l) => `  ${l}`),
      ...(split.unassigned ? [`Catatan: ${split.unassigned.outputs.length} output tanpa ${options.by} masuk berkas “${split.unassigned.name}”; isi kolomnya di matriks induk lalu bagikan ulang. / ${englishCount(split.unassigned.outputs.length, 'output')} without a ${options.by} went to “${split.unassigned.name}”.`] : []),
      ...(twins > 0 ? [`Catatan: ${twins} output sama persis dengan output lain (kelompok, teks dan rencana); baris kembar itu dicocokkan menurut urutannya. / ${englishCount(twins, 'output')} ${twins === 1 ? 'is an identical twin' : 'are identical twins'} of another, matched by ${twins === 1 ? 'its' : 'their'} order.`] : []),
    ]
      .map(terminalText)
      .join('\n') + '\n',
  );
  return 0;
}

/** Whether the file at `out` is a unit file an earlier split wrote (then it may be replaced). */
async function isUnitFile(out: string): Promise<boolean> {
  try {
    return readIdentity((await readInput(out)).grids) !== undefined;
  } catch {
    return false;
  }
}

export function isoDay(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
