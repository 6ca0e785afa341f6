/**
 * The CLI's package writer (cli/writePlan.ts over core/xlsx/workbookEditor.ts) writes every item a
 * Plan holds into a new sheet: data validations, conditional formats (with their looks in styles.xml),
 * charts (DrawingML parts), protection with unlocked cells, hidden columns, a hidden sheet, formulas
 * computed on opening. Read back by exceljs (an independent reader) item by item, checked in the XML
 * where exceljs reads nothing (charts, element order), and opened by LibreOffice, which must print
 * the charts and write them back as charts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Plan } from '../../core/plan/plan';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { legacyPasswordHash } from '../../core/plan/protection';
import { writePlanToNewFile } from '../../cli/writePlan';
import { WorkbookEditor } from '../../core/xlsx/workbookEditor';
import { WORKSHEET_ORDER } from '../../core/xlsx/sheetItems';
import { convert, withOffice } from '../helpers/libreOffice';
import { plan, text } from '../helpers/plan';
import { itemsPlan } from '../helpers/planItems';

const dir = mkdtempSync(path.join(tmpdir(), 'rbm-items-'));
const out = path.join(dir, 'items.xlsx');

/** The items plan, protected (sorting allowed, a password), two columns hidden, a live formula in an unlocked cell. */
function fullPlan(): Plan {
  const p = itemsPlan();
  p.protection = { password: 'rahasia', allow: { sort: true } };
  p.hiddenColumns = [19, 20, 22];
  p.columnWidths = [];
  p.columnWidths[0] = 30;
  p.columnWidths[20] = 12;
  p.cells.push({ row: 7, column: 1, value: { kind: 'formula', formula: 'SUM(B2:B4)' }, locked: false, numberFormat: '0.00' });
  p.cells.push({ row: 8, column: 1, value: { kind: 'number', value: 5 }, locked: false });
  return p;
}

let parts: Record<string, string>;
let book: ExcelJS.Workbook;
let sheet: ExcelJS.Worksheet;
/** The conditional formats exceljs read (its typings leave the reading side out). */
type ReadRule = { type: string; operator?: string; priority: number; formulae: string[]; style: Partial<ExcelJS.Style> };
const formatsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: { ref: string; rules: ReadRule[] }[] }).conditionalFormattings;
const part = (name: string) => parts[name] ?? fail(`no part ${name}`);

