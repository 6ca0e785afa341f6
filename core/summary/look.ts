import type { Status } from '../attainment/types';
import { classify } from '../scales/scale';
import { findScale } from '../scales/reference';

/** Status names as the summary tab shows them. */
export const STATUS_LABEL: Record<Status, string> = {
  tercapai: 'Tercapai',
  'belum-tercapai': 'Belum tercapai',
  'tidak-ada-data': 'Tidak ada data',
  'belum-jatuh-tempo': 'Belum jatuh tempo',
  'tercapai-lebih-awal': 'Tercapai lebih awal',
};

/** Fill and font colour per status (Excel's good / bad / neutral cell styles). */
export const STATUS_COLOUR: Record<Status, { fill: string; font: string }> = {
  tercapai: { fill: '#C6EFCE', font: '#006100' },
  'tercapai-lebih-awal': { fill: '#C6EFCE', font: '#006100' },
  'belum-tercapai': { fill: '#FFC7CE', font: '#9C0006' },
  'tidak-ada-data': { fill: '#FFEB9C', font: '#9C5700' },
  'belum-jatuh-tempo': { fill: '#EDEDED', font: '#3A3A3A' },
};

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
