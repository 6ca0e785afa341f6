import { labelKey } from '../layout/normalizeLabel';
import type { Agregasi, Polaritas } from './types';

/**
 * The words that set how an output's attainment is computed, wherever they are written: a matrix's
 * Polaritas / Agregasi column or an argument of CAPAIAN and CAPAIAN_PERIODE. Compared after
 * `labelKey` squashing, so case, spaces and hyphens do not matter (`Nilai Akhir`, `nilai-akhir`).
 */
const POLARITAS: Record<string, Polaritas> = { positif: 'positif', positive: 'positif', negatif: 'negatif', negative: 'negatif' };
const AGREGASI: Record<string, Agregasi> = { kumulatif: 'kumulatif', nilaiakhir: 'nilai-akhir', ratarata: 'rata-rata' };

/** `Positif` / `Negatif` (English too) as a polarity; undefined for any other word. */
export function polaritasOf(word: string): Polaritas | undefined {
  return POLARITAS[labelKey(word)];
}

/** `Kumulatif` / `Nilai Akhir` / `Rata-rata` as an aggregation; undefined for any other word. */
export function agregasiOf(word: string): Agregasi | undefined {
  return AGREGASI[labelKey(word)];
}
