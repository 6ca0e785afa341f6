import { MONITORING_COLUMNS } from './monitoringColumns';
import { defineLayout } from './schema';

/** LAMPIRAN II: Matriks Rencana Aksi RB General. */
export const rbGeneral = defineLayout({
  kind: 'rb-general',
  title: { id: 'Matriks Rencana Aksi RB General', en: 'RB General action-plan matrix' },
  anchors: ['kegiatanUtama', 'rencanaAksi'],
  template: [
    ['Kegiatan Utama', 'Indikator Kegiatan Utama', 'Target Tahun 2023', 'Rencana Aksi', 'Output', '', 'Target Penyelesaian', '', '', '', '', '', 'Jumlah Anggaran', 'Unit/Satuan Kerja Pelaksana', '', 'Keterangan'],
    ['', '', '', '', 'Satuan', 'Indikator', 'TW 1', 'TW 2', 'TW 3', 'TW 4', 'Tahun 2024', 'Total', '', 'Koordinator', 'Pelaksana', ''],
  ],
  periodParents: ['target penyelesaian', 'target', 'target 2023', 'target 2024', 'target tahun 2023', 'target tahun 2024'],
  columns: [
    { key: 'no', title: { id: 'No.', en: 'No.' }, role: 'number', labels: ['no', 'nomor', 'no urut'] },
    { key: 'kegiatanUtama', title: { id: 'Kegiatan Utama', en: 'Main activity' }, role: 'group', level: 1, labels: ['kegiatan utama', 'kegiatan', 'kegiatan prioritas'], required: true, requiredValue: true },
    { key: 'indikatorKegiatanUtama', title: { id: 'Indikator Kegiatan Utama', en: 'Main-activity indicator' }, role: 'group', level: 2, labels: ['indikator kegiatan utama', 'indikator ku'] },
    { key: 'targetKegiatanUtama', title: { id: 'Target Kegiatan Utama', en: 'Main-activity target' }, role: 'group', level: 3, pattern: '^target( tahun)?( 20\\d\\d)?$', topLevel: true },
    // Some matrices carry the main-activity target of the following year beside this year's.
    { key: 'targetKegiatanUtamaBerikut', title: { id: 'Target Kegiatan Utama tahun berikutnya', en: "Main-activity target, following year" }, role: 'text', pattern: '^target( tahun)?( 20\\d\\d)?$', topLevel: true },
    { key: 'rencanaAksi', title: { id: 'Rencana Aksi', en: 'Action plan' }, role: 'group', level: 4, labels: ['rencana aksi'], required: true, requiredValue: true },
    { key: 'satuan', title: { id: 'Satuan', en: 'Unit' }, role: 'unit', labels: ['satuan', 'satuan output'], parents: ['output', 'keluaran'], required: true, requiredValue: true },
    { key: 'indikator', title: { id: 'Indikator Output', en: 'Output indicator' }, role: 'text', labels: ['indikator', 'indikator output', 'output', 'keluaran'], parents: ['output', 'keluaran'], required: true, requiredValue: true },
    { key: 'total', title: { id: 'Total', en: 'Total' }, role: 'total', labels: ['total', 'total target', 'jumlah target'] },
    { key: 'anggaran', title: { id: 'Jumlah Anggaran', en: 'Budget' }, role: 'budget', labels: ['jumlah anggaran', 'anggaran', 'pagu anggaran'] },
    { key: 'koordinator', title: { id: 'Koordinator', en: 'Coordinator' }, role: 'text', labels: ['koordinator', 'unit koordinator'], required: true, requiredValue: true },
    { key: 'pelaksana', title: { id: 'Pelaksana', en: 'Implementer' }, role: 'text', labels: ['pelaksana', 'unit pelaksana'] },
    { key: 'keterangan', title: { id: 'Keterangan', en: 'Type' }, role: 'choice', labels: ['keterangan', 'jenis kegiatan', 'sifat kegiatan'], choices: ['Rutin', 'Penguatan'] },
    ...MONITORING_COLUMNS,
  ],
});
