/**
 * The monitoring copy of a matrix: the columns planners add each quarter (Realisasi TW 1–4, Kendala,
 * Tindak Lanjut, Bukti Dukung) appended on the right, with realisation entered for TW I and TW II
 * in a deterministic mix: met, exceeded, short, missing (with a Kendala), and met early.
 * Used for `tests/fixtures/lampiran-ii-realisasi.xlsx` and the sample workbook.
 */
import { formatParsed } from '../core/values/formatValue';
import { parseValue, type ParsedValue } from '../core/values/parseValue';
import { ladder } from '../core/values/ladders';

export const MONITORING_HEADER = [
  ['Realisasi', '', '', '', 'Kendala', 'Tindak Lanjut', 'Bukti Dukung'],
  ['TW 1', 'TW 2', 'TW 3', 'TW 4', '', '', ''],
];

/** What each output's realisation looks like, by its position among the outputs. */
type Pattern = 'met' | 'exceeded' | 'short' | 'missing';
const CYCLE: Pattern[] = ['met', 'met', 'exceeded', 'short', 'met', 'missing', 'met'];

/**
 * Appends the monitoring columns to a lampiran II matrix (header in its first two rows; TW 1–4 targets in
 * columns 6–9, Tahun 2024 in 10). `isOutput(i)` says which rows are outputs (not tails or repeated headers).
 */
export function withRealisation(rows: string[][], isOutput: (i: number) => boolean): string[][] {
  let k = 0;
  return rows.map((row, i) => {
    if (i < 2) return [...row, ...MONITORING_HEADER[i]];
    if (!isOutput(i)) return [...row, ...new Array(MONITORING_HEADER[0].length).fill('')];
    const pattern = CYCLE[k % CYCLE.length];
    const extra = new Array(MONITORING_HEADER[0].length).fill('');
    const targets = [6, 7, 8, 9].map((c) => parseValue(row[c]));
    const due = [0, 1].filter((q) => targets[q].kind !== 'empty');
    if (due.length > 0) {
      if (pattern === 'missing') {
        extra[4] = 'Menunggu data dukung dari unit pelaksana';
        extra[5] = 'Koordinator menagih data sebelum rapat pleno';
      } else {
        for (const q of due) extra[q] = realised(targets[q], pattern);
        if (pattern === 'short') {
          extra[4] = 'Penyusunan belum selesai';
          extra[5] = 'Diselesaikan pada TW berikutnya';
        }
        extra[6] = `https://drive.example.go.id/rb/2023/output-${k + 1}`;
      }
    } else if (k % 5 === 0) {
      // Met early: the year's last target already reached in TW II.
      const later = [2, 3].map((q) => targets[q]).filter((t) => t.kind !== 'empty');
      if (later.length) extra[1] = realised(later[later.length - 1], 'met');
    }
    k++;
    return [...row, ...extra];
  });
}

function realised(target: ParsedValue, pattern: Pattern): string {
  if (target.kind === 'ordinal') {
    const rungs = ladder(target.ladder).rungs;
    const rank = pattern === 'short' ? Math.max(1, target.rank - 1) : target.rank;
    return rungs[rank - 1].label;
  }
  if (target.kind !== 'number') return formatParsed(target, 'id');
  const step = target.percent ? 0.1 : 1;
  const value = pattern === 'exceeded' ? target.value + step : pattern === 'short' ? Math.max(0, target.value - (target.value > 1 || target.percent ? step : target.value)) : target.value;
  return formatParsed({ kind: 'number', value: Math.round(value * 10000) / 10000, percent: target.percent }, 'id');
}

/**
 * Texts a careless writer would turn into formulas: a Rencana Aksi typed as a bullet (`- Menyusun …`)
 * and evidence pasted as `=HYPERLINK(…)` text. The summary must carry both as text.
 */
export function withTextTraps(rows: string[][], actionColumn: number, evidenceColumn: number): string[][] {
  const out = rows.map((r) => [...r]);
  const action = out.findIndex((r, i) => i >= 2 && r[actionColumn].startsWith('Menyusun'));
  if (action >= 0) out[action][actionColumn] = `- ${out[action][actionColumn]}`;
  const evidence = out.findIndex((r, i) => i >= 2 && r[evidenceColumn] !== '');
  if (evidence >= 0) out[evidence][evidenceColumn] = '=HYPERLINK("https://drive.example.go.id/rb","Bukti TW II")';
  return out;
}
