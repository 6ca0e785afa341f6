/**
 * Monitoring blocks (issue 13, core/layout/monitoringBlock.ts): a period parent over the children
 * evaluators add per quarter, each child that quarter's column; the flat forms beside them; the
 * block shape a writer lays out (issue 16) read back as the same block.
 */
import type { CellValue, Grid } from '../../core';
import { blockHeader, MONITORING_BLOCK } from '../../core/layout/monitoringBlock';
import { readMatrix } from '../../core/model/readMatrix';
import { validateGrid } from '../../core/validate';

/** A plan (Kegiatan Utama … Target › TW I–IV … PIC) with monitoring columns appended: `parents` over `children`. */
function plan(parents: CellValue[], children: CellValue[], data: CellValue[] = []): Grid {
  return {
    sheetName: 'Monev',
    values: [
      ['Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', 'Target', '', '', '', 'PIC', ...parents],
      ['', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', '', ...children],
      ['Penataan organisasi', 'Menyusun SOP', 'SOP', 'Dokumen', 1, '', '', '', 'Biro Organisasi', ...data],
    ],
  };
}

const keys = (grid: Grid) => readMatrix(grid)!.header.columns.filter((c) => c.index >= 9).map((c) => c.key);

describe('a period parent over monitoring children', () => {
  test.each([
    ['Triwulan I', 'tw1'],
    ['TW I', 'tw1'],
    ['TW-1', 'tw1'],
    ['Q1', 'tw1'],
    ['Triwulan 1 2025', 'tw1_2025'],
    ['Triwulan II', 'tw2'],
    ['Semester I', 'tw1-2'],
  ])('%s › Capaian Output | Kendala → %s', (parent, slot) => {
    expect(keys(plan([parent, ''], ['Capaian Output', 'Kendala']))).toEqual([`realisasi_${slot}`, `kendala_${slot}`]);
  });

  test('a bare I under Triwulan, three rows deep', () => {
    const grid: Grid = {
      sheetName: 'Monev',
      values: [
        ['Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', 'Target', '', '', '', 'PIC', 'Triwulan', '', '', ''],
        ['', '', '', '', 'TW I', 'TW II', 'TW III', 'TW IV', '', 'I', '', 'II', ''],
        ['', '', '', '', '', '', '', '', '', 'Realisasi', 'Hambatan', 'Realisasi', 'Hambatan'],
        ['Penataan organisasi', 'Menyusun SOP', 'SOP', 'Dokumen', 1, 1, '', '', 'Biro Organisasi', 1, 'a', 1, 'b'],
      ],
    };
    expect(keys(grid)).toEqual(['realisasi_tw1', 'kendala_tw1', 'realisasi_tw2', 'kendala_tw2']);
  });

  test.each([
    ['Realisasi', 'realisasi'], ['Capaian', 'realisasi'], ['Capaian Output', 'realisasi'], ['Realisasi Output', 'realisasi'],
    ['Capaian Progres (%)', 'progres'], ['Progres', 'progres'], ['Persentase Progres', 'progres'],
    ['Kendala', 'kendala'], ['Hambatan', 'kendala'],
    ['Solusi', 'tindakLanjut'], ['Tindak Lanjut', 'tindakLanjut'], ['Rencana Tindak Lanjut', 'tindakLanjut'],
    ['Bukti Dukung', 'buktiDukung'], ['Link Bukti Dukung', 'buktiDukung'], ['Data Dukung', 'buktiDukung'],
    ['Catatan Evaluator', 'catatan'], ['Catatan', 'catatan'], ['Keterangan', 'catatan'],
  ])('child %s is the quarter’s %s', (label, role) => {
    expect(keys(plan(['Triwulan I'], [label]))).toEqual([`${role}_tw1`]);
  });

  test('the same child under four quarter parents is four columns, no duplicate-label', () => {
    const parents = ['Triwulan I', '', 'Triwulan II', '', 'Triwulan III', '', 'Triwulan IV', ''];
    const children = ['Capaian Output', 'Kendala', 'Capaian Output', 'Kendala', 'Capaian Output', 'Kendala', 'Capaian Output', 'Kendala'];
    const grid = plan(parents, children, [1, '', '-', '', '-', '', '-', '']);
    expect(keys(grid)).toEqual(['realisasi_tw1', 'kendala_tw1', 'realisasi_tw2', 'kendala_tw2', 'realisasi_tw3', 'kendala_tw3', 'realisasi_tw4', 'kendala_tw4']);
    expect(validateGrid(grid).report.findings).toEqual([]);
  });

  test('a block holding Realisasi and Capaian reads the Realisasi; the Capaian is the sheet’s own ratio, kept as an extra label', () => {
    const grid = plan(['TW I', '', ''], ['Realisasi', 'Capaian (%)', 'Kendala'], [1, '100%', '']);
    expect(keys(grid)).toEqual(['realisasi_tw1', 'kendala_tw1']);
    expect(validateGrid(grid).report.findings.map((f) => [f.code, f.cell])).toEqual([['extra-label', 'K2']]);
  });

  test('a year as the block’s period (a realisation block per year)', () => {
    const grid: Grid = {
      sheetName: 'IKU',
      values: [
        ['No', 'Indikator Kinerja', 'Satuan', 'Target Tahun 2024', 'Tahun 2024', '', ''],
        ['', '', '', '', 'Realisasi', 'Kendala', 'Catatan Evaluator'],
        [1, 'Nilai SAKIP', 'Nilai', 75, 76, 'Reviu belum selesai', 'Lengkapi LKE'],
      ],
    };
    const m = readMatrix(grid)!;
    expect(m.header.blocks).toEqual([{ slot: '2024', year: 2024, from: 1, to: 4, wholeYear: true, columns: { realisasi: 4, kendala: 5, catatan: 6 } }]);
  });

  test('the flat forms stay: Realisasi TW 1 and Realisasi › TW 1, a flat Kendala for the whole sheet', () => {
    expect(keys(plan(['Realisasi TW 1', 'Kendala'], ['', '']))).toEqual(['realisasi_tw1', 'kendala']);
    expect(keys(plan(['Realisasi', '', 'Catatan Evaluator'], ['TW 1', 'TW 2', '']))).toEqual(['realisasi_tw1', 'realisasi_tw2', 'catatanEvaluator']);
  });

  test('Progres TW 1 as a flat label is the progress of TW 1', () => {
    expect(keys(plan(['Progres TW 1'], ['']))).toEqual(['progres_tw1']);
  });
});

describe('the block as a writer lays it out (issue 16)', () => {
  test('blockHeader gives the period over Realisasi | Progres (%) | Kendala | Tindak Lanjut | Bukti Dukung', () => {
    expect(blockHeader('Triwulan I 2026')).toEqual({ parent: 'Triwulan I 2026', children: ['Realisasi', 'Progres (%)', 'Kendala', 'Tindak Lanjut', 'Bukti Dukung'] });
    expect(MONITORING_BLOCK.written).toEqual(['realisasi', 'progres', 'kendala', 'tindakLanjut', 'buktiDukung']);
  });

  test('four blocks written by blockHeader right of a plan are read back as four blocks with the written children', () => {
    const parents: CellValue[] = [];
    const children: CellValue[] = [];
    for (const q of ['I', 'II', 'III', 'IV']) {
      const b = blockHeader(`Triwulan ${q} 2026`);
      parents.push(b.parent, ...new Array(b.children.length - 1).fill(''));
      children.push(...b.children);
    }
    const m = readMatrix(plan(parents, children))!;
    expect(m.header.blocks.map((b) => [b.slot, b.year, Object.keys(b.columns)])).toEqual(
      // The plan's own quarters name no year: the blocks keep theirs in the slot.
      ['tw1_2026', 'tw2_2026', 'tw3_2026', 'tw4_2026'].map((slot) => [slot, 2026, ['realisasi', 'progres', 'kendala', 'tindakLanjut', 'buktiDukung']]),
    );
    expect(m.header.duplicates).toEqual([]);
  });
});
