import { parseAddress, type CellValue, type Grid } from '../grid';
import { cellDayText } from '../periods/cellDay';
import { labelKey } from '../layout/normalizeLabel';
import { formatNumber } from '../values/formatValue';
import { parseNumber } from '../values/parseNumber';
import { Band, Scale, ScaleDef, overlaps } from './scale';

/**
 * A planner's own scales, typed in a sheet named `Skala`:
 *
 * | Skala          | Label | Batas Bawah | Batas Atas | Keterangan  | Bawah Inklusif | Atas Inklusif |
 * |----------------|-------|-------------|------------|-------------|----------------|---------------|
 * | Capaian Output | Baik  | 80          |            | Tercapai    |                |               |
 * |                | Cukup | 60          | 80         |             |                | Tidak         |
 * | Nilai Mitra    | A     | 88,31       | 100        | Sangat Baik |                |               |
 *
 * - Headers may sit anywhere in the first 10 rows, in any case. `Label`, `Batas Bawah` and `Batas Atas`
 *   are needed; the others are optional (`Keterangan (EN)` gives an English title).
 * - A blank `Skala` cell continues the scale above, so several scales share one sheet.
 * - Bounds may be typed as text with a decimal comma (`88,31`). A blank bound leaves that end open
 *   (`Baik` above: 80 and up).
 * - Both edges count by default; write `Tidak` under `Bawah Inklusif` or `Atas Inklusif` to leave
 *   one out, so that `Cukup` 60–80 and `Baik` 80– can share the 80.
 *
 * Rows that cannot be read (a bound that is not a number, a lower bound above the upper one, a range
 * that overlaps an earlier one of the same scale) are left out and reported with their cell. Reading
 * never throws.
 */

/** A row that could not be used, with its 1-based sheet position (or position in the range, for `scaleFromRows`). */
export interface ScaleProblem {
  row: number;
  column: number;
  message: { id: string; en: string };
}

export interface ScaleReading {
  scales: Scale[];
  problems: ScaleProblem[];
}

/** Header labels of the `Skala` sheet, compared after squashing to letters and digits. */
const HEADERS = {
  scale: ['skala', 'nama skala', 'scale'],
  label: ['label', 'predikat', 'kategori', 'kode'],
  min: ['batas bawah', 'nilai minimum', 'minimum', 'min', 'dari'],
  max: ['batas atas', 'nilai maksimum', 'maksimum', 'max', 'sampai'],
  titleId: ['keterangan', 'arti'],
  titleEn: ['keterangan (en)', 'keterangan inggris', 'english'],
  minInclusive: ['bawah inklusif', 'batas bawah inklusif'],
  maxInclusive: ['atas inklusif', 'batas atas inklusif'],
} as const;
type Field = keyof typeof HEADERS;

/** A cell of one row, with its 1-based column for reports. */
type Cells = Partial<Record<Field, { value: CellValue; column: number }>>;

interface Group {
  name: string;
  bands: { band: Band; row: number }[];
}

