import { MONITORING_COLUMNS } from './monitoringColumns';
import { ANGGARAN, GROUPS, OUTER_GROUPS, KETERANGAN, KOORDINATOR, NO, OUTPUT, PELAKSANA, PARENT_LABELS, PERIOD_PARENTS, SATUAN, TOTAL } from './planColumns';
import { defineLayout } from './schema';

/**
 * A road map's schedule (*peta jalan*): programmes, activities and sub-activities with their outputs,
 * and the years or quarters in which each is due, often marked with a tick (√) rather than a
 * figure. No Satuan or Koordinator is required; a matrix with a Rencana Aksi is an action plan instead.
 */
export const petaJalan = defineLayout({
  kind: 'peta-jalan',
  title: { id: 'Matriks Peta Jalan (jadwal pelaksanaan)', en: 'Road-map schedule matrix' },
  anchors: ['kegiatan', 'subKegiatan', 'program', 'kegiatanUtama', 'areaPerubahan', 'indikator'],
  requires: [['kegiatan', 'subKegiatan', 'program', 'kegiatanUtama', 'areaPerubahan', 'tujuan', 'sasaranStrategis', 'sasaran']],
  actions: ['subKegiatan', 'kegiatan', 'kegiatanUtama', 'program'],
  notWith: ['rencana aksi', 'permasalahan'],
  minColumns: 3,
  template: [
    ['No', 'Kegiatan', 'Sub Kegiatan', 'Output', 'Tahun Pelaksanaan', '', '', 'Penanggung Jawab'],
    ['', '', '', '', '2024', '2025', '2026', ''],
  ],
  periodParents: PERIOD_PARENTS,
  parentLabels: PARENT_LABELS,
  columns: [
    NO,
    ...OUTER_GROUPS,
    GROUPS.kegiatan,
    GROUPS.subKegiatan,
    OUTPUT,
    { ...SATUAN, requiredValue: false },
    TOTAL,
    ANGGARAN,
    { ...KOORDINATOR, requiredValue: false },
    PELAKSANA,
    KETERANGAN,
    ...MONITORING_COLUMNS,
  ],
});
