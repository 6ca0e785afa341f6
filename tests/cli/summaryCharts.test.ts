/**
 * `rbm summary` writes its two charts as native charts (DrawingML parts Excel and LibreOffice open as
 * charts): capaian per Kegiatan Utama as stacked bars coloured by band, outputs by status as a
 * doughnut coloured by status, each over the cells of the tab's "Data diagram" section. LibreOffice
 * prints the tab with them and writes them back as its own charts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { readXlsx } from '../../core/xlsx';
import { STATUS_COUNTS } from '../../core/summary/columns';
import { LIGHTS, STATUS_COLOUR } from '../../core/summary/look';
import { convert, withOffice } from '../helpers/libreOffice';
import { FIXTURES, rbm } from './run';

const SUMMARY = 'Ringkasan TW II 2023';
const out = path.join(mkdtempSync(path.join(tmpdir(), 'rbm-charts-')), 'ringkasan.xlsx');
let parts: Record<string, string>;

beforeAll(() => {
  const run = rbm(['summary', path.join(FIXTURES, 'lampiran-ii-realisasi.xlsx'), '--year', '2023', '--quarter', '2', '--out', out]);
  expect([run.code, run.stderr]).toEqual([0, '']);
  parts = Object.fromEntries(Object.entries(unzipSync(readFileSync(out))).map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));
});

const refs = (xml: string) => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;|'/g, "'"));
/** A reference's cells as the summary sheet holds them, read back by rbm's reader. */
async function cellsAt(ref: string): Promise<unknown[]> {
  const m = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref)!;
  const column = m[1].charCodeAt(0) - 65;
  const grid = (await readXlsx(readFileSync(out))).sheets.find((s) => s.grid.sheetName === SUMMARY)!.grid;
  return Array.from({ length: Number(m[4]) - Number(m[2]) + 1 }, (_, i) => grid.values[Number(m[2]) - 1 + i]?.[column] ?? null);
}

test('the summary sheet has a drawing with two charts: stacked bars by band, a doughnut by status', async () => {
  const id = new RegExp(`<sheet name="${SUMMARY}"[^>]* r:id="(\\w+)"`).exec(parts['xl/workbook.xml'])![1];
  const target = new RegExp(`Id="${id}"[^>]* Target="([^"]+)"`).exec(parts['xl/_rels/workbook.xml.rels'])![1];
  expect(parts[`xl/${target}`].endsWith('<drawing r:id="rId1"/></worksheet>')).toBe(true);
  const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
  expect(charts).toHaveLength(2);
  const [bars, doughnut] = charts.map((c) => parts[c]);
  expect(bars).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
  expect(bars).toContain('<a:t>Capaian rata-rata per Kegiatan Utama</a:t>');
  const colours = [...bars.matchAll(/<c:ser>.*?<a:srgbClr val="(\w+)"/g)].map((m) => `#${m[1]}`);
  expect(colours).toEqual([LIGHTS.green.chart, LIGHTS.yellow.chart, LIGHTS.red.chart].map((c) => c.toUpperCase()));
  // Categories are the Kegiatan Utama names; each band's column holds the capaian of the groups in that band only.
  const [categories, green, yellow, red] = await Promise.all(refs(bars).filter((_, i) => i === 0 || i % 2 === 1).map(cellsAt));
  expect(categories).toContain('Pelaksanaan Arsitektur SPBE Nasional');
  const bands = categories.map((_, i) => [green[i], yellow[i], red[i]].filter((v) => typeof v === 'number').length);
  expect(bands.every((n) => n <= 1)).toBe(true);
  expect(green.filter((v) => typeof v === 'number').every((v) => (v as number) >= 0.91)).toBe(true);
  expect(red.filter((v) => typeof v === 'number').every((v) => (v as number) < 0.66)).toBe(true);

  expect(doughnut).toContain('<c:doughnutChart>');
  expect(doughnut).toContain('<a:t>Status 79 output</a:t>');
  const [statuses, counts] = await Promise.all(refs(doughnut).slice(0, 2).map(cellsAt));
  expect((counts as number[]).reduce((a, b) => a + b, 0)).toBe(79);
  expect(statuses).toHaveLength([...doughnut.matchAll(/<c:dPt>/g)].length);
  expect([...doughnut.matchAll(/<c:dPt><c:idx val="\d+"\/><c:bubble3D val="0"\/><c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g)].map((m) => `#${m[1]}`)).toEqual(
    STATUS_COUNTS.map(({ status }) => STATUS_COLOUR[status].chart.toUpperCase()),
  );
});

withOffice('LibreOffice prints the summary with its charts and writes them back as charts over the same cells', async () => {
  expect(readFileSync(convert(out, 'pdf')).length).toBeGreaterThan(20000);
  const again = unzipSync(readFileSync(convert(out, 'xlsx')));
  const charts = Object.keys(again).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => Buffer.from(again[p]).toString('utf8'));
  expect(charts).toHaveLength(2);
  expect(charts.filter((c) => c.includes('<c:barDir val="bar"/><c:grouping val="stacked"/>'))).toHaveLength(1);
  expect(charts.filter((c) => c.includes('<c:doughnutChart>'))).toHaveLength(1);
  // LibreOffice writes each series' values as it read them from the cells (a cache): 79 outputs in the doughnut.
  const doughnut = charts.find((c) => c.includes('<c:doughnutChart>'))!;
  const cached = [...doughnut.replace(/[^]*<c:val>/, '').matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map((m) => Number(m[1]));
  expect(cached.reduce((a, b) => a + b, 0)).toBe(79);
});
