/**
 * Generated RB General matrices of any size with planted problems, for the benchmark and for the
 * host adapters' tests (10 vs 10,000 rows must cost the same number of round trips).
 */
import type { CellValue, Grid, MergedArea } from '../core';
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
 * With `merged`, the merges a real LAMPIRAN II has: title rows across the matrix, header parents
 * over their children (and over two rows where they have none), Kegiatan Utama with its indicator
 * and target down its outputs, each Rencana Aksi down its outputs; a merge ends at a page break
 * (repeated header, blank or fragment row), below which the group cell stays blank.
 */
export function generateMatrix(outputs: number, seed = 20230101, realisation = false, merged = false): Generated {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const h1 = realisation ? [...H1, ...R1] : H1;
  const h2 = realisation ? [...H2, ...R2] : H2;
  const values: CellValue[][] = [['LAMPIRAN II'], ['MATRIKS RENCANA AKSI RB GENERAL BADAN KEPEGAWAIAN NEGARA 2023-2024'], [], [...h1], [...h2]];
  const planted: Record<string, number> = {};
  const plant = (code: string) => (planted[code] = (planted[code] ?? 0) + 1);
  let action = 0;
  let kegiatan = 0;
  const merges: MergedArea[] = [];
  const width = h1.length;
  const headerMerges = (top: number) => {
    for (let c = 0; c < width; c++) {
      if (h1[c] === '') continue;
      let right = c;
      while (right + 1 < width && h1[right + 1] === '' && h2[right + 1] !== '') right++;
      if (right > c) merges.push({ top, left: c, bottom: top, right });
      else if (h2[c] === '') merges.push({ top, left: c, bottom: top + 1, right: c });
    }
  };
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 }, { top: 1, left: 0, bottom: 1, right: width - 1 });
  headerMerges(3);
  /** Open group merges: first grid row of the current Kegiatan Utama and Rencana Aksi, or -1. */
  let kegiatanFrom = -1;
  let actionFrom = -1;
  const closeGroups = (columns: number[], from: number, to: number) => {
    if (merged && from >= 0 && to > from) for (const c of columns) merges.push({ top: from, left: c, bottom: to, right: c });
  };
  const pageBreak = () => {
    closeGroups([0, 1, 2], kegiatanFrom, values.length - 1);
    closeGroups([3], actionFrom, values.length - 1);
    kegiatanFrom = actionFrom = -1;
  };

  for (let i = 0; i < outputs; i++) {
    const row: CellValue[] = new Array(16).fill('');
    const firstOfAction = i % OUTPUTS_PER_ACTION === 0;
    const firstOfKegiatan = i % (OUTPUTS_PER_ACTION * ACTIONS_PER_KEGIATAN) === 0;
    if (firstOfKegiatan) {
      closeGroups([0, 1, 2], kegiatanFrom, values.length - 1);
      kegiatanFrom = values.length;
      kegiatan++;
      row[0] = `Kegiatan Utama ${kegiatan}: penguatan tata kelola dan transformasi layanan digital`;
      row[1] = `Indeks capaian kegiatan ${kegiatan}`;
      row[2] = pick(['70%', '80%', '100%', 'B', 'WTP', '3,5']);
    }
    if (firstOfAction) {
      closeGroups([3], actionFrom, values.length - 1);
      actionFrom = values.length;
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
      pageBreak();
      const tail: CellValue[] = new Array(16).fill('');
      tail[5] = 'berdasarkan hasil analisis kelembagaan';
      values.push(tail);
      plant('fragment-row');
    }
    if (i % 1000 === 500 && i + 1 < outputs) {
      pageBreak();
      if (merged) headerMerges(values.length);
      values.push([...h1], [...h2]);
      plant('repeated-header');
      plant('repeated-header');
    }
    if (i % 997 === 300 && i + 1 < outputs) {
      pageBreak();
      values.push(new Array(16).fill(null));
      plant('blank-row');
    }
  }
  pageBreak();
  const grid: Grid = { sheetName: 'RB General', values };
  if (merged) grid.merges = merges;
  return { grid, outputs, planted };
}
