/**
 * The sheet that keeps the column maps of a workbook: `RB Matrix`, one block per matrix sheet,
 * written by RB Matrix (a Plan, like the summary tab) and editable by hand:
 *
 * | A                 | B                         | C              | D              |
 * |-------------------|---------------------------|----------------|----------------|
 * | Sheet             | Lampiran II               |                |                |
 * | Baris judul kolom | 4–5                       |                |                |
 * | Jenis matriks     | rb-general                |                |                |
 * | Kolom             | Judul kolom               | Peran          | Keterangan     |
 * | A                 | Kegiatan Utama            | kegiatanUtama  | Kegiatan Utama |
 * | G                 | Target Penyelesaian › TW 1 | target TW 1 2023 |              |
 *
 * A blank row ends a block. The title rows above the blocks and the Keterangan column are for
 * people; `Jenis matriks` and the `Kolom` letters may be left out.
 */
import { cellAt, cellText, type Grid } from '../grid';
import type { Bilingual } from '../i18n';
import { labelKey } from '../layout/normalizeLabel';
import { MatrixKind } from '../layout/schema';
import type { Plan } from '../plan/plan';
import { SheetWriter, type CellStyle } from '../plan/sheetWriter';
import { readRole, roleOptions, type ColumnMap, type MappedColumn } from './columnMap';

/** The name of the sheet that keeps the column maps. */
export const MAP_SHEET = 'RB Matrix';
/** The signature cell (A2) of a map sheet RB Matrix wrote: a writer replaces only such a sheet. */
export const MAP_SIGNATURE = { row: 1, column: 0, text: 'Peta kolom ini dibuat oleh RB Matrix (satu blok per sheet matriks; boleh diubah dengan tangan).' } as const;

/** A row of the map sheet that could not be read. */
export interface MapSheetProblem {
  /** 1-based row of the map sheet. */
  row: number;
  /** The matrix sheet whose block the row belongs to. */
  sheet: string;
  message: Bilingual;
}

/** True for the sheet that keeps the column maps (never read as a matrix). */
export function isMapSheet(name: string): boolean {
  return name.trim().toLowerCase() === MAP_SHEET.toLowerCase();
}

const KEY = { sheet: 'sheet', rows: 'barisjudulkolom', kind: 'jenismatriks', table: 'kolom' } as const;

/** Reads every block of a map sheet; rows it cannot read are problems, never exceptions. */
export function readMapSheet(grid: Grid): { maps: ColumnMap[]; problems: MapSheetProblem[] } {
  const maps: ColumnMap[] = [];
  const problems: MapSheetProblem[] = [];
  const text = (r: number, c: number) => cellText(cellAt(grid, r, c));
  let block: { sheet: string; at: number; rows?: [number, number]; kind?: MatrixKind; columns: MappedColumn[]; table: boolean } | undefined;
  const close = () => {
    if (!block) return;
    if (!block.rows) problems.push({ row: block.at + 1, sheet: block.sheet, message: { id: `blok sheet “${block.sheet}” tidak menyebut Baris judul kolom`, en: `the block of sheet “${block.sheet}” names no header rows (Baris judul kolom)` } });
    else maps.push({ sheet: block.sheet, headerRows: block.rows, ...(block.kind ? { kind: block.kind } : {}), columns: block.columns });
    block = undefined;
  };
  for (let r = 0; r < grid.values.length; r++) {
    const a = labelKey(text(r, 0));
    const b = text(r, 1);
    if (a === KEY.sheet) {
      close();
      if (b !== '') block = { sheet: b, at: r, columns: [], table: false };
      continue;
    }
    if (!block) continue;
    if (a === '' && b === '' && text(r, 2) === '') {
      if (block.table) close();
      continue;
    }
    if (block.table) {
      const role = text(r, 2);
      if (b === '') continue;
      if (readRole(role) === undefined) problems.push({ row: r + 1, sheet: block.sheet, message: { id: `peran “${role}” untuk kolom “${b}” tidak dikenal`, en: `role “${role}” of column “${b}” is unknown` } });
      block.columns.push({ ...(text(r, 0) ? { column: text(r, 0) } : {}), label: b, role });
    } else if (a === KEY.rows) {
      const rows = headerRows(b, text(r, 2));
      if (rows) block.rows = rows;
      else problems.push({ row: r + 1, sheet: block.sheet, message: { id: `baris judul kolom “${b}” tidak terbaca (tulis mis. 4–5)`, en: `header rows “${b}” cannot be read (write e.g. 4–5)` } });
    } else if (a === KEY.kind) {
      const kind = MatrixKind.safeParse(b.toLowerCase());
      if (kind.success) block.kind = kind.data;
      else problems.push({ row: r + 1, sheet: block.sheet, message: { id: `jenis matriks “${b}” tidak dikenal`, en: `matrix kind “${b}” is unknown` } });
    } else if (a === KEY.table) block.table = true;
  }
  close();
  return { maps, problems };
}

