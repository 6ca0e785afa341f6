import { MONITORING_COLUMNS } from './monitoringColumns';
import { ACTION_KEYS, ANGGARAN, GROUPS, OUTER_GROUPS, GROUP_KEYS, KETERANGAN, KOORDINATOR, NO, OUTPUT, PELAKSANA, PARENT_LABELS, PERIOD_PARENTS, RENCANA_AKSI, SATUAN, TOTAL } from './planColumns';
import { defineLayout } from './schema';

/**
 * LAMPIRAN II: Matriks Rencana Aksi RB General, and every action plan like it: rows grouped by any
 * of the plan groups (Kegiatan Utama, Sasaran Strategis, Program, Indikator Kinerja …), an action
 * (Rencana Aksi, else Sub Kegiatan or Kegiatan), its outputs with their Satuan, targets per period,
 * and a Koordinator.
 */
export const rbGeneral = defineLayout({
  kind: 'rb-general',
  title: { id: 'Matriks Rencana Aksi RB General', en: 'RB General action-plan matrix' },
  anchors: ['rencanaAksi', ...GROUP_KEYS],
  requires: [[...GROUP_KEYS], [...ACTION_KEYS], 'satuan', 'indikator', 'koordinator'],
  actions: [...ACTION_KEYS],
  template: [
    ['Kegiatan Utama', 'Indikator Kegiatan Utama', 'Target Tahun 2023', 'Rencana Aksi', 'Output', '', 'Target Penyelesaian', '', '', '', '', '', 'Jumlah Anggaran', 'Unit/Satuan Kerja Pelaksana', '', 'Keterangan'],
    ['', '', '', '', 'Satuan', 'Indikator', 'TW 1', 'TW 2', 'TW 3', 'TW 4', 'Tahun 2024', 'Total', '', 'Koordinator', 'Pelaksana', ''],
  ],
  periodParents: PERIOD_PARENTS,
  parentLabels: PARENT_LABELS,
  columns: [
    NO,
    ...OUTER_GROUPS,
    GROUPS.indikatorKegiatanUtama,
    GROUPS.indikatorKinerja,
    { key: 'targetKegiatanUtama', title: { id: 'Target Kegiatan Utama', en: 'Main-activity target' }, role: 'group', pattern: '^target( tahun)?( 20\\d\\d)?$', topLevel: true },
    // Some matrices carry the main-activity target of the following year beside this year's.
    { key: 'targetKegiatanUtamaBerikut', title: { id: 'Target Kegiatan Utama tahun berikutnya', en: 'Main-activity target, following year' }, role: 'text', pattern: '^target( tahun)?( 20\\d\\d)?$', topLevel: true },
    GROUPS.kegiatan,
    GROUPS.subKegiatan,
    RENCANA_AKSI,
    SATUAN,
    OUTPUT,
    TOTAL,
    ANGGARAN,
    KOORDINATOR,
    PELAKSANA,
    KETERANGAN,
    ...MONITORING_COLUMNS,
  ],
});
