import type { indikator } from './indikator';
import type { petaJalan } from './petaJalan';
import type { rbGeneral } from './rbGeneral';
import type { rbTematik } from './rbTematik';
import type { LayoutDef } from './schema';

type KeysOf<L> = L extends LayoutDef<infer K> ? K : never;

/** The key of a column some layout declares (`kegiatanUtama`, `satuan`, `koordinator`, `kendala`…). */
export type DeclaredKey = KeysOf<typeof rbGeneral> | KeysOf<typeof rbTematik> | KeysOf<typeof indikator> | KeysOf<typeof petaJalan>;

/**
 * The key of a period column, made from its header label: `tw1` … `tw4`, `tw1-3_2024`, `tahun2024`
 * (targets of action-plan matrices), `target2023`, `baseline2022` (indicator tables), and a
 * realisation's `realisasi_` + its period (`realisasi_tw1`, `realisasi_2023`), the other children of a
 * monitoring block likewise (`progres_tw1`, `kendala_tw1`, `tindakLanjut_tw1`, `buktiDukung_tw1`,
 * `catatan_tw1`), a baseline's
 * `baseline` + its year (`baseline2022`, or `baseline` for a *Kondisi Awal* without one).
 */
export type PeriodKey =
  | `tw${number}${string}`
  | `tahun${string}`
  | `target${string}`
  | `baseline${string}`
  | `realisasi_${string}`
  | `progres_${string}`
  | `kendala_${string}`
  | `tindakLanjut_${string}`
  | `buktiDukung_${string}`
  | `catatan_${string}`;

/** The key of any column the reader recognises: declared by a layout, or a period. */
export type ColumnKey = DeclaredKey | PeriodKey;
