import { labelKey } from '../layout/normalizeLabel';
import { Band, Scale, ScaleDef } from './scale';

/**
 * The built-in reference scales, each with the regulation that sets it. Bands are listed best first.
 *
 * Where a table prints its ranges on whole numbers or two decimals (`175–249`, `76,61–88,30`), a score
 * between two printed ranges goes to the lower band: a band starts at its printed lower bound and runs
 * up to, not including, the next band's lower bound. So Merit 174,5 is I and SKM 88,305 is B, because
 * neither has reached the next grade. Round the score first if the report rounds it.
 */

/**
 * One band, its edges written as an interval: `'(]'` is `>min–max` (SAKIP), `'[)'` is `min–<max`.
 */
function band(label: string, id: string, en: string, min: number, max: number, edges: '[]' | '[)' | '(]' | '()'): Band {
  return { label, title: { id, en }, min, max, minInclusive: edges[0] === '[', maxInclusive: edges[1] === ']' };
}

/** Evaluasi AKIP (SAKIP). */
const sakip: Scale = {
  id: 'sakip',
  name: { id: 'Nilai Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)', en: 'Government performance accountability score (SAKIP)' },
  aliases: ['AKIP', 'evaluasi AKIP', 'nilai AKIP', 'LKE AKIP', 'PermenPANRB 88/2021'],
  source: 'PermenPANRB No. 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah; https://www.scribd.com/document/729232208/PERBUP-SAKIP (Perbup Indramayu 46/2023, which applies it)',
  // The Lampiran itself was not read.
  unconfirmed: 'The regulation’s own table was not read; bands and titles match several independent public implementations of PermenPANRB 88/2021 (>90–100 AA Sangat Memuaskan … 0–30 D Sangat Kurang).',
  bands: [
    band('AA', 'Sangat Memuaskan', 'Very satisfactory', 90, 100, '(]'),
    band('A', 'Memuaskan', 'Satisfactory', 80, 90, '(]'),
    band('BB', 'Sangat Baik', 'Very good', 70, 80, '(]'),
    band('B', 'Baik', 'Good', 60, 70, '(]'),
    band('CC', 'Cukup (Memadai)', 'Adequate', 50, 60, '(]'),
    band('C', 'Kurang', 'Poor', 30, 50, '(]'),
    band('D', 'Sangat Kurang', 'Very poor', 0, 30, '[]'),
  ],
};

/**
 * Indeks Reformasi Birokrasi. From 2023 the score is RB General (up to 100) plus RB Tematik (up to
 * 20), so a score above 100 is in the top band, up to 120.
 */
const indeksRb: Scale = {
  id: 'indeks-rb',
  name: { id: 'Indeks Reformasi Birokrasi', en: 'Bureaucratic reform index' },
  aliases: ['IRB', 'indeks RB', 'nilai RB', 'reformasi birokrasi', 'PermenPANRB 9/2023', 'PermenPANRB 26/2020'],
  source: 'PermenPANRB No. 9 Tahun 2023 tentang Evaluasi Reformasi Birokrasi, with KepmenPANRB No. 182 Tahun 2024 (RB General 0–100 plus RB Tematik 0–20); earlier PermenPANRB No. 26 Tahun 2020',
  // Neither text could be read from this machine.
  unconfirmed: 'Neither PermenPANRB 9/2023 nor KepmenPANRB 182/2024 was read; the bands are assumed equal to the AKIP table (PermenPANRB 88/2021), the top band open to 120 for RB General + RB Tematik, CC read as Cukup.',
  bands: [
    band('AA', 'Sangat Memuaskan', 'Very satisfactory', 90, 120, '(]'),
    band('A', 'Memuaskan', 'Satisfactory', 80, 90, '(]'),
    band('BB', 'Sangat Baik', 'Very good', 70, 80, '(]'),
    band('B', 'Baik', 'Good', 60, 70, '(]'),
    band('CC', 'Cukup', 'Adequate', 50, 60, '(]'),
    band('C', 'Kurang', 'Poor', 30, 50, '(]'),
    band('D', 'Sangat Kurang', 'Very poor', 0, 30, '[]'),
  ],
};

