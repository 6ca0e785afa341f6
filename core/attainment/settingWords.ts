import { labelKey } from '../layout/normalizeLabel';
import type { Agregasi, Polaritas } from './types';

/**
 * The words that set how an output's attainment is computed, wherever they are written: a matrix's
 * Polaritas / Agregasi column or an argument of CAPAIAN and CAPAIAN_PERIODE. Compared after
 * `labelKey` squashing, so case, spaces and hyphens do not matter (`Nilai Akhir`, `nilai-akhir`).
 */
const POLARITAS: Record<string, Polaritas> = { positif: 'positif', positive: 'positif', negatif: 'negatif', negative: 'negatif' };

/**
 * An Agregasi word as a sheet writes it. `kumulatif` says the targets are cumulative: states to
 * reach by each period (`0, 0, 0, 1`; `25, 50, 75, 100`), a sum only where the Total is the sum of
 * the periods (inferAgregasi.ts); `jumlah` is a sum; `nilai-akhir` the latest; `rata-rata` the mean.
 */
export type AgregasiWord = 'kumulatif' | 'jumlah' | Exclude<Agregasi, 'kumulatif'>;
const AGREGASI: Record<string, AgregasiWord> = { kumulatif: 'kumulatif', jumlah: 'jumlah', penjumlahan: 'jumlah', nilaiakhir: 'nilai-akhir', ratarata: 'rata-rata' };

/** `Positif` / `Negatif` (English too) as a polarity; undefined for any other word. */
export function polaritasOf(word: string): Polaritas | undefined {
  return POLARITAS[labelKey(word)];
}

/** `Kumulatif` / `Jumlah` / `Nilai Akhir` / `Rata-rata` as the word it is; undefined for any other word. */
export function agregasiOf(word: string): AgregasiWord | undefined {
  return AGREGASI[labelKey(word)];
}

/**
 * What a declared Agregasi word sets on an output's series (series.ts): the sum, the latest or the
 * mean as such, or (`Kumulatif`) cumulative targets, with the text that said so.
 */
export function agregasiSetting(word: AgregasiWord, text: string): { agregasi: Agregasi } | { cumulative: { text: string; from: 'kolom' } } {
  if (word === 'kumulatif') return { cumulative: { text, from: 'kolom' } };
  return { agregasi: word === 'jumlah' ? 'kumulatif' : word };
}
