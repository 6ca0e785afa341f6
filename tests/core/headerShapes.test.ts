/**
 * Header shapes seen in other institutions' matrices beyond the dialect fixtures (issue 12): the
 * period above its measure, a number row with column formulas, alternatives and notes in labels.
 */
import { validateGrid, type CellValue } from '../../core';

const grid = (values: CellValue[][]) => ({ sheetName: 'S', values });

test('the year above its measures: Tahun 2025 › Target | Realisasi in an indicator table', () => {
  const { report, matrix } = validateGrid(
    grid([
      ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2025', '', 'Tahun 2026', ''],
      ['', '', '', 'Target', 'Realisasi', 'Target', 'Realisasi'],
      [1, 'Nilai SAKIP', 'Nilai', 70, 72, 75, ''],
    ]),
  );
  expect(report.kind).toBe('indikator');
  expect(report.header?.columns).toMatchObject({ target2025: 'D', realisasi_2025: 'E', target2026: 'F', realisasi_2026: 'G' });
  expect(report.findings).toEqual([]);
  expect(matrix!.header.realisations.map((p) => p.year)).toEqual([2025, 2026]);
});

test('the quarter above its measures: TW I › Target | Realisasi in an action plan', () => {
  const h1 = ['Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', 'TW I', '', 'TW II', '', 'PIC'];
  const h2 = ['', '', '', '', 'Target', 'Realisasi', 'Target', 'Realisasi', ''];
  const { report } = validateGrid(grid([h1, h2, ['Penataan organisasi', 'Menyusun SOP', 'SOP', 'Dokumen', 1, 1, 1, '', 'Biro Organisasi']]));
  expect(report.kind).toBe('rb-general');
  expect(report.header?.columns).toMatchObject({ tw1: 'E', realisasi_tw1: 'F', tw2: 'G', realisasi_tw2: 'H', koordinator: 'I' });
  expect(report.findings).toEqual([]);
});

test('a number row that writes its columns’ formulas belongs to the header', () => {
  const { report } = validateGrid(
    grid([
      ['Kegiatan Utama', 'Rencana Aksi', 'Output', 'Satuan', 'Target', 'Realisasi 2026', 'Capaian', 'Koordinator'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)=(6)/(5)', '(8)'],
      ['Penataan organisasi', 'Menyusun SOP', 'SOP', 'Dokumen', 1, 1, '100%', 'Biro Organisasi'],
    ]),
  );
  expect(report.header?.rows).toEqual([1, 2]);
  expect(report.counts.outputs).toBe(1);
});

test('labels with alternatives and notes: PIC/Penanggung Jawab, Koordinator (PJK), Anggaran (Rp), Output/Keluaran', () => {
  const { report } = validateGrid(
    grid([
      ['Sasaran Strategis', 'Rencana Aksi', 'Output/Keluaran', 'Satuan', 'TW 1', 'TW 2', 'TW 3', 'TW 4', 'Anggaran (Rp)', 'PIC/Penanggung Jawab', 'Unit Pelaksana'],
      ['Tata kelola', 'Menyusun SOP', 'SOP', 'Dokumen', 1, '', '', '', '1.000.000', 'Biro Organisasi', 'Seluruh unit'],
    ]),
  );
  expect(report.header?.columns).toEqual({ sasaranStrategis: 'A', rencanaAksi: 'B', indikator: 'C', satuan: 'D', tw1: 'E', tw2: 'F', tw3: 'G', tw4: 'H', anggaran: 'I', koordinator: 'J', pelaksana: 'K' });
  expect(report.findings).toEqual([]);
});
