import * as z from 'zod/mini';
import type { Bilingual } from '../i18n';
import { BilingualSchema } from '../i18nSchema';

/**
 * Reference scales: the official tables that turn a score into a grade (`SAKIP 82,5 → A`,
 * `SKM 90,1 → A Sangat Baik`, `Indeks SPBE 3,6 → Sangat Baik`).
 *
 * A scale is a list of bands. Each band is a range of scores with a short label and a title.
 * A band's edges are inclusive or exclusive, so `>80–90` (SAKIP A) is
 * `{ min: 80, minInclusive: false, max: 90, maxInclusive: true }`.
 */

/** One grade of a scale: the scores from `min` to `max` earn `label`. */
export interface Band {
  /** The short code shown to users: `AA`, `II`, `A-`, `Sangat Tinggi`. */
  label: string;
  /** What the grade means, in Indonesian and English. */
  title: Bilingual;
  /** Lowest score of the band (`-Infinity` when it has none). */
  min: number;
  /** Highest score of the band (`Infinity` when it has none). */
  max: number;
  /** True when a score equal to `min` belongs to the band. */
  minInclusive: boolean;
  /** True when a score equal to `max` belongs to the band. */
  maxInclusive: boolean;
}

/** A grading table. Built-in scales list their bands best first; a planner's scales keep the sheet's order. */
export interface Scale {
  /** Short name, used to pick the scale (`sakip`, `indeks-rb`). */
  id: string;
  name: Bilingual;
  /** Other names the scale is asked for by (`AKIP`, `Permendagri 86`). */
  aliases: string[];
  /** The regulation that sets the table, and where it was checked. */
  source: string;
  /** What could not be checked against the source, if anything. */
  unconfirmed?: string;
  bands: Band[];
}

/** True when `value` falls inside `band`, edges included or excluded as the band says. */
export function inBand(value: number, band: Band): boolean {
  const aboveMin = band.minInclusive ? value >= band.min : value > band.min;
  const belowMax = band.maxInclusive ? value <= band.max : value < band.max;
  return aboveMin && belowMax;
}

/**
 * The band `value` falls in, or `undefined` when it is outside every band (or not a number).
 * @example classify(90.5, sakip).label // 'AA'
 */
export function classify(value: number, scale: Scale): Band | undefined {
  if (Number.isNaN(value)) return undefined;
  return scale.bands.find((band) => inBand(value, band));
}

/** True when some score belongs to both bands (`0–50` and `50–75` share 50 when both edges are inclusive). */
export function overlaps(a: Band, b: Band): boolean {
  // The higher of the two lower edges and the lower of the two upper edges; at a tie the exclusive edge wins.
  const low = a.min === b.min ? { v: a.min, inc: a.minInclusive && b.minInclusive } : a.min > b.min ? { v: a.min, inc: a.minInclusive } : { v: b.min, inc: b.minInclusive };
  const high = a.max === b.max ? { v: a.max, inc: a.maxInclusive && b.maxInclusive } : a.max < b.max ? { v: a.max, inc: a.maxInclusive } : { v: b.max, inc: b.maxInclusive };
  return low.v < high.v || (low.v === high.v && low.inc && high.inc);
}

/** A band edge: any number, or an open end (`Infinity`, `-Infinity`). NaN is refused. */
const Edge = z.union([z.number(), z.literal(Infinity), z.literal(-Infinity)]);

export const BandDef = z
  .object({
    label: z.string().check(z.trim(), z.minLength(1)),
    title: BilingualSchema,
    min: Edge,
    max: Edge,
    minInclusive: z.boolean(),
    maxInclusive: z.boolean(),
  })
  .check(
    z.refine((b) => b.min <= b.max, { message: 'min must not exceed max' }),
    z.refine((b) => b.min < b.max || (b.minInclusive && b.maxInclusive), { message: 'the band holds no value' }),
  );

/** A scale as declared: at least one band, and no score in two bands. */
export const ScaleDef: z.ZodMiniType<Scale> = z
  .object({
    id: z.string().check(z.trim(), z.minLength(1)),
    name: BilingualSchema,
    aliases: z.array(z.string()),
    source: z.string().check(z.trim(), z.minLength(1)),
    unconfirmed: z.optional(z.string()),
    bands: z.array(BandDef).check(z.minLength(1)),
  })
  .check(
    z.superRefine((scale, ctx) => {
      scale.bands.forEach((band, j) => {
        const earlier = scale.bands.slice(0, j).find((other) => overlaps(other, band));
        if (earlier) ctx.addIssue({ code: 'custom', path: ['bands', j], message: `band ${band.label} overlaps band ${earlier.label}`, input: scale });
      });
    }),
  );
