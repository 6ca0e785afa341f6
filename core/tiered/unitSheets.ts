/**
 * The sheets of one coordinator's file, as Plans: the instruction sheet (in Indonesian), the matrix
 * sheet with that coordinator's outputs only, and the hidden identity sheet. The matrix sheet keeps
 * the master's title rows and header as they are (so the reader finds the same columns), then one
 * row per output with its group cells filled in (a unit may sort its copy), and the row keys in a
 * hidden column at the right. Every plan cell is locked; the reported cells of the year's blocks are
 * open (`locked: false`) and tinted, and the sheet is protected (without a password unless one is
 * given: protection.ts says what that guards against).
 */
import { cellText, type CellValue } from '../grid';
import { UserError } from '../i18n';
import type { Matrix } from '../model/readMatrix';
import type { Plan, PlanCell, PlanStyle, PlanValidation } from '../plan/plan';
import { blockValidations } from '../prepare/inputRules';
import { realisationKind } from '../prepare/prepareMonitoring';
import { matrixYears, monitoringFields, type Field } from './fields';
import { planValue } from './planValue';
import { identityRows, IDENTITY_SHEET, IDENTITY_SIGNATURE, KEY_LABEL, matrixIdentity, type SplitIdentity } from './splitIdentity';
import type { SplitPart, SplitPlan } from './splitPlan';

export interface UnitSheetOptions {
  year?: number;
  /** Asked to lift the sheet's protection (Excel); absent: none. */
  password?: string;
  /** The day of the split, `YYYY-MM-DD`. */
  splitOn: string;
}

export const INSTRUCTION_SHEET = 'Petunjuk';
const INSTRUCTION_SIGNATURE = 'Petunjuk pengisian laporan (RB Matrix)';

const HEADER: PlanStyle = { font: { bold: true }, fill: '#D9E1F2', border: true, wrap: true, horizontal: 'center', vertical: 'middle' };
const TITLE: PlanStyle = { font: { bold: true } };
const PLANNED: PlanStyle = { fill: '#F2F2F2', border: true, wrap: true };
const OPEN: PlanStyle = { fill: '#FFF2CC', border: true, wrap: true, locked: false };
const WIDE = 36;
const NARROW = 14;

/** The three sheets of `part`'s file, in tab order: instructions, the matrix, the identity (hidden). */
export function unitSheets(matrix: Matrix, split: SplitPlan, part: SplitPart, options: UnitSheetOptions): Plan[] {
  const identity: SplitIdentity = { ...matrixIdentity(matrix), year: options.year ?? matrix.header.planYear ?? matrixYears(matrix)[0], by: split.by, part: part.name, splitOn: options.splitOn };
  const sheet = matrixSheet(matrix, split, part, identity, options);
  return [instructionSheet(identity, part), sheet, identitySheet(identity)];
}

/** The columns the master's header spans. */
function headerWidth(matrix: Matrix): number {
  const { header } = matrix;
  return 1 + Math.max(0, ...header.columns.map((c) => c.index), ...header.extras.map((c) => c.index), ...header.duplicates.map((c) => c.index));
}

function matrixSheet(matrix: Matrix, split: SplitPlan, part: SplitPart, identity: SplitIdentity, options: UnitSheetOptions): Plan {
  const { header, grid } = matrix;
  const width = headerWidth(matrix);
  const keyColumn = width;
  const fields = monitoringFields(header, { year: identity.year });
  const open = new Set(fields.map((f) => f.column));
  if (open.size === 0) {
    throw new UserError(
      `Matriks “${grid.sheetName}” belum punya kolom monitoring (Realisasi, Kendala …)${identity.year ? ` untuk tahun ${identity.year}` : ''}; jalankan rbm prepare dulu, lalu bagikan hasilnya.`,
      `Matrix “${grid.sheetName}” has no monitoring columns (Realisasi, Kendala …)${identity.year ? ` for ${identity.year}` : ''} yet; run rbm prepare first, then split its result.`,
    );
  }
  const cells: PlanCell[] = [];
  const formatOf = (r: number, c: number, value: CellValue): PlanStyle => {
    const format = grid.numberFormats?.[r]?.[c];
    return typeof value === 'number' && format && format !== 'General' ? { numberFormat: format } : {};
  };
  // The master's title rows and header, as they are.
  for (let r = 0; r <= header.lastRow; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(width, row.length); c++) {
      const value = planValue(row[c]);
      if (value.kind !== 'blank' || r >= header.firstRow) cells.push({ row: r, column: c, value, ...(r >= header.firstRow ? HEADER : TITLE), ...formatOf(r, c, row[c]) });
    }
    if (r >= header.firstRow) for (let c = row.length; c < width; c++) cells.push({ row: r, column: c, value: { kind: 'blank' }, ...HEADER });
  }
  cells.push({ row: header.lastRow, column: keyColumn, value: { kind: 'text', text: KEY_LABEL }, ...HEADER });
  // The Capaian and Status columns rbm prepare adds (core/prepare/newColumns.ts `resultLabel`) are
  // formulas over the master's rows; their values read from it would go stale as the unit types.
  const derived = new Set(header.extras.filter((e) => e.computed).map((e) => e.index));
  // The part's outputs, group cells filled in, keys at the right.
  part.outputs.forEach((o, i) => {
    const source = matrix.outputs[o];
    const r = header.lastRow + 1 + i;
    for (let c = 0; c < width; c++) {
      const v = derived.has(c) ? null : source.values[c];
      cells.push({ row: r, column: c, value: planValue(v), ...(open.has(c) ? OPEN : PLANNED), ...formatOf(source.index, c, v ?? null) });
    }
    cells.push({ row: r, column: keyColumn, value: { kind: 'text', text: split.keys[o] }, ...PLANNED });
  });
  const merges = (grid.merges ?? [])
    .filter((m) => m.bottom <= header.lastRow && m.left < width)
    .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: Math.min(m.right, width - 1) }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
  const wide = new Set([...matrix.groupColumns.map((g) => g.index), header.keyIndex.get('indikator') ?? -1]);
  return {
    sheetName: grid.sheetName,
    signature: { row: header.lastRow, column: keyColumn, text: KEY_LABEL },
    cells,
    merges,
    columnWidths: Array.from({ length: width + 1 }, (_, c) => (wide.has(c) ? WIDE : c === keyColumn ? 20 : NARROW)),
    frozenRows: header.lastRow + 1,
    hiddenColumns: [keyColumn],
    validations: inputValidations(matrix, part, fields, identity.year),
    // No sort: on a protected sheet Excel sorts unlocked cells only ("Sorting can only be performed on
    // unlocked or unprotected cells in a protected worksheet", learn.microsoft.com/office/vba/api/excel.protection.allowsorting),
    // which would part the reports from their rows. Whole rows sort once the protection is lifted; the keys go with them.
    protection: { ...(options.password !== undefined && { password: options.password }), allow: { formatColumns: true, formatRows: true, autoFilter: true } },
  };
}

