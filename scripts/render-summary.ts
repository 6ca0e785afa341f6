/**
 * Renders the quarterly summary tab of the monitoring fixture to a PNG a person can look at:
 * the tab alone in a workbook, printed landscape to PDF by LibreOffice, page 1 rasterised by pdftoppm.
 * Needs Debian's `libreoffice-calc-nogui` (or `libreoffice-calc`) and `poppler-utils`.
 * Run with `npm run render` (writes docs/ringkasan-tw2-2023.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readMatrix } from '../core/model/readMatrix';
import { buildSummary } from '../core/summary/buildSummary';
import { readWorkbook } from '../cli/readWorkbook';
import { writePlanToNewFile } from '../cli/writePlan';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const out = process.argv[2] ?? path.join(root, 'docs/ringkasan-tw2-2023.png');
  const [grid] = await readWorkbook(path.join(root, 'tests/fixtures/lampiran-ii-realisasi.xlsx'));
  const matrix = readMatrix(grid);
  if (!matrix) throw new Error('no matrix in the fixture');
  const { plan } = buildSummary(matrix, { year: 2023, quarter: 2, madeOn: new Date(2023, 6, 10) });
  const dir = mkdtempSync(path.join(tmpdir(), 'rbm-render-'));
  const xlsx = path.join(dir, 'ringkasan.xlsx');
  await writePlanToNewFile(path.join(dir, 'tab.xlsx'), plan);
  // The picture only: printed landscape on one page's width (exceljs sets the page; the tab is rbm's).
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, 'tab.xlsx'));
  workbook.worksheets[0].pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await workbook.xlsx.writeFile(xlsx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', env: { ...process.env, HOME: dir } });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'ringkasan.pdf'), path.join(dir, 'page')]);
  copyFileSync(path.join(dir, 'page.png'), out);
  console.log(`summary tab rendered to ${out}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
