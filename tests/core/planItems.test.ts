/**
 * Data validations, conditional formats and charts as Plan items (core/plan/validation.ts,
 * conditionalFormat.ts, chart.ts): checked against their contract, resolved once down to what OOXML
 * writes (sqref, types, operators, formulas, the dxf look, chart plots, references and anchors),
 * and the summary's colours as conditional formats that light cells as the tab does.
 */
import { checkPlan } from '../../core/plan/checkPlan';
import type { Plan } from '../../core/plan/plan';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { capaianFormats, statusFormats } from '../../core/summary/formatRules';
import { STATUS_COLOUR, trafficLight } from '../../core/summary/look';
import { STATUS_TEXT } from '../../core/summary/texts';
import type { Status } from '../../core/attainment/types';
import { itemsPlan } from '../helpers/planItems';
import { LAYOUTS } from '../../core/layout';
import { LADDERS } from '../../core/values/ladders';

const resolved = resolvePlan(itemsPlan());

test('validations resolve to OOXML’s dataValidation: sqref, type, operator, formula1/formula2, messages; formulas per area for hosts without the criterion', () => {
  expect(resolved.validations.map((v) => [v.sqref, v.type, v.operator, v.formula1, v.formula2, v.formulas])).toEqual([
    ['E2:E20', 'list', undefined, '"Rutin,Penguatan"', undefined, undefined],
    ['F2:F20', 'list', undefined, '$A$2:$A$4', undefined, undefined],
    ['G2:G20', 'list', undefined, "'Daftar'!$A$1:$A$4", undefined, undefined],
    ['H2:H20', 'whole', 'between', '1', '10', ['AND(ISNUMBER(H2),H2=INT(H2),AND(H2>=1,H2<=10))']],
    ['I2:I20 K2:K20', 'decimal', 'greaterThanOrEqual', '0', undefined, ['AND(ISNUMBER(I2),I2>=0)', 'AND(ISNUMBER(K2),K2>=0)']],
    ['J2:J20', 'textLength', 'lessThanOrEqual', '255', undefined, ['LEN(J2)<=255']],
    ['L2:L20', 'custom', undefined, 'OR(ISBLANK(L2),ISNUMBER(SEARCH("http",L2)))', undefined, ['OR(ISBLANK(L2),ISNUMBER(SEARCH("http",L2)))']],
  ]);
  expect(resolved.validations[0]).toMatchObject({ allowBlank: true, prompt: { title: 'Keterangan', text: 'Pilih Rutin atau Penguatan.' }, alert: { style: 'stop', title: 'Isian tidak sah' } });
  expect(resolved.validations[1].prompt).toBeUndefined();
});