/**
 * The open cells' validations, as *Siapkan monitoring* gives a new block (core/prepare/inputRules.ts):
 * a realisation by what the row's targets of the year are (a number, a rung of its ladder), progress
 * 0–100, notes any text, with an input message on each column's first cell.
 */
function inputValidations(matrix: Matrix, part: SplitPart, fields: readonly Field[], year: number | undefined): PlanValidation[] {
  const { header } = matrix;
  const rows = part.outputs.map((_, i) => header.lastRow + 1 + i);
  const targets = header.periods.map((p, i) => ({ p, i })).filter(({ p }) => p.measure === 'target' && (p.year === undefined || year === undefined || p.year === year));
  const kinds = part.outputs.map((o) => realisationKind(targets.map(({ i }) => ({ value: matrix.outputs[o].periods[i] ?? { kind: 'empty' } }))));
  return fields.flatMap((f) => (f.role === undefined ? [] : blockValidations(f.role, f.column, rows, f.role === 'realisasi' ? kinds : undefined)));
}

function textRows(sheetName: string, signature: string, lines: string[], more: Partial<Plan> = {}): Plan {
  const cells: PlanCell[] = lines.map((text, row) => ({ row, column: 0, value: text === '' ? { kind: 'blank' } : { kind: 'text', text }, ...(row === 0 ? TITLE : {}) }));
  return { sheetName, signature: { row: 0, column: 0, text: signature }, cells, merges: [], columnWidths: [110], frozenRows: 0, ...more };
}

function instructionSheet(identity: SplitIdentity, part: SplitPart): Plan {
  return textRows(INSTRUCTION_SHEET, INSTRUCTION_SIGNATURE, [
    INSTRUCTION_SIGNATURE,
    `Untuk: ${part.name} (${part.outputs.length} output)`,
    `Matriks: ${identity.matrix || identity.sheet}${identity.year ? ` · tahun ${identity.year}` : ''} · dibagikan ${identity.splitOn}`,
    '',
    `1. Buka sheet “${identity.sheet}”. Isi hanya sel berwarna kuning: Realisasi, Progres (%), Kendala, Tindak Lanjut dan Bukti Dukung triwulan yang dilaporkan.`,
    '2. Kolom rencana (output, satuan, target, koordinator) dikunci. Jangan diubah: usul perubahan rencana disampaikan kepada Tim RB, bukan lewat berkas ini.',
    '3. Jangan menghapus, menyalin atau menambah baris. Untuk mengurutkan, buka proteksi sheet (Tinjau › Buka Proteksi Lembar) lalu urutkan seluruh baris sekaligus: kolom tersembunyi “Kunci Baris” ikut berpindah dan tetap menghubungkan tiap baris dengan matriks induk.',
    '4. Angka ditulis seperti biasa di Excel Anda (3,7 atau 75%). Untuk tahapan dan predikat, pilih dari daftar pada sel.',
    '5. Bukti Dukung: tautan (https://…) atau nama dokumen.',
    `6. Jangan mengganti nama sheet dan jangan menghapus sheet tersembunyi “${IDENTITY_SHEET}”.`,
    '7. Simpan sebagai .xlsx dan kirimkan kembali kepada Tim RB; Tim RB menggabungkan semua laporan ke matriks induk (rbm merge). Sel yang bertentangan tidak ditimpa, melainkan dicatat di sheet “Log penggabungan”.',
  ]);
}

function identitySheet(identity: SplitIdentity): Plan {
  const cells: PlanCell[] = identityRows(identity).flatMap((r, row) => r.map((text, column) => ({ row, column, value: text === '' ? ({ kind: 'blank' } as const) : ({ kind: 'text', text } as const) })));
  return { sheetName: IDENTITY_SHEET, signature: { row: 0, column: 0, text: IDENTITY_SIGNATURE }, cells, merges: [], columnWidths: [24, 60], frozenRows: 0, hidden: true };
}

/** A file name for a part (`Biro Umum` → `Biro-Umum`), unique among `used` (which it joins). */
export function partFileName(name: string, used: Set<string>): string {
  const base = cellText(name).replace(/[\\/:*?"<>|,;\u0000-\u001f]+/g, ' ').replace(/\s+/g, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 80) || 'bagian';
  let file = base;
  for (let n = 2; used.has(file.toLowerCase()); n++) file = `${base}-${n}`;
  used.add(file.toLowerCase());
  return file;
}
