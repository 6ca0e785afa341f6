/**
 * Ordinal ladders: values that are compared by rank, not by size.
 * Each rung has its canonical spelling (as the official documents write it) and the aliases planners use.
 */
import type { Bilingual } from '../i18n';

export type LadderName = 'opini' | 'predikat' | 'layanan' | 'tahap';

export interface Rung {
  /** Canonical spelling. */
  label: string;
  /** 1 = lowest. */
  rank: number;
  /** Other accepted spellings, compared after lower-casing and collapsing spaces. */
  aliases: string[];
}

export interface Ladder {
  name: LadderName;
  /** What the ladder measures, in Indonesian and English. */
  title: Bilingual;
  rungs: Rung[];
}

/** BPK audit opinions on financial statements, worst to best. */
const opini: Ladder = {
  name: 'opini',
  title: { id: 'Opini BPK', en: 'BPK audit opinion' },
  rungs: [
    { label: 'TMP', rank: 1, aliases: ['tidak menyatakan pendapat', 'disclaimer'] },
    { label: 'TW', rank: 2, aliases: ['tidak wajar'] },
    { label: 'WDP', rank: 3, aliases: ['wajar dengan pengecualian'] },
    { label: 'WTP', rank: 4, aliases: ['wajar tanpa pengecualian'] },
  ],
};

/** SAKIP / AKIP and RB predicates, worst to best. */
const predikat: Ladder = {
  name: 'predikat',
  title: { id: 'Predikat', en: 'Grade' },
  rungs: [
    { label: 'D', rank: 1, aliases: [] },
    { label: 'C', rank: 2, aliases: [] },
    { label: 'CC', rank: 3, aliases: [] },
    { label: 'B', rank: 4, aliases: [] },
    { label: 'BB', rank: 5, aliases: [] },
    { label: 'A', rank: 6, aliases: [] },
    { label: 'AA', rank: 7, aliases: [] },
  ],
};

/**
 * Service-quality categories, worst to best: the *mutu pelayanan* of the public satisfaction survey
 * (SKM, PermenPANRB 14/2017: Tidak Baik, Kurang Baik, Baik, Sangat Baik) with the top grade of the
 * public-service index (IPP, PermenPANRB 17/2017: Pelayanan Prima).
 */
const layanan: Ladder = {
  name: 'layanan',
  title: { id: 'Kategori layanan', en: 'Service category' },
  rungs: [
    { label: 'Tidak Baik', rank: 1, aliases: ['buruk'] },
    { label: 'Kurang Baik', rank: 2, aliases: [] },
    { label: 'Baik', rank: 3, aliases: [] },
    { label: 'Sangat Baik', rank: 4, aliases: [] },
    { label: 'Pelayanan Prima', rank: 5, aliases: ['prima'] },
  ],
};

/** The stages LAMPIRAN I (RB Tematik) uses as quarterly targets for a regulation or guideline. */
const tahap: Ladder = {
  name: 'tahap',
  title: { id: 'Tahapan', en: 'Stage' },
  rungs: [
    { label: 'Draft', rank: 1, aliases: ['draf', 'rancangan', 'konsep'] },
    { label: 'Naskah final', rank: 2, aliases: ['naskah akhir', 'final'] },
    { label: 'Perbaikan', rank: 3, aliases: ['revisi'] },
    // Both spellings occur in the road-map documents; neither is flagged.
    { label: 'Mon ev', rank: 4, aliases: ['monev', 'mon-ev', 'monitoring dan evaluasi', 'monitoring & evaluasi', 'monitoring evaluasi'] },
  ],
};

export const LADDERS: readonly Ladder[] = [opini, predikat, layanan, tahap];

/** Spellings that are accepted as they are (no non-canonical finding), beyond each rung's label. */
const ALSO_CANONICAL = new Set(['Monev']);

export interface LadderMatch {
  ladder: LadderName;
  rung: Rung;
  /** True when the text is written exactly as the rung's canonical label (or an accepted twin). */
  exact: boolean;
}

const index = new Map<string, { ladder: LadderName; rung: Rung }>();
for (const ladder of LADDERS) {
  for (const rung of ladder.rungs) {
    index.set(rung.label.toLowerCase(), { ladder: ladder.name, rung });
    for (const alias of rung.aliases) index.set(alias, { ladder: ladder.name, rung });
  }
}

/** Finds the rung a text names (`WTP`, `naskah final`, `Monev`), or `undefined`. */
export function matchLadder(text: string): LadderMatch | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const hit = index.get(trimmed.toLowerCase());
  if (!hit) return undefined;
  return { ...hit, exact: trimmed === hit.rung.label || ALSO_CANONICAL.has(trimmed) };
}

/** The ladder with the given name. */
export function ladder(name: LadderName): Ladder {
  const found = LADDERS.find((l) => l.name === name);
  if (!found) throw new Error(`unknown ladder ${name}`);
  return found;
}
