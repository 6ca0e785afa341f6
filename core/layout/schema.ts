import * as z from 'zod/mini';
import '../zodLocale';

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

export const ColumnDef = z
  .object({
    /** Canonical key, used in reports (`koordinator`). */
    key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
    /** Human name, Indonesian and English. */
    title: z.object({ id: z.string(), en: z.string() }),
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
export type ColumnDef = z.output<typeof ColumnDef>;

export const MatrixKind = z.enum(['rb-general', 'rb-tematik', 'indikator']);
export type MatrixKind = z.output<typeof MatrixKind>;

export const LayoutDef = z.object({
  kind: MatrixKind,
  title: z.object({ id: z.string(), en: z.string() }),
  columns: z.array(ColumnDef).check(z.minLength(1)),
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
export type LayoutDef = z.output<typeof LayoutDef>;

function isRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
