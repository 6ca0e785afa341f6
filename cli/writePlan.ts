/**
 * The CLI's writer for a `Plan` (core/plan/plan.ts): core's resolved plan (core/plan/resolvePlan.ts)
 * written into a copy of the input workbook by core's package editor (core/xlsx/workbookEditor.ts),
 * as Excel's and Sheets' writers translate the same plan into their hosts' calls. The copy is the
 * input package with one sheet added or our own sheet replaced: every other part is copied byte for
 * byte (charts, pivot caches, macros, extensions); or, for `rbm prepare`, the input package with a
 * plan added to one of its sheets (`writePatchToFile`). The input file is never modified.
 */
import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { cellText } from '../core/grid';
import { UserError } from '../core/i18n';
import type { Plan } from '../core/plan/plan';
import { placement, sameSheetName } from '../core/plan/placement';
import { resolvePlan, type ResolvedPlan } from '../core/plan/resolvePlan';
import { packageProblem, readXlsx, XlsxError } from '../core/xlsx';
import { WorkbookEditor } from '../core/xlsx/workbookEditor';
import { readInputFile } from './inputFile';
import { nodeDeflateRaw } from './nodeDeflate';
import { nodeInflateRaw } from './nodeInflate';
import { refuseSameFile, writeAtomicallyWith } from './outputFile';

export interface WritePlanOptions {
  /** Name of the sheet the new sheet goes right after (case-insensitive); last when absent or not found. */
  after?: string;
  /** The input's bytes and grids when the caller has read them already (else they are read here). */
  bytes?: Uint8Array;
  grids?: Grid[];
}

/**
 * Writes `plan` (or the plan already resolved) as a sheet of `editor`'s workbook: a new sheet after `after` (or last), or in place
 * of an earlier RB Matrix sheet of the same name (same position), as core's `placement` decides from
 * the text at the plan's signature cell (`textAt`). Throws its `UserError` for a name no host accepts
 * or a sheet a person made; a plan that breaks its own contract throws a plain `Error`. Nothing is
 * written until `editor.write`.
 */
export function putPlan(editor: WorkbookEditor, plan: Plan | ResolvedPlan, after: string | undefined, textAt: (sheet: string, row: number, column: number) => string): { replaced: boolean } {
  const resolved = 'bounds' in plan ? plan : resolvePlan(plan);
  const existing = editor.sheets.find((s) => sameSheetName(s.name, plan.sheetName));
  const signatureText = existing ? (existing.kind === 'worksheet' ? textAt(existing.name, plan.signature.row, plan.signature.column) : '') : '';
  const mode = placement(plan, existing && { name: existing.name, signatureText });
  if (mode === 'replace') editor.replaceSheet(existing!.name, resolved);
  else editor.addSheet(resolved, after);
  return { replaced: mode === 'replace' };
}

/**
 * Copies the workbook at `inputPath` to `outputPath` with `plan` written into it (a temporary file
 * in the same folder, then renamed, so an interrupted run never leaves half a file). Refuses to
 * write over the input. A workbook with macros keeps them and must be written as .xlsm; any other as
 * .xlsx. Problems with either file are `UserError`s with a one-line bilingual reason.
 */
export async function writePlanToFile(inputPath: string, outputPath: string, plan: Plan | ResolvedPlan, options: WritePlanOptions = {}): Promise<{ replaced: boolean }> {
  await refuseSameFile(inputPath, outputPath);
  const bytes = options.bytes ?? (await readInputFile(inputPath));
  const editor = await openEditor(bytes, path.basename(inputPath));
  checkExtension(outputPath, editor.macros);
  let grids = options.grids;
  const textAt = (sheet: string, row: number, column: number): string => {
    const grid = grids?.find((g) => g.sheetName === sheet);
    return cellText(grid?.values[row]?.[column] ?? null);
  };
  if (!grids && editor.sheets.some((s) => sameSheetName(s.name, plan.sheetName))) grids = (await readXlsx(bytes, { inflate: nodeInflateRaw })).sheets.map((s) => s.grid);
  const result = putPlan(editor, plan, options.after, textAt);
  await writeAtomicallyWith(outputPath, (write) => editor.write(write, nodeDeflateRaw));
  return result;
}

/**
 * Copies the workbook at `inputPath` to `outputPath` with `plan` added to its existing worksheet
 * `sheetName` (`rbm prepare`'s monitoring blocks right of a person's matrix): the plan's cells,
 * merges, widths, hidden columns, validations, conditional formats and protection beside the
 * sheet's own, every other part copied byte for byte. Written as `writePlanToFile` writes (a
 * temporary file renamed; never over the input; .xlsm kept for macros).
 */
export async function writePatchToFile(inputPath: string, outputPath: string, sheetName: string, plan: Plan | ResolvedPlan, options: { bytes?: Uint8Array } = {}): Promise<void> {
  await refuseSameFile(inputPath, outputPath);
  const bytes = options.bytes ?? (await readInputFile(inputPath));
  const editor = await openEditor(bytes, path.basename(inputPath));
  checkExtension(outputPath, editor.macros);
  editor.patchSheetWithPlan(sheetName, 'bounds' in plan ? plan : resolvePlan(plan));
  await writeAtomicallyWith(outputPath, (write) => editor.write(write, nodeDeflateRaw));
}

/** `plan` as the one sheet of a new workbook (the summary of a CSV, which has no workbook of its own). */
export async function writePlanToNewFile(outputPath: string, plan: Plan | ResolvedPlan): Promise<void> {
  checkExtension(outputPath, false);
  const editor = await WorkbookEditor.blank();
  putPlan(editor, plan, undefined, () => '');
  await writeAtomicallyWith(outputPath, (write) => editor.write(write, nodeDeflateRaw));
}

/** The extension a copy must have: .xlsm keeps macros (Excel refuses macros in an .xlsx), .xlsx otherwise. */
function checkExtension(outputPath: string, macros: boolean): void {
  const ext = path.extname(outputPath).toLowerCase();
  if (macros && ext !== '.xlsm') {
    throw new UserError(
      `Workbook ini memuat makro (VBA); salinannya harus berakhiran .xlsm agar makronya tetap ada: ${outputPath}`,
      `The workbook holds macros (VBA); its copy must end in .xlsm to keep them: ${outputPath}`,
    );
  }
  if (!macros && ext !== '.xlsx') throw new UserError(`Berkas keluaran harus berakhiran .xlsx: ${outputPath}`, `The output file must end in .xlsx: ${outputPath}`);
}

/** The package editor on a workbook's bytes; a package it cannot edit is a `UserError` naming the file. */
export async function openEditor(bytes: Uint8Array, name: string): Promise<WorkbookEditor> {
  const problem = packageProblem(bytes);
  try {
    if (problem) throw problem;
    return await WorkbookEditor.open(bytes, { inflate: nodeInflateRaw });
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    const { id, en } = e.sentence(name);
    throw new UserError(id, en);
  }
}
