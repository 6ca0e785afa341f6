/**
 * Property tests: whatever a host hands over, validateGrid answers with well-formed findings;
 * and a valid matrix embedded anywhere in a sheet is found and counted.
 */
import fc from 'fast-check';
import { columnNumber, parseAddress, validateGrid, type CellValue, type Finding, type Grid, type MergedArea } from '../../core';
import { GENERAL_H1, GENERAL_H2, TEMATIK_H1, TEMATIK_H2 } from './helpers';

/** Raise with RBM_PROPERTY_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.RBM_PROPERTY_RUNS) || 200;
const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

const HEADER_WORDS = [
  'Kegiatan Utama',
  'Indikator Kegiatan Utama',
  'Target Tahun 2023',
  'Rencana Aksi',
  'Output',
  'Satuan',
  'Indikator',
  'TW 1',
  'TW 2',
  'TW II',
  'Triwulan III',
  'Q4',
  'Tahun 2024',
  'Total',
  'Koordinator',
  'Pelaksana',
  'Keterangan',
  'Permasalahan',
  'Sasaran',
  'Tim Squad',
  'Jumlah Anggaran',
  'No.',
  'Target Penyelesaian',
  'Sasaran Strategis I: Tata Kelola',
];
const VALUE_WORDS = ['100 %', '70%', '3,7', '166.406.521.000', 'WTP', 'wtp', 'B', 'Naskah final', 'Draft', 'Mon ev', 'n/a', '-', 'Rutin', 'rutin', 'Penguatan', 'Dokumen', 'Persentase', 'Presentase', 'dan lanjutan', '(Sumber: BKN)'];
const JUNK = ['=HYPERLINK("http://example.com","klik")', '=SUM(A1:A3)', '\u0000', '\ud83d\ude00 emoji', 'e\u0301', '\u202eRTL', ' ', '\n\t', 'x'.repeat(300), '{label}', '%', '()', '$A$1'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUE_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() }, // includes Invalid Date
);

const merge: fc.Arbitrary<MergedArea> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ top: fc.integer({ min: -2, max: 45 }), left: fc.integer({ min: -2, max: 25 }), bottom: fc.integer({ min: -2, max: 45 }), right: fc.integer({ min: -2, max: 25 }) }) },
  { weight: 1, arbitrary: fc.record({ top: fc.constantFrom(0, 1, NaN, 1.5, 1e9), left: fc.constantFrom(0, 2, Infinity, -1), bottom: fc.constantFrom(0, 3, 1e9, NaN), right: fc.constantFrom(0, 2, 1e9, 2.5) }) },
);

/** An Excel column (A … XFD) as letters. */
const letters = fc.integer({ min: 1, max: 16384 - 30 }).map((n) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
});
const topLeft: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.tuple(letters, fc.integer({ min: 1, max: 1_048_576 - 60 }), fc.boolean()).map(([l, r, abs]) => (abs ? `$${l}$${r}` : `${l}${r}`)),
  fc.constantFrom('A1', 'c5', 'A0', 'B00', '', '1A', 'ZZZZ1', 'R1C1', 'A', '12', ' B3 ', 'Sheet1!A1'),
);

const grid: fc.Arbitrary<Grid> = fc.record(
  {
    sheetName: fc.string({ maxLength: 10 }),
    values: fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 40 }),
    merges: fc.array(merge, { maxLength: 8 }),
    topLeft,
    numberFormats: fc.array(fc.array(fc.constantFrom('0%', 'General', '0.00%', null, undefined, '"%"0'), { maxLength: 20 }), { maxLength: 40 }),
  },
  { requiredKeys: ['sheetName', 'values'] },
);

function checkAddress(cellAddr: string, row: number): void {
  expect(cellAddr).toMatch(A1);
  expect(row).toBe(Number(/\d+$/.exec(cellAddr)![0]));
}

function checkFinding(f: Finding, origin: { row: number; column: number }): void {
  checkAddress(f.cell, f.row);
  expect(['error', 'warning', 'info']).toContain(f.severity);
  expect(typeof f.message).toBe('string');
  expect(f.message.trim().length).toBeGreaterThan(0);
  expect(f.row).toBeGreaterThanOrEqual(origin.row);
  expect(columnNumber(f.cell.replace(/\d+$/, ''))).toBeGreaterThanOrEqual(origin.column);
  for (const e of f.fix?.edits ?? []) {
    checkAddress(e.cell, e.row);
    expect(e.columnNumber).toBe(columnNumber(e.cell.replace(/\d+$/, '')));
    expect(e.row).toBeGreaterThanOrEqual(origin.row);
  }
  if (f.fix) expect(f.fix.message.trim().length).toBeGreaterThan(0);
  // A run of identical findings: a range straight down the finding's column, from its cell, of `count` rows.
  if (f.range !== undefined) {
    const [first, last] = f.range.split(':');
    expect(first).toBe(f.cell);
    expect(last.replace(/\d+$/, '')).toBe(f.cell.replace(/\d+$/, ''));
    expect(Number(last.replace(/^[A-Z]+/, '')) - f.row + 1).toBe(f.count);
    expect(f.count).toBeGreaterThanOrEqual(3);
  } else expect(f.count).toBeUndefined();
}