/** `4–5`, `4-5`, `4 s.d. 5`, `4`, or 4 and 5 in two cells. */
function headerRows(b: string, c: string): [number, number] | undefined {
  const m = /^(\d{1,7})\s*(?:[-–—]|s\.?\s?d\.?|sampai)?\s*(\d{1,7})?$/i.exec(b.trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = Number(m[2] ?? (/^\d+$/.test(c.trim()) ? c.trim() : m[1]));
  return first >= 1 && last >= first ? [first, last] : undefined;
}

/** The maps with `map` in place of the one for its sheet (or added). */
export function withMap(maps: ColumnMap[], map: ColumnMap): ColumnMap[] {
  const same = (m: ColumnMap) => m.sheet.toLowerCase() === map.sheet.toLowerCase();
  return maps.some(same) ? maps.map((m) => (same(m) ? map : m)) : [...maps, map];
}

/** The map a workbook keeps for a sheet, if any. */
export function mapFor(maps: ColumnMap[], sheet: string): ColumnMap | undefined {
  return maps.find((m) => m.sheet.toLowerCase() === sheet.toLowerCase());
}

const TITLE: CellStyle = { font: { bold: true, size: 13 } };
const NOTE: CellStyle = { font: { italic: true, color: '#595959' } };
const LABEL: CellStyle = { font: { bold: true } };
const HEAD: CellStyle = { font: { bold: true }, fill: '#DDEBF7', border: true };
const BODY: CellStyle = { border: true, wrap: true, vertical: 'top' };

/** The map sheet holding `maps`, as a Plan (every text written as text). */
export function mapSheetPlan(maps: ColumnMap[]): Plan {
  const w = new SheetWriter();
  const titles = new Map(roleOptions().map((o) => [o.value, o.title.id]));
  w.text(0, 0, 'RB Matrix — peta kolom', TITLE);
  w.text(MAP_SIGNATURE.row, MAP_SIGNATURE.column, MAP_SIGNATURE.text, NOTE);
  w.text(2, 0, 'Peran: kunci kolom (kegiatanUtama, rencanaAksi, satuan, indikator, koordinator …), target / realisasi / baseline dengan periode (target TW 1 2026, realisasi 2025) atau tanpa (periode dari judul kolom), abaikan; kosong: tidak dibaca.', NOTE);
  let r = 4;
  for (const map of maps) {
    w.text(r, 0, 'Sheet', LABEL);
    w.text(r++, 1, map.sheet);
    w.text(r, 0, 'Baris judul kolom', LABEL);
    w.text(r++, 1, map.headerRows[0] === map.headerRows[1] ? `${map.headerRows[0]}` : `${map.headerRows[0]}–${map.headerRows[1]}`);
    if (map.kind) {
      w.text(r, 0, 'Jenis matriks', LABEL);
      w.text(r++, 1, map.kind);
    }
    ['Kolom', 'Judul kolom', 'Peran', 'Keterangan'].forEach((t, c) => w.text(r, c, t, HEAD));
    r++;
    for (const c of map.columns) {
      const role = readRole(c.role);
      const note = role?.kind === 'column' ? (titles.get(role.key) ?? '') : role?.kind === 'ignore' ? 'tidak dibaca' : role?.kind === 'unread' ? '(tidak dikenali)' : '';
      w.text(r, 0, c.column ?? '', BODY);
      w.text(r, 1, c.label, BODY);
      w.text(r, 2, c.role, BODY);
      w.text(r++, 3, note, BODY);
    }
    r++;
  }
  return w.plan(MAP_SHEET, { ...MAP_SIGNATURE }, [10, 48, 24, 36], 0);
}