const YES = new Set(['ya', 'y', 'yes', 'true', 'benar', '1']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', 'salah', '0']);

/** A cell as text, the way a report quotes it. */
function text(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return cellDayText(value);
  return '';
}

function blank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A bound: a number, `open` when blank, `undefined` when unreadable. */
function bound(value: CellValue | undefined, open: number): number | undefined {
  if (blank(value)) return open;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  return typeof value === 'string' ? parseNumber(value) : undefined;
}

/** A Ya/Tidak flag: `fallback` when blank, `undefined` when unreadable. */
function flag(value: CellValue | undefined, fallback: boolean): boolean | undefined {
  if (blank(value)) return fallback;
  if (typeof value === 'boolean') return value;
  const key = labelKey(text(value));
  return YES.has(key) ? true : NO.has(key) ? false : undefined;
}

function edge(n: number, lang: 'id' | 'en'): string {
  return n === Infinity ? '∞' : n === -Infinity ? '-∞' : formatNumber(n, lang);
}

function range(band: Band, lang: 'id' | 'en'): string {
  return `${edge(band.min, lang)}–${edge(band.max, lang)}`;
}

/** Reads one band from a row's cells, or reports why it cannot. */
function readBand(cells: Cells, row: number, problems: ScaleProblem[]): Band | undefined {
  const before = problems.length;
  const report = (field: Field, id: string, en: string) => problems.push({ row, column: cells[field]?.column ?? 1, message: { id, en } });

  const label = text(cells.label?.value);
  const min = bound(cells.min?.value, -Infinity);
  const max = bound(cells.max?.value, Infinity);
  const minInclusive = flag(cells.minInclusive?.value, true);
  const maxInclusive = flag(cells.maxInclusive?.value, true);
  if (label === '') report('label', 'Label kosong: isi kode predikat rentang ini (mis. A).', 'The label is empty: fill in the grade code of this range (e.g. A).');
  if (min === undefined) report('min', `Batas bawah “${text(cells.min?.value)}” bukan angka.`, `The lower bound “${text(cells.min?.value)}” is not a number.`);
  if (max === undefined) report('max', `Batas atas “${text(cells.max?.value)}” bukan angka.`, `The upper bound “${text(cells.max?.value)}” is not a number.`);
  if (minInclusive === undefined) report('minInclusive', `“${text(cells.minInclusive?.value)}” harus Ya atau Tidak.`, `“${text(cells.minInclusive?.value)}” must be Ya or Tidak.`);
  if (maxInclusive === undefined) report('maxInclusive', `“${text(cells.maxInclusive?.value)}” harus Ya atau Tidak.`, `“${text(cells.maxInclusive?.value)}” must be Ya or Tidak.`);
  if (min === -Infinity && max === Infinity) report('min', 'Batas bawah dan batas atas kosong.', 'Both bounds are empty.');
  if (problems.length > before || min === undefined || max === undefined || minInclusive === undefined || maxInclusive === undefined) return undefined;

  const title = { id: text(cells.titleId?.value) || label, en: text(cells.titleEn?.value) || text(cells.titleId?.value) || label };
  const band: Band = { label, title, min, max, minInclusive, maxInclusive };
  if (min > max) {
    report('min', `Batas bawah ${edge(min, 'id')} lebih besar dari batas atas ${edge(max, 'id')}.`, `The lower bound ${edge(min, 'en')} exceeds the upper bound ${edge(max, 'en')}.`);
    return undefined;
  }
  if (min === max && !(minInclusive && maxInclusive)) {
    report('min', `Rentang ${range(band, 'id')} tidak memuat nilai apa pun.`, `The range ${range(band, 'en')} holds no value.`);
    return undefined;
  }
  return band;
}

/** Adds a band to its scale, unless it overlaps a band already there. */
function addBand(groups: Map<string, Group>, name: string, band: Band, row: number, column: number, problems: ScaleProblem[]): void {
  const key = labelKey(name);
  const group = groups.get(key) ?? { name, bands: [] };
  groups.set(key, group);
  const clash = group.bands.find((b) => overlaps(b.band, band));
  if (!clash) {
    group.bands.push({ band, row });
    return;
  }
  const [a, b] = [band, clash.band];
  problems.push({
    row,
    column,
    message: {
      id: `Rentang “${a.label}” (${range(a, 'id')}) tumpang tindih dengan “${b.label}” (${range(b, 'id')}) di baris ${clash.row}. Ubah salah satu batas, atau isi Tidak pada tepi yang dipakai bersama.`,
      en: `The range “${a.label}” (${range(a, 'en')}) overlaps “${b.label}” (${range(b, 'en')}) on row ${clash.row}. Change a bound, or mark the shared edge Tidak (not inclusive).`,
    },
  });
}

/** The scales gathered, each checked by `ScaleDef`. */
function toScales(groups: Map<string, Group>, source: string, problems: ScaleProblem[]): Scale[] {
  const scales: Scale[] = [];
  for (const g of groups.values()) {
    if (g.bands.length === 0) continue;
    const parsed = ScaleDef.safeParse({ id: g.name, name: { id: g.name, en: g.name }, aliases: [], source, bands: g.bands.map((b) => b.band) });
    if (parsed.success) scales.push(parsed.data);
    else problems.push({ row: g.bands[0].row, column: 1, message: { id: `Skala “${g.name}” tidak valid: ${parsed.error.issues[0]?.message}`, en: `The scale “${g.name}” is invalid: ${parsed.error.issues[0]?.message}` } });
  }
  return scales;
}

/** The header row (0-based) and the column of each field found in it, or undefined. */
function findHeader(values: CellValue[][]): { row: number; columns: Partial<Record<Field, number>> } | undefined {
  const wanted = Object.entries(HEADERS).map(([field, labels]) => [field as Field, new Set(labels.map(labelKey))] as const);
  for (let r = 0; r < Math.min(10, values.length); r++) {
    const columns: Partial<Record<Field, number>> = {};
    (values[r] ?? []).forEach((cell, c) => {
      const key = typeof cell === 'string' ? labelKey(cell) : '';
      const hit = wanted.find(([field, labels]) => labels.has(key) && columns[field] === undefined);
      if (hit) columns[hit[0]] = c;
    });
    if (columns.label !== undefined && columns.min !== undefined && columns.max !== undefined) return { row: r, columns };
  }
  return undefined;
}

/**
 * Reads the planner's scales from the `Skala` sheet (see the top of this module for the layout).
 * Problems carry sheet rows and columns, counted from the grid's `topLeft`.
 */
export function readScaleSheet(grid: Grid): ScaleReading {
  const problems: ScaleProblem[] = [];
  const origin = parseAddress(grid.topLeft);
  const header = findHeader(grid.values);
  if (!header) {
    problems.push({
      row: origin.row,
      column: origin.column,
      message: {
        id: `Judul kolom Label, Batas Bawah dan Batas Atas tidak ditemukan di 10 baris pertama lembar “${grid.sheetName}”.`,
        en: `The headers Label, Batas Bawah and Batas Atas were not found in the first 10 rows of sheet “${grid.sheetName}”.`,
      },
    });
    return { scales: [], problems };
  }

  const groups = new Map<string, Group>();
  let current = grid.sheetName;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const cells: Cells = {};
    for (const [field, c] of Object.entries(header.columns) as [Field, number][]) cells[field] = { value: values[c] ?? null, column: origin.column + c };
    const name = text(cells.scale?.value);
    if (name !== '') current = name;
    if (blank(cells.label?.value) && blank(cells.min?.value) && blank(cells.max?.value)) continue;
    const row = origin.row + r;
    const band = readBand(cells, row, problems);
    if (band) addBand(groups, current, band, row, cells.min?.column ?? origin.column, problems);
  }
  return { scales: toScales(groups, `Lembar “${grid.sheetName}” (skala buatan pengguna)`, problems), problems };
}

