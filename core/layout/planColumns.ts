import type { ColumnInput } from './schema';

/**
 * The vocabulary action-plan matrices share, whatever institution keeps them: how they name their
 * groups, their actions, outputs, units, totals, budgets, coordinators and implementers. Each layout
 * picks the columns it knows. Labels are compared after squashing case, spaces and punctuation, and
 * also without a bracketed note (`Koordinator (PJK)`) and per `/` alternative (`PIC/Penanggung Jawab`).
 */

export const NO = { key: 'no', title: { id: 'No.', en: 'No.' }, role: 'number', labels: ['no', 'nomor', 'no urut', 'nomor urut'] } as const satisfies ColumnInput;

/** Groups: a matrix may group its rows by any of these; they nest left to right as the sheet shows them. */
export const GROUPS = {
  tujuan: { key: 'tujuan', title: { id: 'Tujuan', en: 'Goal' }, role: 'group', labels: ['tujuan', 'tujuan rb', 'tujuan reformasi birokrasi', 'tujuan strategis'] },
  sasaranStrategis: {
    key: 'sasaranStrategis',
    title: { id: 'Sasaran Strategis', en: 'Strategic objective' },
    role: 'group',
    labels: ['sasaran strategis', 'sasaran strategis rb', 'sasaran strategis reformasi birokrasi', 'ss'],
  },
  sasaran: { key: 'sasaran', title: { id: 'Sasaran', en: 'Objective' }, role: 'group', labels: ['sasaran', 'sasaran rb', 'sasaran program', 'sasaran kegiatan', 'sasaran reformasi birokrasi'] },
  areaPerubahan: { key: 'areaPerubahan', title: { id: 'Area Perubahan', en: 'Area of change' }, role: 'group', labels: ['area perubahan', 'area', 'area rb', 'agenda', 'agenda rb', 'agenda prioritas'] },
  program: { key: 'program', title: { id: 'Program', en: 'Programme' }, role: 'group', labels: ['program', 'program rb', 'program kerja', 'program prioritas', 'nama program', 'program reformasi birokrasi'] },
  kegiatanUtama: {
    key: 'kegiatanUtama',
    title: { id: 'Kegiatan Utama', en: 'Main activity' },
    role: 'group',
    labels: ['kegiatan utama', 'kegiatan prioritas', 'kegiatan strategis'],
    requiredValue: true,
  },
  indikatorKegiatanUtama: { key: 'indikatorKegiatanUtama', title: { id: 'Indikator Kegiatan Utama', en: 'Main-activity indicator' }, role: 'group', labels: ['indikator kegiatan utama', 'indikator ku'] },
  indikatorKinerja: {
    key: 'indikatorKinerja',
    title: { id: 'Indikator Kinerja', en: 'Performance indicator' },
    role: 'group',
    labels: [
      'indikator kinerja',
      'indikator kinerja utama',
      'iku',
      'ik',
      'indikator sasaran',
      'indikator sasaran strategis',
      'indikator tujuan',
      'indikator program',
      'indikator kinerja program',
      'indikator kinerja kegiatan',
      'indikator keberhasilan',
      'indikator outcome',
    ],
  },
  kegiatan: { key: 'kegiatan', title: { id: 'Kegiatan', en: 'Activity' }, role: 'group', labels: ['kegiatan', 'nama kegiatan', 'kegiatan rb', 'uraian kegiatan'] },
  subKegiatan: {
    key: 'subKegiatan',
    title: { id: 'Sub Kegiatan', en: 'Sub-activity' },
    role: 'group',
    labels: ['sub kegiatan', 'rincian kegiatan', 'uraian sub kegiatan', 'nama sub kegiatan', 'tahapan kegiatan', 'sub aktivitas'],
  },
} as const satisfies Record<string, ColumnInput>;

/** The outer groups every plan layout knows, outermost first as most matrices order them. */
export const OUTER_GROUPS = [GROUPS.tujuan, GROUPS.sasaranStrategis, GROUPS.sasaran, GROUPS.areaPerubahan, GROUPS.program, GROUPS.kegiatanUtama] as const;

export const RENCANA_AKSI = {
  key: 'rencanaAksi',
  title: { id: 'Rencana Aksi', en: 'Action plan' },
  role: 'group',
  labels: ['rencana aksi', 'aksi', 'rencana aksi kegiatan', 'uraian rencana aksi', 'rincian rencana aksi', 'langkah aksi', 'rencana kegiatan', 'aksi perubahan'],
  requiredValue: true,
} as const satisfies ColumnInput;

/** The keys that hold the action, in order of preference: where a matrix has no Rencana Aksi, its Sub Kegiatan or Kegiatan is the action. */
export const ACTION_KEYS = ['rencanaAksi', 'subKegiatan', 'kegiatan'] as const;

/** The groups any one of which a plan may be grouped by (Kegiatan Utama is not required where another stands). */
export const GROUP_KEYS = ['kegiatanUtama', 'tujuan', 'sasaranStrategis', 'sasaran', 'areaPerubahan', 'program', 'indikatorKegiatanUtama', 'indikatorKinerja', 'kegiatan', 'subKegiatan'] as const;

