/**
 * core/xlsx's package editor on packages written part by part: a new sheet, a replaced one, patched
 * cells; styles merged; workbook.xml's indices, prefixes, Strict namespaces and encodings kept; the
 * zip it writes sound. (The CLI's tests run it on real workbooks: tests/cli/keepsParts.test.ts.)
 */
import * as path from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import type { PlanCell } from '../../core/plan/plan';
import { resolvePlan, type ResolvedPlan } from '../../core/plan/resolvePlan';
import { readXlsx } from '../../core/xlsx';
import { crc32 } from '../../core/xlsx/crc32';
import { deflateWithFflate, deflateWithStream } from '../../core/xlsx/deflate';
import { patchedSheetXml, type CellPatch } from '../../core/xlsx/patchSheet';
import { StylesEditor } from '../../core/xlsx/stylesEditor';
import { WorkbookEditor } from '../../core/xlsx/workbookEditor';
import { ZipDirectory } from '../../core/xlsx/zipDirectory';
import { MATRIX_STYLES, worksheetXml, xlsxPackage } from '../helpers/xlsxPackage';
import { plan, text } from '../helpers/plan';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function written(editor: WorkbookEditor, deflater = deflateWithFflate): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await editor.write((bytes) => void chunks.push(bytes.slice()), deflater);
  return Buffer.concat(chunks);
}

const partText = (bytes: Uint8Array, name: string) => Buffer.from(unzipSync(bytes)[name]).toString('utf8');
const resolved = (cells: PlanCell[] = [], more: Parameters<typeof plan>[1] = {}): ResolvedPlan => resolvePlan(plan(cells, more));

const twoSheets = () =>
  xlsxPackage({
    sheets: [
      { name: 'Matriks', xml: worksheetXml('<row r="1"><c r="A1" s="4" t="inlineStr"><is><t>Judul</t></is></c></row><row r="3" spans="1:2"><c r="A3"><v>1</v></c><c r="B3" s="1"><v>2</v></c></row>') },
      { name: 'Catatan', xml: worksheetXml('<row r="1"><c r="A1"><v>9</v></c></row>') },
    ],
  });

