import type { FixChange } from './fixes';

/** What "Perbaiki otomatis" would change, shown before anything is written. */
export interface FixPreview {
  sheet: string;
  changes: FixChange[];
  /** Fixes left for a later pass because an earlier fix changes the same cell. */
  skipped: number;
}

/** What "Perbaiki otomatis" changed. */
export interface FixOutcome {
  sheet: string;
  changes: FixChange[];
  skipped: number;
}

export interface ClearOutcome {
  sheet: string;
  restored: number;
}

/** What "Simpan peta kolom" did: the map sheet written, for which matrix sheet, created or replaced. */
export interface ColumnsSaved {
  sheet: string;
  matrixSheet: string;
  replaced: boolean;
}
