/**
 * Builds the seed fixtures from the transcriptions in tests/fixtures/seed/*.rows.json:
 * - `<name>.xlsx`: as a planner's workbook holds it: title rows, a two-row header with merged parents,
 *   group cells merged vertically, numbers typed as numbers (`3,7` → 3.7, `50%` → 0.5 formatted `0%`),
 *   and the page-break artefacts of a copy from the PDF (repeated headers, split rows);
 * - `<name>.csv`: the same rows as an Indonesian-locale Excel exports them (semicolon, decimal comma,
 *   no merges, group cells blank below); Tabel 4 as a comma CSV;
 * - `<name>-clean.xlsx` / `.csv`: the same matrix without page-break artefacts and with the source's
 *   genuine defects corrected (listed in CORRECTIONS), which must validate with no findings at all;
 * - `samples/matriks-rb.xlsx`: the three tables as sheets of one workbook, for `npm start`.
 * Run with `npm run fixtures`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { withRealisation, withTextTraps } from './monitoringFixture';

interface Transcription {
  title: string[];
  columns: number;
  rows: string[][];
  sourceLines: number[];
}

interface Spec {
  name: string;
  sheet: string;
  headerRows: number;
  /** Columns merged vertically over the rows they group, outermost first. */
  groups: number[];
  /** Columns merged per action (RB Tematik's Koordinator and Tim Squad). */
  perAction: number[];
  actionColumn: number;
  csvDelimiter: ';' | ',';
  /** Genuine defects of the source, corrected in the clean copy: [source line, column, value]. */
  corrections: [number, number, string][];
}

const ROOT = path.resolve(__dirname, '..');
const SEED = path.join(ROOT, 'tests/fixtures/seed');
const OUT = path.join(ROOT, 'tests/fixtures');

const SPECS: Spec[] = [
  {
    name: 'lampiran-ii',
    sheet: 'Lampiran II',
    headerRows: 2,
    groups: [0, 1, 2, 3],
    perAction: [],
    actionColumn: 3,
    csvDelimiter: ';',
    corrections: [
      [518, 13, 'Biro Perencanaan dan Organisasi'], // Koordinator blank
      [549, 11, '1'], // Total blank
      [567, 10, '100%'], // Persentase written as 1
      [567, 11, '100%'],
      [586, 11, '100%'], // Total blank
      [634, 10, '1%'], // Persentase written as 1
      [634, 11, '1%'],
      [641, 11, '1'], // Total blank
      [643, 11, '1'],
      [650, 11, '2'],
      [654, 10, '1'], // a Total with no period target
      [672, 11, '0'],
      [676, 11, '100%'],
    ],
  },
  { name: 'lampiran-i', sheet: 'Lampiran I', headerRows: 2, groups: [0, 1, 2, 3, 4], perAction: [15, 16], actionColumn: 4, csvDelimiter: ';', corrections: [] },
  { name: 'tabel-4', sheet: 'Tabel 4', headerRows: 1, groups: [], perAction: [], actionColumn: -1, csvDelimiter: ',', corrections: [] },
];

/** Spellings the clean copies write canonically (the validator reports them as `non-canonical-value`). */
function canonical(text: string): string {
  if (/^\d+([.,]\d+)?\s+%$/.test(text)) return text.replace(/\s+%$/, '%');
  if (text === 'rutin') return 'Rutin';
  return text.replace(/\b([Pp])resentase\b/g, '$1ersentase');
}

function isHeaderRow(t: Transcription, spec: Spec, i: number): boolean {
  for (let h = 0; h < spec.headerRows; h++) {
    const header = t.rows[h];
    const row = t.rows[i];
    const hits = row.filter((c, col) => c !== '' && c.replace(/\s/g, '').toLowerCase() === header[col].replace(/\s/g, '').toLowerCase()).length;
    const filled = row.filter((c) => c !== '').length;
    if (filled > 0 && hits >= 2 && hits >= 0.6 * filled) return true;
  }
  return false;
}

