/**
 * What makes a summary say nothing true: no output read, no target in the year asked, or outputs
 * due with no realisation read. Each says so in a sentence (the CLI's stderr and exit code 1, the
 * JSON's `warnings`, the tab's headline, the panel): never a silent 0%.
 */
import type { OutputAttainment } from '../attainment/attainMatrix';
import { say, type Bilingual } from '../i18n';
import { columnLetter } from '../grid';
import type { Matrix } from '../model/readMatrix';
import { reportPeriodLabel } from '../periods/reportPeriodLabel';
import type { Quarter } from '../periods/quarter';
import { hasValue } from '../values/parseValue';

export type SummaryWarningCode = 'tanpa-output' | 'tanpa-target-tahun' | 'tanpa-kolom-realisasi' | 'realisasi-tak-dikenali' | 'realisasi-kosong';

export interface SummaryWarning {
  code: SummaryWarningCode;
  message: Bilingual;
}

/** Labels that look like a realisation (what was achieved) whatever their period. */
const REALISATION_LIKE = /\b(realisasi|capaian|progres|progress|hasil|pencapaian)\b/i;

const TEXT = {
  'tanpa-output': {
    id: 'Sheet “{sheet}” tidak berisi output yang terbaca di bawah judul kolom baris {rows}; tidak ada yang dapat diringkas. Periksa matriks dulu (rbm validate, atau Periksa matriks di panel).',
    en: 'Sheet “{sheet}” holds no output that could be read below the header in rows {rows}; there is nothing to summarise. Check the matrix first (rbm validate, or Check matrix in the panel).',
  },
  'tanpa-target-tahun': {
    id: 'Tidak ada output yang bertarget pada tahun {year} di sheet “{sheet}” ({outputs} output terbaca; tahun bertarget: {years}). Pilih tahun yang lain.',
    en: 'No output of sheet “{sheet}” has a target in {year} ({outputs} outputs read; years with targets: {years}). Choose another year.',
  },
  'tanpa-kolom-realisasi': {
    id: 'Sheet “{sheet}” belum punya kolom Realisasi (mis. Realisasi › TW 1 … TW 4): {due} output yang jatuh tempo sampai {period} berstatus tidak ada data, capaian rata-ratanya 0%. Tambahkan kolomnya dengan rbm prepare (panel: Siapkan monitoring).',
    en: 'Sheet “{sheet}” has no Realisasi columns yet (e.g. Realisasi › TW 1 … TW 4): the {due} outputs due by {period} are without data, their mean attainment 0%. Add them with rbm prepare (panel: Prepare for monitoring).',
  },
  'realisasi-tak-dikenali': {
    id: 'Kolom {columns} tampak berisi realisasi, tetapi tidak terbaca sebagai realisasi per periode (mis. “Realisasi” › “TW 1” atau “Realisasi TW 1”): {due} output yang jatuh tempo sampai {period} berstatus tidak ada data. Petakan kolomnya dengan tangan (panel: Atur kolom; sheet “RB Matrix”; rbm … --columns).',
    en: 'Columns {columns} look like realisation but cannot be read as realisation per period (e.g. “Realisasi” › “TW 1” or “Realisasi TW 1”): the {due} outputs due by {period} are without data. Map the columns by hand (panel: Map columns; sheet “RB Matrix”; rbm … --columns).',
  },
  'realisasi-kosong': {
    id: 'Kolom realisasi ({columns}) ada, tetapi tidak satu pun realisasi terbaca sampai {period}: {due} output yang jatuh tempo berstatus tidak ada data, capaian rata-ratanya 0%.',
    en: 'There are realisation columns ({columns}), but not one realisation could be read up to {period}: the {due} outputs due are without data, their mean attainment 0%.',
  },
} as const satisfies Record<SummaryWarningCode, Bilingual>;

function warning(code: SummaryWarningCode, params: Record<string, string | number>): SummaryWarning {
  return { code, message: { id: say(TEXT[code], 'id', params), en: say(TEXT[code], 'en', params) } };
}

/** The warnings of a summary of `matrix` at the end of `quarter` of `year` (or of the whole year), given its outputs of the year. */
export function summaryWarnings(matrix: Matrix, inYear: OutputAttainment[], { year, quarter, wholeYear }: { year: number; quarter: Quarter; wholeYear?: boolean }): SummaryWarning[] {
  const sheet = matrix.grid.sheetName;
  const { header, origin } = matrix;
  if (matrix.outputs.length === 0) {
    const rows = header.firstRow === header.lastRow ? `${origin.row + header.firstRow}` : `${origin.row + header.firstRow}–${origin.row + header.lastRow}`;
    return [warning('tanpa-output', { sheet, rows })];
  }
  if (inYear.length === 0) {
    const years = [...new Set(header.periods.filter((p) => p.measure === 'target').map((p) => p.year ?? header.planYear).filter((y): y is number => y !== undefined))].sort();
    return [warning('tanpa-target-tahun', { sheet, year, outputs: matrix.outputs.length, years: years.length ? years.join(', ') : '–' })];
  }
  const due = inYear.filter((o) => o.attainment.due).length;
  if (due === 0 || inYear.some((o) => hasValue(o.attainment.realisasi) || hasValue(o.attainment.progres))) return [];
  const period = reportPeriodLabel(year, quarter, wholeYear);
  const letter = (index: number) => columnLetter(origin.column + index);
  if (header.realisations.length > 0) {
    const columns = header.realisations.map((p) => `${letter(p.index)} “${p.label}”`).join(', ');
    return [warning('realisasi-kosong', { columns, due, period })];
  }
  const lookalikes = [...header.extras, ...header.duplicates].filter((e) => REALISATION_LIKE.test([...e.path, e.label].join(' ')));
  if (lookalikes.length > 0) {
    const columns = lookalikes.map((e) => `${letter(e.index)} “${[...e.path, e.label].join(' › ')}”`).join(', ');
    return [warning('realisasi-tak-dikenali', { columns, due, period })];
  }
  return [warning('tanpa-kolom-realisasi', { sheet, due, period })];
}
