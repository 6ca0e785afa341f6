import { SharedStringsReader } from '../../core/xlsx/sharedStringsPart';
/** core/xlsx on packages written part by part: every cell kind, styles, structure, merges, and each limit. */
import { strToU8, zipSync } from 'fflate';
import { readXlsx, XLSX_LIMITS, XlsxError, type XlsxLimits } from '../../core/xlsx';
import { inflateWithFflate, inflateWithStream } from '../../core/xlsx/inflate';
import { SheetReader } from '../../core/xlsx/sheetPart';
import { XmlScanner } from '../../core/xlsx/xmlScanner';
import { rangeRef, sharedStringsXml, withDeclaredSize, worksheetXml, xlsxPackage } from '../helpers/xlsxPackage';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const oneSheet = (rows: string, extra: Partial<Parameters<typeof xlsxPackage>[0]> = {}, merges: string[] = []) =>
  xlsxPackage({ sheets: [{ name: 'Data', xml: worksheetXml(rows, merges) }], ...extra });

async function grid(bytes: Uint8Array, limits?: XlsxLimits) {
  return (await readXlsx(bytes, { limits })).sheets[0].grid;
}

async function refusal(bytes: Uint8Array, limits?: XlsxLimits): Promise<XlsxError> {
  try {
    await readXlsx(bytes, { limits });
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error('the workbook was read');
}

describe('cell values', () => {
  test('shared, rich-text, inline and formula strings; numbers; booleans; errors; cached results, shared formulas too', async () => {
    const strings = `<?xml version="1.0"?><sst xmlns="${NS}"><si><t>Rencana Aksi</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Draft </t></r><r><t>→ Naskah</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>baris_x000D_dua &amp; &lt;tiga&gt;</t></si></sst>`;
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>3.7</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>inline</t></is></c><c r="B3" t="str"><f>A1&amp;""</f><v>hasil</v></c><c r="C3"><f>1+1</f><v>2</v></c><c r="D3"><f>1+1</f></c><c r="E3" t="s"><v>99</v></c></row>' +
      '<row r="4"><c r="A4"><f t="shared" ref="A4:A5" si="0">B4*2</f><v>6</v></c><c r="B4"><v>3</v></c></row><row r="5"><c r="A5"><f t="shared" si="0"/><v>8</v></c><c r="B5"><v>4</v></c></row>';
    const g = await grid(oneSheet(rows, { sharedStrings: strToU8(strings) }));
    expect(g.values).toEqual([
      ['Rencana Aksi', 'Draft → Naskah', 'baris\rdua & <tiga>'],
      [3.7, true, false, '#N/A'],
      ['inline', 'hasil', 2],
      [6, 3],
      [8, 4],
    ]);
    expect(g.topLeft).toBe('A1');
  });

  test('cells and rows without r follow the previous one; no dimension needed', async () => {
    const g = await grid(oneSheet('<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c><v>9</v></c></row>'));
    expect(g.values).toEqual([[1, 2, null, null, 5, 6], ['x'], [], [], [9]]);
  });

  test('a namespace prefix on every element (x:row, x:c) reads the same', async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect((await grid(xlsxPackage({ sheets: [{ name: 'P', xml }] }))).values).toEqual([[null, 7]]);
  });

  test('comments, processing instructions and CDATA are read as XML reads them', async () => {
    const rows = '<!-- a note --><row r="1"><?pi x?><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>';
    expect((await grid(oneSheet(rows))).values).toEqual([['a<b']]);
  });

  test('extension lists are skipped whatever they hold', async () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', [], `<extLst><ext uri="x"><x14:dataValidations xmlns:x14="y"><x14:dataValidation><x14:formula1><xm:f xmlns:xm="z">A1</xm:f></x14:formula1></x14:dataValidation></x14:dataValidations><c r="Z9"><v>2</v></c></ext></extLst>`);
    expect((await grid(xlsxPackage({ sheets: [{ name: 'E', xml }] }))).values).toEqual([[1]]);
  });
});

