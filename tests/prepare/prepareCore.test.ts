/**
 * core/prepare (issue 16 §1): the columns a plan matrix lacks, read back by the reader as the
 * quarter's realisation; nothing of the plan touched; a second run plans nothing; formulas,
 * validations and formats per row.
 */
import type { CellValue, Grid } from '../../core';
import { readMatrix } from '../../core/model/readMatrix';
import { prepareMonitoring } from '../../core/prepare';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { attainMatrix, blockOf } from '../../core/attainment/attainMatrix';
import { validateGrid } from '../../core/validate';
import { preparedGrid } from '../helpers/preparedGrid';

/** A two-row plan: Target › TW I–IV of 2025, a Keterangan, a stage row, a percentage row. */
function plan(rows: CellValue[][]): Grid {
  return {
    sheetName: 'Renaksi',
    topLeft: 'B3',
    values: [
      ['Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', 'Target 2025', '', '', '', 'Koordinator', 'Keterangan'],
      ['', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', '', ''],
      ...rows,
    ],
    merges: [{ top: 0, left: 4, bottom: 0, right: 7 }],
  };
}
const ROWS: CellValue[][] = [
  ['Penataan organisasi', 'Menyusun SOP', 'SOP', 'Dokumen', 1, 1, 2, 2, 'Biro Organisasi', 'Rutin'],
  ['Penataan organisasi', 'Menyusun Perka', 'Perka', 'Tahapan', 'Draft', 'Naskah final', 'Perbaikan', 'Mon ev', 'Biro Hukum', 'Penguatan'],
  ['Penataan organisasi', 'Survei kepuasan', 'Indeks', 'Persentase', '', '', '', '80%', 'Biro Umum', 'Rutin'],
];

const sheetCell = (g: Grid, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return g.values[Number(m[2]) - 3]?.[col - 2] ?? null;
};

describe('prepareMonitoring', () => {
  const grid = plan(ROWS);
  const matrix = readMatrix(grid)!;
  const prepared = prepareMonitoring(matrix, { year: 2025, quarter: 2 });
  const after = preparedGrid(grid, prepared.plan);

  test('adds four blocks under Triwulan parents and Capaian/Status right of the plan, resolvable by every writer', () => {
    expect(prepared.changed).toBe(true);
    expect(prepared.added.map((a) => `${a.column}:${a.label}`).slice(0, 6)).toEqual([
      'L:Triwulan I 2025 › Realisasi', 'M:Triwulan I 2025 › Progres (%)', 'N:Triwulan I 2025 › Kendala', 'O:Triwulan I 2025 › Tindak Lanjut', 'P:Triwulan I 2025 › Bukti Dukung', 'Q:Triwulan II 2025 › Realisasi',
    ]);
    expect(prepared.added.slice(-2).map((a) => `${a.column}:${a.label}`)).toEqual(['AF:Capaian TW II 2025', 'AG:Status TW II 2025']);
    expect(() => resolvePlan(prepared.plan)).not.toThrow();
    // Parents merged over their five children, Capaian and Status down both header rows.
    expect(prepared.plan.merges).toContainEqual({ top: 2, left: 11, bottom: 2, right: 15 });
    expect(prepared.plan.merges).toContainEqual({ top: 2, left: 31, bottom: 3, right: 31 });
  });

  test('never writes over a plan cell: every cell lies right of the plan', () => {
    for (const cell of prepared.plan.cells) expect(cell.column).toBeGreaterThanOrEqual(11);
    grid.values.forEach((row, r) => row.forEach((v, c) => expect(after.values[r][c]).toBe(v)));
  });

  test('the blocks read back as each quarter’s realisation, with no new finding', () => {
    const again = readMatrix(after)!;
    for (const q of [1, 2, 3, 4]) {
      const block = blockOf(again, 2025, q)!;
      expect(Object.keys(block.columns).sort()).toEqual(['buktiDukung', 'kendala', 'progres', 'realisasi', 'tindakLanjut']);
    }
    expect(again.header.realisations.map((r) => r.index)).toEqual([10, 15, 20, 25]);
    const errors = (g: Grid) => validateGrid(g).report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);
    expect(errors(after)).toEqual(errors(grid));
    // Realisation typed into the prepared cells is what the summary reads.
    const filled = { ...after, values: after.values.map((r) => [...r]) };
    filled.values[2][10] = 1; // SOP, TW I
    filled.values[2][15] = 1; // SOP, TW II
    filled.values[3][15] = 'Naskah final';
    const att = attainMatrix(readMatrix(filled)!, 2025, 2).map((o) => o.attainment.status);
    // 1, 1, 2, 2 documents never go down: states, so 1 realised by TW II meets the 1 due.
    expect(att).toEqual(['tercapai', 'tercapai', 'belum-jatuh-tempo']);
  });

  test('run again on its own output, it plans nothing', () => {
    const second = prepareMonitoring(readMatrix(after)!, { year: 2025, quarter: 2 });
    expect(second.changed).toBe(false);
    expect(second.plan.cells).toEqual([]);
    expect(second.plan.validations).toEqual([]);
  });

  test('another quarter later adds only its Capaian and Status', () => {
    const next = prepareMonitoring(readMatrix(after)!, { year: 2025, quarter: 3 });
    expect(next.added.map((a) => a.label)).toEqual(['Capaian TW III 2025', 'Status TW III 2025']);
    expect(next.added[0].column).toBe('AH');
  });

  test('a block missing children gets them under a parent naming the same quarter', () => {
    const g = plan(ROWS.slice(0, 1));
    g.values[0].push('Triwulan I 2025', '');
    g.values[1].push('Capaian Output', 'Kendala');
    const p = prepareMonitoring(readMatrix(g)!, { year: 2025, quarter: 1 });
    expect(p.added.slice(0, 3).map((a) => a.label)).toEqual(['Triwulan I 2025 › Progres (%)', 'Triwulan I 2025 › Tindak Lanjut', 'Triwulan I 2025 › Bukti Dukung']);
    const block = blockOf(readMatrix(preparedGrid(g, p.plan))!, 2025, 1)!;
    expect(block.columns).toEqual({ realisasi: 10, kendala: 11, progres: 12, tindakLanjut: 13, buktiDukung: 14 });
  });

  test('a one-row header gets flat Realisasi and Progres columns the reader knows', () => {
    const g: Grid = { sheetName: 'S', values: [['Kegiatan', 'Rencana Aksi', 'Output', 'Satuan', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV', 'PIC'], ['A', 'B', 'C', 'Dokumen', 1, 1, 1, 1, 'X']] };
    const p = prepareMonitoring(readMatrix(g)!, { year: 2025, quarter: 1 });
    expect(p.added.slice(0, 2).map((a) => a.label)).toEqual(['Realisasi TW I 2025', 'Progres TW I 2025']);
    expect(readMatrix(preparedGrid(g, p.plan))!.header.realisations).toHaveLength(4);
  });

  test('a sheet with flat realisation columns keeps its dialect: only Capaian and Status', () => {
    const g = plan(ROWS.slice(0, 1));
    g.values[0].push('Realisasi', '', '', '');
    g.values[1].push('TW 1', 'TW 2', 'TW 3', 'TW 4');
    const p = prepareMonitoring(readMatrix(g)!, { year: 2025, quarter: 1 });
    expect(p.added.map((a) => a.label)).toEqual(['Capaian TW I 2025', 'Status TW I 2025']);
  });

  test('formulas: native functions only, reading the realisation cells; stage rows by rank; no target → Belum jatuh tempo', () => {
    const at = (a1: string) => prepared.plan.cells.find((c) => c.row === Number(a1.replace(/\D/g, '')) - 1 && c.column === a1.replace(/\d/g, '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1)!;
    const capaian = at('AF5');
    expect(capaian.value.kind).toBe('formula');
    const f = (capaian.value as { formula: string }).formula;
    expect(f).toContain('L5');
    expect(f).toContain('Q5');
    expect(f).not.toMatch(/RB[._]/);
    expect(f).toMatch(/^IFERROR\(/);
    expect((at('AF6').value as { formula: string }).formula).toContain('"Naskah final"');
    expect(at('AG5').value).toMatchObject({ kind: 'formula' });
    expect(at('AG7').value).toEqual({ kind: 'formula', formula: expect.stringContaining('Belum jatuh tempo') });
    expect(sheetCell(after, 'AG5')).toBeNull(); // not calculated in a grid
  });

  test('validations: stage list, number ≥ 0, progress 0–100, input messages on the first row, dropdown on Keterangan', () => {
    const v = prepared.plan.validations!;
    const realisasiQ1 = v.filter((x) => x.areas.some((a) => a.left === 11));
    expect(realisasiQ1[0].prompt?.title).toBe('Realisasi triwulan ini');
    expect(realisasiQ1[0].areas).toEqual([{ top: 4, bottom: 4, left: 11, right: 11 }]);
    expect(realisasiQ1.map((x) => x.rule)).toContainEqual({ kind: 'list', values: ['Draft', 'Naskah final', 'Perbaikan', 'Mon ev'] });
    expect(realisasiQ1.map((x) => x.rule)).toContainEqual({ kind: 'decimal', operator: 'greaterThanOrEqual', value: 0 });
    expect(v.find((x) => x.areas[0].left === 12)!.rule).toEqual({ kind: 'decimal', operator: 'between', value: 0, value2: 100 });
    expect(v.find((x) => x.areas[0].left === 10)!.rule).toEqual({ kind: 'list', values: ['Rutin', 'Penguatan'] });
    for (const x of v) if (x.prompt) expect(x.prompt.text.length).toBeLessThanOrEqual(255);
  });

  test('input cells are unlocked, formula cells are not; Capaian and Status carry the summary’s colours', () => {
    const cell = prepared.plan.cells.find((c) => c.row === 4 && c.column === 11)!;
    expect(cell.locked).toBe(false);
    expect(prepared.plan.cells.find((c) => c.row === 4 && c.column === 31)!.locked).toBeUndefined();
    const cf = prepared.plan.conditionalFormats!;
    expect(cf.filter((f) => f.areas[0].left === 31).map((f) => f.fill)).toEqual(['#C6EFCE', '#FFEB9C', '#FFC7CE']);
    expect(cf.filter((f) => f.areas[0].left === 32)).toHaveLength(5);
  });

  test('a year without targets is refused with a sentence', () => {
    const g: Grid = { sheetName: 'S', values: [['Kegiatan', 'Rencana Aksi', 'Output', 'Satuan', 'Target 2024', '', '', '', 'PIC'], ['', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', ''], ['A', 'B', 'C', 'Dokumen', 1, 1, 1, 1, 'X']] };
    expect(() => prepareMonitoring(readMatrix(g)!, { year: 2025, quarter: 1 })).toThrow(/tidak punya target untuk tahun 2025/);
  });
});
