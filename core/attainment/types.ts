/** Lower is better (`negatif`: fewer audit findings, shorter waiting times) or higher is better. */
export type Polaritas = 'positif' | 'negatif';

/** How period values add up to the figure for "up to this quarter". */
export type Agregasi = 'kumulatif' | 'nilai-akhir' | 'rata-rata';

/**
 * Status of an output for a period:
 * - `tercapai`: due, and capaian ≥ 100%
 * - `belum-tercapai`: due, capaian below 100%
 * - `tidak-ada-data`: due, and no realisation entered for the latest due period, or none that can be
 *   read or compared with the target (a grade against a number, an unreadable target)
 * - `belum-jatuh-tempo`: no target due yet this year
 * - `tercapai-lebih-awal`: nothing due yet, but the realisation already meets the year's target
 */
export type Status = 'tercapai' | 'belum-tercapai' | 'tidak-ada-data' | 'belum-jatuh-tempo' | 'tercapai-lebih-awal';

export const STATUSES: readonly Status[] = ['tercapai', 'belum-tercapai', 'tidak-ada-data', 'belum-jatuh-tempo', 'tercapai-lebih-awal'];

/** Why a capaian is what it is, for people who ask. */
export type CapaianReason =
  | 'dihitung' // computed
  | 'tanpa-target' // no target
  | 'tanpa-realisasi' // no realisation
  | 'tidak-terbaca' // target or realisation cannot be read
  | 'tidak-sebanding'; // a grade against a number, two different ladders, a range as realisation, a negative target

export interface Capaian {
  /** Attainment as a fraction (0,98 = 98%), or null when it cannot be computed. */
  value: number | null;
  reason: CapaianReason;
}
