/**
 * `STATUS(target, realisasi, [jatuh_tempo], [polaritas])`: the status of each row, with the same
 * words and rules as the matrix summary (`attainSeries` on a single period):
 *
 * - `tercapai`: due, and capaian ≥ 100%
 * - `belum-tercapai`: due, and capaian below 100%
 * - `tidak-ada-data`: due, but no realisation, or one that cannot be read or compared with the target
 * - `belum-jatuh-tempo`: the due date is after today
 * - `tercapai-lebih-awal`: the due date is after today, but the realisation already meets the target
 *
 * A row is due when `jatuh_tempo` is blank, or on or before today. `jatuh_tempo` is an Excel date
 * serial (a date cell in Excel), a `Date` (a date cell in Sheets) or text (`30/06/2023`,
 * `2023-06-30`); anything else gives `#TANGGAL: …`. A blank target (or `n/a`) gives `''`: there is
 * nothing to assess. An unreadable target (`segera`) is still a target: `tidak-ada-data` once due.
 *
 * STATUS reads the clock, so Excel must recalculate it without a changed input: `@volatile` below
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile). Google Sheets has no
 * volatile custom functions; it recalculates them when an argument changes (README).
 *
 * "Today" comes from a module-level clock, `() => new Date()` by default; tests (and hosts that
 * need a fixed date) replace it with `setClock(() => new Date(2024, 6, 15))` and restore it with
 * `setClock()`. Only the calendar day counts: today's in local time (the Sheets add-on sets it to the
 * spreadsheet's day), a date cell's by core's one rule (core/periods/cellDay.ts).
 */
import { startOfDay } from 'date-fns';
import { attainSeries } from '../attainment/attainSeries';
import type { Polaritas, Status } from '../attainment/types';
import type { CellValue } from '../grid';
import { toDate } from '../periods/toDate';
import { parseValue } from '../values/parseValue';
import { CellError, guard, isBlankCell, perRow, readPolaritas, shown } from './broadcast';

const systemClock = (): Date => new Date();
let clock: () => Date = systemClock;

/** Sets the clock STATUS reads "today" from; without an argument, back to the system clock. */
export function setClock(now?: () => Date): void {
  clock = now ?? systemClock;
}

/** Today at local midnight, from the clock. */
export function today(): Date {
  const now = clock();
  return startOfDay(now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date());
}

/** One row of STATUS. */
function statusRow(targetCell: CellValue, realisasiCell: CellValue, jatuhTempo: CellValue, polaritas: Polaritas): Status | '' {
  const target = parseValue(targetCell);
  if (target.kind === 'empty' || target.kind === 'none') return '';
  let due = true;
  if (!isBlankCell(jatuhTempo)) {
    const date = toDate(jatuhTempo);
    if (!date) throw new CellError('TANGGAL', `jatuh_tempo “${shown(jatuhTempo)}” bukan tanggal (isi tanggal, mis. 30/06/2023)`);
    due = date.getTime() <= today().getTime();
  }
  // An unreadable target is still a target someone set: due, it has no usable data (as in the summary).
  if (target.kind === 'invalid') return due ? 'tidak-ada-data' : 'belum-jatuh-tempo';
  // Asked at the end of period 1 with the realisation in period 1: a target in period 1 is due,
  // a target in period 2 is not yet (and is then compared for an early reach).
  const targets = [{ from: due ? 1 : 2, to: due ? 1 : 2, value: target }];
  const realisations = [{ from: 1, to: 1, value: parseValue(realisasiCell, undefined, 'realisation') }];
  const a = attainSeries({ targets, realisations, satuan: '', polaritas }, 0, 1);
  return a.status;
}

/**
 * Menentukan status capaian per baris: tercapai, belum-tercapai, tidak-ada-data, belum-jatuh-tempo atau tercapai-lebih-awal.
 * @customfunction
 * @param target Target: angka, persentase, rentang atau predikat. Rentang sel memberi satu hasil per baris.
 * @param realisasi Realisasi, dalam bentuk yang sama dengan target dan jumlah baris yang sama.
 * @param jatuh_tempo Opsional: tanggal jatuh tempo. Bila sesudah hari ini, hasilnya belum-jatuh-tempo (atau tercapai-lebih-awal bila target sudah terpenuhi). Kosong berarti sudah jatuh tempo.
 * @param polaritas Opsional: Positif (bawaan) atau Negatif (makin rendah makin baik).
 * @returns Kolom status per baris; kosong bila target kosong; galat bila jatuh_tempo atau polaritas tidak terbaca (Excel: #VALUE! dengan pesannya; Google Sheets: teks #KODE: pesan).
 * @volatile
 */
export function STATUS(target: any[][], realisasi: any[][], jatuh_tempo?: any[][], polaritas?: any[][]): any[][] {
  return guard(() =>
    perRow(
      [
        { name: 'target', value: target },
        { name: 'realisasi', value: realisasi },
        { name: 'jatuh_tempo', value: jatuh_tempo },
        { name: 'polaritas', value: polaritas },
      ],
      ([t, r, d, p]) => statusRow(t, r, d, readPolaritas(p)),
    ),
  );
}
