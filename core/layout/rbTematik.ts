import { MONITORING_COLUMNS } from './monitoringColumns';
import { defineLayout } from './schema';

/** LAMPIRAN I: Matriks Rencana Aksi RB Tematik (stages or quantities per quarter, with the Tim Squad). */
export const rbTematik = defineLayout({
  kind: 'rb-tematik',
  title: { id: 'Matriks Rencana Aksi RB Tematik', en: 'RB Tematik action-plan matrix' },
  anchors: ['permasalahan', 'rencanaAksi'],
  template: [
    ['Permasalahan', 'Sasaran', 'Indikator', 'Target', 'Rencana Aksi', 'output', '', 'Target 2023', '', '', '', '2024', '', 'Jenis kegiatan aksi', 'Jumlah anggaran', 'Unit/satuan kerja pelaksana', ''],
    ['', '', '', '', '', 'Satuan', 'Indikator', 'TW I', 'TW II', 'TW III', 'TW IV', 'TW I-III', 'Total', '', '', 'Koordinator', 'Tim Squad'],
  ],
  periodParents: ['target', 'target 2023', 'target 2024', 'target tahun 2023', 'target tahun 2024', '2023', '2024', 'target penyelesaian'],
  columns: [
    { key: 'no', title: { id: 'No.', en: 'No.' }, role: 'number', labels: ['no', 'nomor', 'no urut'] },
    { key: 'permasalahan', title: { id: 'Permasalahan', en: 'Problem' }, role: 'group', level: 1, labels: ['permasalahan', 'masalah'], required: true, requiredValue: true },
    { key: 'sasaran', title: { id: 'Sasaran', en: 'Objective' }, role: 'group', level: 2, labels: ['sasaran'], required: true },
    { key: 'indikatorSasaran', title: { id: 'Indikator Sasaran', en: 'Objective indicator' }, role: 'group', level: 3, labels: ['indikator', 'indikator sasaran'], topLevel: true },
    { key: 'targetSasaran', title: { id: 'Target Sasaran', en: 'Objective target' }, role: 'group', level: 4, labels: ['target', 'target sasaran'], topLevel: true },
    { key: 'rencanaAksi', title: { id: 'Rencana Aksi', en: 'Action plan' }, role: 'group', level: 5, labels: ['rencana aksi'], required: true, requiredValue: true },
    { key: 'satuan', title: { id: 'Satuan', en: 'Unit' }, role: 'unit', labels: ['satuan', 'satuan output'], parents: ['output', 'keluaran'], required: true, requiredValue: true },
    { key: 'indikator', title: { id: 'Indikator Output', en: 'Output indicator' }, role: 'text', labels: ['indikator', 'indikator output'], parents: ['output', 'keluaran'], required: true, requiredValue: true },
    { key: 'total', title: { id: 'Total', en: 'Total' }, role: 'total', labels: ['total', 'total target', 'jumlah target'] },
    { key: 'jenisKegiatan', title: { id: 'Jenis Kegiatan Aksi', en: 'Kind of action' }, role: 'choice', labels: ['jenis kegiatan aksi', 'jenis kegiatan'], choices: ['Terkait langsung', 'Tidak terkait langsung'] },
    { key: 'anggaran', title: { id: 'Jumlah Anggaran', en: 'Budget' }, role: 'budget', labels: ['jumlah anggaran', 'anggaran'] },
    // Merged per action in the road-map documents: the outputs of one action share them.
    { key: 'koordinator', title: { id: 'Koordinator', en: 'Coordinator' }, role: 'text', labels: ['koordinator'], required: true, requiredValue: true, perAction: true },
    { key: 'timSquad', title: { id: 'Tim Squad', en: 'Squad team' }, role: 'text', labels: ['tim squad', 'squad', 'anggota tim squad'], perAction: true },
    ...MONITORING_COLUMNS,
  ],
});