/** What the validator should take as the origin: a well-formed address, or A1. */
function expectedOrigin(address: string | undefined): { row: number; column: number } {
  const o = parseAddress(address);
  return o.row >= 1 && o.column >= 1 ? o : { row: 1, column: 1 };
}

describe('validateGrid on arbitrary grids', () => {
  test('never throws, and every finding is well-formed (both languages)', () => {
    fc.assert(
      fc.property(grid, fc.constantFrom('id' as const, 'en' as const), (g, lang) => {
        const { report } = validateGrid(g, { lang });
        const origin = expectedOrigin(g.topLeft);
        for (const f of report.findings) checkFinding(f, origin);
        expect(report.counts.errors + report.counts.warnings + report.counts.infos).toBe(report.findings.length);
        if (report.header) {
          expect(report.header.rows[0]).toBeGreaterThanOrEqual(origin.row);
          for (const l of Object.values(report.header.columns)) expect(l).toMatch(/^[A-Z]{1,3}$/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a stray cell far below a matrix (hundreds of thousands of blank rows): a report, never a throw (issue 15, item 6)', () => {
    const far = fc.record({
      header: fc.constantFrom([GENERAL_H1, GENERAL_H2], [TEMATIK_H1, TEMATIK_H2]),
      rows: fc.array(fc.array(cell, { minLength: 10, maxLength: 18 }), { maxLength: 10 }),
      strayRow: fc.integer({ min: 120_000, max: 400_000 }),
      strayColumn: fc.integer({ min: 0, max: 20 }),
      stray: cell,
    });
    fc.assert(
      fc.property(far, ({ header, rows, strayRow, strayColumn, stray }) => {
        const values: CellValue[][] = [...header.map((h) => [...h]), ...rows];
        const last: CellValue[] = [];
        last[strayColumn] = stray ?? 'x';
        values[strayRow] = last;
        const { report } = validateGrid({ sheetName: 'S', values });
        for (const f of report.findings) checkFinding(f, { row: 1, column: 1 });
        // Hundreds of thousands of blank rows are a handful of findings, not one each.
        expect(report.findings.length).toBeLessThan(100);
      }),
      { numRuns: 6 },
    );
  });

  test('grids built around a real header (many more reach the rules)', () => {
    const seeded = fc.record({
      before: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 4 }),
      header: fc.constantFrom([GENERAL_H1, GENERAL_H2], [TEMATIK_H1, TEMATIK_H2], [GENERAL_H2.map((v, i) => v || GENERAL_H1[i])]),
      rows: fc.array(fc.array(cell, { minLength: 10, maxLength: 18 }), { maxLength: 30 }),
      merges: fc.array(merge, { maxLength: 10 }),
      topLeft,
    });
    fc.assert(
      fc.property(seeded, ({ before, header, rows, merges, topLeft: tl }) => {
        const g: Grid = { sheetName: 'S', values: [...before, ...header.map((h) => [...h]), ...rows], merges, topLeft: tl };
        const { report } = validateGrid(g);
        const origin = expectedOrigin(tl);
        for (const f of report.findings) checkFinding(f, origin);
        // Applying every fix never makes the validator throw either.
        for (const f of report.findings) {
          if (!f.fix) continue;
          const values = g.values.map((r) => [...r]);
          for (const e of f.fix.edits) {
            const r = e.row - origin.row;
            const c = e.columnNumber - origin.column;
            while (values.length <= r) values.push([]);
            values[r][c] = e.value;
          }
          const after = validateGrid({ ...g, values }).report.findings;
          for (const x of after) checkFinding(x, origin);
          // A fix is certain: the finding it belongs to is gone.
          expect(after.filter((x) => x.code === f.code && x.cell === f.cell).map((x) => x.message)).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------

const TITLES = ['LAMPIRAN II', 'MATRIKS RENCANA AKSI RB GENERAL', 'BADAN KEPEGAWAIAN NEGARA', 'TAHUN 2023-2024', '', null];
const NUMERIC_TARGETS: CellValue[] = [1, 2, 12, 0, '3,7', '1.000', '70%', '100 %', '100%', 0.5, 'WTP', 'B', 'Naskah final', 'Draft', 'Mon ev'];
const UNITS = ['Dokumen', 'Persentase', 'Laporan', 'Opini', 'Nilai', 'Peraturan'];

interface Layout {
  kind: 'rb-general' | 'rb-tematik';
  header: CellValue[][];
  width: number;
  group: number[];
  rencanaAksi: number;
  satuan: number;
  indikator: number;
  periods: number[];
  koordinator: number;
}

const LAYOUTS: Layout[] = [
  { kind: 'rb-general', header: [GENERAL_H1, GENERAL_H2], width: 16, group: [0, 1, 2], rencanaAksi: 3, satuan: 4, indikator: 5, periods: [6, 7, 8, 9, 10], koordinator: 13 },
  { kind: 'rb-tematik', header: [TEMATIK_H1, TEMATIK_H2], width: 17, group: [0, 1, 2, 3], rencanaAksi: 4, satuan: 5, indikator: 6, periods: [7, 8, 9, 10, 11], koordinator: 15 },
  {
    kind: 'rb-general',
    header: [['Kegiatan Utama', 'Rencana Aksi', 'Satuan', 'Indikator', 'TW I', 'Triwulan II', 'Q3', 'TW 4', 'Total', 'Koordinator']],
    width: 10,
    group: [0],
    rencanaAksi: 1,
    satuan: 2,
    indikator: 3,
    periods: [4, 5, 6, 7],
    koordinator: 9,
  },
];

const dataRow = fc.record({
  newGroup: fc.boolean(),
  newAction: fc.boolean(),
  satuan: fc.constantFrom(...UNITS),
  targets: fc.array(fc.option(fc.constantFrom(...NUMERIC_TARGETS), { nil: null }), { minLength: 5, maxLength: 5 }),
  firstTarget: fc.integer({ min: 0, max: 4 }),
  koordinator: fc.constantFrom('Biro Umum', 'Direktorat Jabatan ASN', 'Biro SDM', ''),
});

describe('an embedded matrix is found and counted', () => {
  test('header at a random row offset, random data rows: kind and counts.outputs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LAYOUTS),
        fc.array(fc.constantFrom(...TITLES), { maxLength: 30 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(dataRow, { minLength: 1, maxLength: 40 }),
        topLeft,
        (layout, titles, leftPad, data, tl) => {
          const pad = (r: CellValue[]): CellValue[] => [...new Array(leftPad).fill(null), ...r];
          const values: CellValue[][] = titles.map((t) => pad(t === null ? [] : [t]));
          for (const h of layout.header) values.push(pad([...h]));
          let group = 0;
          let action = 0;
          data.forEach((d, i) => {
            const row: CellValue[] = new Array(layout.width).fill('');
            if (i === 0 || d.newGroup) {
              group++;
              layout.group.forEach((c) => (row[c] = `Kelompok ${group} kolom ${c}`));
            }
            if (i === 0 || d.newGroup || d.newAction) row[layout.rencanaAksi] = `Aksi ${++action}`;
            row[layout.satuan] = d.satuan;
            row[layout.indikator] = `Output ${i + 1}`;
            layout.periods.forEach((c, k) => (row[c] = d.targets[k] ?? ''));
            // At least one target, so that every generated row is an output.
            row[layout.periods[d.firstTarget % layout.periods.length]] = d.targets.find((t) => t !== null) ?? 1;
            row[layout.koordinator] = d.koordinator;
            values.push(pad(row));
          });
          const origin = expectedOrigin(tl);
          const { report } = validateGrid({ sheetName: 'Matriks', values, topLeft: tl });
          expect(report.kind).toBe(layout.kind);
          expect(report.header?.rows[0]).toBe(origin.row + titles.length);
          expect(report.counts.outputs).toBe(data.length);
          expect(report.counts.rencanaAksi).toBe(action);
          expect(report.counts.kegiatan).toBe(group);
          expect(report.findings.filter((f) => ['header-not-found', 'missing-label', 'fragment-row', 'repeated-header', 'blank-row'].includes(f.code))).toEqual([]);
          const blankKoordinator = data.filter((d) => d.koordinator === '').length;
          if (layout.kind === 'rb-general') expect(report.findings.filter((f) => f.code === 'missing-value' && f.columnKey === 'koordinator').reduce((n, f) => n + (f.count ?? 1), 0)).toBe(blankKoordinator);
          for (const f of report.findings) checkFinding(f, origin);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
