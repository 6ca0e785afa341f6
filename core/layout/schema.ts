import * as z from 'zod/mini';
import { BilingualSchema } from '../i18nSchema';
import type { DeclaredKey } from './columnKey';

/**
 * A column of a matrix layout, declared once. The same declaration drives header detection,
 * the validation rules, the JSON report's column keys and the documentation.
 */
export const ColumnRole = z.enum([
  'group', // a cell shared by the rows below it (merged, or blank below in a CSV export)
  'text', // free text on each output row
  'unit', // Satuan: the unit the targets are counted in
  'period', // a target for a quarter or a year
  'total', // the total target
  'budget', // an amount of money
  'choice', // one of a fixed list (Rutin / Penguatan)
  'number', // a row number (No.)
]);
export type ColumnRole = z.output<typeof ColumnRole>;

const ColumnDefSchema = z
  .object({
    /** Canonical key, used in reports (`koordinator`). */
    key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
    /** Human name, Indonesian and English. */
    title: BilingualSchema,
    role: ColumnRole,
    /** Accepted labels, compared after `labelKey` squashing. */
    labels: z._default(z.array(z.string()), []),
    /** A regular expression tried on the normalised label when no label matches. */
    pattern: z.optional(z.string()),
    /** Parent labels (the merged cell above) this column sits under; empty: any or none. */
    parents: z._default(z.array(z.string()), []),
    /** True when the label stands alone in the header (no parent above it). */
    topLevel: z._default(z.boolean(), false),
    /** The header must have this column (`missing-label` otherwise). */
    required: z._default(z.boolean(), false),
    /** Every output row must have a value here, after filling group cells down (`missing-value`). */
    requiredValue: z._default(z.boolean(), false),
    /** For groups: nesting level (1 = outermost). A new value at a level clears the levels below. */
    level: z.optional(z.number().check(z.int(), z.minimum(1))),
    /** For `text` columns that are shared by the outputs of one action (merged per Rencana Aksi). */
    perAction: z._default(z.boolean(), false),
    /** For `choice`: the canonical values. */
    choices: z.optional(z.array(z.string())),
  })
  .check(
    z.refine((c) => c.pattern === undefined || isRegex(c.pattern), { message: 'pattern must be a valid regular expression' }),
    z.refine((c) => c.role !== 'choice' || (c.choices !== undefined && c.choices.length > 0), { message: 'choice columns need choices' }),
    z.refine((c) => c.role !== 'group' || c.level !== undefined, { message: 'group columns need a level' }),
  );
/** A column as declared, with its key one of the layouts' own (`K`: every declared key). */
export type ColumnDef<K extends string = DeclaredKey> = Omit<z.output<typeof ColumnDefSchema>, 'key'> & { key: K };

export const MatrixKind = z.enum(['rb-general', 'rb-tematik', 'indikator']);
export type MatrixKind = z.output<typeof MatrixKind>;

const LayoutDefSchema = z.object({
  kind: MatrixKind,
  title: BilingualSchema,
  columns: z.array(ColumnDefSchema).check(z.minLength(1)),
  /** At least one of these keys must be found for a header to count as this layout. */
  anchors: z.array(z.string()).check(z.minLength(1)),
  /** And at least this many columns recognised (declared columns plus period columns). */
  minColumns: z._default(z.number().check(z.int(), z.minimum(1)), 4),
  /** Parent labels under which period headers (`TW 1`, `Tahun 2024`) are targets. */
  periodParents: z._default(z.array(z.string()), []),
  /** Whether the period columns of this layout must sit under a period parent to be recognised. */
  periodNeedsParent: z._default(z.boolean(), false),
  /** The header as the road-map documents print it (one or two rows): a template for new matrices. */
  template: z.array(z.array(z.string())).check(z.minLength(1)),
  /** How rows are grouped by heading lines (`Sasaran Strategis I: …`), for indicator tables. */
  headingPattern: z.optional(z.string()),
});
/** A layout as declared: its columns, and the keys that must be found for a header to be this layout. */
export type LayoutDef<K extends string = DeclaredKey> = Omit<z.output<typeof LayoutDefSchema>, 'columns' | 'anchors'> & {
  columns: ColumnDef<K>[];
  anchors: K[];
};

/** A column as a layout file writes it (readonly, defaults left out). */
export type ColumnInput<K extends string = string> = ReadonlyArrays<Omit<z.input<typeof ColumnDefSchema>, 'key'>> & { readonly key: K };
type ReadonlyArrays<T> = { readonly [P in keyof T]: T[P] extends (infer U)[] | undefined ? readonly U[] | Exclude<T[P], U[]> : T[P] };
type LayoutInput<K extends string> = ReadonlyArrays<Omit<z.input<typeof LayoutDefSchema>, 'columns' | 'anchors'>> & {
  readonly columns: readonly ColumnInput<K>[];
  /** Keys of this layout's own columns (a typo is a compile error). */
  readonly anchors: readonly NoInfer<K>[];
};

/**
 * Declares a layout: checks it with zod when the module loads and keeps its column keys as literal
 * types, so that the union of every layout's keys (`DeclaredKey`) is known to the compiler.
 */
export function defineLayout<const K extends string>(layout: LayoutInput<K>): LayoutDef<K> {
  return LayoutDefSchema.parse(layout) as LayoutDef<K>;
}

function isRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