export const SATUAN = {
  key: 'satuan',
  title: { id: 'Satuan', en: 'Unit' },
  role: 'unit',
  labels: ['satuan', 'satuan output', 'satuan target', 'satuan indikator', 'satuan keluaran', 'sat'],
  requiredValue: true,
} as const satisfies ColumnInput;

export const OUTPUT = {
  key: 'indikator',
  title: { id: 'Indikator Output', en: 'Output indicator' },
  role: 'text',
  labels: [
    'indikator',
    'indikator output',
    'output',
    'keluaran',
    'luaran',
    'target output',
    'indikator keluaran',
    'output kegiatan',
    'keluaran kegiatan',
    'nama output',
    'uraian output',
    'rincian output',
    'output › uraian',
    'keluaran › uraian',
    'output › nama',
  ],
  parents: ['output', 'keluaran', 'luaran'],
  requiredValue: true,
} as const satisfies ColumnInput;

export const TOTAL = {
  key: 'total',
  title: { id: 'Total', en: 'Total' },
  role: 'total',
  labels: ['total', 'total target', 'jumlah target', 'target total', 'target akhir', 'target kumulatif', 'target tahunan', 'output › target', 'keluaran › target'],
} as const satisfies ColumnInput;

export const ANGGARAN = {
  key: 'anggaran',
  title: { id: 'Jumlah Anggaran', en: 'Budget' },
  role: 'budget',
  labels: ['jumlah anggaran', 'anggaran', 'pagu anggaran', 'pagu', 'pagu indikatif', 'alokasi anggaran', 'kebutuhan anggaran', 'rencana anggaran', 'biaya', 'dana'],
} as const satisfies ColumnInput;

export const KOORDINATOR = {
  key: 'koordinator',
  title: { id: 'Koordinator', en: 'Coordinator' },
  role: 'text',
  labels: [
    'koordinator',
    'unit koordinator',
    'koordinator pjk',
    'pjk',
    'pic',
    'pic pelaksana',
    'pic kegiatan',
    'person in charge',
    'penanggung jawab',
    'penanggungjawab',
    'penanggung jawab kegiatan',
    'pj',
    'pj kegiatan',
    'unit penanggung jawab',
    'unit kerja penanggung jawab',
    'unit kerja',
    'unit kerja koordinator',
    'instansi penanggung jawab',
    'opd penanggung jawab',
    'perangkat daerah penanggung jawab',
    'satker penanggung jawab',
    'pengampu',
    'unit pengampu',
    'leading sector',
    'koordinator pelaksana',
  ],
  requiredValue: true,
} as const satisfies ColumnInput;

export const PELAKSANA = {
  key: 'pelaksana',
  title: { id: 'Pelaksana', en: 'Implementer' },
  role: 'text',
  labels: [
    'pelaksana',
    'unit pelaksana',
    'unit kerja pelaksana',
    'instansi pelaksana',
    'opd pelaksana',
    'perangkat daerah pelaksana',
    'tim pelaksana',
    'pelaksana kegiatan',
    'unit terkait',
    'unit kerja terkait',
    'instansi terkait',
    'pihak terkait',
    'unit pendukung',
    'mitra kerja',
    'kontributor',
    'unit kontributor',
  ],
} as const satisfies ColumnInput;

/** Keterangan: Rutin / Penguatan where the column speaks that language; free remarks otherwise (rules/invalidChoice.ts). */
export const KETERANGAN = {
  key: 'keterangan',
  title: { id: 'Keterangan', en: 'Type' },
  role: 'choice',
  labels: ['keterangan', 'ket', 'catatan', 'jenis kegiatan', 'sifat kegiatan'],
  choices: ['Rutin', 'Penguatan'],
  remarks: true,
} as const satisfies ColumnInput;

/** Labels that head a few columns without saying what they are (the columns' own labels do). */
export const PARENT_LABELS = [
  'unit/satuan kerja pelaksana',
  'unit satuan kerja pelaksana',
  'satuan kerja pelaksana',
  'unit kerja pelaksana',
  'unit kerja',
  'pelaksana',
  'penanggung jawab',
  'unit penanggung jawab',
  'pelaksana kegiatan',
  'instansi',
  'perangkat daerah',
  'opd',
  'kinerja',
  'indikator kinerja',
  'rencana aksi',
  'kegiatan',
  'anggaran',
  'monitoring',
  'evaluasi',
  'monitoring dan evaluasi',
  'capaian',
  'keterangan',
];

/** Parents under which period columns are targets, besides any label that starts with `Target`. */
export const PERIOD_PARENTS = [
  'target penyelesaian',
  'target penyelesaian kumulatif',
  'target capaian',
  'target kinerja',
  'jadwal',
  'jadwal pelaksanaan',
  'waktu pelaksanaan',
  'tahun pelaksanaan',
  'pelaksanaan',
  'timeline',
  'waktu penyelesaian',
  'target waktu',
  'target waktu penyelesaian',
  'tahapan',
  'periode',
  'tahun',
  'rencana',
];
