/**
 * What a unit file says about where it came from: written by the split into a hidden sheet, read
 * back by the merge to refuse a file from another year, another matrix or another split. The row
 * keys themselves sit in a hidden column of the unit's matrix sheet (`KEY_LABEL` over them), so they
 * travel with their rows when the unit sorts its copy.
 */
import { cellText, type Grid } from '../grid';
import type { MatrixKind } from '../layout/schema';
import type { Matrix } from '../model/readMatrix';
import type { SplitBy } from './splitPlan';

/** The header of the hidden key column. */
export const KEY_LABEL = 'Kunci Baris (RB Matrix)';
/** The hidden sheet holding a unit file's identity. */
export const IDENTITY_SHEET = 'RBM Pembagian';
/** Its first cell: what makes it ours. */
export const IDENTITY_SIGNATURE = 'Pembagian matriks oleh RB Matrix — jangan diubah';

export interface SplitIdentity {
  /** The master's title rows, joined (`LAMPIRAN II — MATRIKS RENCANA AKSI …`). */
  matrix: string;
  sheet: string;
  kind: MatrixKind;
  /** The year the unit reports on. */
  year?: number;
  by: SplitBy;
  /** The part's name (the coordinator). */
  part: string;
  /** The day of the split, `YYYY-MM-DD`. */
  splitOn: string;
}

const LABELS: Record<keyof SplitIdentity, string> = { matrix: 'Matriks', sheet: 'Sheet', kind: 'Jenis', year: 'Tahun', by: 'Dibagi menurut', part: 'Bagian', splitOn: 'Tanggal pembagian' };

/** The master's identity as a split writes it. */
export function matrixIdentity(matrix: Matrix): Pick<SplitIdentity, 'matrix' | 'sheet' | 'kind'> {
  return { matrix: matrix.titles.join(' — '), sheet: matrix.grid.sheetName, kind: matrix.kind };
}

/** The identity sheet's rows: the signature, then label | value. */
export function identityRows(identity: SplitIdentity): string[][] {
  const rows: string[][] = [[IDENTITY_SIGNATURE]];
  for (const key of Object.keys(LABELS) as (keyof SplitIdentity)[]) rows.push([LABELS[key], identity[key] === undefined ? '' : String(identity[key])]);
  return rows;
}

/** A unit file's identity from its hidden sheet, or `undefined` when it has none (not a split file). */
export function readIdentity(grids: readonly Grid[]): SplitIdentity | undefined {
  const grid = grids.find((g) => g.sheetName === IDENTITY_SHEET && cellText(g.values[0]?.[0] ?? null) === IDENTITY_SIGNATURE);
  if (!grid) return undefined;
  const byLabel = new Map(grid.values.slice(1).map((r) => [cellText(r?.[0] ?? null), cellText(r?.[1] ?? null)]));
  const get = (key: keyof SplitIdentity) => byLabel.get(LABELS[key]) ?? '';
  const year = Number(get('year'));
  return {
    matrix: get('matrix'),
    sheet: get('sheet'),
    kind: get('kind') as MatrixKind,
    ...(get('year') !== '' && Number.isInteger(year) && { year }),
    by: get('by') as SplitBy,
    part: get('part'),
    splitOn: get('splitOn'),
  };
}

/** The key column of a unit's matrix: the column whose header cell reads `KEY_LABEL`, or `undefined`. */
export function keyColumn(matrix: Matrix): number | undefined {
  for (let r = matrix.header.firstRow; r <= matrix.header.lastRow; r++) {
    const row = matrix.grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c]) === KEY_LABEL) return c;
  }
  return undefined;
}
