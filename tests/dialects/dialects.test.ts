/**
 * The dialect fixtures (issue 12): matrices as ministries, agencies, provinces, regencies and cities
 * keep them, built by scripts/make-dialects.ts from scripts/dialectSpecs.ts. Each faithful copy gives
 * exactly the findings its spec declares, cell by cell, and the counts it declares, in .xlsx (merges,
 * typed numbers) and in CSV (no merges, decimal commas); each clean copy gives no error and no
 * warning; applying the certain fixes leaves none of them; summaries answer as the specs say.
 */
import * as path from 'node:path';
import { readWorkbook } from '../../cli/readWorkbook';
import { columnLetter, parseAddress } from '../../core/grid';
import type { Finding } from '../../core/findings/finding';
import { validateGrid } from '../../core/validate';
import { applyEdits } from '../helpers/applyEdits';
import { rbm } from '../cli/run';
import { DIALECTS } from '../../scripts/dialectSpecs';
import expected from '../fixtures/dialects/expected.json';

const DIR = path.join(__dirname, '../fixtures/dialects');

interface Expected {
  institution: string;
  kind: string;
  headerRows: [number, number];
  columns: Record<string, string>;
  counts: { kegiatan: number; rencanaAksi: number; outputs: number };
  findings: string[];
  cleanFindings: string[];
  summary?: { year: number; quarter: number; exit: number; totals?: Record<string, number>; warnings?: string[] };
}
const EXPECTED = expected as unknown as Record<string, Expected>;

test('at least a dozen matrices: ministries, agencies, provinces, regencies and cities; plans, indicator tables and road maps', () => {
  const names = Object.keys(EXPECTED);
  expect(names.length).toBeGreaterThanOrEqual(12);
  expect(names).toEqual(DIALECTS.map((d) => d.name)); // expected.json is current (npm run fixtures:dialects)
  for (const who of ['kementerian', 'badan', 'lembaga', 'provinsi', 'kabupaten', 'kota']) expect(names.some((n) => n.startsWith(who))).toBe(true);
  expect(new Set(Object.values(EXPECTED).map((e) => e.kind))).toEqual(new Set(['rb-general', 'rb-tematik', 'indikator', 'peta-jalan']));
  // Header depths 1 to 4, spacer rows, rows of column numbers.
  expect(new Set(DIALECTS.map((d) => d.header.length))).toEqual(new Set([1, 2, 3, 4]));
  expect(DIALECTS.some((d) => d.header.some((row) => row.every((c) => c === '')))).toBe(true);
  expect(new Set(DIALECTS.map((d) => d.numbers).filter(Boolean))).toEqual(new Set(['paren', 'plain', 'numeric']));
});

/** `code cell` for each cell a finding covers: its own, or every cell of its run's range. */
function cellsOf(f: Finding): string[] {
  if (!f.range) return [`${f.code} ${f.cell}`];
  const [first, last] = f.range.split(':').map(parseAddress);
  return Array.from({ length: last.row - first.row + 1 }, (_, i) => `${f.code} ${columnLetter(first.column)}${first.row + i}`);
}

describe.each(Object.keys(EXPECTED))('%s', (name) => {
  const want = EXPECTED[name];

  test.each(['xlsx', 'csv'])('the faithful .%s: kind, header, columns, counts and exactly the declared findings', async (ext) => {
    const [grid] = await readWorkbook(path.join(DIR, `${name}.${ext}`));
    const { report } = validateGrid(grid);
    expect(report.kind).toBe(want.kind);
    expect(report.header?.rows).toEqual(want.headerRows);
    expect(report.header?.columns).toMatchObject(want.columns);
    expect(report.counts).toMatchObject(want.counts);
    // A run of identical findings down a column (three page-break copies of the header) is one
    // finding over its range; the specs declare each cell.
    expect(report.findings.flatMap(cellsOf)).toEqual(want.findings);
  });

  test.each(['xlsx', 'csv'])('the clean .%s: no error, no warning, the same counts', async (ext) => {
    const [grid] = await readWorkbook(path.join(DIR, `${name}-clean.${ext}`));
    const { report } = validateGrid(grid);
    expect(report.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(want.cleanFindings);
    expect(report.counts).toMatchObject({ ...want.counts, errors: 0, warnings: 0 });
  });

  test('the certain fixes remove what they fix and add nothing but blank rows', async () => {
    const [grid] = await readWorkbook(path.join(DIR, `${name}.xlsx`));
    const before = validateGrid(grid).report.findings;
    const after = validateGrid(applyEdits(grid, before.flatMap((f) => f.fix?.edits ?? []))).report.findings;
    const fixed = new Set(before.filter((f) => f.fix).map((f) => `${f.code} ${f.cell}`));
    const was = new Set(before.map((f) => `${f.code} ${f.cell}`));
    for (const f of after) {
      expect(fixed.has(`${f.code} ${f.cell}`)).toBe(false);
      if (!was.has(`${f.code} ${f.cell}`)) expect(f.code).toBe('blank-row');
    }
  });
});

const withSummary = Object.entries(EXPECTED).filter(([, e]) => e.summary);

test.each(withSummary.map(([name, e]) => [name, e.summary!] as const))('rbm summary on the clean %s', (name, summary) => {
  const { code, stdout } = rbm(['summary', path.join(DIR, `${name}-clean.xlsx`), '--year', String(summary.year), '--quarter', String(summary.quarter), '--format', 'json']);
  expect(code).toBe(summary.exit);
  const data = JSON.parse(stdout);
  if (summary.totals) expect(data.totals).toMatchObject(summary.totals);
  expect(data.warnings.map((w: { code: string }) => w.code)).toEqual(summary.warnings ?? []);
  for (const group of Object.values(data.groups) as { name: string }[][]) for (const g of group) expect(g.name).not.toBe('');
});

test('a road map asked for a year it has no target in: a sentence on stderr and exit 1, never a silent 0%', () => {
  const { code, stdout, stderr } = rbm(['summary', path.join(DIR, 'kabupaten-peta-jalan-2022-2024-clean.xlsx'), '--year', '2026', '--quarter', '4', '--format', 'json']);
  expect(code).toBe(1);
  expect(stderr).toContain('Tidak ada output yang bertarget pada tahun 2026');
  expect(stderr).toContain('tahun bertarget: 2022, 2023, 2024');
  expect(JSON.parse(stdout).warnings.map((w: { code: string }) => w.code)).toEqual(['tanpa-target-tahun']);
});
