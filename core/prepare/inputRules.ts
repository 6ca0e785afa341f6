/**
 * Data validation for the cells a person fills in a prepared matrix, and dropdowns on the plan's
 * own choice columns. What may be typed follows the row's targets: the stage list for a stage row
 * (LAMPIRAN I), its ladder for a grade row, a number ≥ 0 for a figure row (a `-` or `3 dokumen` is
 * warned about, not refused: the reader takes `-` as "already done"); progress 0–100; notes and
 * evidence any text or link. Each new column's first cell carries an input message in Indonesian.
 */
import type { PlanArea } from '../plan/area';
import type { PlanValidation, ValidationRule } from '../plan/validation';
import type { BlockRole } from '../layout/monitoringBlock';
import { ladder, type LadderName } from '../values/ladders';
import { EXCEL_CELL_CHARS } from '../plan/cellText';

/** What a realisation cell of a row may hold. */
export type RealisationKind = { kind: 'number' } | { kind: 'ladder'; name: LadderName } | { kind: 'free' };

interface Rule {
  rule: ValidationRule;
  alert: PlanValidation['alert'];
}

const NUMBER: Rule = {
  rule: { kind: 'decimal', operator: 'greaterThanOrEqual', value: 0 },
  alert: { style: 'warning', title: 'Bukan angka', text: 'Realisasi baris ini berupa angka ≥ 0 (pakai koma desimal bila pengaturan lembar memakainya). Tanda “-” berarti sudah tercapai sebelumnya.' },
};
const PROGRESS: Rule = {
  rule: { kind: 'decimal', operator: 'between', value: 0, value2: 100 },
  alert: { style: 'warning', title: 'Progres 0–100', text: 'Progres ditulis sebagai persen 0–100 (misalnya 75 atau 75%).' },
};
const TEXT: Rule = {
  rule: { kind: 'textLength', operator: 'lessThanOrEqual', value: EXCEL_CELL_CHARS },
  alert: { style: 'information', title: 'Teks terlalu panjang', text: `Sel memuat paling banyak ${EXCEL_CELL_CHARS} karakter.` },
};

function ladderRule(name: LadderName): Rule {
  const l = ladder(name);
  return {
    rule: { kind: 'list', values: l.rungs.map((r) => r.label) },
    alert: { style: 'warning', title: `Pilih ${l.title.id.toLowerCase()}`, text: `Realisasi baris ini salah satu dari: ${l.rungs.map((r) => r.label).join(', ')}.` },
  };
}

/** The input message of a new column's first cell (title ≤ 32, text ≤ 255 characters). */
const PROMPTS: Record<BlockRole, { title: string; text: string }> = {
  realisasi: { title: 'Realisasi triwulan ini', text: 'Isi realisasi output dalam satuan targetnya: angka, persen, tahapan atau predikat sesuai baris. Tulis “-” bila sudah tercapai pada triwulan sebelumnya.' },
  progres: { title: 'Progres (%)', text: 'Persentase kemajuan pekerjaan 0–100, dipakai bila realisasi output belum ada.' },
  kendala: { title: 'Kendala', text: 'Kendala atau hambatan pada triwulan ini (boleh kosong).' },
  tindakLanjut: { title: 'Tindak lanjut', text: 'Rencana atau langkah tindak lanjut atas kendala (boleh kosong).' },
  buktiDukung: { title: 'Bukti dukung', text: 'Tautan (link) atau nama dokumen bukti dukung.' },
  catatan: { title: 'Catatan', text: 'Catatan evaluator.' },
};

/** Neighbouring rows as runs (rows sorted). */
export function rowRuns(rows: readonly number[]): { top: number; bottom: number }[] {
  const runs: { top: number; bottom: number }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else runs.push({ top: r, bottom: r });
  }
  return runs;
}

function areasOf(rows: readonly number[], column: number): PlanArea[] {
  return rowRuns(rows).map((run) => ({ top: run.top, bottom: run.bottom, left: column, right: column }));
}

/**
 * The validations of one new block column over the output rows (sheet rows, sorted): its first
 * cell with the input message, the rest by rule. `kinds[i]` is what row `rows[i]` may hold (realisation only).
 */
export function blockValidations(role: BlockRole, column: number, rows: readonly number[], kinds?: readonly RealisationKind[]): PlanValidation[] {
  if (rows.length === 0) return [];
  const ruleOf = (i: number): Rule | undefined => {
    if (role === 'progres') return PROGRESS;
    if (role !== 'realisasi') return TEXT;
    const k = kinds?.[i] ?? { kind: 'free' };
    return k.kind === 'number' ? NUMBER : k.kind === 'ladder' ? ladderRule(k.name) : undefined;
  };
  const out: PlanValidation[] = [];
  const first = ruleOf(0) ?? TEXT;
  out.push({ areas: [{ top: rows[0], bottom: rows[0], left: column, right: column }], rule: first.rule, prompt: PROMPTS[role], alert: first.alert });
  // Notes need no rule beyond the first cell's message.
  if (role === 'kendala' || role === 'tindakLanjut' || role === 'buktiDukung' || role === 'catatan') return out;
  const byRule = new Map<string, { rule: Rule; rows: number[] }>();
  for (let i = 1; i < rows.length; i++) {
    const rule = ruleOf(i);
    if (!rule) continue;
    const key = JSON.stringify(rule.rule);
    const group = byRule.get(key) ?? byRule.set(key, { rule, rows: [] }).get(key)!;
    group.rows.push(rows[i]);
  }
  for (const { rule, rows: list } of byRule.values()) out.push({ areas: areasOf(list, column), rule: rule.rule, alert: rule.alert });
  return out;
}

/** A dropdown on a plan's choice column (Keterangan Rutin/Penguatan, Polaritas, Agregasi) over the output rows. */
export function choiceValidation(title: string, choices: readonly string[], column: number, rows: readonly number[]): PlanValidation | undefined {
  if (rows.length === 0) return undefined;
  return {
    areas: areasOf(rows, column),
    rule: { kind: 'list', values: [...choices] },
    alert: { style: 'warning', title: title.slice(0, 32), text: `Pilih salah satu: ${choices.join(', ')}.`.slice(0, 224) },
  };
}
