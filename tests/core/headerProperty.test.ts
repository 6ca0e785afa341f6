/**
 * Issue 12's property: any header of 1–4 rows made from the layouts' vocabulary — labels in any case,
 * with line breaks, NBSP, trailing colons or footnote marks; parents merged over their children or
 * only written above the first of them (a CSV export); a spacer row; a closing row of column numbers —
 * under 0–5 title rows, is found, and its columns mapped, on the same data rows.
 */
import fc from 'fast-check';
import { validateGrid, type CellValue, type Grid, type MergedArea } from '../../core';
import { GROUPS, KOORDINATOR, OUTPUT, PELAKSANA, RENCANA_AKSI, SATUAN, TOTAL } from '../../core/layout/planColumns';
import { PARENT_MARK } from '../../core/layout/schema';

const RUNS = Number(process.env.RBM_PROPERTY_RUNS) || 150;

/** Labels a column may have on its own (a label qualified by a parent only stands under it). */
const plain = (labels: readonly string[]) => labels.filter((l) => !l.includes(PARENT_MARK));
const GROUP_CHOICES = [GROUPS.kegiatanUtama, GROUPS.sasaranStrategis, GROUPS.program, GROUPS.tujuan, GROUPS.indikatorKinerja, GROUPS.areaPerubahan];
const TITLES = ['LAMPIRAN II', 'MATRIKS RENCANA AKSI REFORMASI BIROKRASI', 'PEMERINTAH KABUPATEN SUKAMAJU', 'TAHUN 2026', 'Rencana Aksi RB General Tahun Anggaran 2026', 'NOMOR 12 TAHUN 2025'];
const QUARTERS = [
  ['TW 1', 'TW 2', 'TW 3', 'TW 4'],
  ['TW I', 'TW II', 'TW III', 'TW IV'],
  ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'],
  ['Q1', 'Q2', 'Q3', 'Q4'],
  ['TW-1', 'TW-2', 'TW-3', 'TW-4'],
];
const PERIOD_PARENTS = ['Target', 'Target Penyelesaian', 'Target Penyelesaian (Kumulatif)', 'Target Tahun 2026', 'Jadwal Pelaksanaan', 'TARGET CAPAIAN'];

/** How a planner may write a label: case, line breaks, NBSP, a trailing colon, a footnote mark. */
const styled = (label: string) =>
  fc.record({ upper: fc.boolean(), wrap: fc.boolean(), nbsp: fc.boolean(), mark: fc.constantFrom('', ':', '*', '¹', ' :') }).map(({ upper, wrap, nbsp, mark }) => {
    let s = upper ? label.toUpperCase() : label;
    if (wrap) s = s.replace(' ', '\n');
    if (nbsp) s = s.replace(' ', '\u00a0');
    return s + mark;
  });

interface Column {
  key: string;
  /** Labels top to bottom: [parent…, label]. */
  path: string[];
}

const column = (key: string, labels: readonly string[]) => fc.constantFrom(...plain(labels)).chain(styled).map((label) => ({ key, path: [label] }));

const shape = fc.record({
  titles: fc.array(fc.constantFrom(...TITLES), { maxLength: 5 }),
  groups: fc.uniqueArray(fc.constantFrom(...GROUP_CHOICES.keys()), { minLength: 1, maxLength: 2 }),
  action: fc.constantFrom('rencanaAksi', 'subKegiatan'),
  outputUnder: fc.constantFrom('', 'Output', 'Keluaran', 'OUTPUT'),
  periodDepth: fc.integer({ min: 1, max: 3 }),
  periodParent: fc.constantFrom(...PERIOD_PARENTS),
  quarters: fc.constantFrom(...QUARTERS.keys()),
  bareUnderTriwulan: fc.boolean(),
  total: fc.boolean(),
  pelaksana: fc.boolean(),
  unitParent: fc.boolean(),
  spacer: fc.boolean(),
  numbers: fc.constantFrom('', 'paren', 'plain', 'numeric'),
  merged: fc.boolean(),
  rows: fc.integer({ min: 1, max: 12 }),
});

