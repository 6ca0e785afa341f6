import { normalizeLabel } from './normalizeLabel';

/** A yearly column of an indicator table: `Baseline Tahun 2022`, `Target Tahun 2023`, `Realisasi 2023`. */
export interface YearColumn {
  measure: 'baseline' | 'target' | 'realisasi';
  year: number;
}

// `Capaian 2023` (attainment, a ratio) is not a realisation: it is left as an unrecognised column.
const YEAR_COLUMN = /^(baseline|target|realisasi)?\s*(?:tahun|th\.?|thn)?\s*(20\d\d)$/;

/** Reads the label of a yearly column, or `undefined`. A bare year counts as a target. */
export function parseYearColumn(label: string): YearColumn | undefined {
  const m = YEAR_COLUMN.exec(normalizeLabel(label));
  if (!m) return undefined;
  const word = m[1] ?? 'target';
  const measure = word === 'baseline' ? 'baseline' : word === 'target' ? 'target' : 'realisasi';
  return { measure, year: Number(m[2]) };
}