function isFragment(t: Transcription, spec: Spec, i: number): boolean {
  // The transcription marks no row kinds; a split tail is a row after the first data row with no
  // period or choice value that starts lower-case or follows a repeated header.
  if (spec.name === 'tabel-4') return t.rows[i][0] === '' && t.rows[i][2] === '' && t.rows[i][3] === '';
  const valueCols = spec.name === 'lampiran-ii' ? [6, 7, 8, 9, 10, 11, 15] : [7, 8, 9, 10, 11, 12, 13];
  return valueCols.every((c) => t.rows[i][c] === '');
}

/** The clean matrix: one header, tails joined to the row they continue, defects corrected. */
function cleanRows(t: Transcription, spec: Spec): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < t.rows.length; i++) {
    if (i < spec.headerRows) {
      rows.push([...t.rows[i]]);
      continue;
    }
    if (isHeaderRow(t, spec, i)) continue;
    if (isFragment(t, spec, i) && rows.length > spec.headerRows) {
      t.rows[i].forEach((tail, col) => {
        if (tail === '') return;
        // A group cell continues the nearest cell above that holds text in that column.
        let r = rows.length - 1;
        while (r > spec.headerRows && rows[r][col] === '') r--;
        rows[r][col] = rows[r][col] === '' ? tail : `${rows[r][col]} ${tail}`;
      });
      continue;
    }
    const row = t.rows[i].map(canonical);
    for (const [line, col, value] of spec.corrections) if (t.sourceLines[i] === line) row[col] = value;
    rows.push(row);
  }
  return rows;
}

/** Faithful rows: everything the transcription holds, page-break artefacts included. */
function faithfulRows(t: Transcription): string[][] {
  return t.rows.map((r) => [...r]);
}

/** A cell as Excel stores what was typed: integers and decimals as numbers, `50%` as 0.5 formatted `0%`. */
function typed(text: string): { value: ExcelJS.CellValue; numFmt?: string } {
  if (/^-?\d+$/.test(text)) return { value: Number(text) };
  let m = /^(\d+),(\d+)$/.exec(text);
  if (m) return { value: Number(`${m[1]}.${m[2]}`), numFmt: `0.${'0'.repeat(m[2].length)}` };
  m = /^(\d+)\.(\d{1,2})$/.exec(text);
  if (m) return { value: Number(text), numFmt: `0.${'0'.repeat(m[2].length)}` };
  m = /^(\d+)%$/.exec(text);
  if (m) return { value: Number(m[1]) / 100, numFmt: '0%' };
  return { value: text };
}

