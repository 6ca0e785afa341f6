import { MONITORING_COLUMNS } from './monitoringColumns';
import { ANGGARAN, KOORDINATOR, NO, PARENT_LABELS, PERIOD_PARENTS, RENCANA_AKSI, SATUAN, TOTAL } from './planColumns';
import { defineLayout } from './schema';

/** LAMPIRAN I: Matriks Rencana Aksi RB Tematik (stages or quantities per quarter, with the Tim Squad). */
export const rbTematik = defineLayout({
  kind: 'rb-tematik',
  title: { id: 'Matriks Rencana Aksi RB Tematik', en: 'RB Tematik action-plan matrix' },
  anchors: ['permasalahan', 'rencanaAksi'],
  requires: ['permasalahan', 'sasaran', 'rencanaAksi', 'satuan', 'indikator', 'koordinator'],
  actions: ['rencanaAksi'],
  template: [
    ['Permasalahan', 'Sasaran', 'Indikator', 'Target', 'Rencana Aksi', 'output', '', 'Target 2023', '', '', '', '2024', '', 'Jenis kegiatan aksi', 'Jumlah anggaran', 'Unit/satuan kerja pelaksana', ''],
    ['', '', '', '', '', 'Satuan', 'Indikator', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I-III', 'Total', '', '', 'Koordinator', 'Tim Squad'],
  ],
  periodParents: ['2023', '2024', ...PERIOD_PARENTS],
  parentLabels: PARENT_LABELS,
  columns: [
    NO,
    { key: 'permasalahan', title: { id: 'Permasalahan', en: 'Problem' }, role: 'group', labels: ['permasalahan', 'masalah', 'isu', 'isu strategis', 'permasalahan utama'], requiredValue: true },
    { key: 'sasaran', title: { id: 'Sasaran', en: 'Objective' }, role: 'group', labels: ['sasaran', 'sasaran rb', 'sasaran program'] },
    { key: 'indikatorSasaran', title: { id: 'Indikator Sasaran', en: 'Objective indicator' }, role: 'group', labels: ['indikator', 'indikator sasaran', 'indikator kinerja'], topLevel: true },
    { key: 'targetSasaran', title: { id: 'Target Sasaran', en: 'Objective target' }, role: 'group', labels: ['target', 'target sasaran'], topLevel: true },
    RENCANA_AKSI,
    { ...SATUAN, parents: ['output', 'keluaran', 'luaran'] },
    { key: 'indikator', title: { id: 'Indikator Output', en: 'Output indicator' }, role: 'text', labels: ['indikator', 'indikator output', 'output', 'keluaran', 'luaran'], parents: ['output', 'keluaran', 'luaran'], requiredValue: true },
    TOTAL,
    { key: 'jenisKegiatan', title: { id: 'Jenis Kegiatan Aksi', en: 'Kind of action' }, role: 'choice', labels: ['jenis kegiatan aksi', 'jenis kegiatan'], choices: ['Terkait langsung', 'Tidak terkait langsung'] },
    ANGGARAN,
    // Merged per action in the road-map documents: the outputs of one action share them.
    { ...KOORDINATOR, perAction: true },
    { key: 'timSquad', title: { id: 'Tim Squad', en: 'Squad team' }, role: 'text', labels: ['tim squad', 'squad', 'anggota tim squad', 'anggota squad'], perAction: true },
    ...MONITORING_COLUMNS,
  ],
});
