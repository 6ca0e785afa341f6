import type { RowShape } from './rowShape';

export type RowKind = 'output' | 'heading' | 'fragment' | 'repeated-header' | 'blank' | 'note';

/** What the reader knows when it meets a row: the rows before it and the layout's habits. */
export interface RowContext {
  /** Kind of the last row that was not blank, a repeated header or a note. */
  lastContent?: RowKind;
  /** A blank row or a repeated header (a page break) lies between that row and this one. */
  afterBreak: boolean;
  /** The layout groups rows under heading lines matching this (indicator tables). */
  headingPattern?: RegExp;
  /** The layout has group columns (a Kegiatan Utama may stand on a row of its own). */
  hasGroups: boolean;
}

const NOTE = /^\(?\s*(sumber|source|catatan|keterangan\s*:|\*)/i;
/** A list item: `a.`, `b)`, `1.`, `2)`, `(c)`, `iv.`, `-`, `•`. It is an output, never the tail of the row above. */
const LIST_ITEM = /^(?:\(?\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*[.)]\s*\S|[-\u2013\u2022\u00b7*]\s*\S)/i;

/**
 * Decides what a row is:
 * - `blank`; `repeated-header` (most filled cells repeat the header's labels);
 * - `note`: a lone `(Sumber: …)`, `Catatan …` or `*…` line;
 * - `heading`: a `Sasaran Strategis …` line in an indicator table, or a row holding only outer group
 *   cells (a Kegiatan Utama on its own row);
 * - `fragment`: after an output, a row with nothing of its own (no target, Total, budget or choice; no
 *   Satuan, Koordinator or No. of its own) whose text follows a page break or continues mid-sentence in
 *   every cell: the tail of the row above. A list item (`a.`, `2)`, `-`, `•`) is never a tail;
 * - `output` otherwise.
 */
export function classifyRow(shape: RowShape, context: RowContext): RowKind {
  if (shape.filled === 0) return 'blank';
  if (shape.headerHits >= 2 && shape.headerHits >= 0.6 * shape.filled) return 'repeated-header';
  if (shape.filled === 1 && NOTE.test(shape.firstText)) return 'note';
  if (shape.valueFilled > 0) return 'output';
  if (context.headingPattern?.test(shape.firstText)) return 'heading';
  const afterOutput = context.lastContent === 'output' || context.lastContent === 'fragment';
  if (afterOutput && !shape.own && !LIST_ITEM.test(shape.firstText) && (context.afterBreak || shape.continues)) return 'fragment';
  if (shape.onlyUpperGroups && context.hasGroups) return 'heading';
  return 'output';
}
