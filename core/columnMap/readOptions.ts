import type { Grid, MergeIndex } from '../grid';
import type { Header } from '../layout/header';
import type { ColumnMap } from './columnMap';
import { headerFromMap, type MapProblem } from './applyMap';
import type { MapSheetProblem } from './mapSheet';
import type { PercentOptions } from '../model/percentConvention';

/** What the reader is given besides the grid: the column map by hand for this sheet. */
export interface ReadOptions {
  /** The column map by hand for this sheet: where it fits, it decides the header. */
  columnMap?: ColumnMap;
  /** Rows of the map sheet that could not be read (reported with the matrix). */
  mapSheetProblems?: MapSheetProblem[];
  /** The sheet's percent conventions, for a reader of a few of its rows (model/percentConvention.ts). */
  percent?: PercentOptions;
}

/** How a column map by hand was read. */
export interface MapReading {
  map?: ColumnMap;
  /** True when the map decided the header (else the header was detected). */
  applied: boolean;
  problems: MapProblem[];
  /** Rows of the workbook's map sheet that could not be read, for this sheet's block. */
  sheetProblems: MapSheetProblem[];
}

/** The header a column map makes, and how the map was read; undefined without a map or map-sheet problems. */
export function readColumnMap(grid: Grid, merges: MergeIndex, options: ReadOptions): { header?: Header; reading: MapReading } | undefined {
  const sheetProblems = options.mapSheetProblems ?? [];
  if (!options.columnMap && sheetProblems.length === 0) return undefined;
  const mapped = options.columnMap ? headerFromMap(grid, merges, options.columnMap) : { problems: [] };
  return { header: mapped.header, reading: { map: options.columnMap, applied: mapped.header !== undefined, problems: mapped.problems, sheetProblems } };
}
