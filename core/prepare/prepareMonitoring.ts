/**
 * *Siapkan monitoring* (`rbm prepare`): turns a plan matrix into a monitoring matrix. Given a read
 * matrix, the year and the quarter being reported, it plans what to ADD right of the plan — the
 * quarter blocks the sheet lacks (newColumns.ts), each output row's Capaian and Status for the
 * quarter as native formulas (rowFormulas.ts), validation on the cells a person fills and dropdowns
 * on the plan's choice columns (inputRules.ts), the summary's colours on Capaian and Status
 * (summary/formatRules.ts) — as a Plan of the matrix sheet for the three writers to patch in.
 *
 * It never moves or rewrites a plan cell: every cell it plans lies right of the last used column. Run again on its own output it
 * plans nothing (`changed: false`): the blocks are read back as the quarter's realisation, and the
 * Capaian/Status labels are found in the header.
 */
import { seriesReader } from '../attainment/attainMatrix';
import { cellAddress, columnLetter } from '../grid';
import { UserError } from '../i18n';
import type { HeaderColumn } from '../layout/header';
import type { Matrix, MatrixRow } from '../model/readMatrix';
import type { Quarter } from '../periods/quarter';
import type { PlanArea } from '../plan/area';
import type { PlanConditionalFormat } from '../plan/conditionalFormat';
import type { Plan, PlanCell, PlanMerge, PlanStyle } from '../plan/plan';
import type { PlanValidation } from '../plan/validation';
import { capaianFormats, statusFormats } from '../summary/formatRules';
import { CAPAIAN_CELL } from '../summary/look';
import { matchChoice, speaksChoices } from '../values/choice';
import { blockValidations, choiceValidation, type RealisationKind } from './inputRules';
import { lastUsedColumn, numberLabel, planColumns, type NewColumn } from './newColumns';
import { rowFormulas, statusText, type TargetCell } from './rowFormulas';

export interface PrepareOptions {
  year: number;
  /** The quarter being reported: its Capaian and Status columns. */
  quarter: Quarter;
}

/** What prepare plans for a matrix sheet. */
export interface PreparedMonitoring {
  /**
   * The cells, merges, validations and conditional formats to set in the matrix sheet (rows and
   * columns 0-based from A1). A patch of an existing sheet (its `signature` is the first label added);
   * resolve it only when `changed`.
   */
  plan: Plan;
  /** Whether anything is added (false: the sheet is already prepared for this year and quarter). */
  changed: boolean;
  /** The columns added, as the sheet names them (`Y`) with their labels (`Triwulan I 2025 › Realisasi`). */
  added: { column: string; label: string }[];
  outputs: number;
  /** Output rows whose Capaian and Status are formulas; the others have no target in the year or targets a formula cannot read. */
  rows: { formulas: number; notDue: number; unsupported: number };
}

const HEADER_LOOK: PlanStyle = { fill: '#DDEBF7', font: { bold: true }, border: true, wrap: true, horizontal: 'center', vertical: 'middle' };
/** A cell a person fills: editable when the sheet is protected. */
const INPUT_LOOK: PlanStyle = { border: true, wrap: true, locked: false };
const RESULT_LOOK: PlanStyle = { ...CAPAIAN_CELL };
const STATUS_LOOK: PlanStyle = { border: true, horizontal: 'center' };
/** One width for every block column: a run of equal widths is one host call (Sheets' setColumnWidths). */
const WIDTHS = { block: 20, capaian: 12, status: 18 };
/** A row whose targets a formula cannot read: its Status cell says where the figure is. */
const UNSUPPORTED_TEXT = 'Lihat ringkasan RB Matrix';

