import type { Attainment } from './attainSeries';
import type { Status } from './types';
import { remember } from '../remember';

/** The cap on each output's capaian before averaging: 100%, 110%, 120%, or none. */
export type Cap = 1 | 1.1 | 1.2 | null;

export interface GroupFigures {
  /** The group's name (a Kegiatan Utama, a Koordinator…); '' for outputs that name none. */
  name: string;
  outputs: number;
  /** Outputs with a target in or before the quarter. */
  due: number;
  tercapai: number;
  belumTercapai: number;
  tidakAdaData: number;
  belumJatuhTempo: number;
  tercapaiLebihAwal: number;
  /** Mean capaian over due outputs, each capped, `tidak-ada-data` counted as 0; null when nothing is due. */
  capaianRataRata: number | null;
}

function count(figures: GroupFigures, status: Status): void {
  switch (status) {
    case 'tercapai':
      figures.tercapai++;
      break;
    case 'belum-tercapai':
      figures.belumTercapai++;
      break;
    case 'tidak-ada-data':
      figures.tidakAdaData++;
      break;
    case 'belum-jatuh-tempo':
      figures.belumJatuhTempo++;
      break;
    case 'tercapai-lebih-awal':
      figures.tercapaiLebihAwal++;
      break;
  }
}

/** Figures for one set of outputs. */
export function figuresOf(name: string, attainments: Attainment[], cap: Cap): GroupFigures {
  const figures: GroupFigures = { name, outputs: 0, due: 0, tercapai: 0, belumTercapai: 0, tidakAdaData: 0, belumJatuhTempo: 0, tercapaiLebihAwal: 0, capaianRataRata: null };
  let sum = 0;
  for (const a of attainments) {
    figures.outputs++;
    count(figures, a.status);
    if (!a.due) continue;
    figures.due++;
    const c = a.capaian ?? 0;
    sum += cap === null ? c : Math.min(c, cap);
  }
  if (figures.due > 0) figures.capaianRataRata = sum / figures.due;
  return figures;
}

/**
 * Figures per group, groups in order of first appearance. Names that differ only in case or spacing
 * (`Perundang-Undangan` / `Perundang-undangan`) are one group, shown as first written.
 */
export function groupFigures<T>(items: T[], nameOf: (item: T) => string, attainmentOf: (item: T) => Attainment, cap: Cap): GroupFigures[] {
  const groups = new Map<string, { name: string; list: Attainment[] }>();
  // A column repeats a few names down 100,000 outputs: each name as written is normalised once.
  const groupOf = remember((written: string) => {
    const name = written.replace(/\s+/g, ' ').trim();
    const key = name.toLowerCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name, list: [] }));
    return group;
  });
  for (const item of items) groupOf(nameOf(item)).list.push(attainmentOf(item));
  return [...groups.values()].map((g) => figuresOf(g.name, g.list, cap));
}
