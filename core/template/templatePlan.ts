/**
 * A new, empty matrix as a Plan (*Buat matriks baru*, `rbm template`): the layout's header as the
 * road map prints it (layout `template`, years moved to the chosen one) with its merged group cells,
 * title rows above it, one example row to type over, column widths by the columns' roles, the
 * header frozen, and dropdowns where the layout declares choices (Keterangan, Jenis Kegiatan Aksi)
 * over the rows a matrix will fill. Everything is read back from the layout's own declarations by
 * core's header detection, so the template is exactly what `rbm validate` recognises.
 */
import type { Grid } from '../grid';
import { UserError } from '../i18n';
import { detectHeader } from '../layout/detectHeader';
import type { HeaderColumn } from '../layout/header';
import { indikator, rbGeneral, rbTematik } from '../layout';
import type { LayoutDef } from '../layout/schema';
import type { Plan, PlanValidation } from '../plan/plan';
import { SheetWriter, type CellStyle } from '../plan/sheetWriter';
import { isReportYear } from '../periods/reportYear';
import { exampleValue, type TemplateKind } from './exampleRow';
import { headerMerges, templateHeader } from './templateHeader';
import { withMonitoring } from './withMonitoring';
import type { Quarter } from '../periods/quarter';

export { TEMPLATE_KINDS, type TemplateKind } from './exampleRow';

const LAYOUT: Record<TemplateKind, LayoutDef> = { 'rb-general': rbGeneral, 'rb-tematik': rbTematik, indikator };
/** The sheet's name for each kind (the year is added: one matrix per year is common). */
const SHEET: Record<TemplateKind, string> = { 'rb-general': 'RB General', 'rb-tematik': 'RB Tematik', indikator: 'Indikator' };

/** Rows (below the header) that get the dropdowns: enough for any road map's matrix. */
export const TEMPLATE_ROWS = 1000;
/** Title rows, then a blank row, then the header: the road map's lampiran are laid out so. */
const TITLE_ROWS = 2;
export const HEADER_TOP = TITLE_ROWS + 1;

const TITLE: CellStyle = { font: { bold: true, size: 12 } };
const NOTE: CellStyle = { font: { italic: true, color: '#595959' } };
const HEAD: CellStyle = { fill: '#D9E1F2', font: { bold: true }, border: true, wrap: true, horizontal: 'center', vertical: 'middle' };
const BODY: CellStyle = { border: true, wrap: true, vertical: 'top' };
const FIGURE: CellStyle = { ...BODY, horizontal: 'center' };

/** Widths in characters by column role: long texts wide, figures narrow. */
const WIDTH: Record<string, number> = { group: 30, text: 28, unit: 12, period: 10, total: 10, budget: 14, choice: 16, number: 6 };

export interface TemplateRequest {
  kind: TemplateKind;
  year: number;
  /** With the monitoring blocks, Capaian and Status of this quarter (core/prepare), for the action plans. */
  monitoring?: Quarter;
}

/** The text of the cell that says RB Matrix made the sheet (the second title row). */
export function templateNote(kind: TemplateKind): string {
  return `Templat RB Matrix (${kind}): timpa baris contoh dengan rencana Anda.`;
}

/** The plan of a new matrix of `kind` for `year`, on a sheet named `sheetName` (default: `RB General 2025`). */
export function templatePlan(request: TemplateRequest, sheetName = templateSheetName(request)): Plan {
  const { kind, year } = checkRequest(request);
  const layout = LAYOUT[kind];
  const head = templateHeader(layout, year);
  const width = Math.max(...head.map((r) => r.length));
  const columns = headerColumns(layout, head);
  const w = new SheetWriter();
  w.text(0, 0, `${layout.title.id.toUpperCase()} TAHUN ${year}`, TITLE);
  w.text(1, 0, templateNote(kind), NOTE);
  head.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      if (row[c]) w.text(HEADER_TOP + r, c, row[c], HEAD);
      else w.put(HEADER_TOP + r, c, { value: { kind: 'blank' }, style: HEAD });
    }
  });
  for (const m of headerMerges(head)) w.merge(HEADER_TOP + m.top, m.left, HEADER_TOP + m.bottom, m.right);

  const first = HEADER_TOP + head.length; // the example row, and the first of the rows to fill
  for (let c = 0; c < width; c++) {
    const column = columns.get(c);
    const example = column && exampleValue(kind, column, year);
    const figure = column?.period !== undefined || column?.def?.role === 'total' || column?.def?.role === 'number';
    const style = figure ? FIGURE : BODY;
    if (example === undefined) w.put(first, c, { value: { kind: 'blank' }, style });
    else if (typeof example === 'string') w.text(first, c, example, style);
    else w.put(first, c, { value: { kind: 'number', value: example.number }, style: { ...style, numberFormat: example.format } });
  }
  w.validations.push(...choiceValidations([...columns.values()], first));
  const widths = Array.from({ length: width }, (_, c) => {
    const column = columns.get(c);
    return column?.period ? WIDTH.period : (WIDTH[column?.def?.role ?? ''] ?? 14);
  });
  const plan = w.plan(sheetName, { row: 1, column: 0, text: templateNote(kind) }, widths, first);
  return request.monitoring === undefined || kind === 'indikator' ? plan : withMonitoring(plan, year, request.monitoring, first, TEMPLATE_ROWS);
}

/** `RB General 2025`, `RB Tematik 2025`, `Indikator 2025`. */
export function templateSheetName(request: TemplateRequest): string {
  return `${SHEET[request.kind]} ${request.year}`;
}

/** The columns of the header as the reader recognises them, by index (a layout whose template it would not recognise is a bug). */
function headerColumns(layout: LayoutDef, head: string[][]): Map<number, HeaderColumn> {
  const grid: Grid = { sheetName: 'T', values: head.map((r) => [...r]) };
  const header = detectHeader(grid);
  if (!header || header.layout.kind !== layout.kind) throw new Error(`template: the ${layout.kind} header is not read back as ${layout.kind}`);
  return new Map(header.columns.map((c) => [c.index, c]));
}

/** A dropdown on every choice column over the rows to fill: refused off the list, or only warned where the column may hold remarks. */
function choiceValidations(columns: HeaderColumn[], first: number): PlanValidation[] {
  return columns.flatMap((column): PlanValidation[] => {
    const def = column.def;
    if (def?.role !== 'choice' || !def.choices) return [];
    const list = def.choices.join(' / ');
    const title = def.title.id.slice(0, 32);
    return [
      {
        areas: [{ top: first, left: column.index, bottom: first + TEMPLATE_ROWS - 1, right: column.index }],
        rule: { kind: 'list', values: [...def.choices] },
        prompt: { title, text: `Pilih ${list}.` },
        alert: def.remarks ? { style: 'warning', title, text: `Biasanya ${list}. Simpan sebagai catatan?` } : { style: 'stop', title, text: `Pilih ${list}.` },
      },
    ];
  });
}

function checkRequest(request: TemplateRequest): TemplateRequest {
  const what = !(request.kind in LAYOUT) ? ['Jenis matriks', 'Matrix kind'] : !isReportYear(request.year) ? ['Tahun', 'Year'] : undefined;
  const value = what?.[0] === 'Tahun' ? request.year : request.kind;
  if (what) throw new UserError(`${what[0]} “${String(value)}” tidak sah.`, `${what[1]} “${String(value)}” is not valid.`);
  return request;
}
