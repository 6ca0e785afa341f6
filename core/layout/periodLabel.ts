import { normalizeLabel } from './normalizeLabel';

/** A target or realisation period named by a header: quarters `from..to` of `year`, or a whole year. */
export interface PeriodLabel {
  /** Calendar year when the label or its parent names one. */
  year?: number;
  /** First and last quarter covered (1–4); a whole year is 1..4. */
  from: number;
  to: number;
  /** True when the label names a whole year (`Tahun 2024`). */
  wholeYear: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const Q = '(?:tw|trw|triwulan|tri wulan|q|kuartal|quarter)';
const N = '(?:ke\\s*-?\\s*)?(1|2|3|4|iv|iii|ii|i)';
const YEAR = '(?:\\s*[/(,-]?\\s*(?:tahun anggaran|tahun|th\\.?|thn|t\\.?a\\.?)?\\s*(20\\d\\d)\\)?)?';
const SINGLE = new RegExp(`^${Q}\\.?\\s*-?\\s*${N}${YEAR}$`);
const RANGE = new RegExp(`^${Q}\\.?\\s*${N}\\s*(?:-|\\u2013|s\\.?d\\.?|s/d|sampai|to)\\s*(?:${Q}\\.?\\s*)?${N}${YEAR}$`);
const SEMESTER = new RegExp(`^(?:semester|smt\\.?|sem\\.?)\\s*-?\\s*(?:ke\\s*-?\\s*)?(1|2|ii|i)${YEAR}$`);
const WHOLE_YEAR = /^(?:tahun anggaran|tahun|th\.?|thn|t\.?a\.?|target tahun|target)?\s*(20\d\d)$/;

/**
 * Reads a period header: `TW 1`, `TW I`, `Triwulan II`, `Q3`, `TW I-III`, `Triwulan I 2026`,
 * `Q1-2026`, `Semester II`, `Tahun 2024`, `TA 2024`, `2024`. Returns `undefined` for anything else.
 * @example parsePeriodLabel('Triwulan II') // { from: 2, to: 2, wholeYear: false }
 */
export function parsePeriodLabel(label: string): PeriodLabel | undefined {
  const s = normalizeLabel(label);
  let m = SINGLE.exec(s);
  if (m) {
    const q = ROMAN[m[1]];
    return withYear({ from: q, to: q, wholeYear: false }, m[2]);
  }
  m = RANGE.exec(s);
  if (m) {
    const from = ROMAN[m[1]];
    const to = ROMAN[m[2]];
    if (from <= to) return withYear({ from, to, wholeYear: from === 1 && to === 4 }, m[3]);
    return undefined;
  }
  m = SEMESTER.exec(s);
  if (m) {
    const half = ROMAN[m[1]];
    return withYear({ from: half * 2 - 1, to: half * 2, wholeYear: false }, m[2]);
  }
  m = WHOLE_YEAR.exec(s);
  if (m) return { year: Number(m[1]), from: 1, to: 4, wholeYear: true };
  return undefined;
}

function withYear(p: PeriodLabel, year: string | undefined): PeriodLabel {
  return year ? { ...p, year: Number(year) } : p;
}

/** The year a parent label names (`Target 2023`, `Target Tahun 2023`, `2024`), if any. */
export function yearOfLabel(label: string): number | undefined {
  const m = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(normalizeLabel(label));
  return m ? Number(m[1]) : undefined;
}

/** Stable key of a period within a plan that starts in `planYear`: `tw1` … `tw4`, `tahun2024`, `tw1-3_2024`. */
export function periodKey(p: PeriodLabel, planYear: number | undefined): string {
  const sameYear = p.year === undefined || p.year === planYear;
  if (p.wholeYear) return p.year === undefined ? 'tahun' : `tahun${p.year}`;
  const q = p.from === p.to ? `tw${p.from}` : `tw${p.from}-${p.to}`;
  return sameYear ? q : `${q}_${p.year}`;
}
