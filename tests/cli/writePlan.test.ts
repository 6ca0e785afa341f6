/**
 * The CLI's Plan writer (core's package editor underneath): a planned sheet lands in a copy of the
 * workbook, exactly as planned, nothing else changed. exceljs reads the copies here as a second,
 * independent reader.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Plan } from '../../core/plan/plan';
import { UserError } from '../../core/i18n';
import { putPlan, writePlanToFile } from '../../cli/writePlan';
import { WorkbookEditor } from '../../core/xlsx/workbookEditor';
import { plan, SIGNATURE, text } from '../helpers/plan';

let dir: string;
let counter = 0;
const tmp = (name: string) => path.join(dir, `${++counter}-${name}`);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-plan-'));
});


async function saveWorkbook(build: (wb: ExcelJS.Workbook) => void, name = 'input.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = tmp(name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Attributes of every `<tag …>` element in an XML string, in document order. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

/** The raw package: sheet names in workbook.xml order, a sheet's XML by name, every part's bytes. */
async function rawPackage(file: string): Promise<{ order: string[]; sheetXml: (name: string) => Promise<string>; sharedStrings: string[]; parts: Map<string, Buffer> }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = async (p: string) => {
    const entry = zip.file(p);
    if (!entry) throw new Error(`${p} missing from ${file}`);
    return entry.async('string');
  };
  const sheets = elements(await read('xl/workbook.xml'), 'sheet');
  const rels = elements(await read('xl/_rels/workbook.xml.rels'), 'Relationship');
  const shared = zip.file('xl/sharedStrings.xml') ? await read('xl/sharedStrings.xml') : '';
  const sharedStrings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
  );
  const parts = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, await zip.files[name].async('nodebuffer'));
  return {
    order: sheets.map((s) => s.name),
    parts,
    sharedStrings,
    sheetXml: async (name) => {
      const sheet = sheets.find((s) => s.name === name);
      const rel = rels.find((r) => r.Id === sheet?.['r:id']);
      if (!rel) throw new Error(`no sheet ${name}`);
      return read(`xl/${rel.Target.replace(/^\/?xl\//, '')}`);
    },
  };
}

/** Every cell of a sheet as comparable JSON: value, formula, type and full style. */
function snapshot(sheet: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = JSON.parse(
        JSON.stringify({ type: cell.type, value: cell.value, formula: cell.formula, style: cell.style, master: cell.master.address }),
      );
    });
  });
  return {
    name: sheet.name,
    cells,
    merges: [...((sheet.model as { merges?: string[] }).merges ?? [])].sort(),
    widths: Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width),
    views: JSON.parse(JSON.stringify(sheet.views)),
  };
}

/** An editor on a saved workbook, and its sheets' signature texts as the CLI reads them. */
async function editorOn(file: string): Promise<{ editor: WorkbookEditor; textAt: (sheet: string, row: number, column: number) => string }> {
  const bytes = readFileSync(file);
  const wb = await load(file);
  const textAt = (sheet: string, row: number, column: number) => String(wb.getWorksheet(sheet)?.getCell(row + 1, column + 1).value ?? '');
  return { editor: await WorkbookEditor.open(bytes), textAt };
}

