/**
 * The column map by hand, as the panel works with it (the host reads the active sheet and the
 * `RB Matrix` sheet once, and writes the map sheet as one Plan):
 * - `columnsPass`: what the header rows hold and the role each column got (from the saved map, or
 *   as detected, or for rows the user names), with every role a column may be given;
 * - `previewPass`: the reading a map gives: outputs counted, the first rows, what is still missing;
 * - `saveMapPass`: the map sheet with this map in it, and whether it is created or replaces RB Matrix's own.
 */
import { cellAt, cellText, columnLetter, MergeIndex, parseAddress, type Grid } from '../grid';
import type { Bilingual, Lang } from '../i18n';
import { HEAD_ROWS } from './indicatorSheet';
import { mapSheetActive } from './activeMatrix';
import { PATH_SEPARATOR, roleOptions, type ColumnMap } from '../columnMap/columnMap';
import { columnMapOf } from '../columnMap/fromHeader';
import { isMapSheet, MAP_SIGNATURE, mapFor, mapSheetPlan, readMapSheet, withMap } from '../columnMap/mapSheet';
import { LAYOUTS } from '../layout';
import { headerAtRows, labelCellsAt, searchHeader } from '../layout/detectHeader';
import type { MatrixKind } from '../layout/schema';
import type { ReadOptions } from '../model/readMatrix';
import { placement, type Placement } from '../plan/placement';
import type { Plan } from '../plan/plan';
import { formatParsed } from '../values/formatValue';
import { hasValue } from '../values/parseValue';
import { validateGrid } from '../validate';

/** What the reader needs of the workbook's map sheet to read `grid`: its map, and the problems of its block. */
export function readOptionsFor(grid: Grid, mapGrid: Grid | undefined): ReadOptions {
  if (!mapGrid) return {};
  const { maps, problems } = readMapSheet(mapGrid);
  const columnMap = mapFor(maps, grid.sheetName);
  const mapSheetProblems = problems.filter((p) => p.sheet.toLowerCase() === grid.sheetName.toLowerCase());
  return { ...(columnMap ? { columnMap } : {}), ...(mapSheetProblems.length ? { mapSheetProblems } : {}) };
}

/** The header of the active sheet as the panel shows it for mapping by hand. Plain JSON. */
export interface ColumnsView {
  sheet: string;
  /** Where the columns and roles come from: the saved map, detection, the likeliest rows, or rows the user named. */
  source: 'map' | 'detected' | 'guess' | 'rows';
  map: ColumnMap;
  /** Every role a column may be given (`value` is what the map keeps). */
  roles: { value: string; title: string }[];
  /** Every kind of matrix. */
  kinds: { value: MatrixKind; title: string }[];
  /** True when the workbook's `RB Matrix` sheet holds a map for this sheet. */
  saved: boolean;
}

/**
 * The header rows of `grid` and the role of each of their columns: the saved map when there is
 * one (columns added since, unread), else the detected header, else the likeliest rows; or, when the
 * user names `rows` (sheet rows), what those rows hold.
 */
export function columnsPass(grid: Grid, mapGrid: Grid | undefined, lang: Lang, rows?: [number, number]): ColumnsView {
  if (isMapSheet(grid.sheetName)) throw mapSheetActive(grid.sheetName);
  const origin = parseAddress(grid.topLeft);
  const saved = readOptionsFor(grid, mapGrid).columnMap;
  const roles = [...roleOptions(), ...periodRoles(yearsNamed(grid))].map((o) => ({ value: o.value, title: o.title[lang] }));
  const kinds = LAYOUTS.map((l) => ({ value: l.kind, title: l.title[lang] }));
  const view = (source: ColumnsView['source'], map: ColumnMap): ColumnsView => ({ sheet: grid.sheetName, source, map, roles, kinds, saved: saved !== undefined });
  const merges = new MergeIndex(grid.merges);
  const at = (first: number, last: number) => headerAtRows(grid, first - origin.row, last - origin.row, merges);
  // The map of rows as a header: the roles some layout recognises there, every other label unread.
  const rowsMap = (first: number, last: number): ColumnMap => {
    const header = at(first, last);
    if (header) return columnMapOf(header, grid.sheetName, origin);
    const cells = labelCellsAt(grid, first - origin.row, last - origin.row, merges)?.cells ?? [];
    const columns = cells.filter((c) => c.label !== '').map((c) => ({ column: columnLetter(origin.column + c.index), label: [...c.path, c.label].join(PATH_SEPARATOR), role: '' }));
    return { sheet: grid.sheetName, headerRows: [first, last], columns };
  };
  if (rows) return view('rows', rowsMap(rows[0], rows[1]));
  if (saved) {
    // Columns the saved map does not name are listed too (unread), so a new column can be given a role.
    const current = at(saved.headerRows[0], saved.headerRows[1]);
    const named = new Set(saved.columns.map((c) => c.label));
    const added = current ? columnMapOf(current, grid.sheetName, origin).columns.filter((c) => !named.has(c.label)).map((c) => ({ ...c, role: '' })) : [];
    return view('map', { ...saved, columns: [...saved.columns, ...added] });
  }
  const found = searchHeader(grid, merges);
  if (found.header) return view('detected', columnMapOf(found.header, grid.sheetName, origin));
  const guess = found.guess;
  return view('guess', rowsMap(origin.row + (guess?.firstRow ?? 0), origin.row + (guess?.lastRow ?? 0)));
}

