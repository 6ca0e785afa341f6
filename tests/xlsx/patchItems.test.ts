/**
 * A plan's items added to an EXISTING sheet (`rbm prepare`'s monitoring blocks right of a person's
 * matrix, `rbm merge`): cells with formulas, data validations and conditional formats beside the
 * sheet's own, merges, widths and hidden columns, protection — the sheet's own validations, formats,
 * merges, comments, sparklines and drawings untouched, every other part copied raw. Read back by
 * exceljs and the XML, and opened by LibreOffice.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Plan } from '../../core/plan/plan';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { capaianFormats } from '../../core/summary/formatRules';
import { besideTheirs, patchedHead, patchedTail } from '../../core/xlsx/patchItems';
import { patchedSheetXml } from '../../core/xlsx/patchSheet';
import { WORKSHEET_ORDER } from '../../core/xlsx/sheetItems';
import { WorkbookEditor } from '../../core/xlsx/workbookEditor';
import { readXlsx } from '../../core/xlsx';
import { writePatchToFile } from '../../cli/writePlan';
import { ZipDirectory } from '../../core/xlsx/zipDirectory';
import { convert, withOffice } from '../helpers/libreOffice';
import { projectRoot } from '../helpers/projectRoot';

const SECOND = path.join(projectRoot(), 'tests/fixtures/second-writer');
/** Every kind of part a workbook holds (openpyxl: comments, sparklines, x14 validations, a chartsheet, a pivot table…), which exceljs cannot open. */
const EVERY_PART = path.join(SECOND, 'every-part.xlsx');
/** The features saved again by LibreOffice (merges, a list validation, comments, print settings), which exceljs reads. */
const LIBREOFFICE = path.join(SECOND, 'libreoffice-features.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';
const area = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

/** Monitoring blocks right of the matrix (A–P): a merged heading over R–T, realisation (R), capaian formula (S), a key column (U) hidden. */
function blocks(): Plan {
  const cells: Plan['cells'] = [
    { row: 3, column: 17, value: { kind: 'text', text: 'Triwulan I 2023' }, font: { bold: true }, fill: '#DDEBF7', border: true },
    { row: 4, column: 17, value: { kind: 'text', text: 'Realisasi' }, font: { bold: true } },
    { row: 4, column: 18, value: { kind: 'text', text: 'Capaian' }, font: { bold: true } },
    { row: 4, column: 19, value: { kind: 'text', text: 'Status' }, font: { bold: true } },
  ];
  for (let r = 5; r < 20; r++) {
    cells.push({ row: r, column: 17, value: { kind: 'blank' }, border: true, locked: false });
    cells.push({ row: r, column: 18, value: { kind: 'formula', formula: `IF(ISNUMBER(R${r + 1}),R${r + 1}/100,"")` }, numberFormat: '0%', border: true });
    cells.push({ row: r, column: 20, value: { kind: 'text', text: `k${r}` } });
  }
  return {
    sheetName: 'Lampiran II',
    signature: { row: 3, column: 17, text: 'Triwulan I 2023' },
    cells,
    merges: [area(3, 17, 3, 19)],
    columnWidths: Object.assign([], { 17: 14, 18: 12, 19: 18 }),
    // The headings' row grows for their wrapped text; the group row is tall enough already.
    rowHeights: Object.assign([], { 3: 12, 4: 45 }),
    frozenRows: 0,
    hiddenColumns: [20],
    validations: [
      { areas: [area(5, 17, 19, 17)], rule: { kind: 'decimal', operator: 'greaterThanOrEqual', value: 0 }, prompt: { title: 'Realisasi TW I', text: 'Isi angka ≥ 0.' }, alert: { style: 'stop', title: 'Bukan angka', text: 'Isi angka ≥ 0.' } },
      { areas: [area(5, 19, 19, 19)], rule: { kind: 'list', values: ['Tercapai', 'Belum tercapai'] }, alert: { style: 'warning', title: 'Status', text: 'Pilih dari daftar.' } },
    ],
    conditionalFormats: capaianFormats(area(5, 18, 19, 18)),
    protection: { allow: { formatColumns: true } },
  };
}

async function patched(plan: Plan = blocks(), input: Uint8Array = readFileSync(LIBREOFFICE)): Promise<Uint8Array> {
  const editor = await WorkbookEditor.open(input);
  editor.patchSheetWithPlan('Lampiran II', resolvePlan(plan));
  const chunks: Uint8Array[] = [];
  await editor.write((b) => void chunks.push(b.slice()));
  return Buffer.concat(chunks);
}

const text = (bytes: Uint8Array, name: string) => Buffer.from(unzipSync(bytes)[name]).toString('utf8');
/** Attributes of every `<tag …>` in `xml`, in document order. */
const elements = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))].map((m) => Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));