beforeAll(async () => {
  await writePlanToNewFile(out, fullPlan());
  parts = Object.fromEntries(Object.entries(unzipSync(readFileSync(out))).map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  sheet = book.getWorksheet('Ringkasan')!;
});

/** Attributes of every `<tag …>` in `xml`, in document order. */
function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))].map((m) => Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

describe('a new sheet with every item', () => {
  test('the cells are written as planned, the formula as a formula the workbook computes on opening', () => {
    expect(sheet.getCell('A2').value).toBe('Kegiatan A');
    expect(sheet.getCell('D4').value).toBeCloseTo(0.95 * 1.5);
    expect(sheet.getCell('B8').formula).toBe('SUM(B2:B4)');
    expect(sheet.getCell('B8').numFmt).toBe('0.00');
    expect(elements(part('xl/workbook.xml'), 'calcPr')).toEqual([{ fullCalcOnLoad: '1' }]);
  });

  test('the worksheet’s elements come in the order CT_Worksheet requires', () => {
    const xml = part('xl/worksheets/sheet1.xml').replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>');
    const top = [...xml.matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]).filter((n) => (WORKSHEET_ORDER as readonly string[]).includes(n));
    const names = top.filter((n, i) => n !== top[i - 1]);
    expect(names).toEqual(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetProtection', 'conditionalFormatting', 'dataValidations', 'pageMargins', 'drawing']);
    const positions = names.map((n) => WORKSHEET_ORDER.indexOf(n as (typeof WORKSHEET_ORDER)[number]));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('each data validation, cell by cell: type, operator, formulas, blanks allowed, message and alert', () => {
    const dv = (ref: string) => sheet.getCell(ref).dataValidation;
    expect(dv('E2')).toEqual({ type: 'list', formulae: ['"Rutin,Penguatan"'], allowBlank: true, showInputMessage: true, showErrorMessage: true, promptTitle: 'Keterangan', prompt: 'Pilih Rutin atau Penguatan.', errorStyle: 'stop', errorTitle: 'Isian tidak sah', error: 'Pilih dari daftar.' });
    expect(dv('E20')).toEqual(dv('E2'));
    expect(dv('E21')).toBeUndefined();
    expect(dv('E1')).toBeUndefined();
    expect(dv('F2')).toMatchObject({ type: 'list', formulae: ['$A$2:$A$4'], errorStyle: 'warning', errorTitle: 'Bukan kegiatan' });
    expect(dv('F2').showInputMessage).toBeUndefined();
    expect(dv('G9')).toMatchObject({ type: 'list', formulae: ["'Daftar'!$A$1:$A$4"], errorStyle: 'stop' });
    expect(dv('H5')).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 10], errorStyle: 'information', promptTitle: 'Skor', prompt: 'Bilangan bulat 1–10.' });
    for (const ref of ['I2', 'I20', 'K2', 'K20']) expect(dv(ref)).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, errorStyle: 'stop', error: 'Isi angka ≥ 0.' });
    expect(dv('J2')).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [255], errorStyle: 'warning' });
    expect(dv('L7')).toMatchObject({ type: 'custom', formulae: ['OR(ISBLANK(L2),ISNUMBER(SEARCH("http",L2)))'], errorStyle: 'warning', error: 'Tautan diawali http.' });
  });

  test('each conditional format: its areas, rule, priority (first wins) and look', () => {
    const cf = formatsOf(sheet);
    expect(cf.map((f) => f.ref)).toEqual(['B2:D4', 'B2:D4 B6:D6', 'M2:M20', 'N2:N20', 'N2:N20', 'N2:N20', 'O2:O20', 'O2:O20', 'O2:O20', 'O2:O20', 'O2:O20']);
    expect(cf.map((f) => f.rules[0].priority)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const [between, high, contains, green] = cf.map((f) => f.rules[0]);
    expect(between).toMatchObject({ type: 'cellIs', operator: 'between', formulae: ['0.5', '0.9'] });
    expect(between.style.fill).toEqual({ type: 'pattern', bgColor: { argb: 'FFFFEB9C' } });
    expect(high).toMatchObject({ type: 'cellIs', operator: 'greaterThanOrEqual', formulae: ['0.9'] });
    expect(high.style.font).toEqual({ bold: true, color: { argb: 'FF006100' } });
    expect(contains).toMatchObject({ type: 'containsText', operator: 'containsText', formulae: ['NOT(ISERROR(SEARCH("Belum ""final""",M2)))'] });
    expect(contains.style.font).toEqual({ color: { argb: 'FF9C0006' } });
    expect(green).toMatchObject({ type: 'expression', formulae: ['AND(ISNUMBER(N2),N2>=0.90995)'] });
    const rules = elements(part('xl/worksheets/sheet1.xml'), 'cfRule');
    expect(rules.every((r) => r.stopIfTrue === '1')).toBe(true);
    expect(rules[2].text).toBe('Belum &quot;final&quot;');
    // The looks are differential formats in styles.xml, each once.
    const dxfs = part('xl/styles.xml').match(/<dxfs count="(\d+)">([\s\S]*?)<\/dxfs>/)!;
    expect(Number(dxfs[1])).toBe((dxfs[2].match(/<dxf>/g) ?? []).length);
    expect(new Set(rules.map((r) => r.dxfId)).size).toBe(Number(dxfs[1]));
  });

  test('protection: the legacy hash of the password, sorting allowed, the unlocked cells’ formats unlocked', () => {
    expect(elements(part('xl/worksheets/sheet1.xml'), 'sheetProtection')).toEqual([{ password: legacyPasswordHash('rahasia'), sheet: '1', objects: '1', scenarios: '1', sort: '0' }]);
    expect(legacyPasswordHash('rahasia')).toMatch(/^[0-9A-F]{4}$/);
    expect(sheet.getCell('B8').protection).toEqual({ locked: false, hidden: false });
    expect(sheet.getCell('B9').protection).toEqual({ locked: false, hidden: false });
    expect(sheet.getCell('B9').value).toBe(5);
    expect(sheet.getCell('A2').protection?.locked).not.toBe(false);
  });

  test('hidden columns, with the widths the plan gives', () => {
    expect(elements(part('xl/worksheets/sheet1.xml'), 'col')).toEqual([
      { min: '1', max: '1', width: '30', customWidth: '1' },
      { min: '20', max: '20', width: '9.140625', hidden: '1' },
      { min: '21', max: '21', width: '12', customWidth: '1', hidden: '1' },
      { min: '23', max: '23', width: '9.140625', hidden: '1' },
    ]);
    expect([19, 20, 21, 22, 23, 24].map((c) => sheet.getColumn(c).hidden)).toEqual([false, true, true, false, true, false]);
    expect(sheet.getColumn(21).width).toBe(12);
  });

  test('the charts: a drawing part with an anchor each, a chart part each, relationships and content types', () => {
    const resolved = resolvePlan(fullPlan()).charts;
    expect(elements(part('xl/worksheets/sheet1.xml'), 'drawing')).toEqual([{ 'r:id': 'rId1' }]);
    expect(elements(part('xl/worksheets/_rels/sheet1.xml.rels'), 'Relationship')).toEqual([{ Id: 'rId1', Type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing', Target: '../drawings/drawing1.xml' }]);
    const drawingRels = elements(part('xl/drawings/_rels/drawing1.xml.rels'), 'Relationship');
    expect(drawingRels.map((r) => r.Target)).toEqual([1, 2, 3, 4, 5].map((n) => `../charts/chart${n}.xml`));
    const types = elements(part('[Content_Types].xml'), 'Override');
    expect(types).toEqual(expect.arrayContaining([{ PartName: '/xl/drawings/drawing1.xml', ContentType: 'application/vnd.openxmlformats-officedocument.drawing+xml' }, ...[1, 2, 3, 4, 5].map((n) => ({ PartName: `/xl/charts/chart${n}.xml`, ContentType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml' }))]));
    const drawing = part('xl/drawings/drawing1.xml');
    const anchors = [...drawing.matchAll(/<xdr:oneCellAnchor>([\s\S]*?)<\/xdr:oneCellAnchor>/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(5);
    anchors.forEach((a, i) => {
      expect(a).toContain(`<xdr:from><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${[1, 16, 31, 60, 75][i]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`);
      expect(elements(a, 'xdr:ext')).toEqual([{ cx: String(resolved[i].extent.cx), cy: String(resolved[i].extent.cy) }]);
      expect(elements(a, 'c:chart')[0]['r:id']).toBe(drawingRels[i].Id);
    });
    expect(elements(anchors[2], 'xdr:ext')).toEqual([{ cx: String(720 * 12700), cy: String(405 * 12700) }]);
  });

  test('each chart part: its kind, title, data references, colours, axes and labels', () => {
    const chart = (n: number) => part(`xl/charts/chart${n}.xml`);
    const vals = (xml: string, tag: string) => elements(xml, `c:${tag}`).map((e) => e.val);
    const refs = (xml: string) => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    const fills = (xml: string) => [...xml.matchAll(/<a:solidFill><a:srgbClr val="(\w+)"\/><\/a:solidFill><\/c:spPr>/g)].map((m) => m[1]);

    const bar = chart(1);
    expect(vals(bar, 'barDir')).toEqual(['bar']);
    expect(vals(bar, 'grouping')).toEqual(['clustered']);
    expect(bar).toContain('<a:t>Batang</a:t>');
    expect(refs(bar)).toEqual(["'Ringkasan'!$A$2:$A$4", "'Ringkasan'!$B$2:$B$4"]);
    expect(fills(bar)).toEqual(['4E9A4E']);
    expect(vals(bar, 'orientation')).toEqual(['maxMin', 'minMax']); // categories top-down, as the table reads
    expect(vals(bar, 'min')).toEqual(['0']);
    expect(elements(bar, 'c:numFmt')).toEqual([{ formatCode: '0%', sourceLinked: '0' }]);
    expect(vals(bar, 'legendPos')).toEqual(['b']);
    expect(elements(bar, 'a:defRPr')[0]).toEqual({ sz: '1400', b: '1' }); // Excel's own sizes when the plan sets none

    const column = chart(2);
    expect(vals(column, 'barDir')).toEqual(['col']);
    expect(vals(column, 'orientation')).toEqual(['minMax', 'minMax']);
    expect(fills(column)).toEqual(['4472C4']); // a series without a colour gets Office's first accent, not the missing theme's

    const stacked = chart(3);
    expect(vals(stacked, 'grouping')).toEqual(['stacked']);
    expect(vals(stacked, 'overlap')).toEqual(['100']);
    expect(fills(stacked)).toEqual(['4E9A4E', 'E6A817', 'C9413A']);
    expect([...stacked.matchAll(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1])).toEqual(['TW I', 'TW II', 'TW III']);
    expect(elements(stacked, 'a:defRPr')[0]).toEqual({ sz: '2000', b: '1' });
    expect(elements(stacked, 'a:defRPr').pop()).toEqual({ sz: '1400', b: '0' });

    const rows = chart(4);
    expect(refs(rows)).toEqual(["'Ringkasan'!$B$1:$D$1", "'Ringkasan'!$B$2:$D$2", "'Ringkasan'!$B$1:$D$1", "'Ringkasan'!$B$3:$D$3"]);

    const doughnut = chart(5);
    expect(doughnut).toContain('<c:doughnutChart>');
    expect(doughnut).not.toContain('<c:valAx>');
    expect(vals(doughnut, 'holeSize')).toEqual(['50']);
    expect([...doughnut.matchAll(/<c:dPt><c:idx val="(\d)"\/><c:bubble3D val="0"\/><c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g)].map((m) => [m[1], m[2]])).toEqual([['0', '4E9A4E'], ['1', 'E6A817'], ['2', 'C9413A']]);
    expect(vals(doughnut, 'showPercent')).toEqual(['1']);
    expect(vals(doughnut, 'showVal')).toEqual(['0']);
  });
});

describe('hidden sheets', () => {
  const second = (hidden: boolean): Plan => ({ ...plan([text(1, 0, 'kunci')]), sheetName: 'Kunci', hidden });

  test('a hidden sheet is listed with state="hidden"; the active tab stays a shown one', async () => {
    const editor = await WorkbookEditor.blank();
    editor.addSheet(resolvePlan(second(true)));
    editor.addSheet(resolvePlan(plan([])));
    const file = path.join(dir, 'hidden.xlsx');
    const chunks: Uint8Array[] = [];
    await editor.write((b) => void chunks.push(b.slice()));
    writeFileSync(file, Buffer.concat(chunks));
    const workbook = Buffer.from(unzipSync(readFileSync(file))['xl/workbook.xml']).toString('utf8');
    expect(elements(workbook, 'sheet').map((s) => [s.name, s.state])).toEqual([['Kunci', 'hidden'], ['Ringkasan', undefined]]);
    expect(elements(workbook, 'workbookView')[0].activeTab).toBe('1');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Kunci', 'hidden'], ['Ringkasan', 'visible']]);
    // No formula was written: the workbook is not asked to recalculate.
    expect(workbook).not.toContain('calcPr');
  });

  test('hiding every sheet is refused', async () => {
    const editor = await WorkbookEditor.blank();
    editor.addSheet(resolvePlan(second(true)));
    await expect(editor.write(() => undefined)).rejects.toThrow(/every sheet would be hidden/);
  });
});

withOffice('LibreOffice opens the sheet: it prints it, and writes the charts, validations and formats back as its own', async () => {
  const pdf = convert(out, 'pdf');
  expect(readFileSync(pdf).length).toBeGreaterThan(10000);
  // LibreOffice's own .xlsx of what it read: the charts it understood are written again, as charts.
  const lo = convert(out, 'xlsx');
  const again = unzipSync(readFileSync(lo));
  const text = (name: string) => Buffer.from(again[name]).toString('utf8');
  const charts = Object.keys(again).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  expect(charts).toHaveLength(5);
  const kinds = charts.map((c) => {
    const xml = text(c);
    const dir = xml.match(/<c:barDir val="(\w+)"/)?.[1];
    return xml.includes('<c:doughnutChart>') ? 'doughnut' : `${dir}:${xml.match(/<c:grouping val="(\w+)"/)?.[1]}`;
  });
  expect(kinds.sort()).toEqual(['bar:clustered', 'bar:stacked', 'col:clustered', 'col:stacked', 'doughnut']);
  const all = charts.map(text).join('').toUpperCase();
  expect(all.includes('RINGKASAN!$B$2:$B$4')).toBe(true);
  expect(['4E9A4E', 'E6A817', 'C9413A', '4472C4'].filter((colour) => !all.includes(`<A:SRGBCLR VAL="${colour}"/>`))).toEqual([]);
  // And the sheet's validations, formats, protection and formula, as exceljs reads LibreOffice's file.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(lo);
  const ws = wb.getWorksheet('Ringkasan')!;
  expect(ws.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: expect.arrayContaining(['"Rutin,Penguatan"']) });
  expect(ws.getCell('I20').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
  expect(formatsOf(ws).length).toBeGreaterThanOrEqual(5);
  expect(ws.getCell('B8').formula).toBe('SUM(B2:B4)');
  expect(ws.getCell('B8').result).toBeCloseTo(0.2 + 0.4 + 0.6, 5);
  expect(ws.getColumn(20).hidden).toBe(true);
  expect(text('xl/worksheets/sheet1.xml')).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
});
