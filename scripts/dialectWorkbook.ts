/**
 * The workbook side of the fixture builders (make-dialects.ts, make-monitoring.ts): a spec's rows as
 * a sheet — title block, header (and number row), data rows with or without the planted defects —
 * written as a planner's .xlsx (title merged across, header parents merged over their children,
 * labels merged down, group cells merged, numbers typed, `25%` as 0,25 formatted `0%`) and as the
 * semicolon CSV an Indonesian Excel exports.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell, Dialect } from './dialectSpecs';

/** A sheet as rows of cells, with where each data row landed and what is expected where. */
export interface Built {
  rows: Cell[][];
  headerFirst: number;
  headerLast: number;
  /** 1-based sheet row of each data row of the spec (clean index → sheet row). */
  dataRow: number[];
  /** The header's label row (0-based sheet row) per column: where a column's label is written. */
  labelRow: number[];
  expected: string[];
}

export const letter = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letter(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

function numberRow(spec: Dialect): Cell[] {
  const width = spec.header[0].length;
  return Array.from({ length: width }, (_, i) => (spec.numbers === 'paren' ? `(${i + 1})` : spec.numbers === 'plain' ? String(i + 1) : i + 1));
}

/** The rows of one copy: title, header (and number row), data with or without the spec's defects. */
export function build(spec: Dialect, faithful: boolean): Built {
  const width = spec.header[0].length;
  const rows: Cell[][] = spec.title.map((t) => [t]);
  if (spec.blankAfterTitle) rows.push([]);
  const headerFirst = rows.length;
  for (const h of spec.header) rows.push([...h]);
  if (spec.numbers) rows.push(numberRow(spec));
  const headerLast = rows.length - 1;
  const labelRow = Array.from({ length: width }, (_, c) => {
    let r = -1;
    spec.header.forEach((h, i) => {
      if (h[c] !== '') r = i;
    });
    return headerFirst + Math.max(0, r);
  });
  const expected: { row: number; col: number; code: string }[] = [];
  const dataRow: number[] = [];
  for (const info of spec.infos ?? []) if (!(info.cleanOnly && faithful)) expected.push({ row: labelRow[info.col], col: info.col, code: info.code });
  spec.rows.forEach((clean, i) => {
    const row = [...clean];
    while (row.length < width) row.push('');
    if (faithful) {
      for (const d of spec.defects.filter((x) => x.row === i && x.col !== undefined)) {
        if ('value' in d) row[d.col!] = d.value ?? '';
        for (const code of d.expect) expected.push({ row: d.atLabel ? labelRow[d.col!] : rows.length, col: d.at ?? d.col!, code });
      }
    }
    dataRow.push(rows.length + 1);
    rows.push(row);
    if (faithful) {
      for (const d of spec.defects.filter((x) => x.row === i && x.insert)) {
        if (d.insert === 'header') {
          for (const h of spec.header) rows.push([...h]);
          spec.header.forEach((_, k) => expected.push({ row: rows.length - spec.header.length + k, col: 0, code: 'repeated-header' }));
          continue;
        }
        const inserted = [...d.insert!];
        while (inserted.length < width) inserted.push('');
        for (const code of d.expect) expected.push({ row: rows.length, col: d.at ?? inserted.findIndex((v) => v !== '' && v !== null), code });
        rows.push(inserted);
      }
    }
  });
  // Findings come sorted by row, then column; at one cell, in the order the rules run.
  const order = ['column-map', 'missing-label', 'extra-label', 'duplicate-label', 'repeated-header', 'blank-row', 'fragment-row', 'missing-value', 'type-error', 'non-canonical-value', 'invalid-choice', 'total-mismatch', 'unit-mismatch', 'percent-convention', 'no-target', 'stage-regression', 'realisation-without-target', 'implausible-realisation'];
  expected.sort((a, b) => a.row - b.row || a.col - b.col || order.indexOf(a.code) - order.indexOf(b.code));
  return { rows, headerFirst, headerLast, dataRow, labelRow, expected: expected.map((e) => `${e.code} ${letter(e.col)}${e.row + 1}`) };
}

/** A typed cell as Excel stores it: `25%` → 0.25 formatted `0%`, other text as text. */
function typed(v: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (typeof v === 'string') {
    const m = /^(\d+(?:,\d+)?)%$/.exec(v);
    if (m) return { value: Number(m[1].replace(',', '.')) / 100, numFmt: '0%' };
  }
  return { value: v };
}

export function writeXlsx(spec: Dialect, b: Built, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date('2026-01-05T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(spec.sheet);
  const width = spec.header[0].length;
  b.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      const cell = sheet.getCell(r + 1, c + 1);
      const { value, numFmt } = typed(v);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      if (r >= b.headerFirst && r <= b.headerLast) cell.font = { bold: true };
    }),
  );
  spec.title.forEach((_, i) => sheet.mergeCells(i + 1, 1, i + 1, width));
  // Header: a parent over the blank cells to its right that have labels below; a label down over the blank cells below it.
  const top = b.headerFirst;
  const labelRows = spec.header.length;
  for (let h = 0; h < labelRows; h++) {
    for (let c = 0; c < width; c++) {
      if (spec.header[h][c] === '') continue;
      const below = (col: number) => spec.header.slice(h + 1).some((row) => row[col] !== '');
      let right = c;
      while (right + 1 < width && spec.header[h][right + 1] === '' && below(right + 1) && below(c)) right++;
      let down = h;
      if (!below(c)) down = labelRows - 1;
      if (right > c || down > h) sheet.mergeCells(top + h + 1, c + 1, top + down + 1, right + 1);
    }
  }
  // Group cells merged down over the rows they group, within the outer groups, as a planner merges them.
  const data = b.dataRow.map((r) => r - 1);
  spec.groups.forEach((col, level) => {
    const outer = spec.groups.slice(0, level);
    for (let i = 0; i < data.length; i++) {
      const r = data[i];
      if (b.rows[r][col] === '' || b.rows[r][col] === null) continue;
      let end = i;
      while (end + 1 < data.length && data[end + 1] === data[end] + 1 && (b.rows[data[end + 1]][col] ?? '') === '' && outer.every((o) => (b.rows[data[end + 1]][o] ?? '') === '')) end++;
      if (end > i) sheet.mergeCells(r + 1, col + 1, data[end] + 1, col + 1);
      i = end;
    }
  });
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return workbook.xlsx.writeFile(file);
}

/** What an Indonesian-locale Excel writes for a value: a decimal comma, text as it is. */
function csvText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  return v;
}

export function writeCsv(spec: Dialect, b: Built, file: string): void {
  const width = spec.header[0].length;
  const quote = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = b.rows.map((row) => Array.from({ length: width }, (_, c) => quote(csvText(row[c] ?? ''))).join(';'));
  writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n');
}

