/**
 * Builds the dialect fixtures (issue 12): matrices as other institutions keep them — ministries,
 * agencies, provinces, regencies and cities; action plans, indicator tables and road-map schedules —
 * each in two copies and two formats:
 * - `<name>.xlsx` / `<name>.csv`: the faithful copy, with its planted defects (and page-break
 *   artefacts where the spec has them);
 * - `<name>-clean.xlsx` / `<name>-clean.csv`: the same matrix without them, which must give no error
 *   and no warning (only the infos the spec names).
 * The .xlsx holds what a planner's workbook holds: a title block merged across, header parents merged
 * over their children, labels merged down over the rows below them (spacers included), group cells
 * merged down over their rows, numbers as numbers and `25%` as 0.25 formatted `0%`. The CSV is what an
 * Indonesian Excel exports: semicolons, decimal commas, no merges (blank cells instead).
 *
 * `tests/fixtures/dialects/expected.json` is written from the specs (scripts/dialectSpecs.ts): the
 * findings each spec declares, cell by cell, and the counts it declares. Nothing in it comes from the
 * validator. Run with `npm run fixtures:dialects`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { DIALECTS, type Cell, type Dialect } from './dialectSpecs';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/dialects');

/** A sheet as rows of cells, with where each data row landed and what is expected where. */
interface Built {
  rows: Cell[][];
  headerFirst: number;
  headerLast: number;
  /** 1-based sheet row of each data row of the spec (clean index → sheet row). */
  dataRow: number[];
  /** The header's label row (0-based sheet row) per column: where a column's label is written. */
  labelRow: number[];
  expected: string[];
}

const letter = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letter(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

function numberRow(spec: Dialect): Cell[] {
  const width = spec.header[0].length;
  return Array.from({ length: width }, (_, i) => (spec.numbers === 'paren' ? `(${i + 1})` : spec.numbers === 'plain' ? String(i + 1) : i + 1));
}

/** The rows of one copy: title, header (and number row), data with or without the spec's defects. */
function build(spec: Dialect, faithful: boolean): Built {
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
  const order = ['column-map', 'missing-label', 'extra-label', 'duplicate-label', 'repeated-header', 'blank-row', 'fragment-row', 'missing-value', 'type-error', 'non-canonical-value', 'invalid-choice', 'total-mismatch', 'unit-mismatch', 'percent-convention', 'no-target', 'stage-regression', 'realisation-without-target'];
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

function writeXlsx(spec: Dialect, b: Built, file: string): Promise<void> {
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

function writeCsv(spec: Dialect, b: Built, file: string): void {
  const width = spec.header[0].length;
  const quote = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = b.rows.map((row) => Array.from({ length: width }, (_, c) => quote(csvText(row[c] ?? ''))).join(';'));
  writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const expected: Record<string, unknown> = {};
  for (const spec of DIALECTS) {
    const faithful = build(spec, true);
    const clean = build(spec, false);
    await writeXlsx(spec, faithful, path.join(OUT, `${spec.name}.xlsx`));
    await writeXlsx(spec, clean, path.join(OUT, `${spec.name}-clean.xlsx`));
    writeCsv(spec, faithful, path.join(OUT, `${spec.name}.csv`));
    writeCsv(spec, clean, path.join(OUT, `${spec.name}-clean.csv`));
    expected[spec.name] = {
      institution: spec.institution,
      sheet: spec.sheet,
      kind: spec.kind,
      headerRows: [faithful.headerFirst + 1, faithful.headerLast + 1],
      columns: spec.columns,
      counts: spec.counts,
      findings: faithful.expected,
      cleanFindings: clean.expected,
      ...(spec.summary ? { summary: spec.summary } : {}),
    };
  }
  writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
  console.log(`${DIALECTS.length} dialect fixtures written to tests/fixtures/dialects/`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