function addSheet(workbook: ExcelJS.Workbook, spec: Spec, title: string[], rows: string[][]): void {
  const sheet = workbook.addWorksheet(spec.sheet);
  const width = rows[0].length;
  title.forEach((line, i) => {
    sheet.getCell(i + 1, 1).value = line;
    sheet.mergeCells(i + 1, 1, i + 1, width);
    sheet.getCell(i + 1, 1).font = { bold: true };
  });
  const offset = title.length + 1; // a blank row below the title
  const isHeader = (i: number) => i < spec.headerRows || (i >= spec.headerRows && rows[i].some((c) => c !== '') && isHeaderLike(rows, spec, i));
  rows.forEach((row, i) => {
    row.forEach((text, col) => {
      if (text === '') return;
      const cell = sheet.getCell(offset + i + 1, col + 1);
      if (isHeader(i)) {
        cell.value = text;
        cell.font = { bold: true };
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        return;
      }
      const { value, numFmt } = typed(text);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  // Header merges: a parent over its children, a lone label over both header rows.
  rows.forEach((row, i) => {
    if (spec.headerRows !== 2 || !isHeader(i) || !isHeader(i + 1) || !sameCells(row, rows[0])) return;
    const top = row;
    const bottom = rows[i + 1];
    for (let c = 0; c < width; c++) {
      if (top[c] === '') continue;
      if (bottom[c] === '') {
        sheet.mergeCells(offset + i + 1, c + 1, offset + i + 2, c + 1);
        continue;
      }
      let end = c;
      while (end + 1 < width && top[end + 1] === '' && bottom[end + 1] !== '') end++;
      if (end > c) sheet.mergeCells(offset + i + 1, c + 1, offset + i + 1, end + 1);
    }
  });
  // Group merges: a group cell over the blank cells below it, while the outer groups stay the same
  // and no header, tail or own value intervenes.
  const mergeDown = (col: number, outer: number[]) => {
    for (let i = 0; i < rows.length; i++) {
      if (isHeader(i) || rows[i][col] === '' || isTail(rows, spec, i)) continue;
      let end = i;
      while (
        end + 1 < rows.length &&
        !isHeader(end + 1) &&
        !isTail(rows, spec, end + 1) &&
        rows[end + 1][col] === '' &&
        outer.every((o) => rows[end + 1][o] === '')
      )
        end++;
      if (end > i) sheet.mergeCells(offset + i + 1, col + 1, offset + end + 1, col + 1);
      i = end;
    }
  };
  spec.groups.forEach((col, level) => mergeDown(col, spec.groups.slice(0, level)));
  for (const col of spec.perAction) mergeDown(col, [...spec.groups]);
  // Borders around the table, and the landscape A4 page the lampiran are printed on.
  const thin = { style: 'thin' as const };
  for (let r = offset + 1; r <= offset + rows.length; r++) {
    for (let c = 1; c <= width; c++) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  sheet.columns.forEach((column, i) => {
    column.width = i < 6 ? 28 : 12;
  });
  // exceljs does not fit row heights; estimate them from the longest wrapped text in the row.
  rows.forEach((row, i) => {
    const lines = Math.max(1, ...row.map((text, c) => Math.ceil(text.length / ((c < 6 ? 28 : 12) * 1.1))));
    sheet.getRow(offset + i + 1).height = Math.min(409, 13 * lines + 2);
  });
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function isHeaderLike(rows: string[][], spec: Spec, i: number): boolean {
  return isHeaderRow({ rows, title: [], columns: rows[0].length, sourceLines: [] }, spec, i);
}

/** True when a row repeats the first header row's cells (a page-break copy of the parents' row). */
function sameCells(row: string[], first: string[]): boolean {
  return row.every((c, col) => (c === '') === (first[col] === ''));
}

function isTail(rows: string[][], spec: Spec, i: number): boolean {
  if (i < spec.headerRows || isHeaderLike(rows, spec, i)) return false;
  return isFragment({ rows, title: [], columns: rows[0].length, sourceLines: [] }, spec, i);
}

function toCsv(title: string[], rows: string[][], delimiter: string): string {
  const width = rows[0].length;
  const quote = (s: string) => (/[";,\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [...title.map((t) => [t, ...new Array(width - 1).fill('')]), new Array(width).fill(''), ...rows];
  return '\ufeff' + lines.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const sample = new ExcelJS.Workbook();
  for (const spec of SPECS) {
    const t: Transcription = JSON.parse(readFileSync(path.join(SEED, `${spec.name}.rows.json`), 'utf8'));
    const variants: [string, string[][]][] = [
      [spec.name, faithfulRows(t)],
      [`${spec.name}-clean`, cleanRows(t, spec)],
    ];
    let sampleRows = faithfulRows(t);
    if (spec.name === 'lampiran-ii') {
      // The monitoring copy: realisation for TW I and TW II 2023 beside the targets.
      const clean = cleanRows(t, spec);
      const monitored = withRealisation(clean, () => true);
      variants.push([`${spec.name}-realisasi`, withTextTraps(monitored, spec.actionColumn, monitored[0].length - 1)]);
      const faithful = faithfulRows(t);
      sampleRows = withRealisation(faithful, (i) => !isHeaderRow(t, spec, i) && !isFragment(t, spec, i));
    }
    for (const [name, rows] of variants) {
      const workbook = new ExcelJS.Workbook();
      workbook.created = new Date('2023-07-01T00:00:00Z');
      workbook.modified = workbook.created;
      addSheet(workbook, spec, t.title, rows);
      await workbook.xlsx.writeFile(path.join(OUT, `${name}.xlsx`));
      writeFileSync(path.join(OUT, `${name}.csv`), toCsv(t.title, rows, spec.csvDelimiter));
    }
    addSheet(sample, spec, t.title, sampleRows);
  }
  mkdirSync(path.join(ROOT, 'samples'), { recursive: true });
  sample.created = new Date('2023-07-01T00:00:00Z');
  sample.modified = sample.created;
  await sample.xlsx.writeFile(path.join(ROOT, 'samples/matriks-rb.xlsx'));
  console.log('fixtures written to tests/fixtures and samples/');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
