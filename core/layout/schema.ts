import * as z from 'zod/mini';
import { BilingualSchema } from '../i18nSchema';
import type { DeclaredKey } from './columnKey';

/**
 * A column of a matrix layout, declared once. The same declaration drives header detection,
 * the validation rules, the JSON report's column keys and the documentation.
 */
export const ColumnRole = z.enum([
  'group', // a cell shared by the rows below it (merged, or blank below in a CSV export); groups nest left to right
  'text', // free text on each output row
  'unit', // Satuan: the unit the targets are counted in
  'period', // a target for a quarter or a year
  'total', // the total target
  'budget', // an amount of money
  'choice', // one of a fixed list (Rutin / Penguatan)
  'number', // a row number (No.)
]);
export type ColumnRole = z.output<typeof ColumnRole>;

/** A label qualified by its parent: `output › target` is `Target` under an `Output` parent. */
export const PARENT_MARK = '›';

const ColumnDefSchema = z
  .object({
    /** Canonical key, used in reports (`koordinator`). */
    key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
    /** Human name, Indonesian and English. */
    title: BilingualSchema,
    role: ColumnRole,
    /**
     * Accepted labels, compared after `labelKey` squashing (case, spaces, punctuation). A label
     * written `parent › label` is accepted only under that parent (`output › target`).
     */
    labels: z._default(z.array(z.string()), []),
    /** A regular expression tried on the normalised label when no label matches. */
    pattern: z.optional(z.string()),
    /** Parent labels (a cell above, merged or carried) this column must sit under; empty: any or none. */
    parents: z._default(z.array(z.string()), []),
    /** True when the label stands alone in the header (no parent above it). */
    topLevel: z._default(z.boolean(), false),
    /** Every output row must have a value here, after filling group cells down (`missing-value`). */
    requiredValue: z._default(z.boolean(), false),
    /** For `text` columns that are shared by the outputs of one action (merged per Rencana Aksi). */
    perAction: z._default(z.boolean(), false),
    /** For `choice`: the canonical values. */
    choices: z.optional(z.array(z.string())),
    /** For `choice`: the column may hold free remarks instead; it is checked as a choice only where at least half its filled cells are choices. */
    remarks: z._default(z.boolean(), false),
  })
  .check(
    z.refine((c) => c.pattern === undefined || isRegex(c.pattern), { message: 'pattern must be a valid regular expression' }),
    z.refine((c) => c.role !== 'choice' || (c.choices !== undefined && c.choices.length > 0), { message: 'choice columns need choices' }),
  );
/** A column as declared, with its key one of the layouts' own (`K`: every declared key). */
export type ColumnDef<K extends string = DeclaredKey> = Omit<z.output<typeof ColumnDefSchema>, 'key'> & { key: K };

export const MatrixKind = z.enum(['rb-general', 'rb-tematik', 'indikator', 'peta-jalan']);
export type MatrixKind = z.output<typeof MatrixKind>;

/** True for the kinds that hold actions with their outputs (every kind but the indicator table). */
export function isActionPlan(kind: MatrixKind): boolean {
  return kind !== 'indikator';
}

const LayoutDefSchema = z.object({
  kind: MatrixKind,
  title: BilingualSchema,
  columns: z.array(ColumnDefSchema).check(z.minLength(1)),
  /** At least one of these keys must be found for a header to count as this layout. */
  anchors: z.array(z.string()).check(z.minLength(1)),
  /**
   * The columns the header must have (`missing-label` otherwise). Each entry is one key, or a list
   * of keys any one of which will do (a matrix may group by Kegiatan Utama, Sasaran or Program); the
   * first key of a list names the column in the message.
   */
  requires: z._default(z.array(z.union([z.string(), z.array(z.string())])), []),
  /** The keys that hold the action, in order of preference: the first the header has is the action (Rencana Aksi, else Sub Kegiatan …). */
  actions: z._default(z.array(z.string()), []),
  /** Labels whose presence rules this layout out (a road map has no Rencana Aksi). */
  notWith: z._default(z.array(z.string()), []),
  /** And at least this many columns recognised (declared columns plus period columns). */
  minColumns: z._default(z.number().check(z.int(), z.minimum(1)), 4),
  /** Parent labels under which period headers (`TW 1`, `2024`) are targets (besides any label starting with `Target`). */
  periodParents: z._default(z.array(z.string()), []),
  /** Other labels that head columns without constraining them (`Unit/Satuan Kerja Pelaksana` over Koordinator and Pelaksana). */
  parentLabels: z._default(z.array(z.string()), []),
  /** Whether the layout needs period target columns (`missing-label`, variant `periods`). */
  needsPeriods: z._default(z.boolean(), true),
  /** The header as the road-map documents print it (one or two rows): a template for new matrices. */
  template: z.array(z.array(z.string())).check(z.minLength(1)),
  /** How rows are grouped by heading lines (`Sasaran Strategis I: …`), for indicator tables. */
  headingPattern: z.optional(z.string()),
});
/** A layout as declared: its columns, and the keys that must be found for a header to be this layout. */
export type LayoutDef<K extends string = DeclaredKey> = Omit<z.output<typeof LayoutDefSchema>, 'columns' | 'anchors' | 'requires' | 'actions'> & {
  columns: ColumnDef<K>[];
  anchors: K[];
  requires: (K | K[])[];
  actions: K[];
};

/** A column as a layout file writes it (readonly, defaults left out). */
export type ColumnInput<K extends string = string> = ReadonlyArrays<Omit<z.input<typeof ColumnDefSchema>, 'key'>> & { readonly key: K };
type ReadonlyArrays<T> = { readonly [P in keyof T]: T[P] extends (infer U)[] | undefined ? readonly U[] | Exclude<T[P], U[]> : T[P] };
type LayoutInput<K extends string> = ReadonlyArrays<Omit<z.input<typeof LayoutDefSchema>, 'columns' | 'anchors' | 'requires' | 'actions'>> & {
  readonly columns: readonly ColumnInput<K>[];
  /** Keys of this layout's own columns (a typo is a compile error). */
  readonly anchors: readonly NoInfer<K>[];
  readonly requires?: readonly (NoInfer<K> | readonly NoInfer<K>[])[];
  readonly actions?: readonly NoInfer<K>[];
};

/**
 * Declares a layout: checks it with zod when the module loads and keeps its column keys as literal
 * types, so that the union of every layout's keys (`DeclaredKey`) is known to the compiler.
 */
export function defineLayout<const K extends string>(layout: LayoutInput<K>): LayoutDef<K> {
  return LayoutDefSchema.parse(layout) as unknown as LayoutDef<K>;
}

function isRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
