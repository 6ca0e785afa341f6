import type { FindingCode, FixableCode, FixParamsOf, ParamsOf, VariantOf } from '../findings/catalogue';
import type { CellValue } from '../grid';
import type { TemplateParam } from '../i18n';
import type { FindingColumn } from '../findings/finding';
import type { Matrix } from '../model/readMatrix';

/** A cell a fix writes, by grid position (0-based). */
export interface RawEdit {
  row: number;
  col: number;
  value: CellValue;
}

/**
 * A finding as a rule reports it: grid positions (0-based) and language-neutral params. Its type is
 * derived from the catalogue (findings/catalogue.ts): for each code and variant, the params its
 * message takes; a variant other than `default` must be named; only fixable codes carry a fix.
 */
export type RawFinding = { [C in FindingCode]: { [V in VariantOf<C>]: Where & { code: C } & VariantField<V> & Params<ParamsOf<C, V>> & FixField<C> }[VariantOf<C>] }[FindingCode];

interface Where {
  /** 0-based grid row. */
  row: number;
  /** 0-based grid column. */
  col: number;
  /** The column concerned (findings/finding.ts). */
  columnKey: FindingColumn;
}

/** The params a message takes are required; a rule may add others as data for the report (`unit` beside a mix of kinds). */
type Params<P extends string> = [P] extends [never] ? { params?: Record<string, TemplateParam> } : { params: Record<P, TemplateParam> & Record<string, TemplateParam> };
type VariantField<V extends string> = V extends 'default' ? { variant?: 'default' } : { variant: V };
type FixField<C extends FindingCode> = C extends FixableCode ? { fix?: { edits: RawEdit[] } & Params<FixParamsOf<C>> } : { fix?: undefined };

/** One validation rule: reads the matrix model, returns its findings. */
export interface Rule {
  /** The codes this rule can report, for the documentation and tests. */
  codes: FindingCode[];
  check(matrix: Matrix): RawFinding[];
}
