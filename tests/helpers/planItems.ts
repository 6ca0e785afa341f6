/**
 * A plan with every kind of validation, conditional format and chart a Plan may hold (core/plan/),
 * for the writers' tests: each writer's test checks what its host holds, item by item, against the
 * host calls this plan must give.
 */
import type { Plan, PlanCell } from '../../core/plan/plan';
import { capaianFormats, statusFormats } from '../../core/summary/formatRules';
import { plan, text } from './plan';

/** The other sheet a list takes its choices from. */
export const LIST_SHEET = 'Daftar';
export const LIST_CHOICES = ['Draft', 'Naskah final', 'Perbaikan', 'Mon ev'];

const number = (row: number, column: number, value: number): PlanCell => ({ row, column, value: { kind: 'number', value } });

/** Rows 2–4: three groups with three figures each (B–D); row 1 their headings; row 6 a fourth line of figures. */
function cells(): PlanCell[] {
  const out: PlanCell[] = [text(0, 1, 'TW I'), text(0, 2, 'TW II'), text(0, 3, 'TW III')];
  ['Kegiatan A', 'Kegiatan B', 'Kegiatan C'].forEach((name, i) => {
    out.push(text(i + 1, 0, name));
    [0.4, 0.75, 0.95].forEach((v, j) => out.push(number(i + 1, j + 1, v * (i + 1) * 0.5)));
  });
  for (let j = 1; j <= 3; j++) out.push(number(5, j, j));
  return out;
}

const area = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });
const column = (left: number) => area(1, left, 19, left);

export function itemsPlan(): Plan {
  return plan(cells(), {
    validations: [
      { areas: [column(4)], rule: { kind: 'list', values: ['Rutin', 'Penguatan'] }, prompt: { title: 'Keterangan', text: 'Pilih Rutin atau Penguatan.' }, alert: { style: 'stop', title: 'Isian tidak sah', text: 'Pilih dari daftar.' } },
      { areas: [column(5)], rule: { kind: 'listRange', area: area(1, 0, 3, 0) }, alert: { style: 'warning', title: 'Bukan kegiatan', text: 'Nama kegiatan dari kolom A.' } },
      { areas: [column(6)], rule: { kind: 'listRange', area: area(0, 0, 3, 0), sheet: LIST_SHEET }, alert: { style: 'stop', title: 'Tahap', text: 'Pilih tahap dari daftar.' } },
      { areas: [column(7)], rule: { kind: 'whole', operator: 'between', value: 1, value2: 10 }, prompt: { title: 'Skor', text: 'Bilangan bulat 1–10.' }, alert: { style: 'information', title: 'Skor', text: 'Skor 1–10.' } },
      { areas: [column(8), column(10)], rule: { kind: 'decimal', operator: 'greaterThanOrEqual', value: 0 }, prompt: { title: 'Realisasi', text: 'Angka ≥ 0; koma desimal boleh.' }, alert: { style: 'stop', title: 'Bukan angka', text: 'Isi angka ≥ 0.' } },
      { areas: [column(9)], rule: { kind: 'textLength', operator: 'lessThanOrEqual', value: 255 }, alert: { style: 'warning', title: 'Terlalu panjang', text: 'Paling banyak 255 karakter.' } },
      { areas: [column(11)], rule: { kind: 'custom', formula: 'OR(ISBLANK(L2),ISNUMBER(SEARCH("http",L2)))' }, alert: { style: 'warning', title: 'Bukti dukung', text: 'Tautan diawali http.' } },
    ],
    conditionalFormats: [
      { areas: [area(1, 1, 3, 3)], rule: { kind: 'cellValue', operator: 'between', value: 0.5, value2: 0.9 }, fill: '#ffeb9c' },
      { areas: [area(1, 1, 3, 3), area(5, 1, 5, 3)], rule: { kind: 'cellValue', operator: 'greaterThanOrEqual', value: 0.9 }, fill: '#C6EFCE', font: { color: '#006100', bold: true } },
      { areas: [column(12)], rule: { kind: 'containsText', text: 'Belum "final"' }, font: { color: '#9C0006' } },
      ...capaianFormats(column(13)),
      ...statusFormats(column(14)),
    ],
    charts: [
      { kind: 'bar', title: 'Batang', categories: area(1, 0, 3, 0), series: [{ name: 'TW I', values: area(1, 1, 3, 1), colour: '#4e9a4e' }], anchor: { row: 1, column: 16 }, width: 360, height: 216, valueFormat: '0%' },
      { kind: 'column', title: 'Kolom', categories: area(1, 0, 3, 0), series: [{ name: 'TW II', values: area(1, 2, 3, 2) }], anchor: { row: 16, column: 16 }, width: 360, height: 216 },
      {
        kind: 'stackedBar',
        title: 'Bertumpuk',
        categories: area(1, 0, 3, 0),
        series: ['TW I', 'TW II', 'TW III'].map((name, i) => ({ name, values: area(1, i + 1, 3, i + 1), colour: ['#4E9A4E', '#E6A817', '#C9413A'][i] })),
        anchor: { row: 31, column: 16 },
        width: 720,
        height: 405,
        valueFormat: '0%',
        fontSize: { title: 20, text: 14 },
      },
      // Series along rows, categories along the heading row.
      { kind: 'stackedColumn', title: 'Kolom bertumpuk', categories: area(0, 1, 0, 3), series: [1, 2].map((r) => ({ name: `Kegiatan ${'AB'[r - 1]}`, values: area(r, 1, r, 3) })), anchor: { row: 60, column: 16 }, width: 360, height: 216 },
      { kind: 'doughnut', title: 'Donat', categories: area(1, 0, 3, 0), series: [{ name: 'Jumlah', values: area(1, 3, 3, 3), pointColours: ['#4E9A4E', '#E6A817', '#C9413A'] }], anchor: { row: 75, column: 16 }, width: 405, height: 405, fontSize: { title: 20, text: 14 } },
    ],
  });
}