/**
 * A scale given inline as rows of `[label, min, max]`, optionally followed by the Bawah Inklusif and
 * Atas Inklusif flags: the range of a formula such as `PREDIKAT(nilai; A1:C5)`. A first row whose
 * bounds are both words (`Predikat | Min | Max`) is taken as a header and skipped. Problems count
 * rows and columns from 1 within the range.
 */
export function scaleFromRows(rows: CellValue[][], name = 'Rentang'): ScaleReading {
  const problems: ScaleProblem[] = [];
  const groups = new Map<string, Group>();
  rows.forEach((values = [], r) => {
    const at = (c: number) => (c < values.length ? { value: values[c] ?? null, column: c + 1 } : undefined);
    const cells: Cells = { label: at(0) ?? { value: null, column: 1 }, min: at(1) ?? { value: null, column: 2 }, max: at(2) ?? { value: null, column: 3 }, minInclusive: at(3), maxInclusive: at(4) };
    if (blank(cells.label?.value) && blank(cells.min?.value) && blank(cells.max?.value)) return;
    const words = (v: CellValue | undefined) => typeof v === 'string' && !blank(v) && parseNumber(v) === undefined;
    if (r === 0 && words(cells.min?.value) && words(cells.max?.value)) return;
    const band = readBand(cells, r + 1, problems);
    if (band) addBand(groups, name, band, r + 1, 2, problems);
  });
  return { scales: toScales(groups, 'Rentang dalam rumus', problems), problems };
}
