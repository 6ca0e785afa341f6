import type { Status } from '../attainment/types';
import type { CellStyle } from '../plan/sheetWriter';
import { classify } from '../scales/scale';
import { findScale } from '../scales/reference';

/** The look of the summary tab: the styles its sections and tables use. */
const NAVY = '#1F4E78';
const GREY = '#595959';

export const TITLE: CellStyle = { font: { bold: true, size: 14, color: NAVY } };
export const MATRIX_TITLE: CellStyle = { font: { bold: true }, wrap: true };
export const NOTE: CellStyle = { font: { italic: true, color: GREY } };
export const WARNING: CellStyle = { font: { bold: true, color: '#9C0006' } };
export const SECTION_TITLE: CellStyle = { font: { bold: true, size: 12, color: NAVY } };
export const EMPTY_TABLE: CellStyle = { font: { italic: true } };
export const HEAD: CellStyle = { fill: NAVY, font: { bold: true, color: '#FFFFFF' }, border: true, wrap: true, horizontal: 'center' };
export const BODY: CellStyle = { border: true, wrap: true };
export const STRONG_BODY: CellStyle = { ...BODY, font: { bold: true } };
export const COUNT: CellStyle = { border: true, numberFormat: '0', horizontal: 'center', vertical: 'top' };
export const RIGHT: CellStyle = { ...BODY, horizontal: 'right' };
export const PERCENT = '0.0%';
export const CAPAIAN_CELL: CellStyle = { ...RIGHT, numberFormat: PERCENT };

/** Fill and font colour per status (Excel's good / bad / neutral cell styles). */
export const STATUS_COLOUR: Record<Status, { fill: string; font: string }> = {
  tercapai: { fill: '#C6EFCE', font: '#006100' },
  'tercapai-lebih-awal': { fill: '#C6EFCE', font: '#006100' },
  'belum-tercapai': { fill: '#FFC7CE', font: '#9C0006' },
  'tidak-ada-data': { fill: '#FFEB9C', font: '#9C5700' },
  'belum-jatuh-tempo': { fill: '#EDEDED', font: '#3A3A3A' },
};

export const STATUS_STYLE = Object.fromEntries(Object.entries(STATUS_COLOUR).map(([status, c]) => [status, { ...BODY, fill: c.fill, font: { color: c.font } }])) as Record<Status, CellStyle>;

/** A figure's style: right-aligned in its number format (`0%`, `0.0#%`, `#,##0`, `#,##0.0#`). */
const NUMBER_STYLES = new Map<string, CellStyle>(['0%', '0.0#%', '#,##0', '#,##0.0#'].map((f) => [f, { ...RIGHT, numberFormat: f }]));

/** `0%` / `#,##0` for whole figures, with up to two decimals otherwise (`3,7`, `12,5%`). */
export function figureStyle(value: number, percent: boolean): CellStyle {
  const whole = Number.isInteger(Math.round((percent ? value * 100 : value) * 1e6) / 1e6);
  return NUMBER_STYLES.get(percent ? (whole ? '0%' : '0.0#%') : whole ? '#,##0' : '#,##0.0#')!;
}

const RATING = findScale('permendagri-86');

/**
 * The traffic light of a mean capaian, on the rating bands of Permendagri 86/2017: green for
 * Sangat Tinggi (≥ 91%), yellow for Tinggi and Sedang (66–90%), red for Rendah and Sangat Rendah (≤ 65%).
 * Grey when nothing is due.
 */
export function trafficLight(capaian: number | null): { fill: string; font: string; rating: string } {
  if (capaian === null || !RATING) return { fill: '#EDEDED', font: '#3A3A3A', rating: '' };
  const band = classify(Math.round(capaian * 10000) / 100, RATING);
  const rating = band?.label ?? '';
  if (rating === 'Sangat Tinggi') return { fill: '#C6EFCE', font: '#006100', rating };
  if (rating === 'Tinggi' || rating === 'Sedang') return { fill: '#FFEB9C', font: '#9C5700', rating };
  return { fill: '#FFC7CE', font: '#9C0006', rating };
}