describe('styles: number formats and dates', () => {
  const styles = `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0 &quot;dokumen&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="46"/></cellXfs></styleSheet>`;
  const rows = '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>45107</v></c><c r="C1" s="3"><v>45107.5</v></c><c r="D1" s="4"><v>3</v></c><c r="E1" s="0"><v>45107</v></c><c r="F1" s="5"><v>1.5</v></c></row>';

  test('built-in and custom formats; date formats make dates (1900 system)', async () => {
    const g = await grid(oneSheet(rows, { styles }));
    expect(g.values[0]).toEqual([0.5, new Date(Date.UTC(2023, 5, 30)), new Date(Date.UTC(2023, 5, 30, 12)), 3, 45107, new Date(Date.UTC(1899, 11, 31, 12))]);
    expect(g.numberFormats?.[0]).toEqual(['0%', 'mm-dd-yy', 'dd/mm/yyyy', '0.0 "dokumen"', undefined, '[h]:mm:ss']);
  });

  test('the 1904 date system counts from 1904-01-01', async () => {
    const bytes = xlsxPackage({ sheets: [{ name: 'Mac', xml: worksheetXml(rows) }], styles });
    const patched = await repack(bytes, 'xl/workbook.xml', (xml) => xml.replace('<sheets>', '<workbookPr date1904="1"/><sheets>'));
    expect((await grid(patched)).values[0][1]).toEqual(new Date(Date.UTC(2027, 6, 1)));
  });

  test('ISO dates (t="d") are dates', async () => {
    const g = await grid(oneSheet('<row r="1"><c r="A1" t="d"><v>2023-06-30T00:00:00</v></c><c r="B1" t="d"><v>2023-07-01</v></c></row>'));
    expect(g.values[0]).toEqual([new Date(Date.UTC(2023, 5, 30)), new Date(Date.UTC(2023, 6, 1))]);
  });
});

describe('workbook structure', () => {
  test('sheet names, order and visibility; a chartsheet holds no cells and is left out', async () => {
    const bytes = xlsxPackage({
      sheets: [
        { name: 'Satu', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
        { name: 'Dua & <Tiga>', xml: worksheetXml('<row r="1"><c r="A1"><v>2</v></c></row>') },
      ],
      extra: { 'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${NS}"/>` },
    });
    const patched = await repack(bytes, 'xl/workbook.xml', (xml) =>
      xml.replace('r:id="rId4"/>', 'r:id="rId4" state="hidden"/><sheet name="Grafik" sheetId="9" r:id="rId9"/>'),
    );
    const withRel = await repack(patched, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`),
    );
    const book = await readXlsx(withRel);
    expect(book.sheets.map((s) => [s.grid.sheetName, s.state])).toEqual([
      ['Satu', 'visible'],
      ['Dua & <Tiga>', 'hidden'],
    ]);
    expect(book.macros).toBe(false);
  });

  test('a VBA project marks the workbook as holding macros', async () => {
    const bytes = xlsxPackage({ sheets: [{ name: 'M', xml: worksheetXml('') }], extra: { 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) } });
    expect((await readXlsx(bytes)).macros).toBe(true);
  });

  test('Strict OOXML relationship types and absolute targets resolve', async () => {
    const bytes = xlsxPackage({ sheets: [{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><v>4</v></c></row>') }] });
    const strict = await repack(bytes, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships').replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'),
    );
    expect((await grid(strict)).values).toEqual([[4]]);
  });

  test('a workbook without worksheets, a zip that is no workbook, junk, an old .xls: sentences', async () => {
    const empty = xlsxPackage({ sheets: [] });
    expect((await refusal(empty)).problem).toBe('no-sheets');
    expect((await refusal(zipSync({ 'word/document.xml': strToU8('<w/>') }))).problem).toBe('not-xlsx');
    expect((await refusal(strToU8('not a zip'))).problem).toBe('not-xlsx');
    expect((await refusal(new Uint8Array(0))).problem).toBe('empty');
    expect((await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).problem).toBe('locked');
    const whole = oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect((await refusal(whole.subarray(0, whole.length - 30))).problem).toBe('corrupt');
    const error = await refusal(whole.subarray(0, 200));
    expect(error.sentence('m.xlsx').id).toBe('“m.xlsx” rusak dan tidak dapat dibuka sebagai .xlsx.');
  });

  test('a DOCTYPE (how XML entity bombs start) is refused', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet xmlns="${NS}"><sheetData/></worksheet>`;
    expect((await refusal(xlsxPackage({ sheets: [{ name: 'X', xml }] }))).problem).toBe('unsupported');
  });
});

describe('merges', () => {
  test('hidden cells are emptied; an area is clamped to the cells holding data; one-cell and overlapping areas are dropped', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c></row><row r="3"><c r="A3"><v>6</v></c></row>';
    const g = await grid(oneSheet(rows, {}, ['A1:B2', 'B2:C3', 'C1', 'A3:XFD1048576']));
    expect(g.values).toEqual([[1, null, 3], [null, null], [6]]);
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 0, bottom: 2, right: 2 },
    ]);
  });

  test('100,000 merges are read, each checked against its neighbours only', async () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= 200000; r += 2) {
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c></row><row r="${r + 1}"><c r="B${r + 1}"><v>2</v></c></row>`);
      merges.push(`A${r}:A${r + 1}`);
    }
    const g = await grid(oneSheet(rows.join(''), { level: 1 }, merges));
    expect(g.merges).toHaveLength(100000);
    expect(g.values[199999]).toEqual([null, 2]);
  });
});

describe('limits', () => {
  const rows = Array.from({ length: 3000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('');

  test('a part over its limit is refused before it is inflated, with its size and the limit', async () => {
    const error = await refusal(oneSheet(rows), { ...XLSX_LIMITS, sheetBytes: 1000 });
    expect(error.problem).toBe('too-large');
    expect(error.sentence('b.xlsx').en).toMatch(/its part xl\/worksheets\/sheet1\.xml is \d+ MiB once extracted \(the limit is 0 MiB\)/);
  });

  test('shared strings have their own limit, and all parts together one more', async () => {
    const strings = Array.from({ length: 5000 }, (_, i) => `teks ${i}`);
    expect((await refusal(oneSheet(rows, { sharedStrings: strings }), { ...XLSX_LIMITS, sharedStringsBytes: 10000 })).problem).toBe('too-large');
    expect((await refusal(oneSheet(rows, { sharedStrings: strings }), { ...XLSX_LIMITS, totalBytes: 50000 })).problem).toBe('too-large');
  });

  test('a ratio only a zip bomb reaches is refused', async () => {
    const blank = '<row><c/></row>'.repeat(200000);
    const error = await refusal(oneSheet(blank, { level: 9 }));
    expect(error.problem).toBe('bomb');
    expect(error.en).toMatch(/expands \d+ times when extracted \(the limit is 200\)/);
  });

  test('a directory that claims less than its part holds is caught while inflating', async () => {
    const bytes = oneSheet(rows);
    const lying = withDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 100);
    expect((await refusal(lying)).problem).toBe('corrupt');
  });

  test('a sheet whose rows reach past the cell limit is refused, naming the sheet', async () => {
    const wide = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row><row r="2"><c r="XFD2"><v>3</v></c></row>';
    const error = await refusal(oneSheet(wide), { ...XLSX_LIMITS, gridCells: 20000 });
    expect(error.problem).toBe('too-many-cells');
    expect(error.en).toContain('sheet “Data” holds more than 20,000 cells');
  });

  test('one far cell costs its own row only', async () => {
    const g = await grid(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="XFD3"><v>2</v></c></row>'), { ...XLSX_LIMITS, gridCells: 20000 });
    expect(g.values.map((r) => r.length)).toEqual([1, 0, 16384]);
  });

  test('a run of text longer than the token limit is refused', async () => {
    const long = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(600000)}</t></is></c></row>`;
    expect((await refusal(oneSheet(long), { ...XLSX_LIMITS, tokenChars: 100000 })).problem).toBe('corrupt');
    expect((await grid(oneSheet(long))).values[0][0]).toHaveLength(600000);
  });
});

