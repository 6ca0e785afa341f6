/**
 * *Buat matriks baru* in a host: the template of the kind and year asked, on a sheet of its own
 * whose name no sheet of the workbook has (`RB General 2025`, else `RB General 2025 (2)` …), so a
 * sheet someone made is never touched. Plain data in and out (google.script.run carries it).
 */
import type { Lang } from '../i18n';
import type { Plan } from '../plan/plan';
import type { Quarter } from '../periods/quarter';
import { freeSheetName } from './freeSheetName';
import { templatePlan, templateSheetName, type TemplateKind } from './templatePlan';

export interface NewMatrixRequest {
  kind: TemplateKind;
  year: number;
  /** With the quarterly monitoring blocks (Capaian and Status of `quarter`, TW I when absent). */
  monitoring?: boolean;
  quarter?: Quarter;
  lang: Lang;
}

export interface NewMatrixOutcome {
  sheetName: string;
}

export function newMatrixPass(request: NewMatrixRequest, sheetNames: readonly string[]): { plan: Plan; outcome: NewMatrixOutcome } {
  const base = { kind: request.kind, year: Number(request.year) };
  const sheetName = freeSheetName(templateSheetName(base), sheetNames);
  const plan = templatePlan({ ...base, ...(request.monitoring ? { monitoring: request.quarter ?? 1 } : {}) }, sheetName);
  return { plan, outcome: { sheetName } };
}