test('conditional formats resolve to cfRule: priority in plan order, stopIfTrue, type, operator, formulas, a dxf with upper-case colours', () => {
  const [between, atLeast, contains, green] = resolved.conditionalFormats;
  expect(resolved.conditionalFormats.map((f) => f.priority)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  expect(resolved.conditionalFormats.every((f) => f.stopIfTrue)).toBe(true);
  expect(between).toMatchObject({ sqref: 'B2:D4', type: 'cellIs', operator: 'between', formulas: ['0.5', '0.9'], format: { fill: '#FFEB9C' } });
  expect(atLeast).toMatchObject({ sqref: 'B2:D4 B6:D6', type: 'cellIs', operator: 'greaterThanOrEqual', formulas: ['0.9'], format: { fill: '#C6EFCE', fontColor: '#006100', bold: true } });
  // Excel writes a containsText rule with its text and the SEARCH test on the first cell; quotes doubled.
  expect(contains).toMatchObject({ sqref: 'M2:M20', type: 'containsText', operator: 'containsText', text: 'Belum "final"', formulas: ['NOT(ISERROR(SEARCH("Belum ""final""",M2)))'], format: { fontColor: '#9C0006' } });
  expect(green).toMatchObject({ type: 'expression', formulas: ['AND(ISNUMBER(N2),N2>=0.90995)'] });
  expect(green.operator).toBeUndefined();
});

test('charts resolve to DrawingML: the plot, references on the sheet, series direction, axes, labels, anchor and extent in EMU', () => {
  const [bar, column, stacked, rows, doughnut] = resolved.charts;
  expect(bar).toMatchObject({
    plot: { type: 'bar', direction: 'bar', grouping: 'clustered' },
    categories: { ref: "'Ringkasan'!$A$2:$A$4" },
    series: [{ name: 'TW I', ref: "'Ringkasan'!$B$2:$B$4", colour: '#4E9A4E' }],
    seriesBy: 'columns',
    categoriesTopDown: true,
    valueAxis: { min: 0, format: '0%' },
    percentLabels: false,
    legend: 'bottom',
    anchor: { row: 1, column: 16 },
    extent: { cx: 360 * 12700, cy: 216 * 12700 },
    fontSize: { title: 14, text: 10 },
  });
  expect(column).toMatchObject({ plot: { type: 'bar', direction: 'col', grouping: 'clustered' }, categoriesTopDown: false, valueAxis: { min: 0 } });
  expect(stacked.plot).toEqual({ type: 'bar', direction: 'bar', grouping: 'stacked' });
  expect(rows).toMatchObject({ seriesBy: 'rows', categories: { ref: "'Ringkasan'!$B$1:$D$1" }, plot: { direction: 'col', grouping: 'stacked' } });
  expect(doughnut).toMatchObject({ plot: { type: 'doughnut', holeSize: 50 }, percentLabels: true, series: [{ pointColours: ['#4E9A4E', '#E6A817', '#C9413A'] }] });
  expect(doughnut.valueAxis).toBeUndefined();
  // 405 points from row 76 at 15 points a row: rows 76–102.
  expect(doughnut.lastRow).toBe(75 + 26);
  // The sheet is made large enough for the items’ areas and the rows the charts reach over.
  expect(resolved.bounds).toEqual({ rows: 102, columns: 17 });
});

const plan = itemsPlan();
const broken = (change: (p: Plan) => void): Plan => {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
};
const area = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

test.each([
  ['validations over the same cells', (p: Plan) => p.validations!.push({ ...p.validations![0], areas: [area(5, 4)] }), /overlaps another validation at E6/],
  ['a list value with a comma', (p: Plan) => (p.validations![0].rule = { kind: 'list', values: ['Rutin, rutin'] }), /no commas/],
  ['a list value that would be a formula', (p: Plan) => (p.validations![0].rule = { kind: 'list', values: ['=A1'] }), /leading = \+ - @/],
  ['a typed list past 255 characters', (p: Plan) => (p.validations![0].rule = { kind: 'list', values: Array.from({ length: 30 }, (_, i) => `Pilihan nomor ${i}`) }), /longer than 255/],
  ['an input message title past 32 characters', (p: Plan) => (p.validations![0].prompt!.title = 'x'.repeat(33)), /prompt title must be text of at most 32/],
  ['an alert past 224 characters', (p: Plan) => (p.validations![0].alert.text = 'x'.repeat(225)), /alert must be text of at most 224/],
  ['an alert style Excel has not', (p: Plan) => ((p.validations![0].alert as { style: string }).style = 'error'), /alert style/],
  ['between with one bound', (p: Plan) => (p.validations![3].rule = { kind: 'whole', operator: 'between', value: 1 }), /takes two bounds/],
  ['bounds upside down', (p: Plan) => (p.validations![3].rule = { kind: 'whole', operator: 'between', value: 10, value2: 1 }), /second bound 1 below 10/],
  ['a whole number bound with decimals', (p: Plan) => (p.validations![3].rule = { kind: 'whole', operator: 'greaterThan', value: 0.5 }), /whole numbers/],
  ['an operator OOXML has not', (p: Plan) => (p.validations![3].rule = { kind: 'decimal', operator: 'atLeast' as never, value: 0 }), /unknown operator/],
  ['a custom formula with its =', (p: Plan) => (p.validations![6].rule = { kind: 'custom', formula: '=L2<>""' }), /without “=”/],
  ['a custom formula over two areas', (p: Plan) => p.validations![6].areas.push(area(30, 11)), /covers one area/],
  ['a list range that is a block', (p: Plan) => (p.validations![1].rule = { kind: 'listRange', area: area(1, 0, 3, 1) }), /one row or one column/],
  ['a format that changes nothing', (p: Plan) => (p.conditionalFormats![0] = { areas: [area(1, 1)], rule: { kind: 'cellValue', operator: 'greaterThan', value: 1 } }), /changes nothing/],
  ['a format colour that is not #RRGGBB', (p: Plan) => (p.conditionalFormats![0].fill = 'yellow'), /colour “yellow”/],
  ['a formula format over two areas', (p: Plan) => p.conditionalFormats![3].areas.push(area(30, 13)), /covers one area/],
  ['an empty contains-text', (p: Plan) => (p.conditionalFormats![2].rule = { kind: 'containsText', text: '' }), /text of 1 to 255/],
  ['an area outside the sheet', (p: Plan) => (p.conditionalFormats![0].areas = [area(1, 16384)]), /out of range/],
  ['a chart kind no host draws alike', (p: Plan) => ((p.charts![0] as { kind: string }).kind = 'pie3d'), /unknown kind/],
  ['categories that are a block', (p: Plan) => (p.charts![0].categories = area(1, 0, 3, 1)), /one row or one column/],
  ['a series shorter than its categories', (p: Plan) => (p.charts![0].series[0].values = area(1, 1, 2, 1)), /row or column of 3 cells/],
  ['series running different ways', (p: Plan) => (p.charts![2].series[1].values = area(4, 1, 4, 3)), /same way/],
  ['bars coloured one by one', (p: Plan) => (p.charts![0].series[0].pointColours = ['#FF0000', '#00FF00', '#0000FF']), /colour bars by series/],
  ['a doughnut of two series', (p: Plan) => p.charts![4].series.push({ ...p.charts![4].series[0] }), /one series/],
  ['slices and colours that do not match', (p: Plan) => p.charts![4].series[0].pointColours!.pop(), /2 point colours for 3 points/],
  ['a chart of no size', (p: Plan) => (p.charts![0].height = 0), /size 0 points/],
])('refuses %s', (_what, change, message) => {
  expect(() => checkPlan(broken(change))).toThrow(message);
});

/** The look the first rule that holds gives a number, reading the presets' formulas as a host would. */
function lightOf(formats: ReturnType<typeof capaianFormats>, value: number): string | undefined {
  for (const f of formats) {
    if (f.rule.kind !== 'formula') throw new Error('formula rules only');
    const floor = /N2>=([\d.E-]+)\)$/.exec(f.rule.formula);
    if (!floor || value >= Number(floor[1])) return f.fill;
  }
  return undefined;
}