/** Years (2000–2099) the first rows of a sheet name, in its title or header: the years a period role may take. At most three. */
function yearsNamed(grid: Grid): number[] {
  const years = new Set<number>();
  for (const row of grid.values.slice(0, HEAD_ROWS)) {
    for (const v of row ?? []) {
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      for (const m of String(v).matchAll(/(?:^|\D)(20\d\d)(?!\d)/g)) years.add(Number(m[1]));
    }
  }
  return [...years].sort().slice(0, 3);
}

/** Period roles for columns whose title names no period (`Maret`, `Juni`): each quarter, with each year named. */
function periodRoles(years: number[]): { value: string; title: Bilingual }[] {
  const out: { value: string; title: Bilingual }[] = [];
  for (const year of [undefined, ...years]) {
    for (const [measure, id, en] of [['target', 'Target', 'Target'], ['realisasi', 'Realisasi', 'Realisation']] as const) {
      const y = year === undefined ? '' : ` ${year}`;
      for (const q of [1, 2, 3, 4]) out.push({ value: `${measure} TW ${q}${y}`, title: { id: `${id} TW ${q}${y}`, en: `${en} Q${q}${y}` } });
      if (year !== undefined) out.push({ value: `${measure}${y}`, title: { id: `${id} tahun ${year}`, en: `${en} ${year}` } });
    }
  }
  return out;
}

/** What a map would give, before it is saved. Plain JSON. */
export interface ColumnsPreview {
  sheet: string;
  kind: MatrixKind | null;
  counts: { kegiatan: number; rencanaAksi: number; outputs: number; errors: number; warnings: number; infos: number };
  /** The first outputs as read: their sheet row, outermost group, action, output and targets. */
  rows: { row: number; group: string; action: string; output: string; targets: string }[];
  /** What is still wrong with the header or the map (missing columns, columns not found), in the language asked. */
  problems: string[];
}

const PREVIEW_ROWS = 5;

/** The reading a map gives of `grid`: counts, the first outputs, what is still missing. */
export function previewPass(grid: Grid, map: ColumnMap, lang: Lang): ColumnsPreview {
  const { report, matrix } = validateGrid(grid, { lang, columnMap: { ...map, sheet: grid.sheetName } });
  const problems = report.findings.filter((f) => f.code === 'missing-label' || f.code === 'column-map' || f.code === 'header-not-found').map((f) => f.message);
  const rows: ColumnsPreview['rows'] = [];
  if (matrix) {
    const text = (values: unknown[], index: number | undefined) => (index === undefined ? '' : cellText((values[index] ?? null) as never));
    const group = matrix.groupColumns[0]?.index;
    const action = matrix.header.action === undefined ? undefined : matrix.header.keyIndex.get(matrix.header.action);
    const output = matrix.header.keyIndex.get('indikator');
    for (const o of matrix.outputs.slice(0, PREVIEW_ROWS)) {
      const targets = matrix.header.periods
        .map((p, i) => ({ p, v: o.periods[i] }))
        .filter((x) => hasValue(x.v) && x.p.measure === 'target')
        .map((x) => `${x.p.label}: ${formatParsed(x.v, lang)}`)
        .join(' · ');
      rows.push({ row: matrix.origin.row + o.index, group: text(o.values, group), action: text(o.values, action), output: text(o.values, output) || text(o.values, action), targets });
    }
  }
  return { sheet: grid.sheetName, kind: report.kind, counts: report.counts, rows, problems };
}

/** The map sheet to write with `map` in it (the other sheets' maps kept), and how: created, or replacing RB Matrix's own. */
export function saveMapPass(map: ColumnMap, mapGrid: Grid | undefined): { plan: Plan; placement: Placement } {
  const existing = mapGrid ? readMapSheet(mapGrid).maps : [];
  const plan = mapSheetPlan(withMap(existing, map));
  const where = placement(plan, mapGrid && { name: mapGrid.sheetName, signatureText: cellText(cellAt(mapGrid, MAP_SIGNATURE.row, MAP_SIGNATURE.column)) });
  return { plan, placement: where };
}

