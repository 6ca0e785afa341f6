import { matchLadder, type LadderName } from './ladders';

/** A grade written beside a score: a rung of a ladder (`CC`, `B`, `A`), or a code of the institution's own (`ST`). */
export interface Grade {
  label: string;
  /** The ladder and rank when the grade is a rung of one; absent for a code of the institution's own. */
  ladder?: LadderName;
  rank?: number;
}

/**
 * Reads the grade part of `57/CC`, `>3/ST`, `4,6 (Kategori "A")`, `BB (70,5)`: a rung of a ladder
 * (after a `Kategori` / `Predikat` word and quotes), or a short upper-case code (`ST`, `SB`). Words
 * that are neither (`Cukup Sehat`) are not a grade: they stay a note.
 */
export function parseGrade(text: string): Grade | undefined {
  const bare = text
    .replace(/^(?:kategori|predikat|kriteria|nilai|grade)\s*:?\s*/i, '')
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .trim();
  if (bare === '') return undefined;
  const rung = matchLadder(bare);
  if (rung && rung.ladder !== 'tahap') return { label: rung.rung.label, ladder: rung.ladder, rank: rung.rung.rank };
  if (/^[A-Z]{1,3}[+-]?$/.test(bare)) return { label: bare };
  return undefined;
}
