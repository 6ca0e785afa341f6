import { MONITORING_COLUMNS } from './monitoringColumns';
import { defineLayout } from './schema';

/** Tabel 2–5: indicator tables with a baseline and yearly targets, grouped under Sasaran Strategis lines. */
export const indikator = defineLayout({
  kind: 'indikator',
  title: { id: 'Tabel Indikator', en: 'Indicator table' },
  anchors: ['indikator'],
  minColumns: 2,
  template: [['No.', 'Indikator Kegiatan Utama', 'Baseline Tahun 2022', 'Target Tahun 2023', 'Target Tahun 2024']],
  headingPattern: '^sasaran( strategis)?\\b',
  columns: [
    { key: 'no', title: { id: 'No.', en: 'No.' }, role: 'number', labels: ['no', 'nomor', 'no urut'] },
    { key: 'indikator', title: { id: 'Indikator', en: 'Indicator' }, role: 'text', labels: ['indikator', 'indikator kegiatan utama', 'indikator sasaran strategis', 'indikator kinerja'], required: true, requiredValue: true },
    { key: 'satuan', title: { id: 'Satuan', en: 'Unit' }, role: 'unit', labels: ['satuan'] },
    ...MONITORING_COLUMNS,
  ],
});
