import { MONITORING_COLUMNS } from './monitoringColumns';
import { GROUPS, KOORDINATOR, NO } from './planColumns';
import { defineLayout } from './schema';

/**
 * Tabel 2–5 and every indicator table like them: indicators with a baseline (*Kondisi Awal*) and
 * targets per year (or quarter), grouped under *Sasaran Strategis* lines or by Tujuan / Sasaran columns.
 */
export const indikator = defineLayout({
  kind: 'indikator',
  title: { id: 'Tabel Indikator', en: 'Indicator table' },
  anchors: ['indikator'],
  requires: ['indikator'],
  minColumns: 2,
  needsPeriods: false,
  template: [['No.', 'Indikator Kegiatan Utama', 'Baseline Tahun 2022', 'Target Tahun 2023', 'Target Tahun 2024']],
  headingPattern: '^sasaran( strategis)?\\b',
  periodParents: ['target', 'target kinerja', 'target capaian', 'tahun'],
  columns: [
    NO,
    GROUPS.tujuan,
    GROUPS.sasaranStrategis,
    GROUPS.sasaran,
    GROUPS.program,
    {
      key: 'indikator',
      title: { id: 'Indikator', en: 'Indicator' },
      role: 'text',
      labels: [
        'indikator',
        'indikator kegiatan utama',
        'indikator sasaran strategis',
        'indikator sasaran',
        'indikator tujuan',
        'indikator kinerja',
        'indikator kinerja utama',
        'iku',
        'ik',
        'indikator program',
        'indikator kinerja sasaran',
        'uraian indikator',
        'nama indikator',
      ],
      requiredValue: true,
    },
    { key: 'satuan', title: { id: 'Satuan', en: 'Unit' }, role: 'unit', labels: ['satuan', 'satuan indikator', 'sat'] },
    { ...KOORDINATOR, requiredValue: false },
    ...MONITORING_COLUMNS,
  ],
});
