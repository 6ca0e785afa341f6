import type { Lang } from '../core/i18n';
import { formatNumber } from '../core/values/formatValue';

/** The command line's own words, in Indonesian and English. */
export const STRINGS = {
  id: {
    kinds: { 'rb-general': 'Matriks Rencana Aksi RB General', 'rb-tematik': 'Matriks Rencana Aksi RB Tematik', indikator: 'Tabel Indikator', 'peta-jalan': 'Matriks Peta Jalan' },
    header: (first: number, last: number) => (first === last ? `judul kolom baris ${first}` : `judul kolom baris ${first}–${last}`),
    groups: { 'rb-general': 'kegiatan utama', 'rb-tematik': 'permasalahan', indikator: 'sasaran strategis', 'peta-jalan': 'kelompok' },
    counts: (k: number, groups: string, ra: number, actions: string | undefined, o: number) => `${k} ${groups} · ${actions ? `${ra} ${actions} · ` : ''}${o} output`,
    actions: 'rencana aksi',
    row: 'Baris',
    run: (n: number) => `(${formatNumber(n, 'id')} baris berturut-turut)`,
    fix: 'perbaikan',
    summary: (e: number, w: number, i: number) => `${e} galat, ${w} peringatan, ${i} info`,
    clean: 'Tidak ada galat maupun peringatan.',
    batch: (files: number, withErrors: number, unusable: number) => `${files} berkas: ${withErrors} dengan galat, ${unusable} tidak dapat dibaca.`,
    noMatrix: (sheet: string) => `Tidak ada matriks yang dikenali pada “${sheet}”.`,
  },
  en: {
    kinds: { 'rb-general': 'RB General action-plan matrix', 'rb-tematik': 'RB Tematik action-plan matrix', indikator: 'Indicator table', 'peta-jalan': 'Road-map schedule matrix' },
    header: (first: number, last: number) => (first === last ? `header row ${first}` : `header rows ${first}–${last}`),
    groups: { 'rb-general': 'main activities', 'rb-tematik': 'problems', indikator: 'strategic goals', 'peta-jalan': 'groups' },
    counts: (k: number, groups: string, ra: number, actions: string | undefined, o: number) => `${k} ${groups} · ${actions ? `${ra} ${actions} · ` : ''}${o} outputs`,
    actions: 'action plans',
    row: 'Row',
    run: (n: number) => `(${formatNumber(n, 'en')} consecutive rows)`,
    fix: 'fix',
    summary: (e: number, w: number, i: number) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} ${i === 1 ? 'info' : 'infos'}`,
    clean: 'No errors and no warnings.',
    batch: (files: number, withErrors: number, unusable: number) => `${files} files: ${withErrors} with errors, ${unusable} unusable.`,
    noMatrix: (sheet: string) => `No matrix recognised in “${sheet}”.`,
  },
} satisfies Record<Lang, unknown>;