describe('monitoring blocks patched into every kind of part (every-part.xlsx)', () => {
  let out: Uint8Array;
  beforeAll(async () => {
    out = await patched(blocks(), readFileSync(EVERY_PART));
  });

  test('only the sheet and styles.xml change; every other part keeps its compressed bytes', () => {
    const [a, b] = [ZipDirectory.read(readFileSync(EVERY_PART)), ZipDirectory.read(out)];
    expect(b.entries.map((e) => e.name)).toEqual(a.entries.map((e) => e.name));
    const changed = a.entries.filter((e) => !Buffer.from(b.compressed(b.get(e.name)!)).equals(Buffer.from(a.compressed(e)))).map((e) => e.name);
    // workbook.xml already asks for a full calculation on load (fullCalcOnLoad="1"): it stays as it was.
    expect(changed.sort()).toEqual(['xl/styles.xml', SHEET]);
  });

  test('the sheet’s own merges, validations, comments, sparklines and x14 validations are all there, as they were', () => {
    const before = text(readFileSync(EVERY_PART), SHEET);
    const after = text(out, SHEET);
    for (const kept of [/<dataValidation sqref="P6:P20"[^]*?<\/dataValidation>/, /<legacyDrawing[^>]*\/>/, /<extLst>[^]*<\/extLst>/, /<mergeCell ref="C12:C20"\/>/]) expect(after).toContain(before.match(kept)![0]);
    expect(elements(after, 'mergeCells')).toEqual([{ count: '20' }]);
    expect(elements(after, 'dataValidations')).toEqual([{ count: '3' }]);
    const top = [...after.replace(/<sheetData>[^]*<\/sheetData>/, '<sheetData/>').replace(/<extLst>[^]*<\/extLst>/, '<extLst/>').matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]);
    const names = top.filter((n) => (WORKSHEET_ORDER as readonly string[]).includes(n) && n !== 'col');
    expect(names).toEqual(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetProtection', 'mergeCells', 'conditionalFormatting', 'conditionalFormatting', 'conditionalFormatting', 'dataValidations', 'pageMargins', 'legacyDrawing', 'extLst']);
  });

  test('a validation over cells an Excel 2010 validation (in the extensions) covers leaves them to it', async () => {
    const plan = blocks();
    plan.validations!.push({ areas: [area(3, 13, 24, 13)], rule: { kind: 'list', values: ['A', 'B'] }, alert: { style: 'stop', title: 'x', text: 'y' } });
    const xml = text(await patched(plan, readFileSync(EVERY_PART)), SHEET);
    expect(xml).toContain('<xm:sqref>N6:N20</xm:sqref>');
    expect(elements(xml, 'dataValidation').map((v) => v.sqref)).toEqual(['P6:P20', 'R6:R20', 'T6:T20', 'N4:N5 N21:N25']);
  });

  test('a sheet with protection of its own keeps it (a person’s password is never replaced)', async () => {
    const { zipSync } = await import('fflate');
    const parts = unzipSync(readFileSync(EVERY_PART));
    parts[SHEET] = Buffer.from(text(readFileSync(EVERY_PART), SHEET).replace('</sheetData>', '</sheetData><sheetProtection password="CC1A" sheet="1"/>'));
    const xml = text(await patched(blocks(), zipSync(parts)), SHEET);
    expect(elements(xml, 'sheetProtection')).toEqual([{ password: 'CC1A', sheet: '1' }]);
  });
});