/** Indeks SPBE, on the 1–5 scale of the maturity levels; Kurang from 0, as the regulation prints it. */
const spbe: Scale = {
  id: 'spbe',
  name: { id: 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)', en: 'E-government (SPBE) index' },
  aliases: ['indeks SPBE', 'e-government', 'PermenPANRB 59/2020'],
  source:
    'PermenPANRB No. 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE; https://id.scribd.com/document/538657938/PermenPANRB-59-Tahun-2020-Tentang-Pemantauan-Dan-Evaluasi-SPBE (its opening pages only); the predicate table as implemented: https://id.scribd.com/presentation/530584683/3-Paparan-Kepmen-962-2021-47-Indikator',
  // The cut-offs come from a public implementation of the same predicate table, not the regulation.
  unconfirmed: 'The predicate table was not read in the regulation (only its opening pages); the cut-offs (4,2–5,0 Memuaskan; 3,5–<4,2 Sangat Baik; 2,6–<3,5 Baik; 1,8–<2,6 Cukup; <1,8 Kurang) come from a public implementation. Kurang has no floor there, so it starts at 0.',
  bands: [
    band('Memuaskan', 'Memuaskan', 'Satisfactory', 4.2, 5, '[]'),
    band('Sangat Baik', 'Sangat Baik', 'Very good', 3.5, 4.2, '[)'),
    band('Baik', 'Baik', 'Good', 2.6, 3.5, '[)'),
    band('Cukup', 'Cukup', 'Fair', 1.8, 2.6, '[)'),
    band('Kurang', 'Kurang', 'Poor', 0, 1.8, '[)'),
  ],
};

/** Indeks Pemerintahan Digital (the successor of Indeks SPBE), 1–5. */
const indeksPemdi: Scale = {
  id: 'indeks-pemdi',
  name: { id: 'Indeks Pemerintahan Digital', en: 'Digital government index' },
  aliases: ['Pemdi', 'indeks pemerintahan digital', 'IPD', 'PermenPANRB 8/2026'],
  source: 'PermenPANRB No. 8 Tahun 2026 (Indeks Pemerintahan Digital), replacing the SPBE predicates of PermenPANRB 59/2020',
  unconfirmed: 'Reported, not read: no text of the regulation could be reached from this machine. Bands as reported: Kurang 1,00–<1,50; Cukup 1,50–<2,50; Baik 2,50–<3,50; Sangat Baik 3,50–<4,00; Memuaskan 4,00–5,00.',
  bands: [
    band('Memuaskan', 'Memuaskan', 'Satisfactory', 4, 5, '[]'),
    band('Sangat Baik', 'Sangat Baik', 'Very good', 3.5, 4, '[)'),
    band('Baik', 'Baik', 'Good', 2.5, 3.5, '[)'),
    band('Cukup', 'Cukup', 'Fair', 1.5, 2.5, '[)'),
    band('Kurang', 'Kurang', 'Poor', 1, 1.5, '[)'),
  ],
};

/** Indeks Sistem Merit, 100–400 points. */
const sistemMerit: Scale = {
  id: 'sistem-merit',
  name: { id: 'Indeks Penerapan Sistem Merit', en: 'Merit system index' },
  aliases: ['merit', 'sistem merit', 'indeks merit', 'PermenPANRB 40/2018', 'Peraturan KASN 9/2019'],
  source:
    'PermenPANRB No. 40 Tahun 2018 tentang Pedoman Sistem Merit dalam Manajemen ASN; the bands per Peraturan KASN (No. 3 Tahun 2018, No. 9 Tahun 2019 tentang Penilaian Mandiri Penerapan Sistem Merit); https://pdfcoffee.com/2pengukuran-indeks-penerapan-sistem-merit-kasn-pdf-free.html',
  // Printed as 100–174, 175–249, 250–324, 325–400: 174,5 goes to I (see the note at the top).
  unconfirmed: 'Neither Peraturan KASN was read; the ranges 100–174, 175–249 and 250–324 were not found in any source; only the category names and 325–400 for IV appear in public material.',
  bands: [
    band('IV', 'Sangat Baik', 'Very good', 325, 400, '[]'),
    band('III', 'Baik', 'Good', 250, 325, '[)'),
    band('II', 'Kurang', 'Poor', 175, 250, '[)'),
    band('I', 'Buruk', 'Bad', 100, 175, '[)'),
  ],
};

/** Indeks Pelayanan Publik (PEKPPP), 0–5. */
const ipp: Scale = {
  id: 'ipp',
  name: { id: 'Indeks Pelayanan Publik', en: 'Public service index' },
  aliases: ['indeks pelayanan publik', 'PEKPPP', 'PermenPANRB 29/2022', 'PermenPANRB 17/2017'],
  source:
    'PermenPANRB No. 29 Tahun 2022 tentang Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (which repeals PermenPANRB No. 17 Tahun 2017); the nine bands as implemented under 17/2017: https://slideplayer.info/slide/17657544',
  // Printed on two decimals (4,01–4,50, 4,51–5,00): 4,505 goes to A- (see the note at the top).
  unconfirmed: 'Neither regulation’s table was read; the nine bands, including E Sangat Buruk 1,01–1,50 and F Gagal 0–1,00, match two independent public implementations of PermenPANRB 17/2017, assumed kept by 29/2022.',
  bands: [
    band('A', 'Pelayanan Prima', 'Excellent service', 4.51, 5, '[]'),
    band('A-', 'Sangat Baik', 'Very good', 4.01, 4.51, '[)'),
    band('B', 'Baik', 'Good', 3.51, 4.01, '[)'),
    band('B-', 'Baik (Dengan Catatan)', 'Good, with notes', 3.01, 3.51, '[)'),
    band('C', 'Cukup', 'Fair', 2.51, 3.01, '[)'),
    band('C-', 'Cukup (Dengan Catatan)', 'Fair, with notes', 2.01, 2.51, '[)'),
    band('D', 'Buruk', 'Bad', 1.51, 2.01, '[)'),
    band('E', 'Sangat Buruk', 'Very bad', 1.01, 1.51, '[)'),
    band('F', 'Gagal', 'Failed', 0, 1.01, '[)'),
  ],
};

