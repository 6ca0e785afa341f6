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

/**
 * The traffic lights of the tab, each with its cell look (Excel's good / neutral / bad cell styles)
 * and the stronger colour it has in a chart (pale fills do not carry on a projector).
 */
export type Light = 'green' | 'yellow' | 'red' | 'grey';
export interface Colours {
  fill: string;
  font: string;
  chart: string;
}
export const LIGHTS: Record<Light, Colours> = {
  green: { fill: '#C6EFCE', font: '#006100', chart: '#4E9A4E' },
  yellow: { fill: '#FFEB9C', font: '#9C5700', chart: '#E6A817' },
  red: { fill: '#FFC7CE', font: '#9C0006', chart: '#C9413A' },
  grey: { fill: '#EDEDED', font: '#3A3A3A', chart: '#A6A6A6' },
};

/** Colours per status: its light; achieved early a darker green in charts, to tell its slice from achieved. */
export const STATUS_COLOUR: Record<Status, Colours> = {
  tercapai: LIGHTS.green,
  'tercapai-lebih-awal': { ...LIGHTS.green, chart: '#1F5F2F' },
  'belum-tercapai': LIGHTS.red,
  'tidak-ada-data': LIGHTS.yellow,
  'belum-jatuh-tempo': LIGHTS.grey,
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

/** Which light each rating band of Permendagri 86/2017 shows. */
const LIGHT_OF_RATING: Record<string, Light> = { 'Sangat Tinggi': 'green', Tinggi: 'yellow', Sedang: 'yellow', Rendah: 'red', 'Sangat Rendah': 'red' };

/** A capaian (a fraction) as the rating reads it: in percent, to two decimals (90,996% is 91,00%). */
function ratedPercent(capaian: number): number {
  return Math.round(capaian * 10000) / 100;
}

/**
 * The traffic light of a mean capaian, on the rating bands of Permendagri 86/2017: green for
 * Sangat Tinggi (≥ 91%), yellow for Tinggi and Sedang (66–90%), red for Rendah and Sangat Rendah (≤ 65%).
 * Grey when nothing is due.
 */
export function trafficLight(capaian: number | null): Colours & { light: Light; rating: string } {
  if (capaian === null || !RATING) return { ...LIGHTS.grey, light: 'grey', rating: '' };
  const band = classify(ratedPercent(capaian), RATING);
  const light = (band && LIGHT_OF_RATING[band.label]) ?? 'red';
  return { ...LIGHTS[light], light, rating: band?.label ?? '' };
}

/**
 * The lowest capaian (a fraction) of each coloured light, for rules a host evaluates itself (the
 * conditional formats of formatRules.ts): the lowest edge of the light's bands, less half of the last
 * rated decimal, since the rating rounds first (0,90995 rates 91,00%).
 */
export function lightFloors(): { light: Light; floor: number }[] {
  const floors = new Map<Light, number>();
  for (const band of RATING?.bands ?? []) {
    const light = LIGHT_OF_RATING[band.label];
    if (light && Number.isFinite(band.min)) floors.set(light, Math.min(floors.get(light) ?? Infinity, band.min));
  }
  return [...floors].map(([light, edge]) => ({ light, floor: Number(((edge - 0.005) / 100).toFixed(6)) })).sort((a, b) => b.floor - a.floor);
}