describe('adding a sheet', () => {
  test('a sound zip whose untouched parts keep their compressed bytes; the sheet reads back as planned', async () => {
    const input = twoSheets();
    const editor = await WorkbookEditor.open(input);
    editor.addSheet(resolved([text(1, 0, '=SUM(A1)', { font: { bold: true } }), { row: 2, column: 1, value: { kind: 'number', value: 0.5 }, numberFormat: '0%' }, { row: 3, column: 0, value: { kind: 'date', year: 2023, month: 6, day: 30 } }]), 'matriks');
    expect(editor.sheets.map((s) => s.name)).toEqual(['Matriks', 'Ringkasan', 'Catatan']);
    for (const deflater of [deflateWithFflate, deflateWithStream]) {
      const out = await written(editor, deflater);
      const [a, b] = [ZipDirectory.read(input), ZipDirectory.read(out)];
      for (const e of a.entries) {
        const copy = b.get(e.name)!;
        if (['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'].includes(e.name)) continue;
        expect(Buffer.from(b.compressed(copy)).equals(Buffer.from(a.compressed(e)))).toBe(true);
      }
      const parts = unzipSync(out);
      for (const e of b.entries) expect(crc32(parts[e.name])).toBe(e.crc32);
      const book = await readXlsx(out);
      expect(book.sheets.map((s) => s.grid.sheetName)).toEqual(['Matriks', 'Ringkasan', 'Catatan']);
      const grid = book.sheets[1].grid;
      expect(grid.values[1][0]).toBe('=SUM(A1)');
      expect(grid.values[2][1]).toBe(0.5);
      expect(grid.numberFormats?.[2][1]).toBe('0%');
      expect((grid.values[3][0] as Date).toISOString()).toBe('2023-06-30T00:00:00.000Z'); // a date cell, Excel's short date
      expect(partText(out, 'xl/worksheets/sheet3.xml')).not.toMatch(/<f>/);
    }
  });

  test('defined names and views keep pointing at their sheets; sheet ids and relationship ids are new', async () => {
    const input = xlsxPackage({ sheets: [{ name: 'A', xml: worksheetXml('') }, { name: 'B', xml: worksheetXml('') }, { name: 'C', xml: worksheetXml('') }] });
    const parts = unzipSync(input);
    parts['xl/workbook.xml'] = strToU8(
      partText(input, 'xl/workbook.xml').replace('<sheets>', '<bookViews><workbookView firstSheet="1" activeTab="2"/><workbookView activeTab="0"/></bookViews><sheets>').replace('</sheets>', '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">A!$A$1</definedName><definedName name="x" localSheetId="2">C!$A$1</definedName><definedName name="g">B!$A$1</definedName></definedNames>'),
    );
    const { zipSync } = await import('fflate');
    const editor = await WorkbookEditor.open(zipSync(parts));
    editor.addSheet(resolved([], { sheetName: 'Baru' }), 'A');
    editor.addSheet(resolved([], { sheetName: 'Akhir' }));
    const out = await written(editor);
    const wb = partText(out, 'xl/workbook.xml');
    expect([...wb.matchAll(/<sheet name="([^"]+)" sheetId="(\d+)" r:id="([^"]+)"/g)].map((m) => m.slice(1))).toEqual([
      ['A', '1', 'rId3'],
      ['Baru', '4', 'rId6'],
      ['B', '2', 'rId4'],
      ['C', '3', 'rId5'],
      ['Akhir', '5', 'rId7'],
    ]);
    expect(wb).toContain('<workbookView firstSheet="2" activeTab="3"/><workbookView activeTab="0"/>');
    expect(wb).toContain('localSheetId="0">A!$A$1');
    expect(wb).toContain('localSheetId="3">C!$A$1');
    expect(wb).toContain('<definedName name="g">B!$A$1');
    expect((await readXlsx(out)).sheets.map((s) => s.grid.sheetName)).toEqual(['A', 'Baru', 'B', 'C', 'Akhir']);
  });

  test('prefixed parts (x:workbook, x:styleSheet) get prefixed elements; Strict packages get Strict namespaces', async () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const strictRel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const input = xlsxPackage({ sheets: [{ name: 'S', xml: `<?xml version="1.0"?><worksheet xmlns="${strict}"><sheetData/></worksheet>` }], styles: MATRIX_STYLES.replace(/<(\/?)(\w)/g, '<$1x:$2').replace('<x:?xml', '<?xml').replace(`xmlns="${NS}"`, `xmlns:x="${strict}"`) });
    const parts = unzipSync(input);
    parts['xl/workbook.xml'] = strToU8(`<?xml version="1.0"?><x:workbook xmlns:x="${strict}" xmlns:rel="${strictRel}"><x:sheets><x:sheet name="S" sheetId="1" rel:id="rId3"/></x:sheets></x:workbook>`);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(partText(input, 'xl/_rels/workbook.xml.rels').replace(/http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships/g, strictRel));
    const { zipSync } = await import('fflate');
    const editor = await WorkbookEditor.open(zipSync(parts));
    const chart = { kind: 'doughnut' as const, title: 'T', categories: { top: 1, left: 0, bottom: 1, right: 0 }, series: [{ name: 'S', values: { top: 1, left: 1, bottom: 1, right: 1 } }], anchor: { row: 3, column: 0 }, width: 100, height: 100 };
    editor.addSheet(resolved([text(1, 0, 'x', { fill: '#DDEBF7' }), { row: 1, column: 1, value: { kind: 'number', value: 1 } }], { charts: [chart], conditionalFormats: [{ areas: [{ top: 1, left: 1, bottom: 1, right: 1 }], rule: { kind: 'cellValue', operator: 'greaterThan', value: 0 }, font: { bold: true } }] }));
    const out = await written(editor);
    // Charts in a Strict package: Strict DrawingML namespaces and relationship types.
    expect(partText(out, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain(`Type="${strictRel}/drawing" Target="../drawings/drawing1.xml"`);
    expect(partText(out, 'xl/drawings/_rels/drawing1.xml.rels')).toContain(`Type="${strictRel}/chart" Target="../charts/chart1.xml"`);
    expect(partText(out, 'xl/drawings/drawing1.xml')).toContain('<xdr:wsDr xmlns:xdr="http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing" xmlns:a="http://purl.oclc.org/ooxml/drawingml/main"');
    expect(partText(out, 'xl/charts/chart1.xml')).toContain('<c:chartSpace xmlns:c="http://purl.oclc.org/ooxml/drawingml/chart"');
    expect(partText(out, 'xl/styles.xml')).toContain('<x:dxfs count="1"><x:dxf><x:font><x:b/></x:font></x:dxf></x:dxfs>');
    expect(partText(out, 'xl/workbook.xml')).toContain('<x:sheet name="Ringkasan" sheetId="2" rel:id="rId4"/></x:sheets>');
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).toContain(`<Relationship Id="rId4" Type="${strictRel}/worksheet" Target="worksheets/sheet2.xml"/>`);
    expect(partText(out, 'xl/worksheets/sheet2.xml')).toContain(`<worksheet xmlns="${strict}" xmlns:r="${strictRel}">`);
    const styles = partText(out, 'xl/styles.xml');
    expect(styles).toContain('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFDDEBF7"/>');
    expect(styles).toMatch(/<x:cellXfs count="6">/);
    expect((await readXlsx(out)).sheets[1].grid.values[1]).toEqual(['x', 1]);
  });

  test('a workbook.xml in UTF-16 with a byte-order mark stays UTF-16', async () => {
    const input = twoSheets();
    const parts = unzipSync(input);
    const wb = partText(input, 'xl/workbook.xml').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    parts['xl/workbook.xml'] = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(wb, 'utf16le')]));
    const { zipSync } = await import('fflate');
    const editor = await WorkbookEditor.open(zipSync(parts));
    editor.addSheet(resolved());
    const out = unzipSync(await written(editor));
    const bytes = Buffer.from(out['xl/workbook.xml']);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toContain('<sheet name="Ringkasan"');
  });

  test('a package without styles.xml gets one, with its relationship and content type', async () => {
    const input = twoSheets();
    const parts = unzipSync(input);
    delete parts['xl/styles.xml'];
    parts['xl/_rels/workbook.xml.rels'] = strToU8(partText(input, 'xl/_rels/workbook.xml.rels').replace(/<Relationship Id="rId1"[^>]*\/>/, ''));
    const { zipSync } = await import('fflate');
    const editor = await WorkbookEditor.open(zipSync(parts));
    editor.addSheet(resolved([text(1, 0, 'tebal', { font: { bold: true } })]));
    const out = await written(editor);
    expect(partText(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).toMatch(/Type="[^"]*\/styles" Target="styles.xml"/);
    expect(partText(out, 'xl/styles.xml')).toContain('<font><b/><sz val="11"/>');
    expect((await readXlsx(out)).sheets.map((s) => s.grid.sheetName)).toEqual(['Matriks', 'Catatan', 'Ringkasan']);
  });

  test('a blank workbook holds just the sheets added to it', async () => {
    const editor = await WorkbookEditor.blank();
    expect(editor.sheets).toEqual([]);
    editor.addSheet(resolved([text(1, 0, 'satu')], { sheetName: 'Satu' }));
    editor.addSheet(resolved([text(1, 0, 'dua')], { sheetName: 'Dua' }));
    const book = await readXlsx(await written(editor));
    expect(book.sheets.map((s) => [s.grid.sheetName, s.grid.values[1][0]])).toEqual([
      ['Satu', 'satu'],
      ['Dua', 'dua'],
    ]);
  });
});

