/**
 * The exceljs writer (cli/writePlan.ts) takes a plan with data validations, conditional formats and
 * charts: it writes the cells and leaves those items to the package writer that replaces it (issue 15
 * phase 2), without failing on them.
 */
import ExcelJS from 'exceljs';
import { applyPlan } from '../../cli/writePlan';
import { itemsPlan } from '../helpers/planItems';

test('a plan with every kind of item is written, cell for cell, the items aside', () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Matriks');
  expect(applyPlan(wb, itemsPlan())).toEqual({ replaced: false });
  const sheet = wb.getWorksheet('Ringkasan')!;
  expect(sheet.getCell('A2').value).toBe('Kegiatan A');
  expect(sheet.getCell('D4').value).toBeCloseTo(0.95 * 1.5);
});
