/**
 * `rbm summary` edits the package and never loses a byte (issue 15, items 12 and 13): on a workbook
 * a second writer made (tests/fixtures/second-writer/every-part.xlsx: a chart, a chartsheet, a table,
 * sparklines, Excel 2010 validations, comments, defined names, an image, custom XML, a pivot table
 * and its cache), every part but the four a new sheet needs comes out with the very same compressed
 * bytes; those four change by exactly the new sheet's entries; LibreOffice opens the copy.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsx } from '../../core/xlsx';
import { crc32 } from '../../core/xlsx/crc32';
import { ZipDirectory } from '../../core/xlsx/zipDirectory';
import { FIXTURES, rbm } from './run';

const EVERY_PART = path.join(FIXTURES, 'second-writer/every-part.xlsx');
const PERIOD = ['--year', '2023', '--quarter', '2'];
const SUMMARY = 'Ringkasan TW II 2023';
/** What adding a sheet may change, and nothing else. */
const EDITED = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'];

const tmp = () => mkdtempSync(path.join(tmpdir(), 'rbm-parts-'));
const text = (parts: Record<string, Uint8Array>, name: string) => Buffer.from(parts[name]).toString('utf8');

/** Every part of a package: its compressed bytes as stored, its CRC, and its content. */
function rawParts(file: string): Map<string, { compressed: Buffer; crc: number; method: number; content: Uint8Array }> {
  const bytes = readFileSync(file);
  const zip = ZipDirectory.read(bytes);
  const content = unzipSync(bytes);
  return new Map(zip.entries.map((e) => [e.name, { compressed: Buffer.from(zip.compressed(e)), crc: e.crc32, method: e.method, content: content[e.name] }]));
}

function summarise(input: string, out: string, extra: string[] = []) {
  const run = rbm(['summary', input, ...PERIOD, '--out', out, ...extra]);
  // The fixture's matrix is a plan without realisation columns: the summary is written, and says so
  // (issue 12: never a silent 0%), exiting 1.
  expect(run.stderr).toMatch(/^rbm: Sheet “Lampiran II” belum punya kolom Realisasi[^\n]*\nrbm: Sheet “Lampiran II” has no Realisasi columns[^\n]*\n$/);
  expect(run.code).toBe(1);
  return run;
}

let dir: string;
let out: string;
beforeAll(() => {
  dir = tmp();
  out = path.join(dir, 'ringkasan.xlsx');
  summarise(EVERY_PART, out);
});