describe('replacing our own sheet', () => {
  test('only its part changes; its relationships go; the active tab stays selected', async () => {
    const input = twoSheets();
    const parts = unzipSync(input);
    parts['xl/worksheets/_rels/sheet2.xml.rels'] = strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
    parts['xl/workbook.xml'] = strToU8(partText(input, 'xl/workbook.xml').replace('<sheets>', '<bookViews><workbookView activeTab="1"/></bookViews><sheets>'));
    const { zipSync } = await import('fflate');
    const before = zipSync(parts);
    const editor = await WorkbookEditor.open(before);
    editor.replaceSheet('catatan', resolved([], { sheetName: 'Catatan' }));
    const out = await written(editor);
    const [a, b] = [unzipSync(before), unzipSync(out)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).filter((k) => k !== 'xl/worksheets/_rels/sheet2.xml.rels').sort());
    const changed = Object.keys(b).filter((k) => !Buffer.from(b[k]).equals(Buffer.from(a[k])));
    expect(changed).toEqual(['xl/worksheets/sheet2.xml']);
    expect(partText(out, 'xl/worksheets/sheet2.xml')).toContain('<sheetView tabSelected="1" workbookViewId="0"/>');
  });
});

describe('replacing our own sheet: its drawing, state, calculation', () => {
  const CT = '[Content_Types].xml';
  const chartPlan = (hidden = false) =>
    resolved([text(1, 0, 'A'), text(2, 0, 'B'), { row: 1, column: 1, value: { kind: 'number', value: 1 } }, { row: 2, column: 1, value: { kind: 'number', value: 2 } }], {
      sheetName: 'Catatan',
      hidden,
      charts: [{ kind: 'column', title: 'T', categories: { top: 1, left: 0, bottom: 2, right: 0 }, series: [{ name: 'S', values: { top: 1, left: 1, bottom: 2, right: 1 } }], anchor: { row: 4, column: 0 }, width: 300, height: 200 }],
    });
  /** Every override names a part there is, and every part but relationships has a content type. */
  const consistent = (bytes: Uint8Array) => {
    const parts = unzipSync(bytes);
    const overrides = [...partText(bytes, CT).matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(overrides.filter((o) => !parts[o])).toEqual([]);
    expect(Object.keys(parts).filter((p) => !p.endsWith('.rels') && p !== CT && !overrides.includes(p))).toEqual([]);
    // Every relationship's target is a part of the package.
    for (const rels of Object.keys(parts).filter((p) => p.endsWith('.rels'))) {
      const folder = rels.replace(/_rels\/[^/]+$/, '');
      for (const m of partText(bytes, rels).matchAll(/Target="([^"]+)"/g)) {
        const target = m[1].startsWith('/') ? m[1].slice(1) : path.posix.normalize(folder + m[1]);
        expect([rels, target, !!parts[target]]).toEqual([rels, target, true]);
      }
    }
  };

  test('a sheet with charts replaced by one with charts: the old drawing and charts go, no part is left without its relationship or type', async () => {
    const input = twoSheets();
    const first = await WorkbookEditor.open(input);
    first.replaceSheet('Catatan', chartPlan());
    const once = await written(first);
    consistent(once);
    expect(Object.keys(unzipSync(once)).filter((p) => /drawing|chart|sheet2/.test(p)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet2.xml']);
    const second = await WorkbookEditor.open(once);
    second.replaceSheet('Catatan', chartPlan());
    const twice = await written(second);
    consistent(twice);
    const names = Object.keys(unzipSync(twice)).filter((p) => /drawing|chart/.test(p));
    expect(names.filter((p) => /charts\/chart\d+\.xml$/.test(p))).toHaveLength(1);
    expect(names.filter((p) => /drawings\/drawing\d+\.xml$/.test(p))).toHaveLength(1);
    // Replaced by a sheet without charts: nothing of them is left.
    const third = await WorkbookEditor.open(twice);
    third.replaceSheet('Catatan', resolved([], { sheetName: 'Catatan' }));
    const plain = await written(third);
    consistent(plain);
    expect(Object.keys(unzipSync(plain)).filter((p) => /drawing|chart/.test(p))).toEqual([]);
  });

  test('the active sheet replaced by a hidden one: it is hidden, and the first shown sheet becomes the active tab', async () => {
    const parts = unzipSync(twoSheets());
    parts['xl/workbook.xml'] = strToU8(partText(twoSheets(), 'xl/workbook.xml').replace('<sheets>', '<bookViews><workbookView activeTab="1"/></bookViews><sheets>'));
    const { zipSync } = await import('fflate');
    const editor = await WorkbookEditor.open(zipSync(parts));
    editor.replaceSheet('Catatan', chartPlan(true));
    const out = await written(editor);
    const workbook = partText(out, 'xl/workbook.xml');
    expect(workbook).toContain('<workbookView activeTab="0"/>');
    expect(workbook).toContain('<sheet name="Catatan" sheetId="2" r:id="rId4" state="hidden"/>');
    expect(partText(out, 'xl/worksheets/sheet2.xml')).not.toContain('tabSelected');
    // Shown again when a later plan says so.
    const again = await WorkbookEditor.open(out);
    again.replaceSheet('Catatan', chartPlan(false));
    expect(partText(await written(again), 'xl/workbook.xml')).toContain('<sheet name="Catatan" sheetId="2" r:id="rId4" state="visible"/>');
  });

  test('a calculation chain goes when a sheet is replaced or patched (Excel rebuilds it); formulas ask for a full calculation on load', async () => {
    const parts = unzipSync(twoSheets());
    parts['xl/calcChain.xml'] = strToU8(`<?xml version="1.0"?><calcChain xmlns="${NS}"><c r="A1" i="2"/></calcChain>`);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(partText(twoSheets(), 'xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    parts[CT] = strToU8(partText(twoSheets(), CT).replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    parts['xl/workbook.xml'] = strToU8(partText(twoSheets(), 'xl/workbook.xml').replace('</workbook>', '<calcPr calcId="191029"/></workbook>'));
    const { zipSync } = await import('fflate');
    const input = zipSync(parts);
    // A new sheet without formulas leaves the chain and the calculation settings alone.
    const adding = await WorkbookEditor.open(input);
    adding.addSheet(resolved([text(1, 0, 'x')]));
    const added = await written(adding);
    expect(unzipSync(added)['xl/calcChain.xml']).toBeDefined();
    expect(partText(added, 'xl/workbook.xml')).toContain('<calcPr calcId="191029"/>');
    const patching = await WorkbookEditor.open(input);
    patching.patchSheet('Matriks', [{ row: 4, column: 2, value: { kind: 'formula', formula: 'A3+B3' } }]);
    const out = await written(patching);
    consistent(out);
    expect(unzipSync(out)['xl/calcChain.xml']).toBeUndefined();
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(partText(out, 'xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1" calcId="191029"/>');
    expect(partText(out, 'xl/worksheets/sheet1.xml')).toContain('<c r="C5"><f>A3+B3</f></c>');
  });
});

describe('patching cells of an existing sheet', () => {
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><dimension ref="A1:C4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>` +
    '<row r="1" spans="1:3"><c r="A1" s="3" t="s"><v>0</v></c><c r="C1" s="3"><v>7</v></c></row>' +
    '<!-- catatan --><row r="2" spans="1:3" ht="20" customHeight="1"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" s="1"/></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><t>akhir</t></is></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

  function patch(xml: string, patches: CellPatch[], xfs: number[], piece = Infinity): string {
    let out = '';
    const patcher = patchedSheetXml(patches, xfs, false, (t) => (out += t));
    for (let i = 0; i < xml.length; i += piece) patcher.feed(xml.slice(i, i + piece));
    patcher.end();
    return out;
  }

  const patches: CellPatch[] = [
    { row: 0, column: 1, value: { kind: 'text', text: '=HYPERLINK("x")' } },
    { row: 0, column: 2, value: { kind: 'number', value: 8 } },
    { row: 1, column: 3, value: { kind: 'number', value: 0.5 } },
    { row: 2, column: 0, value: { kind: 'text', text: 'baris baru' } },
    { row: 5, column: 4, value: { kind: 'date', year: 2023, month: 6, day: 30 } },
  ];
  const xfs = [-1, -1, 9, -1, 5];
  const expected = sheet
    .replace('A1:C4', 'A1:E6')
    .replace('<c r="C1" s="3"><v>7</v></c>', '<c r="C1" s="3"><v>8</v></c>')
    .replace('<c r="A1" s="3" t="s"><v>0</v></c>', '<c r="A1" s="3" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c>')
    .replace('<row r="2" spans="1:3"', '<row r="2" spans="1:4"')
    .replace('<c r="B2" s="1"/></row>', '<c r="B2" s="1"/><c r="D2" s="9"><v>0.5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>baris baru</t></is></c></row>')
    .replace('</sheetData>', '<row r="6"><c r="E6" s="5"><v>45107</v></c></row></sheetData>');

  test.each([Infinity, 1, 7, 64])('in pieces of %s characters: only the patched cells, rows and the dimension change', (piece) => {
    expect(patch(sheet, patches, xfs, piece)).toBe(expected);
  });

  test('no patch: the same bytes; a self-closing sheetData opens; x: prefixes are kept', () => {
    expect(patch(sheet, [], [])).toBe(sheet);
    const empty = `<worksheet xmlns="${NS}"><dimension ref="A1"/><sheetData/></worksheet>`;
    expect(patch(empty, [{ row: 1, column: 1, value: { kind: 'text', text: 'a<b' } }], [-1])).toBe(`<worksheet xmlns="${NS}"><dimension ref="A1:B2"/><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>a&lt;b</t></is></c></row></sheetData></worksheet>`);
    const prefixed = `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(patch(prefixed, [{ row: 0, column: 1, value: { kind: 'text', text: 'b' } }, { row: 2, column: 0, value: { kind: 'number', value: 3 } }], [-1, -1])).toBe(
      prefixed.replace('</x:c></x:row>', '</x:c><x:c r="B1" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c></x:row>'),
    );
  });

  test('the first cell of a shared formula is not written over', () => {
    const shared = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>1</v></c></row></sheetData></worksheet>`;
    expect(() => patch(shared, [{ row: 0, column: 0, value: { kind: 'number', value: 3 } }], [-1])).toThrow(/shared formula/);
    expect(patch(shared, [{ row: 1, column: 0, value: { kind: 'number', value: 3 } }], [-1])).toContain('<c r="A2"><v>3</v></c>');
  });

  test('through the editor: the patched sheet reads back with its new values and looks; every other part is copied raw', async () => {
    const input = twoSheets();
    const editor = await WorkbookEditor.open(input);
    editor.patchSheet('Matriks', [
      { row: 2, column: 2, value: { kind: 'text', text: 'Realisasi' }, style: { font: { bold: true }, fill: '#FFEB9C' } },
      { row: 2, column: 0, value: { kind: 'number', value: 5 } },
    ]);
    const out = await written(editor);
    const [a, b] = [unzipSync(input), unzipSync(out)];
    const changed = Object.keys(b).filter((k) => !Buffer.from(b[k]).equals(Buffer.from(a[k]))).sort();
    expect(changed).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const grid = (await readXlsx(out)).sheets[0].grid;
    expect(grid.values).toEqual([['Judul'], [], [5, 2, 'Realisasi']]);
    const xml = partText(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<row r="3" spans="1:3"><c r="A3"><v>5</v></c><c r="B3" s="1"><v>2</v></c><c r="C3" s="5" t="inlineStr">');
    expect(partText(out, 'xl/styles.xml')).toMatch(/<cellXfs count="6">[\s\S]*<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"\/><\/cellXfs>/); // the bold font it had
  });
});

describe('merging styles', () => {
  test('existing entries stay at their indices, new ones are appended once, counts follow, an identical entry is reused', () => {
    const editor = new StylesEditor(MATRIX_STYLES, 1 << 20);
    const bold = editor.xf({ font: { bold: true, color: '#1F4E78', size: 14 }, border: true, horizontal: 'center', vertical: 'middle', wrap: true });
    expect(bold).toBe(5);
    expect(editor.xf({ font: { bold: true, color: '#1F4E78', size: 14 }, border: true, horizontal: 'center', vertical: 'middle', wrap: true })).toBe(5);
    expect(editor.xf({ numberFormat: '0%' })).toBe(6);
    expect(editor.xf({ numberFormat: 'd mmmm yyyy' })).toBe(7);
    expect(editor.xf({})).toBe(0);
    expect(editor.xf({}, true)).toBe(8); // a date without a format: Excel's short date
    const xml = editor.toText();
    expect(xml.startsWith(MATRIX_STYLES.slice(0, MATRIX_STYLES.indexOf('<fonts')))).toBe(true);
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="d mmmm yyyy"/></numFmts><fonts count="3">');
    expect(xml).toContain('<font><b/><sz val="14"/><color rgb="FF1F4E78"/><name val="Calibri"/></font></fonts>');
    expect(xml).toContain('<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    expect(xml).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');
    // Written again from its own output: nothing to add.
    const again = new StylesEditor(xml, 1 << 20);
    expect(again.xf({ font: { bold: true, color: '#1F4E78', size: 14 }, border: true, horizontal: 'center', vertical: 'middle', wrap: true })).toBe(5);
    expect(again.xf({ numberFormat: 'd mmmm yyyy' })).toBe(7);
    expect(again.changed).toBe(false);
  });
});