test('shared strings written by the helper round-trip', async () => {
  const g = await grid(oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { sharedStrings: strToU8(sharedStringsXml([' a & b '])) }));
  expect(g.values).toEqual([[' a & b ']]);
});

/** The package with one part's text changed (re-zipped). */
async function repack(bytes: Uint8Array, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(bytes);
  files[part] = strToU8(change(strFromU8(files[part])));
  return zipSync(files);
}

describe('the sheet scanner, fed in pieces of any size', () => {
  const xml = worksheetXml(
    '<row r="1" spans="1:4"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1"><v>12</v></c><c r="C1" t="str"><f>A1&amp;B1</f><v>a&amp;b</v></c><c r="D1" s="2"/></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>x</t></r><r><t>y</t></r></is></c><c r="B2"><v>-3.5E-2</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c></row>' +
      '<row r="3"><c t="s" r="A3" s="1"><v>1</v></c><x:c xmlns:x="urn:x" r="B3"><x:v>7</x:v></x:c><c r="C3" s="3"><v>45107</v></c><c r="D3"><v/></c></row>',
    ['A1:A2'],
  );
  const read = (piece: number) => {
    const reader = new SheetReader({ name: 'S', sharedStrings: ['satu', 'dua'], styles: { formats: [null, null, null, 'dd/mm/yyyy'], dates: [false, false, false, true] }, date1904: false, maxCells: 1000 });
    const scanner = new XmlScanner(reader, 1 << 20);
    for (let p = 0; p < xml.length; p += piece) scanner.feed(xml.slice(p, p + piece));
    scanner.end();
    return reader.grid();
  };

  test('every piece size gives the same grid', () => {
    const whole = read(xml.length);
    expect(whole.values).toEqual([
      ['satu', 12, 'a&b'],
      [null, -0.035, true, '#DIV/0!'],
      ['dua', 7, new Date(Date.UTC(2023, 5, 30))],
    ]);
    for (const piece of [1, 2, 3, 5, 7, 11, 13, 29, 64, 150, 240]) expect(read(piece)).toEqual(whole);
  });
});