test('the capaian formats light every capaian as the tab’s traffic light does, rounding included; blanks and text stay unlit', () => {
  const formats = capaianFormats(area(1, 13, 19, 13));
  const values = [0, 0.5, 0.65, 0.65994, 0.65995, 0.66, 0.75, 0.9, 0.9099, 0.90994, 0.90995, 0.91, 1, 1.5];
  for (let v = 0; v <= 1.2; v += 0.00137) values.push(v);
  for (const v of values) expect([v, lightOf(formats, v)]).toEqual([v, trafficLight(v).fill]);
  expect(formats.map((f) => (f.rule as { formula: string }).formula)).toEqual(['AND(ISNUMBER(N2),N2>=0.90995)', 'AND(ISNUMBER(N2),N2>=0.65995)', 'ISNUMBER(N2)']);
});

test('the status formats colour each status text as the tab does, each by its exact text', () => {
  const formats = statusFormats(area(1, 14, 19, 14));
  for (const status of Object.keys(STATUS_COLOUR) as Status[]) {
    const first = formats.find((f) => (f.rule as { formula: string }).formula === `O2="${STATUS_TEXT[status].id}"`)!;
    expect([status, first.fill, first.font?.color]).toEqual([status, STATUS_COLOUR[status].fill, STATUS_COLOUR[status].font]);
  }
});

test('every choice a layout declares and every grade or stage ladder fits a typed list, ready for dropdowns on a matrix', () => {
  const lists = [...LAYOUTS.flatMap((l) => l.columns.flatMap((c) => (c.choices ? [c.choices] : []))), ...LADDERS.map((l) => l.rungs.map((r) => r.label))];
  expect(lists.length).toBeGreaterThanOrEqual(7);
  for (const values of lists) {
    const p = itemsPlan();
    p.validations = [{ areas: [area(1, 4, 19, 4)], rule: { kind: 'list', values }, alert: { style: 'stop', title: 'Pilihan', text: 'Pilih dari daftar.' } }];
    expect(() => checkPlan(p)).not.toThrow();
  }
});