/** Plans *Siapkan monitoring* for `matrix` (see the module comment). Throws a `UserError` when the matrix has no target in the year. */
export function prepareMonitoring(matrix: Matrix, options: PrepareOptions): PreparedMonitoring {
  const { year, quarter } = options;
  const { header, grid, origin } = matrix;
  // The year's targets with their place in each row's `periods` (header order); periods without a year are the year's (attainSeries.ts).
  const yearTargets = header.periods.map((p, i) => ({ p, i })).filter(({ p }) => p.measure === 'target' && (p.year === undefined || p.year === year));
  if (yearTargets.length === 0) {
    const years = [...new Set(header.periods.map((p) => p.year).filter((y): y is number => y !== undefined))].sort();
    throw new UserError(
      `Matriks “${grid.sheetName}” tidak punya target untuk tahun ${year}${years.length ? ` (tahun yang ada: ${years.join(', ')})` : ''}; pilih tahun lain.`,
      `Matrix “${grid.sheetName}” has no target for ${year}${years.length ? ` (its years: ${years.join(', ')})` : ''}; choose another year.`,
    );
  }
  // Grid positions to sheet positions (0-based from A1), and to A1 references.
  const rowAt = (r: number) => origin.row - 1 + r;
  const colAt = (c: number) => origin.column - 1 + c;
  const ref = (r: number, c: number) => cellAddress(origin, r, c);

  const firstNew = lastUsedColumn(grid) + 1;
  const layout = planColumns(grid, header, year, quarter, firstNew);
  const { place } = layout;
  const cells: PlanCell[] = [];
  const merges: PlanMerge[] = [];
  const columnWidths: number[] = [];
  const validations: PlanValidation[] = [];
  const conditionalFormats: PlanConditionalFormat[] = [];
  const added: PreparedMonitoring['added'] = [];

  // The header: parents over their children, Capaian and Status standing alone through every label row.
  for (const p of layout.parents) {
    cells.push({ row: rowAt(place.parentRow), column: colAt(p.left), value: { kind: 'text', text: p.label }, ...HEADER_LOOK });
    if (place.childRow - 1 > place.parentRow || p.right > p.left) merges.push({ top: rowAt(place.parentRow), left: colAt(p.left), bottom: rowAt(place.childRow - 1), right: colAt(p.right) });
  }
  for (const col of layout.columns) {
    const standalone = col.kind !== 'block';
    const top = standalone ? place.parentRow : place.childRow;
    cells.push({ row: rowAt(top), column: colAt(col.column), value: { kind: 'text', text: col.label }, ...HEADER_LOOK });
    if (standalone && place.childRow > place.parentRow) merges.push({ top: rowAt(top), left: colAt(col.column), bottom: rowAt(place.childRow), right: colAt(col.column) });
    if (place.numberRow !== undefined) {
      const n = numberLabel(grid, place.numberRow, firstNew - 1, col.column);
      if (n !== undefined) cells.push({ row: rowAt(place.numberRow), column: colAt(col.column), value: typeof n === 'number' ? { kind: 'number', value: n } : { kind: 'text', text: n }, ...HEADER_LOOK });
    }
    columnWidths[colAt(col.column)] = WIDTHS[col.kind];
    const parent = layout.parents.find((p) => col.kind === 'block' && p.quarter === col.quarter && p.left <= col.column && col.column <= p.right);
    added.push({ column: columnLetter(colAt(col.column) + 1), label: parent ? `${parent.label} › ${col.label}` : col.label });
  }

  // The output rows: input cells, formulas, validations.
  const outputs = matrix.outputs;
  const series = seriesReader(matrix);
  const counts = { formulas: 0, notDue: 0, unsupported: 0 };
  const capaianColumn = layout.columns.find((c) => c.kind === 'capaian');
  const statusColumn = layout.columns.find((c) => c.kind === 'status');
  const kinds: RealisationKind[] = [];
  for (const row of outputs) {
    const targets = targetCells(row, yearTargets, ref);
    kinds.push(realisationKind(targets));
    for (const col of layout.columns) if (col.kind === 'block') cells.push({ row: rowAt(row.index), column: colAt(col.column), value: { kind: 'blank' }, ...INPUT_LOOK });
    if (!capaianColumn || !statusColumn) continue;
    const realisations = ([1, 2, 3, 4] as const).filter((q) => layout.realisation[q] !== undefined).map((q) => ({ quarter: q, ref: ref(row.index, layout.realisation[q]!) }));
    const formulas = rowFormulas({ series: series(row), targets, realisations, quarter, capaianRef: ref(row.index, capaianColumn.column) });
    const at = (col: NewColumn) => ({ row: rowAt(row.index), column: colAt(col.column) });
    if (formulas.kind === 'formulas') {
      counts.formulas++;
      cells.push({ ...at(capaianColumn), value: { kind: 'formula', formula: formulas.capaian }, ...RESULT_LOOK });
      cells.push({ ...at(statusColumn), value: { kind: 'formula', formula: formulas.status }, ...STATUS_LOOK });
    } else {
      counts[formulas.kind === 'not-due' ? 'notDue' : 'unsupported']++;
      cells.push({ ...at(capaianColumn), value: { kind: 'blank' }, ...RESULT_LOOK });
      cells.push({ ...at(statusColumn), value: { kind: 'text', text: formulas.kind === 'not-due' ? statusText('belum-jatuh-tempo') : UNSUPPORTED_TEXT }, ...STATUS_LOOK });
    }
  }
  const rows = outputs.map((o) => rowAt(o.index));
  for (const col of layout.columns) {
    if (col.kind === 'block') validations.push(...blockValidations(col.role, colAt(col.column), rows, col.role === 'realisasi' ? kinds : undefined));
  }
  if (rows.length) {
    const area = (col: NewColumn): PlanArea => ({ top: rows[0], bottom: rows[rows.length - 1], left: colAt(col.column), right: colAt(col.column) });
    if (capaianColumn) conditionalFormats.push(...capaianFormats(area(capaianColumn)));
    if (statusColumn) conditionalFormats.push(...statusFormats(area(statusColumn)));
  }
  // The plan's own choice columns get their dropdowns when the sheet is first prepared (its blocks added).
  if (layout.columns.some((c) => c.kind === 'block')) validations.push(...choiceDropdowns(matrix, rows, colAt));

  const changed = cells.length > 0;
  return {
    plan: {
      sheetName: grid.sheetName,
      // A patch never replaces a sheet; the plan's contract still wants a signature among its cells: the first label added.
      signature: cells.length && cells[0].value.kind === 'text' ? { row: cells[0].row, column: cells[0].column, text: cells[0].value.text } : { row: 0, column: 0, text: '' },
      cells,
      merges,
      columnWidths,
      frozenRows: 0,
      validations,
      conditionalFormats,
    },
    changed,
    added,
    outputs: outputs.length,
    rows: counts,
  };
}