/** Maturitas penyelenggaraan SPIP, levels 1–5 (Peraturan BPKP 5/2021 has no level 0). */
const spip: Scale = {
  id: 'spip',
  name: { id: 'Tingkat Maturitas Penyelenggaraan SPIP', en: 'Internal control (SPIP) maturity level' },
  aliases: ['maturitas SPIP', 'SPIP terintegrasi', 'PP 60/2008', 'Peraturan BPKP 5/2021'],
  source: 'PP No. 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah; levels per Peraturan BPKP No. 5 Tahun 2021 (Tabel II.4); https://www.slideshare.net/slideshow/penilaian-maturitas-penyelengaraan-spip-terintegrasipdf/251808604',
  // The earlier BPKP guideline's level 0 (Belum Ada, 0–<1) is not in Peraturan BPKP 5/2021: a score below 1 has no level.
  unconfirmed: 'Cut-offs 1–<2 … 4–<4,5 and ≥4,5 match a public copy of Tabel II.4 of Peraturan BPKP 5/2021, which scores 1–5; the regulation itself was not read.',
  bands: [
    band('Level 5', 'Optimum', 'Optimised', 4.5, 5, '[]'),
    band('Level 4', 'Terkelola dan Terukur', 'Managed and measured', 4, 4.5, '[)'),
    band('Level 3', 'Terdefinisi', 'Defined', 3, 4, '[)'),
    band('Level 2', 'Berkembang', 'Developing', 2, 3, '[)'),
    band('Level 1', 'Rintisan', 'Initial', 1, 2, '[)'),
  ],
};

/** Survei Kepuasan Masyarakat: the converted score (nilai interval konversi), 25–100. */
const skm: Scale = {
  id: 'skm',
  name: { id: 'Survei Kepuasan Masyarakat (nilai interval konversi)', en: 'Public satisfaction survey (converted score)' },
  aliases: ['IKM', 'survei kepuasan masyarakat', 'indeks kepuasan masyarakat', 'PermenPANRB 14/2017'],
  source: 'PermenPANRB No. 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik; the four intervals as a government unit publishes them: https://dashboard.nganjukkab.go.id/menudataset/detail?data=MDBlYjkwMzMtMWYzNi00Y2EyLWE0NGQtOGYyOWYxMTM3NmE2 (25–64,99 D, 65–76,6 C, 76,61–88,3 B, 88,31–100 A)',
  // Printed on two decimals (76,61–88,30, 88,31–100,00): 88,305 goes to B (see the note at the top).
  unconfirmed: 'The figures match a government unit’s published table; the regulation’s own text was not read.',
  bands: [
    band('A', 'Sangat Baik', 'Very good', 88.31, 100, '[]'),
    band('B', 'Baik', 'Good', 76.61, 88.31, '[)'),
    band('C', 'Kurang Baik', 'Fair', 65, 76.61, '[)'),
    band('D', 'Tidak Baik', 'Poor', 25, 65, '[)'),
  ],
};

/** Tingkat capaian kinerja (realisation against target, in percent). */
const permendagri86: Scale = {
  id: 'permendagri-86',
  name: { id: 'Kriteria Tingkat Capaian Kinerja (Permendagri 86/2017)', en: 'Performance achievement rating (Permendagri 86/2017)' },
  aliases: ['Permendagri 86/2017', 'tingkat capaian kinerja', 'capaian kinerja', 'realisasi kinerja'],
  source: 'Permendagri No. 86 Tahun 2017, Lampiran (kriteria tingkat capaian kinerja: 91% ≤ 100% Sangat Tinggi, 76% ≤ 90% Tinggi, 66% ≤ 75% Sedang, 51% ≤ 65% Rendah, ≤ 50% Sangat Rendah)',
  // Printed on whole percents: 90,5 goes to Tinggi and 50,5 to Sangat Rendah (see the note at the top).
  // Sangat Tinggi is left open above 100%, since realisation can exceed the target.
  unconfirmed: 'No public copy of the table was found; the figures are as commonly quoted. Sangat Tinggi is open above 100% and Sangat Rendah starts at 0%, which the regulation does not say.',
  bands: [
    band('Sangat Tinggi', 'Sangat Tinggi', 'Very high', 91, Infinity, '[]'),
    band('Tinggi', 'Tinggi', 'High', 76, 91, '[)'),
    band('Sedang', 'Sedang', 'Medium', 66, 76, '[)'),
    band('Rendah', 'Rendah', 'Low', 51, 66, '[)'),
    band('Sangat Rendah', 'Sangat Rendah', 'Very low', 0, 51, '[)'),
  ],
};

