/** `rbm scales`: the reference scales, and a planner's own from a real workbook's `Skala` sheet. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { rbm } from './run';

async function workbookWithSkala(rows: (string | number | null)[][]): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rbm-skala-')), 'matriks.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Lampiran II').getCell('A1').value = 'matriks';
  const sheet = workbook.addWorksheet('Skala');
  rows.forEach((r, i) => r.forEach((v, c) => (sheet.getCell(i + 1, c + 1).value = v)));
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('rbm scales', () => {
  test('lists every reference scale', () => {
    const { code, stdout } = rbm(['scales', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.reference.map((s: { id: string }) => s.id)).toEqual(['sakip', 'indeks-rb', 'spbe', 'sistem-merit', 'ipp', 'spip', 'skm', 'permendagri-86', 'indeks-pemdi', 'skm-interval', 'ip-asn']);
    expect(json.reference[7].bands[0]).toMatchObject({ label: 'Sangat Tinggi', min: 91, max: 'Infinity' });
  });

  test('reads the Skala sheet: two scales, comma decimals, and a bad row reported at its cell (exit 1)', async () => {
    const file = await workbookWithSkala([
      ['Skala', 'Label', 'Batas Bawah', 'Batas Atas'],
      ['Indeks Digitalisasi', 'Tinggi', '3,5', 5],
      [null, 'Sedang', 2, '3,49'],
      [null, 'Rendah', 0, '1,99'],
      ['Kepatuhan', 'Patuh', 80, 100],
      [null, 'Belum patuh', 'nol', 79],
    ]);
    const { code, stdout } = rbm(['scales', file, '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.sheet).toBe('Skala');
    expect(json.own.map((s: { name: { id: string }; bands: { label: string; min: number; max: number }[] }) => [s.name.id, s.bands.map((b) => [b.label, b.min, b.max])])).toEqual([
      ['Indeks Digitalisasi', [['Tinggi', 3.5, 5], ['Sedang', 2, 3.49], ['Rendah', 0, 1.99]]],
      ['Kepatuhan', [['Patuh', 80, 100]]],
    ]);
    expect(json.problems).toEqual([expect.objectContaining({ cell: 'C6', row: 6, column: 3 })]);
    const text = rbm(['scales', file]).stdout;
    expect(text).toContain('Skala buatan pengguna (sheet “Skala”)');
    expect(text).toMatch(/✖ C6 {2}.+nol/);
  });
});
