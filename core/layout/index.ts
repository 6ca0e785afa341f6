import { rbGeneral } from './rbGeneral';
import { rbTematik } from './rbTematik';
import { indikator } from './indikator';
import type { LayoutDef } from './schema';

/** Every layout the reader knows, in order of preference when two match equally well. */
export const LAYOUTS: readonly LayoutDef[] = [rbGeneral, rbTematik, indikator];

export { rbGeneral, rbTematik, indikator };
export * from './schema';