describe('merged areas, fed in pieces of any size', () => {
  const rows = Array.from({ length: 8 }, (_, r) => `<row r="${r + 1}">${['A', 'B', 'C', 'D', 'E'].map((c) => `<c r="${c}${r + 1}"><v>${r}</v></c>`).join('')}</row>`).join('');
  // The usual form, read straight from the text, and forms left to the scanner (a space before "/>",
  // single quotes, a prefix, another attribute), with text between them.
  const xml = worksheetXml(rows, [], `<mergeCells count="6"><mergeCell ref="A1:A2"/><mergeCell ref="B1:C1" /><mergeCell ref='D1:D3'/>\n<x:mergeCell xmlns:x="${NS}" ref="E1:E2"/><mergeCell ref="$A$4:$B$5"/><mergeCell x="1" ref="C6:D7"/><mergeCell ref="E8"/></mergeCells>`);
  const read = (piece: number) => {
    const reader = new SheetReader({ name: 'S', sharedStrings: [], styles: { formats: [], dates: [] }, date1904: false, maxCells: 1000 });
    const scanner = new XmlScanner(reader, 1 << 20);
    for (let p = 0; p < xml.length; p += piece) scanner.feed(xml.slice(p, p + piece));
    scanner.end();
    return reader.grid().merges ?? [];
  };

  test('every form gives its area, wherever the pieces are cut', () => {
    const whole = read(xml.length);
    expect(whole.map(rangeRef)).toEqual(['A1:A2', 'B1:C1', 'D1:D3', 'E1:E2', 'A4:B5', 'C6:D7']);
    for (const piece of [1, 2, 3, 5, 7, 11, 17, 40, 64]) expect(read(piece)).toEqual(whole);
  });
});

describe('the shared strings, fed in pieces of any size', () => {
  const xml = `<?xml version="1.0"?><sst xmlns="${NS}" count="7"><si><t>Rencana Aksi</t></si>\n  <si><t xml:space="preserve"> Draft </t></si><si><t/></si><si><t></t></si>` +
    '<si><r><t>Naskah </t></r><r><t>final</t></r><rPh><t>x</t></rPh></si><si><t>a &amp; b_x000D_c</t></si><si>\n<t>spasi</t>\n</si><si><t>&#x2265; 3,5</t></si></sst>';
  const read = (piece: number) => {
    const reader = new SharedStringsReader();
    const scanner = new XmlScanner(reader, 1 << 20);
    for (let p = 0; p < xml.length; p += piece) scanner.feed(xml.slice(p, p + piece));
    scanner.end();
    return reader.strings;
  };

  test('plain items read straight from the text equal the long way, wherever the pieces are cut', () => {
    const whole = read(xml.length);
    expect(whole).toEqual(['Rencana Aksi', ' Draft ', '', '', 'Naskah final', 'a & b\rc', 'spasi', '≥ 3,5']);
    for (const piece of [1, 2, 3, 5, 7, 9, 13, 29, 64]) expect(read(piece)).toEqual(whole);
  });
});

describe('both inflaters', () => {
  const bytes = oneSheet(Array.from({ length: 20000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join(''));
  test.each([
    ['DecompressionStream', inflateWithStream],
    ['fflate', inflateWithFflate],
  ])('%s: the same grid; a part longer than declared is corrupt', async (_, inflate) => {
    const g = (await readXlsx(bytes, { inflate })).sheets[0].grid;
    expect(g.values).toHaveLength(20000);
    expect(g.values[19999]).toEqual([19999]);
    await expect(readXlsx(withDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 5000), { inflate })).rejects.toMatchObject({ problem: 'corrupt' });
    await expect(readXlsx(withDeclaredSize(bytes, 'xl/worksheets/sheet1.xml', 5_000_000), { inflate })).rejects.toMatchObject({ problem: 'corrupt' });
  });
});
