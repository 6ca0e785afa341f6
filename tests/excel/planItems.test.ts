/**
 * The Excel writer (excel-addin/planWriter.ts) writes a plan's data validations, conditional formats
 * and charts on the fake Excel, item by item as Office.js takes them, within the writer's one batched
 * round trip; an Excel older than the requirement sets they need refuses them and keeps nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writePlan } from '../../excel-addin/planWriter';
import { LIST_CHOICES, LIST_SHEET, itemsPlan } from '../helpers/planItems';
import { FakeWorkbook } from './fakeExcel';
import { itemsOf } from './helpers';

async function written(apiVersion = 13) {
  const wb = FakeWorkbook.of({ name: 'Matriks', values: [['x']] }, { name: LIST_SHEET, values: LIST_CHOICES.map((c) => [c]) });
  wb.apiVersion = apiVersion;
  let error: unknown;
  await wb.run((context) => writePlan(context, itemsPlan(), { position: 1 })).catch((e) => (error = e));
  return { wb, error };
}

const alert = (style: string, title: string, message: string) => ({ showAlert: true, style, title, message });
const prompt = (title = '', message = '') => ({ showPrompt: title !== '', title, message });

test('every validation: its rule, input message and alert on each of its areas, blanks allowed', async () => {
  const { wb, error } = await written();
  expect(error).toBeUndefined();
  expect(itemsOf(wb.sheet('Ringkasan')).validations).toEqual([
    { range: 'E2:E20', ignoreBlanks: true, rule: { list: { inCellDropDown: true, source: 'Rutin,Penguatan' } }, prompt: prompt('Keterangan', 'Pilih Rutin atau Penguatan.'), errorAlert: alert('Stop', 'Isian tidak sah', 'Pilih dari daftar.') },
    { range: 'F2:F20', ignoreBlanks: true, rule: { list: { inCellDropDown: true, source: 'Ringkasan!A2:A4' } }, prompt: prompt(), errorAlert: alert('Warning', 'Bukan kegiatan', 'Nama kegiatan dari kolom A.') },
    { range: 'G2:G20', ignoreBlanks: true, rule: { list: { inCellDropDown: true, source: 'Daftar!A1:A4' } }, prompt: prompt(), errorAlert: alert('Stop', 'Tahap', 'Pilih tahap dari daftar.') },
    { range: 'H2:H20', ignoreBlanks: true, rule: { wholeNumber: { operator: 'Between', formula1: 1, formula2: 10 } }, prompt: prompt('Skor', 'Bilangan bulat 1–10.'), errorAlert: alert('Information', 'Skor', 'Skor 1–10.') },
    ...['I2:I20', 'K2:K20'].map((range) => ({ range, ignoreBlanks: true, rule: { decimal: { operator: 'GreaterThanOrEqualTo', formula1: 0 } }, prompt: prompt('Realisasi', 'Angka ≥ 0; koma desimal boleh.'), errorAlert: alert('Stop', 'Bukan angka', 'Isi angka ≥ 0.') })),
    { range: 'J2:J20', ignoreBlanks: true, rule: { textLength: { operator: 'LessThanOrEqualTo', formula1: 255 } }, prompt: prompt(), errorAlert: alert('Warning', 'Terlalu panjang', 'Paling banyak 255 karakter.') },
    { range: 'L2:L20', ignoreBlanks: true, rule: { custom: { formula: '=OR(ISBLANK(L2),ISNUMBER(SEARCH("http",L2)))' } }, prompt: prompt(), errorAlert: alert('Warning', 'Bukti dukung', 'Tautan diawali http.') },
  ]);
});

test('every conditional format, the plan’s first on top, each stopping the ones below where it holds', async () => {
  const { wb } = await written();
  const cf = (range: string, type: string, rule: object, format: object) => ({ range, type, rule, format, stopIfTrue: true });
  const green = { fill: '#C6EFCE', fontColor: '#006100' };
  expect(itemsOf(wb.sheet('Ringkasan')).conditionalFormats).toEqual([
    cf('B2:D4', 'CellValue', { operator: 'Between', formula1: '=0.5', formula2: '=0.9' }, { fill: '#FFEB9C' }),
    cf('B2:D4', 'CellValue', { operator: 'GreaterThanOrEqual', formula1: '=0.9' }, { ...green, bold: true }),
    cf('B6:D6', 'CellValue', { operator: 'GreaterThanOrEqual', formula1: '=0.9' }, { ...green, bold: true }),
    cf('M2:M20', 'ContainsText', { operator: 'Contains', text: 'Belum "final"' }, { fontColor: '#9C0006' }),
    // The capaian lights: green from 91% (as rated, to two decimals), yellow from 66%, red for any other number.
    cf('N2:N20', 'Custom', { formula: '=AND(ISNUMBER(N2),N2>=0.90995)' }, { ...green, bold: true }),
    cf('N2:N20', 'Custom', { formula: '=AND(ISNUMBER(N2),N2>=0.65995)' }, { fill: '#FFEB9C', fontColor: '#9C5700', bold: true }),
    cf('N2:N20', 'Custom', { formula: '=ISNUMBER(N2)' }, { fill: '#FFC7CE', fontColor: '#9C0006', bold: true }),
    cf('O2:O20', 'Custom', { formula: '=O2="Tercapai"' }, green),
    cf('O2:O20', 'Custom', { formula: '=O2="Tercapai lebih awal"' }, green),
    cf('O2:O20', 'Custom', { formula: '=O2="Belum tercapai"' }, { fill: '#FFC7CE', fontColor: '#9C0006' }),
    cf('O2:O20', 'Custom', { formula: '=O2="Tidak ada data"' }, { fill: '#FFEB9C', fontColor: '#9C5700' }),
    cf('O2:O20', 'Custom', { formula: '=O2="Belum jatuh tempo"' }, { fill: '#EDEDED', fontColor: '#3A3A3A' }),
  ]);
});

test('every chart: its type, series with their values, categories and colours, title, legend, axes, cell and size', async () => {
  const { wb } = await written();
  const series = (name: string, values: string, xValues = 'Ringkasan!A2:A4', more: object = {}) => ({ name, values, xValues, points: {}, dataLabels: { shown: false }, ...more });
  const small = { title: 14, text: 10 };
  const chart = (type: string, title: string, fonts: { title: number; text: number }, list: object[], start: string, width: number, height: number, axes?: { format?: string; topDown?: boolean }) => ({
    type,
    seriesBy: 'Columns',
    series: list,
    title: { text: title, fontSize: fonts.title },
    legend: { position: 'Bottom', fontSize: fonts.text },
    valueAxis: axes ? { minimum: 0, fontSize: fonts.text, ...(axes.format && { numberFormat: axes.format }) } : {},
    categoryAxis: axes ? { fontSize: fonts.text, ...(axes.topDown && { reversePlotOrder: true }) } : {},
    position: { start },
    width,
    height,
  });
  const stacked = ['TW I', 'TW II', 'TW III'].map((name, i) => series(name, `Ringkasan!${'BCD'[i]}2:${'BCD'[i]}4`, undefined, { fill: ['#4E9A4E', '#E6A817', '#C9413A'][i] }));
  const charts = itemsOf(wb.sheet('Ringkasan')).charts;
  expect(charts).toEqual([
    chart('BarClustered', 'Batang', small, [series('TW I', 'Ringkasan!B2:B4', undefined, { fill: '#4E9A4E' })], 'Q2', 360, 216, { format: '0%', topDown: true }),
    chart('ColumnClustered', 'Kolom', small, [series('TW II', 'Ringkasan!C2:C4')], 'Q17', 360, 216, {}),
    chart('BarStacked', 'Bertumpuk', { title: 20, text: 14 }, stacked, 'Q32', 720, 405, { format: '0%', topDown: true }),
    { ...chart('ColumnStacked', 'Kolom bertumpuk', small, [series('Kegiatan A', 'Ringkasan!B2:D2', 'Ringkasan!B1:D1'), series('Kegiatan B', 'Ringkasan!B3:D3', 'Ringkasan!B1:D1')], 'Q61', 360, 216, {}), seriesBy: 'Rows' },
    {
      ...chart('Doughnut', 'Donat', { title: 20, text: 14 }, [series('Jumlah', 'Ringkasan!D2:D4', undefined, { points: { 0: '#4E9A4E', 1: '#E6A817', 2: '#C9413A' }, holeSize: 50, dataLabels: { shown: true, showValue: false, showPercentage: true, fontSize: 14 } })], 'Q76', 405, 405),
    },
  ]);
});

test('validations, formats and charts go in the same one round trip as the cells', async () => {
  const { wb } = await written();
  expect(wb.syncCount).toBe(1);
  expect(wb.syncs[0].requestBytes).toBeLessThan(100_000);
});

test('an Excel without the requirement sets refuses them at the sync, and the half-written sheet is removed', async () => {
  // The manifest asks for ExcelApi 1.13; the writer's newest needs: data validation 1.8, chart series 1.7, conditional formats 1.6.
  const manifest = readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
  const minor = Number(/<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/.exec(manifest)![1]);
  expect((await written(minor)).error).toBeUndefined();
  expect((await written(8)).error).toBeUndefined();
  for (const [version, api] of [
    [7, /DataValidation\.rule needs ExcelApi 1\.8/],
    [5, /ExcelApi 1\.[678]/],
  ] as const) {
    const { wb, error } = await written(version);
    expect(error).toMatchObject({ code: 'ApiNotFound', message: expect.stringMatching(api) });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Matriks', LIST_SHEET]);
  }
});
