import { rbGeneral } from './rbGeneral';
import { rbTematik } from './rbTematik';
import { indikator } from './indikator';
import { petaJalan } from './petaJalan';
import type { Bilingual } from '../i18n';
import type { DeclaredKey } from './columnKey';
import type { LayoutDef } from './schema';

/** Every layout the reader knows, in order of preference when two match equally well. */
export const LAYOUTS: readonly LayoutDef[] = [rbGeneral, rbTematik, indikator, petaJalan];

export { rbGeneral, rbTematik, indikator, petaJalan };
export * from './schema';
export type * from './columnKey';

/** A column's name as the first layout declaring it gives it (Rencana Aksi, Koordinator, Kendala …): one name for one column everywhere. */
export function declaredTitle(key: DeclaredKey): Bilingual {
  for (const layout of LAYOUTS) {
    const column = layout.columns.find((c) => c.key === key);
    if (column) return column.title;
  }
  return { id: key, en: key };
}
