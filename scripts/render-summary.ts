/**
 * Renders the quarterly summary tab of the monitoring fixture to a PNG a person can look at:
 * the tab alone in a workbook, printed landscape to PDF by LibreOffice, page 1 rasterised by pdftoppm.
 * Needs Debian's `libreoffice-calc-nogui` (or `libreoffice-calc`) and `poppler-utils`.
 * Run with `npm run render` (writes docs/ringkasan-tw2-2023.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readMatrix } from '../core/model/readMatrix';
import { buildSummary } from '../core/summary/buildSummary';
import { readWorkbook } from '../cli/readWorkbook';
import { writePlanToNewFile } from '../cli/writePlan';

/** Dots per inch of the picture: the tables beside the charts on one page's width stay readable. */
const RESOLUTION = 180;

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
  // The picture only: printed landscape on one page's width, tables and charts side by side. The page
  // setup is put into the sheet's XML here (ECMA-376 Part 1, 18.3.1.63 and 18.3.1.64); the tab and its
  // charts are rbm's own, as `rbm summary` writes them.
  const parts = unzipSync(readFileSync(path.join(dir, 'tab.xlsx')));
  const sheet = 'xl/worksheets/sheet1.xml';
  parts[sheet] = strToU8(
    strFromU8(parts[sheet])
      .replace('<dimension ', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ')
      .replace(/(<pageMargins [^>]*\/>)/, '$1<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'),
  );
  writeFileSync(xlsx, zipSync(parts));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', env: { ...process.env, HOME: dir } });
  execFileSync('pdftoppm', ['-png', '-r', String(RESOLUTION), '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'ringkasan.pdf'), path.join(dir, 'page')]);
  copyFileSync(path.join(dir, 'page.png'), out);
  console.log(`summary tab rendered to ${out}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