test('the fixture holds every kind of part the issue names', () => {
  const parts = unzipSync(readFileSync(EVERY_PART));
  for (const name of [
    'xl/charts/chart1.xml',
    'xl/chartsheets/sheet1.xml',
    'xl/tables/table1.xml',
    'xl/comments/comment1.xml',
    'xl/drawings/commentsDrawing1.vml',
    'xl/media/image1.png',
    'customXml/item1.xml',
    'customXml/itemProps1.xml',
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'xl/pivotCache/pivotCacheRecords1.xml',
    'xl/pivotTables/pivotTable1.xml',
  ]) {
    expect(parts[name]).toBeDefined();
  }
  const matrixSheet = text(parts, 'xl/worksheets/sheet1.xml');
  expect(matrixSheet).toContain('<x14:sparklineGroups');
  expect(matrixSheet).toContain('<x14:dataValidation ');
  expect(matrixSheet).toContain('<dataValidation ');
  expect(text(parts, 'xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">');
});

/** The summary's own new parts: its sheet, and its two charts (a drawing part, a chart part each, their relationships) under names the workbook's own charts leave free. */
const NEW_PARTS = ['xl/worksheets/sheet5.xml', 'xl/drawings/drawing3.xml', 'xl/charts/chart3.xml', 'xl/charts/chart4.xml', 'xl/drawings/_rels/drawing3.xml.rels', 'xl/worksheets/_rels/sheet5.xml.rels'];

test('every part but the four a new sheet needs is copied raw: the same compressed bytes and CRC', () => {
  const before = rawParts(EVERY_PART);
  const after = rawParts(out);
  expect([...after.keys()].filter((k) => !before.has(k))).toEqual(NEW_PARTS);
  expect([...before.keys()].filter((k) => !after.has(k))).toEqual([]);
  const changed: string[] = [];
  for (const [name, part] of before) {
    const copy = after.get(name)!;
    if (copy.compressed.equals(part.compressed) && copy.crc === part.crc && copy.method === part.method) continue;
    changed.push(name);
  }
  expect(changed.sort()).toEqual(EDITED);
  // The copy is a sound zip: every part's CRC is that of its content.
  for (const [, part] of after) expect(crc32(part.content)).toBe(part.crc);
});

test('the four edited parts change by the new sheet only', () => {
  const was = unzipSync(readFileSync(EVERY_PART));
  const now = unzipSync(readFileSync(out));
  const types = text(now, '[Content_Types].xml');
  const chart = (n: number) => `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`;
  const added = '<Override PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' + chart(3) + chart(4) + '<Override PartName="/xl/drawings/drawing3.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>';
  expect(types).toBe(text(was, '[Content_Types].xml').replace('</Types>', `${added}</Types>`));
  // The summary's charts: a drawing relationship, and one per chart from the drawing.
  expect(text(now, 'xl/worksheets/_rels/sheet5.xml.rels')).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing3.xml"');
  expect(text(now, 'xl/drawings/_rels/drawing3.xml.rels').match(/Target="..\/charts\/chart\d.xml"/g)).toEqual(['Target="../charts/chart3.xml"', 'Target="../charts/chart4.xml"']);
  const rels = text(now, 'xl/_rels/workbook.xml.rels');
  const relation = /<Relationship Id="(rId\d+)" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/worksheet" Target="worksheets\/sheet5.xml"\/><\/Relationships>$/.exec(rels);
  expect(relation).not.toBeNull();
  expect(rels).toBe(text(was, 'xl/_rels/workbook.xml.rels').replace('</Relationships>', relation![0]));
  // workbook.xml: one <sheet> after the matrix; the active tab and the print area's sheet index follow their sheets.
  const expected = text(was, 'xl/workbook.xml')
    .replace('r:id="rId1"/>', `r:id="rId1"/><sheet name="${SUMMARY}" sheetId="6" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relation![1]}"/>`)
    .replace('activeTab="1"', 'activeTab="2"')
    .replace('localSheetId="1"', 'localSheetId="2"');
  expect(text(now, 'xl/workbook.xml')).toBe(expected);
  // styles.xml: every existing entry where it was (cells of other sheets point at them by index).
  const styles = text(now, 'xl/styles.xml');
  const original = text(was, 'xl/styles.xml');
  for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
    const inner = (xml: string) => new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? '';
    expect(inner(styles).startsWith(inner(original))).toBe(true);
  }
  expect(styles.replace(/<(cellXfs|fonts|fills|borders|numFmts) count="\d+">/g, '')).toContain(original.replace(/<(cellXfs|fonts|fills|borders|numFmts) count="\d+">/g, '').split('</cellXfs>')[1]);
});

test('the copy reads back: the input sheets as they were, the summary after the matrix', async () => {
  const before = await readXlsx(readFileSync(EVERY_PART));
  const after = await readXlsx(readFileSync(out));
  expect(after.sheets.map((s) => s.grid.sheetName)).toEqual(['Lampiran II', SUMMARY, 'Grafik', 'Data', 'Catatan']);
  for (const sheet of before.sheets) expect(after.sheets.find((s) => s.grid.sheetName === sheet.grid.sheetName)).toEqual(sheet);
  const summary = after.sheets[1].grid;
  expect(summary.values[0][0]).toBe('RINGKASAN CAPAIAN RENCANA AKSI REFORMASI BIROKRASI — TW II 2023');
  expect(summary.values[2][0]).toBe('Ringkasan ini dibuat oleh RB Matrix');
});

