/**
 * Schedule marks and done/not-done words.
 *
 * Road maps mark the years or quarters in which an output is due with a tick (√ ✓ ✔ v V), a cross
 * (x X) or a bullet (• ●): such a target is *scheduled*. A realisation of a scheduled output says
 * whether it was done: a tick, `Sudah`, `Selesai`, `Terlaksana`, `Ya` (done) or `Belum`, `Tidak`
 * (not done); figures (1 / 0, 100%) are read as figures.
 *
 * A cross is a schedule mark only in a target cell: in a realisation column `x` is as likely to mean
 * "not done" as "done", so it is left unread (a type-error asks for √ or Sudah/Belum).
 */

/** Which kind of cell a text is read for: a target (the default) or a realisation. */
export type Side = 'target' | 'realisation';

const MARKS = new Set(['√', '✓', '✔', '☑', '✅', 'v', 'V', '•', '●', '\u2022']);
const CROSSES = new Set(['x', 'X', '×', '✗', '✘']);
const DONE = new Set(['sudah', 'selesai', 'terlaksana', 'sudah terlaksana', 'sudah selesai', 'ya', 'done', 'tercapai']);
const NOT_DONE = new Set(['belum', 'tidak', 'belum terlaksana', 'belum selesai', 'tidak terlaksana', 'belum tercapai']);

/** A scheduled target or a done / not-done realisation: `{ done, mark }`, or `undefined` for other text. */
export function parseTick(text: string, side: Side): { done: boolean; mark: string } | undefined {
  if (MARKS.has(text)) return { done: true, mark: text };
  if (side === 'target') return CROSSES.has(text) ? { done: true, mark: text } : undefined;
  const lower = text.toLowerCase();
  if (DONE.has(lower)) return { done: true, mark: text };
  if (NOT_DONE.has(lower)) return { done: false, mark: text };
  return undefined;
}
