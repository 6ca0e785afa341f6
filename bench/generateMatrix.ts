/**
 * Generated RB General matrices of any size with planted problems, for the benchmark and for the
 * host adapters' tests (10 vs 10,000 rows must cost the same number of round trips).
 */
import type { CellValue, Grid } from '../core';
import { rbGeneral } from '../core/layout';

const [H1, H2]: CellValue[][] = rbGeneral.template;
const TW1 = 6;
const TOTAL = 11;

const OUTPUTS_PER_ACTION = 5;
const ACTIONS_PER_KEGIATAN = 10;
const UNITS = ['Biro Perencanaan dan Organisasi', 'Biro Sumber Daya Manusia', 'Direktorat Jabatan ASN', 'Direktorat Kinerja ASN', 'Pusat Pengembangan Sistem Informasi', 'Inspektorat'];

/** Deterministic PRNG (mulberry32), so every run measures the same grids. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Generated {
  grid: Grid;
  outputs: number;
  planted: Record<string, number>;
}

/** The realisation columns a monitoring copy adds on the right (Q–T). */
const R1 = ['Realisasi', '', '', ''];
const R2 = ['TW 1', 'TW 2', 'TW 3', 'TW 4'];
const REAL = 16;

/**
 * An RB General matrix with `outputs` output rows, a title block and a two-row header, plus planted
 * problems; with `realisation`, Realisasi TW 1–4 columns where TW I and II are mostly filled in.
 */
export function generateMatrix(outputs: number, seed = 20230101, realisation = false): Generated {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const h1 = realisation ? [...H1, ...R1] : H1;
  const h2 = realisation ? [...H2, ...R2] : H2;
  const values: CellValue[][] = [['LAMPIRAN II'], ['MATRIKS RENCANA AKSI RB GENERAL BADAN KEPEGAWAIAN NEGARA 2023-2024'], [], [...h1], [...h2]];
  const planted: Record<string, number> = {};
  const plant = (code: string) => (planted[code] = (planted[code] ?? 0) + 1);
  let action = 0;
  let kegiatan = 0;

  for (let i = 0; i < outputs; i++) {
    const row: CellValue[] = new Array(16).fill('');
    const firstOfAction = i % OUTPUTS_PER_ACTION === 0;
    const firstOfKegiatan = i % (OUTPUTS_PER_ACTION * ACTIONS_PER_KEGIATAN) === 0;
    if (firstOfKegiatan) {
      kegiatan++;
      row[0] = `Kegiatan Utama ${kegiatan}: penguatan tata kelola dan transformasi layanan digital`;
      row[1] = `Indeks capaian kegiatan ${kegiatan}`;
      row[2] = pick(['70%', '80%', '100%', 'B', 'WTP', '3,5']);
    }
    if (firstOfAction) {
      action++;
      row[3] = `Rencana aksi ${action}: menyusun dan menetapkan kebijakan pendukung`;
    }
    row[5] = `Output ${i + 1}: dokumen hasil pelaksanaan rencana aksi ${action}`;
    row[12] = rand() < 0.3 ? `Rp ${Math.floor(rand() * 900 + 100)}.000.000` : '';
    row[13] = pick(UNITS);
    row[14] = rand() < 0.5 ? 'Seluruh Unit Kerja' : pick(UNITS);
    row[15] = rand() < 0.5 ? 'Rutin' : 'Penguatan';

    // Targets: counts of documents, percentages, or an audit opinion.
    const shape = rand();
    if (shape < 0.55) {
      row[4] = 'Dokumen';
      const quarter = Math.floor(rand() * 5);
      const n = 1 + Math.floor(rand() * 3);
      row[TW1 + quarter] = n;
      if (rand() < 0.3 && quarter < 4) {
        row[TW1 + quarter + 1] = 1;
        row[TOTAL] = n + 1;
      } else row[TOTAL] = n;
    } else if (shape < 0.9) {
      row[4] = 'Persentase';
      row[TW1 + 1] = '50%';
      row[TW1 + 3] = rand() < 0.9 ? '100%' : '100 %';
      row[TOTAL] = '100%';
      if (row[TW1 + 3] === '100 %') plant('non-canonical-value');
    } else {
      row[4] = 'Opini';
      row[TW1 + 4] = 'WTP';
      row[TOTAL] = 'WTP';
    }

    // Planted problems, at fixed strides so every size has some.
    if (i % 97 === 13) {
      row[13] = '';
      plant('missing-value');
    } else if (i % 211 === 7 && typeof row[TOTAL] === 'number') {
      row[TOTAL] = (row[TOTAL] as number) + 5;
      plant('total-mismatch');
    } else if (i % 307 === 11) {
      row[15] = 'rutin';
      plant('non-canonical-value');
    } else if (i % 409 === 17) {
      row[15] = 'Prioritas';
      plant('invalid-choice');
    } else if (i % 503 === 19) {
      row[TW1 + 2] = 'segera';
      plant('type-error');
    }
    if (realisation) {
      // Realised in TW I and II: mostly as planned, sometimes short, sometimes not reported.
      for (const q of [0, 1]) {
        const target = row[TW1 + q];
        if (target === '' || rand() < 0.1) continue;
        row[REAL + q] = typeof target === 'number' ? (rand() < 0.8 ? target : target - 1) : target === '50%' ? pick(['50%', '45%', '60%']) : target;
      }
    }
    values.push(row);

    if (i % 401 === 200) {
      const tail: CellValue[] = new Array(16).fill('');
      tail[5] = 'berdasarkan hasil analisis kelembagaan';
      values.push(tail);
      plant('fragment-row');
    }
    if (i % 1000 === 500 && i + 1 < outputs) {
      values.push([...h1], [...h2]);
      plant('repeated-header');
      plant('repeated-header');
    }
    if (i % 997 === 300 && i + 1 < outputs) {
      values.push(new Array(16).fill(null));
      plant('blank-row');
    }
  }
  return { grid: { sheetName: 'RB General', values }, outputs, planted };
}
