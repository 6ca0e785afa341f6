/**
 * Hostile workbooks (issue 15, items 1–3), scaled down so the suite stays fast: each is refused with
 * one sentence or read into a correct report, within a bound of memory measured in the child
 * process, and left unchanged. The full-size figures are in the README and `npm run bench`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strToU8 } from 'fflate';
import { generateMatrix } from '../../bench/generateMatrix';
import type { Grid } from '../../core/grid';
import { gridXlsx, sharedStringsXml, withDeclaredSize, worksheetXml, xlsxPackage } from '../helpers/xlsxPackage';
import { expectRefusal, measured, sha, type Measured } from './measured';

let dir: string;
const file = (name: string) => path.join(dir, name);
const hashes = new Map<string, string>();

/** A generated LAMPIRAN II of `outputs` outputs with merged group cells (header on row 4). */
function matrix(outputs: number): Grid {
  return generateMatrix(outputs, 7, false, true).grid;
}

function save(name: string, bytes: Uint8Array): void {
  writeFileSync(file(name), bytes);
  hashes.set(name, sha(file(name)));
}

function report(run: Measured): { counts: Record<string, number>; findings: unknown[] } {
  expect(run.signal).toBeNull();
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-hostile-'));
  const base = matrix(300);
  save('baseline.xlsx', gridXlsx(base, 3));

  // 1. Zip bombs: parts that inflate about a thousand times (the full-size ones: 4 GB from 10 MB).
  const bombStrings = strToU8(sharedStringsXml(['a']).replace('</sst>', '<si><t>a</t></si>'.repeat(3_000_000) + '</sst>'));
  save('bomb-strings.xlsx', xlsxPackage({ sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: bombStrings, level: 9 }));
  save('bomb-sheet.xlsx', xlsxPackage({ sheets: [{ name: 'S', xml: worksheetXml('<row><c s="0"/></row>'.repeat(2_500_000)) }], level: 9 }));
  // …and one whose directory claims 1 KB for a part of 3 MB.
  save('lying-size.xlsx', withDeclaredSize(xlsxPackage({ sheets: [{ name: 'S', xml: worksheetXml('<row><c><v>1</v></c></row>'.repeat(120_000)) }] }), 'xl/worksheets/sheet1.xml', 1024));

  // 2. Ranges that claim the whole sheet.
  save('merge-below.xlsx', gridXlsx({ ...base, merges: [...(base.merges ?? []), { top: base.values.length + 4, left: 0, bottom: 1048575, right: 16383 }] }, 3));
  save('merge-a20.xlsx', gridXlsx({ ...base, merges: [{ top: 19, left: 0, bottom: 1048575, right: 16383 }] }, 3));
  const wholeSheet =
    '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>0</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Rutin,Penguatan"</formula1></dataValidation></dataValidations>';
  save('validation-whole-sheet.xlsx', gridXlsx(base, 3, { after: wholeSheet }));
  const stray = { ...base, values: base.values.slice() };
  const far: (string | null)[] = [];
  far[16383] = 'x';
  stray.values[1048575] = far;
  save('stray-xfd1048576.xlsx', gridXlsx(stray, 3));
  const wide = matrix(40000);
  const lastRow: (string | null)[] = [];
  lastRow[16383] = 'catatan';
  wide.values.push(lastRow);
  save('matrix-40k-plus-xfd.xlsx', gridXlsx(wide, 3, { level: 1 }));

  // 3. Many merges: 100,000 two-row merges on a second sheet beside a matrix.
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= 200000; r += 2) {
    rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    merges.push(`A${r}:B${r + 1}`);
  }
  save(
    'merges-100k.xlsx',
    xlsxPackage({
      sheets: [
        { name: 'Catatan', xml: worksheetXml(rows.join(''), merges) },
        { name: 'Lampiran II', xml: worksheetXml(matrixRowsXml(base)) },
      ],
      level: 1,
    }),
  );
}, 60000);

afterEach(() => {
  for (const [name, hash] of hashes) expect(sha(file(name))).toBe(hash);
});