/** Survei Kepuasan Masyarakat: the mean perception score (nilai interval), 1–4, beside the converted 25–100. */
const skmInterval: Scale = {
  id: 'skm-interval',
  name: { id: 'Survei Kepuasan Masyarakat (nilai interval 1–4)', en: 'Public satisfaction survey (interval score 1–4)' },
  aliases: ['nilai interval SKM', 'NRR SKM', 'IKM interval', 'SKM 1-4'],
  source:
    'PermenPANRB No. 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat; the intervals (1,00–2,5996 D; 2,60–3,064 C; 3,0644–3,532 B; 3,5324–4,00 A) as a public implementation quotes them: https://github.com/rennn9/GASPUL_BACKEND/blob/157a1a61dc30bd60a8794ed9d66ddc5ff04d069b/rumus_perhitungan_ikm_lengkap.md',
  // Printed with gaps (2,5996 / 2,60; 3,064 / 3,0644): a score in a gap goes to the lower band.
  unconfirmed: 'The regulation’s own table was not read; the intervals match a public implementation and the converted scale (skm).',
  bands: [
    band('A', 'Sangat Baik', 'Very good', 3.5324, 4, '[]'),
    band('B', 'Baik', 'Good', 3.0644, 3.5324, '[)'),
    band('C', 'Kurang Baik', 'Fair', 2.6, 3.0644, '[)'),
    band('D', 'Tidak Baik', 'Poor', 1, 2.6, '[)'),
  ],
};

/** Indeks Profesionalitas ASN, 0–100. */
const ipAsn: Scale = {
  id: 'ip-asn',
  name: { id: 'Indeks Profesionalitas ASN', en: 'Civil-service professionalism index' },
  aliases: ['IP ASN', 'indeks profesionalitas', 'profesionalitas ASN', 'PermenPANRB 38/2018', 'Peraturan BKN 8/2019'],
  source:
    'PermenPANRB No. 38 Tahun 2018 tentang Pengukuran Indeks Profesionalitas ASN; the categories per Peraturan BKN No. 8 Tahun 2019 as a news report quotes it: https://nasional.kontan.co.id/news/berikut-rumus-pengukuran-indeks-profesionalitas-asn?page=3',
  // Printed on whole numbers (91–100, 81–90 …, 60 ke bawah): 90,5 goes to Tinggi (see the note at the top).
  unconfirmed: 'Quoted from Peraturan BKN 8/2019 by a news report; neither regulation’s own text was read. Sangat Rendah (“60 ke bawah”) starts at 0.',
  bands: [
    band('Sangat Tinggi', 'Sangat Tinggi', 'Very high', 91, 100, '[]'),
    band('Tinggi', 'Tinggi', 'High', 81, 91, '[)'),
    band('Sedang', 'Sedang', 'Medium', 71, 81, '[)'),
    band('Rendah', 'Rendah', 'Low', 61, 71, '[)'),
    band('Sangat Rendah', 'Sangat Rendah', 'Very low', 0, 61, '[)'),
  ],
};

/** Every built-in scale, checked against `ScaleDef` when the module loads. */
export const REFERENCE_SCALES: readonly Scale[] = [sakip, indeksRb, spbe, sistemMerit, ipp, spip, skm, permendagri86, indeksPemdi, skmInterval, ipAsn].map((s) => ScaleDef.parse(s));

/** The names a scale answers to, squashed to letters and digits. */
function keys(scale: Scale): string[] {
  return [scale.id, scale.name.id, scale.name.en, ...scale.aliases].map(labelKey);
}

/**
 * The scale a name asks for: its id, name or an alias, compared without case, spaces or punctuation
 * (`"Indeks RB"`, `"sakip"`, `"SKM"`, `"Permendagri 86"`). A planner's own scales (`extra`) are
 * looked at first, so a sheet can redefine a built-in scale under the same name.
 */
export function findScale(name: string, extra: readonly Scale[] = []): Scale | undefined {
  const key = labelKey(name);
  if (key === '') return undefined;
  return [...extra, ...REFERENCE_SCALES].find((scale) => keys(scale).includes(key));
}
