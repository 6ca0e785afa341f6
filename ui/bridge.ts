/**
 * What the panel may ask of its host. Excel implements it in the task pane with `Excel.run`
 * (excel-addin/excelBridge.ts); Sheets in the sidebar over `google.script.run`
 * (sheets-addon/client/scriptBridge.ts). Every action reads the active sheet once, computes in core
 * (core/workbench) and writes once.
 *
 * Everything crossing this interface is plain JSON data (no `Date`, no functions), so the Sheets
 * bridge can carry it through `google.script.run` unchanged. A failed action rejects with an `Error`
 * whose message is a sentence for the user, in the language asked for.
 */
import type { Lang } from '../core/i18n';
import type { ClearOutcome, ColumnsSaved, FixOutcome, FixPreview } from '../core/workbench/outcomes';
import type { ColumnsPreview, ColumnsView } from '../core/workbench/columnsPass';
import type { ColumnMap } from '../core/columnMap/columnMap';
import type { SummaryOutcome, SummaryRequest } from '../core/workbench/summaryPass';
import type { ValidateOutcome } from '../core/workbench/validationPass';
import type { PrepareOutcome, PrepareRequest } from '../core/workbench/preparePass';

export type { PrepareOutcome, PrepareRequest };
import type { NewMatrixOutcome, NewMatrixRequest } from '../core/template/newMatrixPass';

export type { NewMatrixOutcome, NewMatrixRequest };
/** What checking while typing tells the panel after an edit: the new report, or the sentence of what went wrong. */
export type LiveUpdate = ValidateOutcome | { error: string };
import type { CollectOutcome, ShareOutcome, UnitFile } from '../core/workbench/tieredPass';

/** What the panel asks to share: plain JSON, checked again by the host (core's checkShareRequest). */
export interface ShareAsk {
  by: 'koordinator' | 'pelaksana' | 'kegiatan';
  year?: number;
  password?: string;
  lang: Lang;
}

/** What the panel asks to collect: one quarter's blocks or all, of a year. */
export interface CollectAsk {
  quarter?: 1 | 2 | 3 | 4;
  year?: number;
  lang: Lang;
}

export type { CollectOutcome, ShareOutcome, UnitFile };
export type { Lang, ClearOutcome, FixOutcome, FixPreview, SummaryOutcome, SummaryRequest, ValidateOutcome, ColumnMap, ColumnsPreview, ColumnsSaved, ColumnsView };

/** The stages of an action, for the panel's progress line; `detail` names the unit being read or written. */
export type Stage = 'read' | 'check' | 'write';
export type Progress = (stage: Stage, detail?: string) => void;

export interface HostBridge {
  /** The user's language: `en` when Office's display language (or the Sheets locale) is English, else `id`. */
  language(): Promise<Lang>;
  /** Checks the active sheet's matrix and highlights the cells with findings (undoing last time's paint where findings are gone). */
  validate(lang: Lang, progress?: Progress): Promise<ValidateOutcome>;
  /** Gives every highlighted cell of the active sheet its previous fill back. */
  clearHighlights(lang: Lang): Promise<ClearOutcome>;
  /** What the certain fixes of the active sheet would change; writes nothing. */
  previewFixes(lang: Lang, progress?: Progress): Promise<FixPreview>;
  /** Applies the certain fixes of the active sheet in one write. */
  applyFixes(lang: Lang, progress?: Progress): Promise<FixOutcome>;
  /** Creates (or replaces, when RB Matrix made it) the summary sheet of the period, beside the matrix. */
  summarise(request: SummaryRequest, progress?: Progress): Promise<SummaryOutcome>;
  /**
   * *Siapkan monitoring*: adds to the active sheet the quarter blocks its matrix lacks for the year,
   * Capaian and Status formulas for the quarter, validation and colours (core/prepare); never a plan cell.
   */
  prepare(request: PrepareRequest, progress?: Progress): Promise<PrepareOutcome>;
  /** Selects a cell of a sheet (activating the sheet). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The header rows of the active sheet and the role each column got: the saved column map, or as detected, or for `rows` (sheet rows). */
  inspectColumns(lang: Lang, rows?: [number, number]): Promise<ColumnsView>;
  /** The reading a column map would give of the active sheet: outputs counted, the first rows, what is still missing. */
  previewColumns(map: ColumnMap, lang: Lang): Promise<ColumnsPreview>;
  /** Saves the column map of the active sheet in the workbook's `RB Matrix` sheet (created, or replaced when RB Matrix made it). */
  saveColumns(map: ColumnMap, lang: Lang): Promise<ColumnsSaved>;
  /**
   * Checks while typing, on or off. On: the active sheet is checked whole once; then each edit of it
   * re-checks the rows touched, repaints what changed and calls `onUpdate` with the whole report
   * (Excel). A host that cannot tell the panel (Sheets' onEdit runs apart from the sidebar) only
   * repaints, and answers `undefined`. Absent where the host has no such event.
   */
  liveCheck?(enabled: boolean, lang: Lang, onUpdate: (update: LiveUpdate) => void): Promise<ValidateOutcome | undefined>;
  /** *Buat matriks baru*: a new sheet holding an empty matrix of the kind and year asked (a free name; no sheet is replaced), shown to the user. */
  createMatrix(request: NewMatrixRequest): Promise<NewMatrixOutcome>;
  /** *Bagikan ke koordinator*: one protected sheet per coordinator of the active matrix (issue 17). */
  shareWithCoordinators(ask: ShareAsk, progress?: Progress): Promise<ShareOutcome>;
  /** *Kumpulkan laporan*: the coordinators' sheets (and `files`, where the host reads them) merged into the active matrix, with the log sheet. */
  collectReports(ask: CollectAsk, files?: UnitFile[], progress?: Progress): Promise<CollectOutcome>;
  /** Reads unit files picked in the panel (.xlsx, in the browser); absent where the host takes no files (Sheets). */
  readUnitFiles?(files: { name: string; bytes: Uint8Array }[]): Promise<UnitFile[]>;
}