describe('zip bombs are refused before they inflate', () => {
  test.each([
    ['bomb-strings.xlsx', /xl\/sharedStrings\.xml .* \d+ kali .*zip bomb/],
    ['bomb-sheet.xlsx', /xl\/worksheets\/sheet1\.xml .* \d+ kali .*zip bomb/],
    ['lying-size.xlsx', /rusak/],
  ])('%s: one sentence, exit 2, little memory', (name, reason) => {
    const run = measured(['validate', file(name)]);
    expectRefusal(run, reason);
    expect(run.peakMB).toBeLessThan(150);
  });
});

describe('ranges that claim the whole sheet cost the cells that hold data', () => {
  let baseline: ReturnType<typeof report>;
  beforeAll(() => {
    baseline = report(measured(['validate', file('baseline.xlsx'), '--format', 'json']));
  });

  test.each(['merge-below.xlsx', 'validation-whole-sheet.xlsx'])('%s: the same report as without it', (name) => {
    const run = measured(['validate', file(name), '--format', 'json']);
    const got = report(run);
    expect(got.counts).toEqual(baseline.counts);
    expect(got.findings).toEqual(baseline.findings);
    expect(run.peakMB).toBeLessThan(200);
  });

  test('a merge A20:XFD1048576 over the matrix: a report of what the sheet shows (one merged cell from A20 on)', () => {
    const run = measured(['validate', file('merge-a20.xlsx'), '--format', 'json']);
    const got = report(run);
    expect(got.counts.outputs).toBeLessThan(baseline.counts.outputs);
    expect(run.peakMB).toBeLessThan(200);
  });

  test('a stray cell at XFD1048576 is read in bounded memory (scales reads every sheet)', () => {
    const run = measured(['scales', file('stray-xfd1048576.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tidak ada sheet “Skala”');
    expect(run.peakMB).toBeLessThan(300);
  });

  // Core items 6 and 7: a million `blank-row` findings once overflowed `raw.push(...)`; now the run
  // of blank rows down to the stray cell is one finding over its range.
  test('a stray cell at XFD1048576: a report, not "unexpected error", its blank rows one finding (core items 6, 7)', () => {
    const run = measured(['validate', file('stray-xfd1048576.xlsx'), '--format', 'json']);
    const got = report(run);
    const blank = (got.findings as { code: string; range?: string; count?: number }[]).filter((f) => f.code === 'blank-row');
    expect(blank).toHaveLength(1);
    expect(blank[0].range).toMatch(/^A\d+:A1048575$/);
    expect(blank[0].count).toBeGreaterThan(1_000_000);
    expect(run.stdout.length).toBeLessThan(200_000);
    // A million rows read into the model and a million raw findings before they collapse: about 550 MB.
    expect(run.peakMB).toBeLessThan(700);
  });

  test('a 40,000-output matrix with one cell in column XFD: the full report', () => {
    const run = measured(['validate', file('matrix-40k-plus-xfd.xlsx'), '--format', 'json'], 60000);
    const got = report(run);
    expect(got.counts.outputs).toBe(40000);
    expect(run.peakMB).toBeLessThan(450);
  });
});

test('100,000 merges on another sheet: read (n log n), and the matrix reported', () => {
  const run = measured(['validate', file('merges-100k.xlsx'), '--format', 'json']);
  const got = report(run);
  expect(got.counts.outputs).toBe(300);
  expect(run.peakMB).toBeLessThan(300);
});

/** A sheet's rows as inline-string XML (no shared strings needed). */
function matrixRowsXml(grid: Grid): string {
  return grid.values
    .map((row, r) => {
      const cells = row.map((v, c) => (v === null || v === '' ? '' : typeof v === 'number' ? `<c r="${col(c)}${r + 1}"><v>${v}</v></c>` : `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${escape(String(v))}</t></is></c>`));
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
}

function col(c: number): string {
  return c < 26 ? String.fromCharCode(65 + c) : 'A' + String.fromCharCode(65 + c - 26);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
