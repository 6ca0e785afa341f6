/**
 * The value (nilai) of an individual indicator's attainment, as PermenPANRB 8/2021 (Sistem
 * Manajemen Kinerja PNS, BAB VI) converts a capaian IKI into a nilai capaian IKI, 0–120. The
 * regulation has since been replaced by PermenPANRB 6/2022, which rates individuals otherwise; this
 * is its conversion for sheets still kept that way.
 *
 * Read in a public copy of the regulation's text
 * (http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page101.html and its page 363, the
 * worked example): Cukup (80%–99%) 70 + (89 − 70)/(99% − 80%) × (capaian − 80%); Kurang (60%–79%)
 * 50 + (69 − 50)/(79% − 60%) × (capaian − 60%); Sangat Kurang (0%–59%) capaian/59% × 49; above 110%:
 * 120; 100% (Baik): 109, as the worked example gives it; 100% of a target that is the most the
 * indicator can reach: 120.
 * Not read (the page before): the Sangat Baik formula for 101%–110%, taken as the same straight
 * line, 110 + (120 − 110)/(110% − 101%) × (capaian − 101%).
 *
 * Categories are printed on whole percents: a capaian between two of them (99,5%, 100,5%) takes the
 * lower category's formula, as the reference scales do.
 */
export const NILAI_CAPAIAN_SOURCE = 'PermenPANRB No. 8 Tahun 2021 (Sistem Manajemen Kinerja PNS), BAB VI; http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page101.html';

/** The categories of a capaian IKI, best first. */
export type KategoriCapaian = 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang' | 'Sangat Kurang';

/**
 * The nilai capaian IKI (0–120) of a capaian given as a fraction (1 = 100%), and its category.
 * `maksimal`: the target is the most the indicator can reach (100% of such a target is worth 120).
 * @example nilaiCapaian(0.98) // { nilai: 88, kategori: 'Cukup' }
 * @example nilaiCapaian(1.2)  // { nilai: 120, kategori: 'Sangat Baik' }
 */
export function nilaiCapaian(capaian: number, maksimal = false): { nilai: number; kategori: KategoriCapaian } {
  const c = capaian * 100;
  if (c > 110) return { nilai: 120, kategori: 'Sangat Baik' };
  if (c >= 101) return { nilai: 110 + ((120 - 110) / (110 - 101)) * (c - 101), kategori: 'Sangat Baik' };
  if (c >= 100) return maksimal && c === 100 ? { nilai: 120, kategori: 'Sangat Baik' } : { nilai: 109, kategori: 'Baik' };
  if (c >= 80) return { nilai: 70 + ((89 - 70) / (99 - 80)) * (c - 80), kategori: 'Cukup' };
  if (c >= 60) return { nilai: 50 + ((69 - 50) / (79 - 60)) * (c - 60), kategori: 'Kurang' };
  return { nilai: Math.min(49, (c / 59) * 49), kategori: 'Sangat Kurang' };
}
