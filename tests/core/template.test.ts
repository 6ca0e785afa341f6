import { UserError } from '../../core/i18n';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { freeSheetName, templatePlan, TEMPLATE_ROWS, type TemplateKind } from '../../core/template';

const textAt = (kind: TemplateKind, year: number, row: number) =>
  templatePlan({ kind, year })
    .cells.filter((c) => c.row === row)
    .map((c) => (c.value.kind === 'text' ? c.value.text : c.value.kind === 'number' ? c.value.value : ''));

describe('templatePlan', () => {
  test('every year of the declared header moves with the year asked', () => {
    expect(textAt('indikator', 2025, 3)).toEqual(['No.', 'Indikator Kegiatan Utama', 'Baseline Tahun 2024', 'Target Tahun 2025', 'Target Tahun 2026']);
    expect(textAt('rb-tematik', 2030, 3)).toContain('Target 2030');
    expect(textAt('rb-tematik', 2030, 3)).toContain('2031');
  });

  test('dropdowns where the layout declares choices, over the rows to fill: Keterangan warns (it may hold remarks), Jenis Kegiatan refuses', () => {
    const general = resolvePlan(templatePlan({ kind: 'rb-general', year: 2025 }));
    expect(general.validations).toHaveLength(1);
    expect(general.validations[0]).toMatchObject({ sqref: `P6:P${5 + TEMPLATE_ROWS}`, type: 'list', formula1: '"Rutin,Penguatan"', alert: { style: 'warning' } });
    const tematik = resolvePlan(templatePlan({ kind: 'rb-tematik', year: 2025 }));
    expect(tematik.validations.map((v) => [v.sqref, v.formula1, v.alert.style])).toEqual([[`N6:N${5 + TEMPLATE_ROWS}`, '"Terkait langsung,Tidak terkait langsung"', 'stop']]);
    expect(resolvePlan(templatePlan({ kind: 'indikator', year: 2025 })).validations).toEqual([]);
  });

  test('the header is frozen and the example row sits right below it', () => {
    const plan = templatePlan({ kind: 'rb-general', year: 2025 });
    expect(plan.frozenRows).toBe(5);
    expect(plan.merges).toContainEqual({ top: 3, left: 6, bottom: 3, right: 11 }); // Target Penyelesaian over its six periods
    expect(textAt('rb-general', 2025, 5)).toContain('Penguatan');
  });

  test('a kind or year that is not one is a sentence', () => {
    expect(() => templatePlan({ kind: 'peta-jalan' as TemplateKind, year: 2025 })).toThrow(UserError);
    expect(() => templatePlan({ kind: 'rb-general', year: 20255 })).toThrow(/tidak sah/);
  });
});

describe('freeSheetName', () => {
  test('the name, else the first free numbered one, whatever the case, within 31 characters', () => {
    expect(freeSheetName('RB General 2025', ['Sheet1'])).toBe('RB General 2025');
    expect(freeSheetName('RB General 2025', ['rb general 2025', 'RB General 2025 (2)'])).toBe('RB General 2025 (3)');
    const long = 'x'.repeat(40);
    expect(freeSheetName(long, ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });
});