test('a second run replaces its own sheet: only that part changes (its cell formats are there already; its charts are written again, the same, in their places)', () => {
  const again = path.join(dir, 'lagi.xlsx');
  summarise(out, again, ['--cap', '110']); // another cap: the sheet says so
  const before = rawParts(out);
  const after = rawParts(again);
  expect([...after.keys()]).toEqual([...before.keys()]);
  const changed = [...before].filter(([name, part]) => !after.get(name)!.compressed.equals(part.compressed)).map(([name]) => name);
  expect(changed).toEqual(['xl/worksheets/sheet5.xml']);
});

describe('a workbook with macros (.xlsm) is kept whole (item 12)', () => {
  let xlsm: string;
  beforeAll(() => {
    const parts = unzipSync(readFileSync(EVERY_PART));
    parts['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...strToU8('VBA project of the planner')]);
    const types = text(parts, '[Content_Types].xml')
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    parts['[Content_Types].xml'] = strToU8(types);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(text(parts, 'xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    xlsm = path.join(dir, 'makro.xlsm');
    writeFileSync(xlsm, zipSync(parts));
  });

  test('its copy is an .xlsm with the VBA project byte for byte (the default name too)', () => {
    const copy = path.join(dir, 'makro-ringkasan.xlsm');
    summarise(xlsm, copy);
    const before = rawParts(xlsm);
    const after = rawParts(copy);
    expect(after.get('xl/vbaProject.bin')!.compressed.equals(before.get('xl/vbaProject.bin')!.compressed)).toBe(true);
    expect(text(unzipSync(readFileSync(copy)), '[Content_Types].xml')).toContain('macroEnabled.main+xml');
    const folder = tmp();
    copyFileSync(xlsm, path.join(folder, 'm.xlsm'));
    summarise(path.join(folder, 'm.xlsm'), path.join(folder, 'm-ringkasan-2023-TW2.xlsm'));
    // Without --out: the default name beside it is an .xlsm too (it exists now, an earlier summary of this input: replaced).
    const again = rbm(['summary', path.join(folder, 'm.xlsm'), ...PERIOD]);
    expect(again.stderr).toMatch(/belum punya kolom Realisasi/); // the plan's summary says so, and is written
    expect(again.stdout).toContain('m-ringkasan-2023-TW2.xlsm');
  });

  test('an .xlsx name for its copy is refused with a sentence (Excel will not open macros in an .xlsx)', () => {
    const run = rbm(['summary', xlsm, ...PERIOD, '--out', path.join(dir, 'tanpa-makro.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/makro \(VBA\); keluarannya harus \.xlsm/);
    expect(existsSync(path.join(dir, 'tanpa-makro.xlsx'))).toBe(false);
  });
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));
const withOffice = soffice ? test : test.skip;

withOffice('LibreOffice opens the copy: it prints to PDF, and reads the summary sheet as written', () => {
  const folder = tmp();
  const env = { ...process.env, HOME: folder };
  const pdf = spawnSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', folder, out], { env, encoding: 'utf8', timeout: 120000 });
  expect(pdf.status).toBe(0);
  expect(statSync(path.join(folder, 'ringkasan.pdf')).size).toBeGreaterThan(10000);
  // Every sheet as CSV (filter option -1: one file per sheet), to see what LibreOffice read in the summary.
  const csv = spawnSync(soffice!, ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', folder, out], { env, encoding: 'utf8', timeout: 120000 });
  expect(csv.status).toBe(0);
  const files = readdirSync(folder).filter((f) => f.endsWith('.csv'));
  expect(files).toEqual(expect.arrayContaining([`ringkasan-${SUMMARY}.csv`, 'ringkasan-Lampiran II.csv', 'ringkasan-Grafik.csv', 'ringkasan-Data.csv']));
  const summary = readFileSync(path.join(folder, `ringkasan-${SUMMARY}.csv`), 'utf8').split('\n');
  expect(summary[0]).toMatch(/^RINGKASAN CAPAIAN RENCANA AKSI REFORMASI BIROKRASI — TW II 2023,/);
  expect(summary[2]).toMatch(/^Ringkasan ini dibuat oleh RB Matrix,Triwulan II 2023/);
  expect(summary.find((l) => l.startsWith('Seluruh output,'))).toBe('Seluruh output,10,1,0,0,1,9,0,0%,Sangat Rendah,');
}, 240000);