/** The row's targets in the year, each with its cell when the cell holds exactly the number core reads. */
function targetCells(row: MatrixRow, yearTargets: readonly { p: Matrix['header']['periods'][number]; i: number }[], ref: (r: number, c: number) => string): TargetCell[] {
  return yearTargets.map(({ p, i }) => {
    const value = row.periods[i] ?? { kind: 'empty' };
    const raw = row.values[p.index];
    const exact = typeof raw === 'number' && value.kind === 'number' && value.value === raw;
    return { to: p.to, value, ...(exact ? { ref: ref(row.index, p.index) } : {}) };
  });
}

/** What a row's realisation cells may hold, from its year's targets. */
export function realisationKind(targets: readonly Pick<TargetCell, 'value'>[]): RealisationKind {
  const present = targets.map((t) => t.value).filter((v) => v.kind !== 'empty' && v.kind !== 'none');
  if (present.length === 0) return { kind: 'number' };
  if (present.every((v) => v.kind === 'number' || v.kind === 'range' || v.kind === 'bound')) return { kind: 'number' };
  const first = present[0];
  if (first.kind === 'ordinal' && present.every((v) => v.kind === 'ordinal' && v.ladder === first.ladder)) return { kind: 'ladder', name: first.ladder };
  return { kind: 'free' };
}

/** Dropdowns on the plan's choice columns, where the column speaks its list (a Keterangan of free remarks gets none). */
function choiceDropdowns(matrix: Matrix, rows: readonly number[], colAt: (c: number) => number): PlanValidation[] {
  const out: PlanValidation[] = [];
  for (const c of matrix.header.columns as HeaderColumn[]) {
    const choices = c.def?.role === 'choice' ? c.def.choices : undefined;
    if (!choices) continue;
    let filled = 0;
    let matches = 0;
    for (const o of matrix.outputs) {
      const m = matchChoice(o.values[c.index], choices);
      if (m.text === '') continue;
      filled++;
      if (m.match) matches++;
    }
    if (c.def!.remarks && !speaksChoices(matches, filled)) continue;
    const v = choiceValidation(c.def!.title.id, choices, colAt(c.index), rows);
    if (v) out.push(v);
  }
  return out;
}