test('a header of 1–4 rows from the vocabulary, under 0–5 title rows, is found and its columns mapped', () => {
  fc.assert(
    fc.property(
      shape,
      fc.gen(),
      (s, gen) => {
        const pick = <T>(arb: fc.Arbitrary<T>): T => gen(() => arb);
        const columns: Column[] = [];
        for (const g of s.groups) columns.push(pick(column(GROUP_CHOICES[g].key, GROUP_CHOICES[g].labels)));
        columns.push(s.action === 'rencanaAksi' ? pick(column('rencanaAksi', RENCANA_AKSI.labels)) : pick(column('subKegiatan', GROUPS.subKegiatan.labels)));
        const under = (c: Column, parent: string) => (parent ? { ...c, path: [parent, ...c.path] } : c);
        columns.push(under(pick(column('satuan', SATUAN.labels)), s.outputUnder));
        // Under an Output parent the output may be plain `Indikator` or `Uraian`; on its own, any of its labels.
        const outputLabels = s.outputUnder ? [...plain(OUTPUT.labels), 'Uraian'] : plain(OUTPUT.labels).filter((l) => l !== 'indikator');
        columns.push(under({ key: 'indikator', path: [pick(fc.constantFrom(...outputLabels).chain(styled))] }, s.outputUnder));
        // The quarters: alone (depth 1), under a target parent (2), under a parent and a year (3).
        const bare = s.bareUnderTriwulan && s.periodDepth >= 2;
        const quarterLabels = bare ? ['I', 'II', 'III', 'IV'] : QUARTERS[s.quarters];
        quarterLabels.forEach((label, q) => {
          const path = s.periodDepth === 1 ? [label] : s.periodDepth === 2 ? [bare ? 'Triwulan' : s.periodParent, label] : [s.periodParent, bare ? 'Triwulan 2026' : '2026', label];
          columns.push({ key: `tw${q + 1}`, path });
        });
        if (s.total) columns.push(pick(column('total', TOTAL.labels)));
        const unit = s.unitParent ? 'Unit/Satuan Kerja Pelaksana' : '';
        columns.push(under(pick(column('koordinator', KOORDINATOR.labels)), unit));
        if (s.pelaksana) columns.push(under(pick(column('pelaksana', PELAKSANA.labels)), unit));

        const { grid, headerRows } = layOut(s, columns);
        const { report } = validateGrid(grid);
        expect(report.kind).toBe('rb-general');
        expect(report.header?.rows).toEqual(headerRows);
        const letters = Object.fromEntries(columns.map((c, i) => [c.key, String.fromCharCode(65 + i)]));
        expect(report.header?.columns).toMatchObject(letters);
        expect(report.counts.outputs).toBe(s.rows);
        expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      },
    ),
    { numRuns: RUNS },
  );
});

/** The sheet: titles, the header (a spacer under its first row when asked, column numbers after it), the data rows; merges as Excel keeps them, or none as a CSV. */
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function layOut(s: Shape, columns: Column[]): { grid: Grid; headerRows: [number, number] } {
  const width = columns.length;
  const depth = Math.max(...columns.map((c) => c.path.length));
  const merges: MergedArea[] = [];
  const values: CellValue[][] = s.titles.map((t) => [t]);
  const top = values.length;
  // A spacer row under the first header row (the blank a vertical merge leaves), when the header has room for it.
  const spacer = s.spacer && depth >= 2 && depth < 4 ? 1 : 0;
  const rowOf = (level: number) => top + (level === 0 ? 0 : level + spacer);
  const lastRow = rowOf(depth - 1);
  for (let r = top; r <= lastRow; r++) values.push(new Array(width).fill(''));
  columns.forEach((c, i) => {
    c.path.forEach((label, level) => {
      const r = rowOf(level);
      // A parent is written once, over the first of its children.
      const parentOfLeft = level < c.path.length - 1 && i > 0 && columns[i - 1].path[level] === label && columns[i - 1].path.length > level + 1;
      if (!parentOfLeft) values[r][i] = label;
    });
  });
  if (s.merged) {
    columns.forEach((c, i) => {
      c.path.forEach((label, level) => {
        const r = rowOf(level);
        if (values[r][i] === '') return;
        let right = i;
        while (level < c.path.length - 1 && right + 1 < width && columns[right + 1].path[level] === label && columns[right + 1].path.length > level + 1) right++;
        const down = level === c.path.length - 1 ? lastRow : r;
        if (right > i || down > r) merges.push({ top: r, left: i, bottom: down, right });
      });
    });
  }
  let headerLast = lastRow;
  if (s.numbers) {
    values.push(columns.map((_, i) => (s.numbers === 'paren' ? `(${i + 1})` : s.numbers === 'plain' ? String(i + 1) : i + 1)));
    headerLast++;
  }
  for (let d = 0; d < s.rows; d++) {
    const row: CellValue[] = columns.map((c) => {
      if (/^tw\d$/.test(c.key)) return c.key === `tw${(d % 4) + 1}` ? 1 + (d % 3) : '';
      switch (c.key) {
        case 'satuan':
          return 'Dokumen';
        case 'indikator':
          return `Dokumen hasil kegiatan ${d + 1}`;
        case 'total':
          return 1 + (d % 3);
        case 'koordinator':
          return 'Biro Perencanaan';
        case 'pelaksana':
          return 'Seluruh Unit Kerja';
        case 'rencanaAksi':
        case 'subKegiatan':
          return d % 2 === 0 ? `Menyusun kebijakan ${d + 1}` : '';
        default:
          return d % 4 === 0 ? `Kelompok ${c.key} ${d + 1}` : '';
      }
    });
    values.push(row);
  }
  return { grid: { sheetName: 'Matriks', values, merges: s.merged ? merges : undefined }, headerRows: [top + 1, headerLast + 1] };
}
