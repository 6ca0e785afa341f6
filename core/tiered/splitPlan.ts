/**
 * Which outputs go to which coordinator: the rows of a master grouped by the text of one column
 * (Koordinator, Pelaksana, or the outermost group, Kegiatan), found through the layout's reading
 * of the header (and a column map by hand, when the reader was given one). Names are grouped after
 * `normaliseKeyText`, so `Biro Umum`, `BIRO UMUM ` and `Biro Umum.` are one coordinator, shown as
 * first written. A cell naming several units (`Biro A, Biro B`) is one name: the plan says who
 * answers, and we do not guess how to cut it. Outputs without a name go to a named bucket of their
 * own, reported, never dropped.
 */
import { cellText } from '../grid';
import { UserError } from '../i18n';
import type { Matrix } from '../model/readMatrix';
import { normaliseKeyText, rowKeys } from './rowKey';

export type SplitBy = 'koordinator' | 'pelaksana' | 'kegiatan';
export const SPLIT_BY: readonly SplitBy[] = ['koordinator', 'pelaksana', 'kegiatan'];

export interface SplitPart {
  /** The name as first written in the master (`Biro Umum`), or the bucket's name. */
  name: string;
  /** Indices into `matrix.outputs`, in the master's order. */
  outputs: number[];
}

export interface SplitPlan {
  by: SplitBy;
  /** The column the parts are named from (0-based). */
  column: number;
  /** Row keys of `matrix.outputs` (rowKey.ts). */
  keys: string[];
  /** One part per name, in order of first appearance. */
  parts: SplitPart[];
  /** Outputs whose cell is blank, when there are any: a part of their own named `UNASSIGNED[by]`. */
  unassigned?: SplitPart;
}

/** The name of the bucket of outputs without a name, per `by`. */
export const UNASSIGNED: Record<SplitBy, string> = { koordinator: 'Tanpa Koordinator', pelaksana: 'Tanpa Pelaksana', kegiatan: 'Tanpa Kegiatan' };
const TITLES: Record<SplitBy, string> = { koordinator: 'Koordinator', pelaksana: 'Pelaksana', kegiatan: 'Kegiatan' };

/** The column `by` names in this matrix, or `undefined`. */
export function splitColumn(matrix: Matrix, by: SplitBy): number | undefined {
  const { keyIndex } = matrix.header;
  if (by !== 'kegiatan') return keyIndex.get(by);
  return keyIndex.get('kegiatanUtama') ?? keyIndex.get('kegiatan') ?? matrix.groupColumns[0]?.index;
}

/** The split of `matrix`'s outputs by `by`. Throws `UserError` when the matrix has no such column. */
export function splitPlan(matrix: Matrix, by: SplitBy): SplitPlan {
  const column = splitColumn(matrix, by);
  if (column === undefined) {
    throw new UserError(
      `Matriks “${matrix.grid.sheetName}” tidak punya kolom ${TITLES[by]}; pilih --by yang lain, atau tunjukkan kolomnya dengan peta kolom (rbm columns).`,
      `Matrix “${matrix.grid.sheetName}” has no ${TITLES[by]} column; choose another --by, or point to the column with a column map (rbm columns).`,
    );
  }
  const byName = new Map<string, SplitPart>();
  const blank: SplitPart = { name: UNASSIGNED[by], outputs: [] };
  matrix.outputs.forEach((row, i) => {
    const name = normaliseKeyText(row.values[column]);
    if (name === '') return blank.outputs.push(i);
    let part = byName.get(name);
    if (!part) byName.set(name, (part = { name: cellText(row.values[column]).replace(/\s+/g, ' '), outputs: [] }));
    part.outputs.push(i);
  });
  return { by, column, keys: rowKeys(matrix), parts: [...byName.values()], ...(blank.outputs.length > 0 && { unassigned: blank }) };
}
