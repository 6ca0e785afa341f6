/**
 * A column map by hand: when detection is unsure or wrong, the planner says which rows are the
 * header and which column is which, once. The map is kept in the workbook (a sheet named
 * `RB Matrix`, mapSheet.ts) so Excel, Sheets and the CLI read it alike; the CLI also takes it as a
 * JSON file (`--columns FILE.json`) of the same shape.
 *
 * A column is found again by its label (with its parents: `Target Penyelesaian › TW 1`), so a
 * column inserted before it does not break the map; its letter is only a hint.
 */
import * as z from 'zod/mini';
import '../zodLocale';
import { UserError, type Bilingual } from '../i18n';
import { LAYOUTS } from '../layout';
import type { DeclaredKey } from '../layout/columnKey';
import type { Measure } from '../layout/periodColumn';
import { labelKey } from '../layout/normalizeLabel';
import { MatrixKind } from '../layout/schema';

export interface MappedColumn {
  /** The column letter where the label stood when the map was made (a hint; the label decides). */
  column?: string;
  /** The label as the header shows it, parents first, joined by ` › ` (`Target Penyelesaian › TW 1`). */
  label: string;
  /** What the column is (see `readRole`): a column key (`koordinator`), `target`, `realisasi` or `baseline` with an optional period, `abaikan`, or '' for not read. */
  role: string;
}

export interface ColumnMap {
  /** The sheet the map is for. */
  sheet: string;
  /** The header's first and last sheet rows (1-based, a closing row of column numbers included). */
  headerRows: [number, number];
  /** The kind of matrix; without it, the kind that knows every mapped column. */
  kind?: MatrixKind;
  columns: MappedColumn[];
}

export const ColumnMapSchema = z.object({
  sheet: z.string().check(z.minLength(1)),
  headerRows: z.tuple([z.number().check(z.int(), z.minimum(1)), z.number().check(z.int(), z.minimum(1))]),
  kind: z.optional(MatrixKind),
  columns: z.array(z.object({ column: z.optional(z.string()), label: z.string(), role: z.string() })),
});

/** The separator of a label's parents; `>` and `»` typed by hand are read the same. */
export const PATH_SEPARATOR = ' › ';

/** A label path as written in a map: `Target Penyelesaian › TW 1` → its parts. */
export function splitLabelPath(label: string): string[] {
  return label
    .split(/\s*[›>»]\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** What a mapped column is. */
export type Role =
  | { kind: 'column'; key: DeclaredKey }
  | { kind: 'period'; measure: Measure; period: string }
  | { kind: 'ignore' }
  | { kind: 'unread' };

const IGNORE = new Set(['abaikan', 'ignore', 'lewati', 'skip', '-']);
const MEASURES: Record<string, Measure> = {
  target: 'target',
  realisasi: 'realisasi',
  realisation: 'realisasi',
  baseline: 'baseline',
  kondisiawal: 'baseline',
  // A monitoring block's other children, per period (`progres TW 1 2025`, `kendala TW 1 2025`).
  progres: 'progres',
  kendala: 'kendala',
  tindaklanjut: 'tindakLanjut',
  buktidukung: 'buktiDukung',
  catatan: 'catatan',
};

/** Every declared column key, with the title of the first layout that declares it. */
function declaredKeys(): Map<string, { key: DeclaredKey; title: Bilingual }> {
  const keys = new Map<string, { key: DeclaredKey; title: Bilingual }>();
  for (const layout of LAYOUTS) for (const c of layout.columns) if (!keys.has(c.key)) keys.set(c.key, { key: c.key, title: c.title });
  return keys;
}

let byName: Map<string, DeclaredKey> | undefined;

/**
 * Reads a role as written in a map: a column key (`koordinator`) or its title (`Koordinator`,
 * `Rencana Aksi`); `target`, `realisasi`, `baseline` followed by an optional period (`target TW 1 2026`,
 * `realisasi 2025`; without one the column's label names it); `abaikan` to leave a column unread
 * and unreported; '' for a column not read (reported as an extra label). `undefined`: not a role.
 */
export function readRole(text: string): Role | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return { kind: 'unread' };
  if (IGNORE.has(trimmed.toLowerCase())) return { kind: 'ignore' };
  if (!byName) {
    byName = new Map();
    for (const { key, title } of declaredKeys().values()) for (const name of [key, title.id, title.en]) if (!byName.has(labelKey(name))) byName.set(labelKey(name), key);
  }
  const key = byName.get(labelKey(trimmed));
  if (key) return { kind: 'column', key };
  const m = /^(target|realisasi|realisation|baseline|kondisi awal|progres|kendala|tindak ?lanjut|bukti ?dukung|catatan)\b\s*(.*)$/i.exec(trimmed);
  if (m) return { kind: 'period', measure: MEASURES[labelKey(m[1])], period: m[2].trim() };
  return undefined;
}

/** The roles a panel offers for a column: every declared column, then periods read from the label, then ignore. */
export function roleOptions(): { value: string; title: Bilingual }[] {
  const options = [...declaredKeys().values()].map(({ key, title }) => ({ value: key as string, title }));
  options.push(
    { value: 'target', title: { id: 'Target (periode dari judul kolom)', en: 'Target (period from the column title)' } },
    { value: 'realisasi', title: { id: 'Realisasi (periode dari judul kolom)', en: 'Realisation (period from the column title)' } },
    { value: 'baseline', title: { id: 'Baseline / Kondisi Awal', en: 'Baseline' } },
    { value: 'progres', title: { id: 'Progres % (periode dari judul kolom)', en: 'Progress % (period from the column title)' } },
    // A monitoring block's other columns, each for the period its title or parent names (Kendala and
    // Bukti Dukung are also plain columns of some layouts, offered above by their keys; `kendala TW 1` reads as the block's).
    { value: 'tindak lanjut', title: { id: 'Tindak Lanjut / Solusi (periode dari judul kolom)', en: 'Follow-up / solution (period from the column title)' } },
    { value: 'catatan', title: { id: 'Catatan Evaluator (periode dari judul kolom)', en: "Evaluator's note (period from the column title)" } },
    { value: 'abaikan', title: { id: 'Abaikan', en: 'Ignore' } },
  );
  return options;
}

/** Reads a map from JSON (`rbm … --columns FILE.json`); a file that is not one says why. */
export function parseColumnMapJson(text: string, file: string): ColumnMap {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`Peta kolom ${file} bukan JSON yang sah: ${(e as Error).message}`, `The column map ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = ColumnMapSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.') || '(akar)';
    throw new UserError(`Peta kolom ${file} tidak sesuai bentuknya di ${where}: ${issue.message}`, `The column map ${file} does not have the expected shape at ${where}: ${issue.message}`);
  }
  const map = parsed.data as ColumnMap;
  if (map.headerRows[1] < map.headerRows[0]) {
    throw new UserError(`Peta kolom ${file}: baris judul kolom ${map.headerRows[0]}–${map.headerRows[1]} terbalik.`, `Column map ${file}: header rows ${map.headerRows[0]}–${map.headerRows[1]} are the wrong way round.`);
  }
  for (const c of map.columns) {
    if (readRole(c.role) === undefined) throw new UserError(`Peta kolom ${file}: peran “${c.role}” untuk kolom “${c.label}” tidak dikenal.`, `Column map ${file}: role “${c.role}” of column “${c.label}” is unknown.`);
  }
  return map;
}