describe('monitoring blocks patched into a matrix LibreOffice saved, read back by exceljs', () => {
  let out: Uint8Array;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    out = await patched();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out) as unknown as ExcelJS.Buffer);
    sheet = book.getWorksheet('Lampiran II')!;
  });

  test('the sheet’s own validation and merges are still there', () => {
    expect(sheet.getCell('P6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Rutin,Penguatan"', '0'] });
    expect(sheet.getCell('A6').isMerged).toBe(true);
    expect(sheet.getCell('C20').master.address).toBe('C12');
  });

  test('the new cells: texts, formulas (computed on opening), looks, the unlocked input cells', () => {
    expect(sheet.getCell('R4').value).toBe('Triwulan I 2023');
    expect(sheet.getCell('R4').isMerged).toBe(true);
    expect(sheet.getCell('T4').master.address).toBe('R4');
    expect(sheet.getCell('S6').formula).toBe('IF(ISNUMBER(R6),R6/100,"")');
    expect(sheet.getCell('S6').numFmt).toBe('0%');
    expect(sheet.getCell('R20').protection).toEqual({ locked: false, hidden: false });
    expect(sheet.getCell('S20').protection?.locked).not.toBe(false);
    expect(elements(text(out, 'xl/workbook.xml'), 'calcPr')[0].fullCalcOnLoad).toBe('1');
  });

  test('validations and conditional formats added beside the sheet’s own, cell by cell', () => {
    for (const ref of ['R6', 'R20']) expect(sheet.getCell(ref).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, errorStyle: 'stop', promptTitle: 'Realisasi TW I', prompt: 'Isi angka ≥ 0.' });
    expect(sheet.getCell('R21').dataValidation).toBeUndefined();
    expect(sheet.getCell('T7').dataValidation).toMatchObject({ type: 'list', formulae: ['"Tercapai,Belum tercapai"'], errorStyle: 'warning' });
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { priority: number; formulae: string[]; style: Partial<ExcelJS.Style> }[] }[] }).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0].priority, f.rules[0].formulae[0]])).toEqual([
      ['S6:S20', 1, 'AND(ISNUMBER(S6),S6>=0.90995)'],
      ['S6:S20', 2, 'AND(ISNUMBER(S6),S6>=0.65995)'],
      ['S6:S20', 3, 'ISNUMBER(S6)'],
    ]);
    expect(formats[0].rules[0].style.fill).toEqual({ type: 'pattern', bgColor: { argb: 'FFC6EFCE' } });
  });

  test('widths, a taller heading row (never a shorter one), the hidden key column, protection', () => {
    const xml = text(out, SHEET);
    expect(xml).toContain('<row r="5" customFormat="false" ht="45" hidden="false" customHeight="1" outlineLevel="0" collapsed="false">');
    expect(xml).toContain('<row r="4" customFormat="false" ht="15" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">');
    expect(sheet.getRow(5).height).toBe(45);
    expect(elements(xml, 'col')).toEqual([
      { min: '18', max: '18', width: '14', customWidth: '1' },
      { min: '19', max: '19', width: '12', customWidth: '1' },
      { min: '20', max: '20', width: '18', customWidth: '1' },
      { min: '21', max: '21', width: '9.140625', hidden: '1' },
    ]);
    expect(sheet.getColumn(21).hidden).toBe(true);
    expect(elements(xml, 'sheetProtection')).toEqual([{ sheet: '1', objects: '1', scenarios: '1', formatColumns: '0' }]);
  });

  test('a merge over the sheet’s own is a bug, refused', async () => {
    const overMerge = blocks();
    overMerge.merges.push(area(0, 15, 0, 16));
    await expect(patched(overMerge)).rejects.toThrow(/merge P1:Q1 overlaps the sheet's merge A1:P1/);
  });

  test('a validation over cells the sheet validates itself leaves those cells to the sheet’s own rule', async () => {
    const plan = blocks();
    // A dropdown on the plan's Keterangan column P (which has its own, rows 6–20) and on the rows above and below it.
    plan.validations!.push({ areas: [area(3, 15, 24, 15)], rule: { kind: 'list', values: ['Rutin', 'Penguatan', 'Lainnya'] }, alert: { style: 'stop', title: 'Keterangan', text: 'Pilih dari daftar.' } });
    plan.validations!.push({ areas: [area(10, 21, 12, 21)], rule: { kind: 'custom', formula: 'LEN(V11)<10' }, alert: { style: 'stop', title: 'x', text: 'y' } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await patched(plan)) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet('Lampiran II')!;
    expect(ws.getCell('P6').dataValidation.formulae).toEqual(['"Rutin,Penguatan"', '0']);
    expect(ws.getCell('P20').dataValidation.formulae).toEqual(['"Rutin,Penguatan"', '0']);
    expect(ws.getCell('P4').dataValidation.formulae).toEqual(['"Rutin,Penguatan,Lainnya"']);
    expect(ws.getCell('P25').dataValidation.formulae).toEqual(['"Rutin,Penguatan,Lainnya"']);
    expect(ws.getCell('V11').dataValidation).toMatchObject({ type: 'custom', formulae: ['LEN(V11)<10'] });
  });

  test('a formula rule that meets the sheet’s own validation is left out whole (its references are relative to its one area)', () => {
    const plan = resolvePlan({ ...blocks(), validations: [{ areas: [area(10, 15, 12, 15)], rule: { kind: 'custom', formula: 'LEN(P11)<10' }, alert: { style: 'stop', title: 'x', text: 'y' } }] });
    expect(besideTheirs(plan.validations, [area(5, 15, 19, 15)])).toEqual([]);
    const list = resolvePlan({ ...blocks(), validations: [{ areas: [area(0, 0, 9, 3)], rule: { kind: 'list', values: ['a'] }, alert: { style: 'stop', title: 'x', text: 'y' } }] });
    expect(besideTheirs(list.validations, [area(2, 1, 4, 2)]).map((v) => v.sqref)).toEqual(['A1:D2 A6:D10 A3:A5 D3:D5']);
  });

  withOffice('LibreOffice opens the patched matrix and keeps both the sheet’s validations and ours', async () => {
    const file = path.join(require('node:os').tmpdir(), `rbm-patched-${process.pid}.xlsx`);
    require('node:fs').writeFileSync(file, out);
    const again = convert(file, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(again);
    const ws = book.getWorksheet('Lampiran II')!;
    expect(ws.getCell('P7').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('R7').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(ws.getCell('S7').formula).toBe('IF(ISNUMBER(R7),R7/100,"")');
    expect(ws.getCell('R4').value).toBe('Triwulan I 2023');
    expect(ws.getColumn(21).hidden).toBe(true);
  });
});

test('through the CLI’s writer: a copy with the blocks, the input byte for byte as it was', async () => {
  const { mkdtempSync } = await import('node:fs');
  const folder = mkdtempSync(path.join(require('node:os').tmpdir(), 'rbm-patch-'));
  const input = path.join(folder, 'matriks.xlsx');
  require('node:fs').copyFileSync(LIBREOFFICE, input);
  const output = path.join(folder, 'matriks-monitoring.xlsx');
  await writePatchToFile(input, output, 'Lampiran II', blocks());
  expect(readFileSync(input).equals(readFileSync(LIBREOFFICE))).toBe(true);
  const grid = (await readXlsx(readFileSync(output))).sheets[0].grid;
  expect(grid.values[4].slice(17, 20)).toEqual(['Realisasi', 'Capaian', 'Status']);
  expect(grid.values[0][0]).toBe((await readXlsx(readFileSync(LIBREOFFICE))).sheets[0].grid.values[0][0]);
});

test.each([1, 7, 64, 4096])('the sheet streamed in pieces of %s characters comes out the same as whole', (piece) => {
  const xml = text(readFileSync(EVERY_PART), SHEET);
  const plan = resolvePlan(blocks());
  const items = { merges: plan.merges, columnWidths: plan.columnWidths, hiddenColumns: plan.hiddenColumns, validations: plan.validations, conditionalFormats: plan.conditionalFormats, protection: plan.protection, dxfs: [1, 2, 3] };
  const run = (size: number, cells: typeof plan.cells) => {
    let out = '';
    const patcher = patchedSheetXml(cells, cells.map(() => 0), false, (t) => (out += t), items);
    for (let i = 0; i < xml.length; i += size) patcher.feed(xml.slice(i, i + size));
    patcher.end();
    return out;
  };
  for (const cells of [plan.cells, plan.cells.filter((c) => c.row < 5), []]) {
    const whole = run(Infinity, cells);
    expect(whole).toContain('<dataValidations count="3">');
    expect(run(piece, cells)).toBe(whole);
  }
});

test('an empty sheet (<sheetData/>) gets its rows and items in order', () => {
  const plan = resolvePlan({ ...blocks(), cells: [{ row: 3, column: 17, value: { kind: 'text', text: 'Triwulan I 2023' } }], merges: [], columnWidths: [], rowHeights: [] });
  let out = '';
  const patcher = patchedSheetXml(plan.cells, [0], false, (t) => (out += t), { hiddenColumns: plan.hiddenColumns, validations: plan.validations, protection: plan.protection, dxfs: [] });
  patcher.feed('<?xml version="1.0"?>\n<worksheet xmlns="x"><dimension ref="A1"/><sheetData/><pageMargins left="1"/></worksheet>');
  patcher.end();
  expect(out.startsWith('<?xml version="1.0"?>\n<worksheet xmlns="x"><dimension ref="A1:R4"/><cols><col min="21" max="21" width="9.140625" hidden="1"/></cols><sheetData><row r="4"><c r="R4" t="inlineStr"><is><t>Triwulan I 2023</t></is></c></row></sheetData><sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0"/><dataValidations count="2"><dataValidation type="decimal"')).toBe(true);
  expect(out.endsWith('</dataValidation></dataValidations><pageMargins left="1"/></worksheet>')).toBe(true);
});

describe('patchedHead and patchedTail on sheets as other programs write them', () => {
  const head = (cols: string, prefix = '') => `<?xml version="1.0"?>\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="x"><${prefix}sheetFormatPr defaultRowHeight="15"/>${cols}<${prefix}sheetData>`;

  test('a <col> that spans the columns we change is split around them, its own attributes kept', () => {
    const out = patchedHead(head('<cols><col min="1" max="16384" width="11" style="3" customWidth="1"/></cols>'), { columnWidths: [{ first: 4, last: 5, width: 20 }], hiddenColumns: [{ first: 5, last: 5 }] });
    expect(out).toBe(
      head(
        '<cols><col min="1" max="4" width="11" style="3" customWidth="1"/><col min="5" max="5" width="20" style="3" customWidth="1"/>' +
          '<col min="6" max="6" width="20" style="3" customWidth="1" hidden="1"/><col min="7" max="16384" width="11" style="3" customWidth="1"/></cols>',
      ),
    );
  });

  test('no <cols>: one is put before the cells, with the sheet’s prefix', () => {
    expect(patchedHead(head('', 'x:'), { hiddenColumns: [{ first: 2, last: 3 }] })).toBe(head('<x:cols><x:col min="3" max="4" width="9.140625" hidden="1"/></x:cols>', 'x:'));
  });

  test('a tail without the sections gets them in order; one with them has ours appended, counts and priorities following', () => {
    const dxfs = [7];
    const formats = resolvePlan({ sheetName: 'S', signature: { row: 0, column: 0, text: 's' }, cells: [{ row: 0, column: 0, value: { kind: 'text', text: 's' } }], merges: [], columnWidths: [], frozenRows: 0, conditionalFormats: [{ areas: [area(1, 1, 4, 1)], rule: { kind: 'cellValue', operator: 'greaterThan', value: 1 }, fill: '#FF0000' }] }).conditionalFormats;
    const plain = patchedTail('</sheetData><pageMargins left="1"/></worksheet>', { dxfs, merges: [area(0, 0, 0, 1)], conditionalFormats: formats, protection: { allow: { formatCells: false, formatColumns: false, formatRows: false, insertRows: false, deleteRows: false, sort: false, autoFilter: false }, unlocked: [] } });
    expect(plain).toBe(
      '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
        '<conditionalFormatting sqref="B2:B5"><cfRule type="cellIs" dxfId="7" priority="1" stopIfTrue="1" operator="greaterThan"><formula>1</formula></cfRule></conditionalFormatting><pageMargins left="1"/></worksheet>',
    );
    const full = patchedTail(
      '</x:sheetData><x:mergeCells><x:mergeCell ref="C3:D3"/></x:mergeCells><x:conditionalFormatting sqref="A1"><x:cfRule type="expression" dxfId="0" priority="4"><x:formula>TRUE</x:formula></x:cfRule></x:conditionalFormatting><x:dataValidations count="1"><x:dataValidation type="whole" sqref="E1"><x:formula1>1</x:formula1></x:dataValidation></x:dataValidations></x:worksheet>',
      { dxfs, merges: [area(0, 0, 0, 1)], conditionalFormats: formats, validations: resolvePlan({ sheetName: 'S', signature: { row: 0, column: 0, text: 's' }, cells: [{ row: 0, column: 0, value: { kind: 'text', text: 's' } }], merges: [], columnWidths: [], frozenRows: 0, validations: [{ areas: [area(1, 0)], rule: { kind: 'list', values: ['a'] }, alert: { style: 'stop', title: 't', text: 'x\ny' } }] }).validations },
    );
    expect(full).toBe(
      '</x:sheetData><x:mergeCells count="2"><x:mergeCell ref="C3:D3"/><x:mergeCell ref="A1:B1"/></x:mergeCells>' +
        '<x:conditionalFormatting sqref="A1"><x:cfRule type="expression" dxfId="0" priority="4"><x:formula>TRUE</x:formula></x:cfRule></x:conditionalFormatting>' +
        '<x:conditionalFormatting sqref="B2:B5"><x:cfRule type="cellIs" dxfId="7" priority="5" stopIfTrue="1" operator="greaterThan"><x:formula>1</x:formula></x:cfRule></x:conditionalFormatting>' +
        '<x:dataValidations count="2"><x:dataValidation type="whole" sqref="E1"><x:formula1>1</x:formula1></x:dataValidation>' +
        '<x:dataValidation type="list" errorStyle="stop" allowBlank="1" showErrorMessage="1" errorTitle="t" error="x&#10;y" sqref="A2"><x:formula1>&quot;a&quot;</x:formula1></x:dataValidation></x:dataValidations></x:worksheet>',
    );
  });
});