describe('putPlan / writePlanToFile', () => {
  test('every kind of value, format, fill, font, merge, width and freeze is written', async () => {
    const input = await saveWorkbook((wb) => wb.addWorksheet('Data').getCell('A1').value = 'isi');
    const output = tmp('out.xlsx');
    const p = plan(
      [
        text(1, 0, 'Judul tabel', { font: { bold: true, color: '#1f4e78', size: 14 }, fill: '#DDEBF7', border: true, horizontal: 'center', wrap: true }),
        { row: 3, column: 0, value: { kind: 'number', value: 0.75 }, numberFormat: '0%', horizontal: 'right' },
        { row: 3, column: 1, value: { kind: 'number', value: 1234567 }, numberFormat: '#,##0', font: { italic: true } },
        { row: 3, column: 2, value: { kind: 'date', year: 2024, month: 12, day: 31 }, numberFormat: 'd mmmm yyyy' },
        { row: 4, column: 0, value: { kind: 'date', year: 2025, month: 1, day: 1 } },
        { row: 4, column: 1, value: { kind: 'blank' }, fill: '#FFC7CE', border: true },
        text(4, 2, '007', { numberFormat: '@', wrap: true }),
        { row: 5, column: 0, value: { kind: 'number', value: -2.5 } },
      ],
      { merges: [{ top: 1, left: 0, bottom: 2, right: 2 }], columnWidths: [30, 12.5, 18], frozenRows: 3 },
    );
    expect(await writePlanToFile(input, output, p)).toEqual({ replaced: false });

    const wb = await load(output);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Data', 'Ringkasan']);
    const ws = wb.getWorksheet('Ringkasan')!;

    expect(ws.getCell('A1').value).toBe(SIGNATURE);
    const title = ws.getCell('A2');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('Judul tabel');
    expect(title.font).toMatchObject({ bold: true, size: 14, color: { argb: 'FF1F4E78' } });
    expect(title.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(title.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(title.alignment).toMatchObject({ horizontal: 'center', wrapText: true, vertical: 'top' });

    // The merge: A2:C3, its other cells merged into A2 and formatted like it (so fill and border cover it).
    expect((ws.model as { merges: string[] }).merges).toEqual(['A2:C3']);
    for (const address of ['B2', 'C2', 'A3', 'C3']) {
      const cell = ws.getCell(address);
      expect(cell.isMerged).toBe(true);
      expect(cell.master.address).toBe('A2');
      expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
      expect(cell.border).toMatchObject({ right: { style: 'thin' }, bottom: { style: 'thin' } });
    }

    const percent = ws.getCell('A4');
    expect(percent.type).toBe(ExcelJS.ValueType.Number);
    expect(percent.value).toBe(0.75);
    expect(percent.numFmt).toBe('0%');
    expect(percent.alignment).toMatchObject({ horizontal: 'right' });
    expect(percent.alignment?.wrapText).toBeFalsy();

    const big = ws.getCell('B4');
    expect(big.value).toBe(1234567);
    expect(big.numFmt).toBe('#,##0');
    expect(big.font).toMatchObject({ italic: true, size: 11 });
    expect(big.font.bold).toBeFalsy();

    const date = ws.getCell('C4');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(date.numFmt).toBe('d mmmm yyyy');
    const plainDate = ws.getCell('A5');
    expect(plainDate.type).toBe(ExcelJS.ValueType.Date);
    expect((plainDate.value as Date).toISOString()).toBe('2025-01-01T00:00:00.000Z');

    const blank = ws.getCell('B5');
    expect(blank.type).toBe(ExcelJS.ValueType.Null);
    expect(blank.value).toBeNull();
    expect(blank.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(blank.border).toMatchObject({ top: { style: 'thin' } });

    const code = ws.getCell('C5');
    expect(code.type).toBe(ExcelJS.ValueType.String);
    expect(code.value).toBe('007');
    expect(code.numFmt).toBe('@');
    expect(code.alignment).toMatchObject({ wrapText: true, vertical: 'top' });

    expect(ws.getCell('A6').value).toBe(-2.5);

    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12.5);
    expect(ws.getColumn(3).width).toBe(18);
    expect(ws.views).toHaveLength(1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    // In the file itself: the date is the serial of that day, the blank cell exists only for its style.
    const raw = await rawPackage(output);
    const xml = await raw.sheetXml('Ringkasan');
    const c4 = elements(xml, 'c').find((c) => c.r === 'C4')!;
    expect(c4.t).toBeUndefined();
    expect(xml).toMatch(/<c r="C4"[^>]*><v>45657<\/v><\/c>/); // 2024-12-31
    expect(xml).toMatch(/<c r="B5" s="\d+"\s*\/>/);
    expect(xml).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
  });

  test('dates stay the same calendar day in a 1904-date workbook', async () => {
    const input = await saveWorkbook((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet('Data');
    });
    const output = tmp('out-1904.xlsx');
    await writePlanToFile(input, output, plan([{ row: 1, column: 0, value: { kind: 'date', year: 2024, month: 2, day: 29 }, numberFormat: 'yyyy-mm-dd' }]));
    const wb = await load(output);
    expect(wb.properties.date1904).toBe(true);
    expect((wb.getWorksheet('Ringkasan')!.getCell('A2').value as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    // 2024-02-29 is serial 43889 in the 1904 system (day 0 is 1904-01-01), 45351 in the 1900 one.
    expect(await (await rawPackage(output)).sheetXml('Ringkasan')).toMatch(/<c r="A2"[^>]*><v>43889<\/v>/);
  });

  test('text that looks like a formula stays text: in exceljs and in the sheet XML', async () => {
    const tricky = ['=HYPERLINK("x")', '- Menyusun pedoman', '+628123456789', '@x', '=1+1', '-5', '0012', ' =SUM(A1:A2)'];
    const input = await saveWorkbook((wb) => wb.addWorksheet('Data'));
    const output = tmp('out-text.xlsx');
    await writePlanToFile(input, output, plan(tricky.map((t, i) => text(i + 1, 0, t))));

    const ws = (await load(output)).getWorksheet('Ringkasan')!;
    tricky.forEach((t, i) => {
      const cell = ws.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
      expect(cell.formula).toBeUndefined();
    });

    const raw = await rawPackage(output);
    const xml = await raw.sheetXml('Ringkasan');
    expect(xml).not.toMatch(/<f[\s>]/);
    const cells = elements(xml, 'c');
    tricky.forEach((t, i) => {
      const c = cells.find((cell) => cell.r === `A${i + 2}`)!;
      expect(c.t).toBe('inlineStr');
    });
    // Inline strings: the workbook's shared strings are not touched, and each text is in the sheet as it
    // is; white space at its start keeps it with xml:space="preserve" (as Excel writes it), other text goes without.
    for (const t of tricky) expect(xml).toContain(`<t${t.trim() === t ? '' : ' xml:space="preserve"'}>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</t>`);
  });

  test('a new sheet goes right after `after` (any case), else last; workbook.xml lists it there', async () => {
    const input = await saveWorkbook((wb) => {
      for (const name of ['Satu', 'Dua', 'Tiga']) wb.addWorksheet(name).getCell('A1').value = name;
    });
    const cases: [string | undefined, string[]][] = [
      ['dua', ['Satu', 'Dua', 'Ringkasan', 'Tiga']],
      ['Satu', ['Satu', 'Ringkasan', 'Dua', 'Tiga']],
      ['Tiga', ['Satu', 'Dua', 'Tiga', 'Ringkasan']],
      [undefined, ['Satu', 'Dua', 'Tiga', 'Ringkasan']],
      ['Tidak ada', ['Satu', 'Dua', 'Tiga', 'Ringkasan']],
    ];
    for (const [after, order] of cases) {
      const output = tmp('out-after.xlsx');
      await writePlanToFile(input, output, plan([]), { after });
      const wb = await load(output);
      expect(wb.worksheets.map((s) => s.name)).toEqual(order);
      expect((await rawPackage(output)).order).toEqual(order);
      // The other sheets keep their own content.
      for (const name of ['Satu', 'Dua', 'Tiga']) expect(wb.getWorksheet(name)!.getCell('A1').value).toBe(name);
    }
  });

  test('inserting before the active tab keeps the same sheet active', async () => {
    const input = await saveWorkbook((wb) => {
      wb.addWorksheet('Satu');
      wb.addWorksheet('Dua');
      wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
    });
    const output = tmp('out-active.xlsx');
    await writePlanToFile(input, output, plan([]), { after: 'Satu' });
    const wb = await load(output);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Satu', 'Ringkasan', 'Dua']);
    expect(wb.views[0].activeTab).toBe(2);
  });

  test('an earlier RB Matrix sheet is replaced in place; the other sheets are left exactly as they were', async () => {
    // The input: a styled sheet with formulas and merges, an earlier summary, and a notes sheet.
    const wb = new ExcelJS.Workbook();
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
    const data = wb.addWorksheet('Data');
    data.getCell('A1').value = 'Kegiatan';
    data.getCell('A1').font = { bold: true, color: { argb: 'FF112233' } };
    data.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    data.getCell('B2').value = 3;
    data.getCell('B3').value = 4;
    data.getCell('B4').value = { formula: 'SUM(B2:B3)', result: 7 };
    data.getCell('B4').numFmt = '#,##0.00';
    data.getCell('C2').value = new Date(Date.UTC(2024, 5, 30));
    data.getCell('C2').numFmt = 'dd/mm/yyyy';
    data.getCell('D2').value = '=bukan rumus';
    data.getCell('A6').value = 'Gabungan';
    data.getCell('A6').border = { bottom: { style: 'double', color: { argb: 'FF0000FF' } } };
    data.getCell('A6').alignment = { horizontal: 'center', vertical: 'middle' };
    data.mergeCells('A6:C7');
    data.getColumn(1).width = 40;
    data.views = [{ state: 'frozen', ySplit: 1 }];
    const notes = wb.addWorksheet('Catatan');
    notes.getCell('A1').value = 'catatan';
    notes.getCell('A2').value = { formula: 'Data!B4*2', result: 14 };
    const start = tmp('start.xlsx');
    await wb.xlsx.writeFile(start);
    const input = tmp('input-replace.xlsx');
    await writePlanToFile(start, input, plan([text(1, 0, 'Versi lama'), text(5, 3, 'Hanya di versi lama')], { merges: [{ top: 1, left: 0, bottom: 1, right: 3 }], frozenRows: 2 }), { after: 'Data' });
    const inputHash = sha(input);

    const before = await load(input);
    expect(before.worksheets.map((s) => s.name)).toEqual(['Data', 'Ringkasan', 'Catatan']);

    const output = tmp('out-replace.xlsx');
    const result = await writePlanToFile(input, output, plan([text(1, 0, 'Versi baru', { font: { bold: true } })], { columnWidths: [25] }), { after: 'Catatan' });
    expect(result).toEqual({ replaced: true });
    expect(sha(input)).toBe(inputHash);

    const after = await load(output);
    // Same position (`after` does not move a replaced sheet), in exceljs and in workbook.xml.
    expect(after.worksheets.map((s) => s.name)).toEqual(['Data', 'Ringkasan', 'Catatan']);
    expect((await rawPackage(output)).order).toEqual(['Data', 'Ringkasan', 'Catatan']);

    const summary = after.getWorksheet('Ringkasan')!;
    expect(summary.getCell('A2').value).toBe('Versi baru');
    expect(summary.getCell('A2').font).toMatchObject({ bold: true });
    expect(summary.getCell('D6').value).toBeNull(); // nothing of the old sheet is left
    expect((summary.model as { merges: string[] }).merges).toEqual([]);
    expect(summary.getColumn(1).width).toBe(25);
    expect((summary.views ?? []).some((v) => v.state === 'frozen')).toBe(false);

    for (const name of ['Data', 'Catatan']) {
      expect(snapshot(after.getWorksheet(name)!)).toEqual(snapshot(before.getWorksheet(name)!));
    }
    // In the package: only the summary's part and styles.xml changed; workbook.xml (same tab, same
    // part) did not, so Catatan, the active tab since the summary was added before it, still is.
    const [was, now] = [await rawPackage(input), await rawPackage(output)];
    expect([...now.parts.keys()].sort()).toEqual([...was.parts.keys()].sort());
    const changed = [...now.parts.keys()].filter((p) => !now.parts.get(p)!.equals(was.parts.get(p)!)).sort();
    expect(changed).toEqual(['xl/styles.xml', 'xl/worksheets/sheet3.xml']); // a bold font it did not have yet
    expect(elements(now.parts.get('xl/workbook.xml')!.toString('utf8'), 'workbookView')[0].activeTab).toBe('2');
    expect(await now.sheetXml('Ringkasan')).not.toMatch(/tabSelected/);
    // Spot checks that the snapshot really covers formulas, styles and merges.
    const afterData = after.getWorksheet('Data')!;
    expect(afterData.getCell('B4').formula).toBe('SUM(B2:B3)');
    expect(afterData.getCell('D2').value).toBe('=bukan rumus');
    expect(afterData.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(afterData.getCell('B7').master.address).toBe('A6');
    expect(after.getWorksheet('Catatan')!.getCell('A2').formula).toBe('Data!B4*2');
  });

  test('the sheet name is matched without regard to case when replacing', async () => {
    const start = await saveWorkbook((wb) => {
      wb.addWorksheet('Data');
      wb.addWorksheet('Akhir');
    });
    const input = tmp('upper.xlsx');
    await writePlanToFile(start, input, plan([text(1, 0, 'lama')], { sheetName: 'RINGKASAN' }), { after: 'Data' });
    const output = tmp('lower.xlsx');
    expect(await writePlanToFile(input, output, plan([text(1, 0, 'baru')]))).toEqual({ replaced: true });
    const wb = await load(output);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Data', 'RINGKASAN', 'Akhir']);
    expect(wb.getWorksheet('RINGKASAN')!.getCell('A2').value).toBe('baru');
  });

  test('a same-name sheet without the signature is refused: UserError, no output, nothing left behind', async () => {
    const input = await saveWorkbook((wb) => {
      wb.addWorksheet('Data');
      const own = wb.addWorksheet('ringkasan');
      own.getCell('A1').value = 'Ringkasan buatan saya';
      own.getCell('B2').value = 1;
    });
    const inputHash = sha(input);
    const outDir = mkdtempSync(path.join(dir, 'refused-'));
    const output = path.join(outDir, 'out.xlsx');
    const attempt = writePlanToFile(input, output, plan([]));
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(
      'Sheet “ringkasan” sudah ada dan bukan buatan RB Matrix, jadi tidak diubah. Ganti nama sheet itu lalu coba lagi. / Sheet “ringkasan” already exists and was not made by RB Matrix, so it was left alone. Rename that sheet and try again.',
    );
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(outDir)).toEqual([]);
    expect(sha(input)).toBe(inputHash);

    // A signature somewhere else, or a near miss, is no signature either; the workbook is left untouched.
    const wb = await load(input);
    wb.getWorksheet('ringkasan')!.getCell('A1').value = `${SIGNATURE} `;
    wb.getWorksheet('ringkasan')!.getCell('A2').value = SIGNATURE;
    const nearMiss = tmp('near-miss.xlsx');
    await wb.xlsx.writeFile(nearMiss);
    const { editor, textAt } = await editorOn(nearMiss);
    expect(() => putPlan(editor, plan([]), undefined, textAt)).toThrow(UserError);
    expect(editor.sheets.map((s) => s.name)).toEqual(['Data', 'ringkasan']);
  });

  test('the output is never the input (same path, other spelling of it, or a link to it)', async () => {
    const input = await saveWorkbook((wb) => wb.addWorksheet('Data'));
    const inputHash = sha(input);
    const link = tmp('link.xlsx');
    symlinkSync(input, link);
    const sameViaDots = path.join(path.dirname(input), '.', path.basename(input));
    for (const output of [input, sameViaDots, path.relative(process.cwd(), input), link]) {
      await expect(writePlanToFile(input, output, plan([]))).rejects.toThrow(/Berkas keluaran sama dengan berkas masukan.*The output file is the input file/);
    }
    expect(sha(input)).toBe(inputHash);
  });

  test('an existing output file is replaced whole; the input stays byte-identical', async () => {
    const input = await saveWorkbook((wb) => wb.addWorksheet('Data').getCell('A1').value = 1);
    const inputHash = sha(input);
    const output = tmp('existing.xlsx');
    await writePlanToFile(input, output, plan([text(1, 0, 'pertama')]));
    await writePlanToFile(input, output, plan([text(1, 0, 'kedua')]));
    const wb = await load(output);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Data', 'Ringkasan']);
    expect(wb.getWorksheet('Ringkasan')!.getCell('A2').value).toBe('kedua');
    expect(sha(input)).toBe(inputHash);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('unusable files are UserErrors with one-line reasons', async () => {
    const input = await saveWorkbook((wb) => wb.addWorksheet('Data'));
    const cases: [string, string, RegExp][] = [
      [tmp('missing.xlsx'), tmp('o.xlsx'), /tidak ditemukan/],
      [path.join(__dirname, 'run.ts'), tmp('o.xlsx'), /bukan berkas \.xlsx/],
      [input, tmp('o.csv'), /harus berakhiran \.xlsx/],
      [input, path.join(dir, 'no-such-folder', 'o.xlsx'), /folder tidak ditemukan/],
    ];
    for (const [from, to, reason] of cases) {
      const attempt = writePlanToFile(from, to, plan([]));
      await expect(attempt).rejects.toBeInstanceOf(UserError);
      await expect(attempt).rejects.toThrow(reason);
      await attempt.catch((e: Error) => expect(e.message).not.toContain('\n'));
    }
  });

  test.each(['a/b', 'a\\b', 'a?', 'a*', '[a]', 'a:b', 'x'.repeat(32), '', '   ', "'kutip", "kutip'", 'history'])(
    'sheet name %j is refused with an UserError',
    async (name) => {
      const editor = await WorkbookEditor.blank();
      expect(() => putPlan(editor, plan([], { sheetName: name }), undefined, () => '')).toThrow(UserError);
      expect(() => putPlan(editor, plan([], { sheetName: name }), undefined, () => '')).toThrow(/Nama sheet .* tidak sah: .* \/ Invalid sheet name/);
      expect(editor.sheets).toEqual([]);
    },
  );

  test('a 31-character name with spaces, XML specials and non-ASCII letters is fine', async () => {
    const input = await saveWorkbook((wb) => wb.addWorksheet('Data'));
    const name = 'Ringkasan & <Triwulan> – Ёжик "';
    expect(name).toHaveLength(31);
    const output = tmp('long-name.xlsx');
    await writePlanToFile(input, output, plan([], { sheetName: name }));
    expect((await load(output)).worksheets.map((s) => s.name)).toEqual(['Data', name]);
  });

  test('a plan that breaks its own rules is a plain Error (a bug), and the workbook is untouched', async () => {
    const wb = await WorkbookEditor.blank();
    const bad: Plan[] = [
      { ...plan([]), cells: [] }, // no signature cell
      plan([{ row: 1, column: 0, value: { kind: 'number', value: Number.NaN } }]),
      plan([{ row: 1, column: 0, value: { kind: 'date', year: 2025, month: 2, day: 30 } }]),
      plan([text(1, 0, 'x', { fill: 'red' })]),
      plan([text(-1, 0, 'x')]),
      plan([text(1, 1, 'tersembunyi')], { merges: [{ top: 1, left: 0, bottom: 1, right: 2 }] }),
      plan([], { merges: [{ top: 1, left: 0, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }] }),
    ];
    for (const p of bad) {
      let error: unknown;
      try {
        putPlan(wb, p, undefined, () => '');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(UserError);
    }
    expect(wb.sheets).toEqual([]);
  });
});
