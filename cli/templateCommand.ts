/**
 * `rbm template --kind rb-general|rb-tematik|indikator --year 2025 --out FILE.xlsx`: a new workbook
 * holding one empty matrix of that kind (core/template: the road map's header, formats, frozen
 * header, dropdowns, one example row), written by the same package writer as every other Plan.
 * An existing file is never overwritten without `--force`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../core/i18n';
import { parseQuarter } from '../core/periods/parseQuarter';
import { templatePlan, TEMPLATE_KINDS, type TemplateKind } from '../core/template';
import { refuseExistingOutput } from './outputFile';
import { writePlanToNewFile } from './writePlan';

export interface TemplateCommandOptions {
  kind: string;
  year?: string;
  out: string;
  force?: boolean;
  monitoring?: boolean;
  quarter?: string;
}

export async function templateCommand(options: TemplateCommandOptions): Promise<number> {
  const year = options.year === undefined ? new Date().getFullYear() : Number(options.year);
  if (!TEMPLATE_KINDS.includes(options.kind as TemplateKind)) {
    throw new UserError(`Jenis matriks “${options.kind}” tidak dikenal; pilih ${TEMPLATE_KINDS.join(', ')}.`, `Unknown matrix kind “${options.kind}”; choose ${TEMPLATE_KINDS.join(', ')}.`);
  }
  const quarter = options.quarter === undefined ? 1 : parseQuarter(options.quarter);
  if (quarter === undefined) throw new UserError(`Triwulan “${options.quarter}” tidak dikenal; tulis 1–4 atau TW I–TW IV.`, `Unknown quarter “${options.quarter}”; write 1–4 or TW I–TW IV.`);
  // Refuses a year that is not one before anything is written.
  const plan = templatePlan({ kind: options.kind as TemplateKind, year, ...(options.monitoring ? { monitoring: quarter } : {}) });
  if (!options.force && (await fs.lstat(options.out).catch(() => null))) {
    throw new UserError(`${options.out} sudah ada; pilih nama lain dengan --out, atau tambahkan --force untuk menimpanya.`, `${options.out} already exists; choose another name with --out, or add --force to overwrite it.`);
  }
  await refuseExistingOutput(options.out, async () => true); // never through a link, never over a folder
  await writePlanToNewFile(options.out, plan);
  process.stderr.write(`rbm: matriks baru “${plan.sheetName}” ditulis ke ${path.basename(options.out)} / new matrix “${plan.sheetName}” written to ${options.out}\n`);
  return 0;
}
