/**
 * *Siapkan monitoring* in Excel (excel-addin/excelBridge.ts `prepare`) on the fake Excel: the same
 * round trips at 10 and 10,000 outputs, the plan's cells, formulas, validations and conditional
 * formats in the matrix sheet, no plan cell touched, and nothing written the second time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateMatrix } from '../../bench/generateMatrix';
import { readMatrix } from '../../core/model/readMatrix';
import { preparePass } from '../../core/workbench/preparePass';
import { resolvePlan } from '../../core/plan/resolvePlan';
import { ARTIFACTS } from '../browser/chromium';
import { bridgeOver, expectWithinLimits, workbookOf } from './helpers';
import type { FakeSheet } from './fakeExcel';

const REQUEST = { year: 2023, quarter: 2 as const, lang: 'id' as const };
const figures: Record<string, unknown> = {};
afterAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'excel-prepare-figures.json'), JSON.stringify(figures, null, 2));
});

/** The sheet's values as a grid (formulas as their text), for reading back. */
function valuesOf(sheet: FakeSheet, rows: number, columns: number) {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => {
    const cell = sheet.at(r, c);
    return cell.formula ? null : (cell.value as string | number | null);
  }));
}

test('10 and 10,000 outputs: 1 read and 1 write (2 at 10,000 outputs, where Excel on the web’s 5 MB request limit splits the write); the plan in the sheet; the plan’s own cells untouched', async () => {
  const syncs: number[] = [];
  for (const n of [10, 10_000]) {
    const { grid } = generateMatrix(n);
    const wb = workbookOf(grid);
    const sheet = wb.sheet(grid.sheetName);
    const before = new Map([...sheet.cells].map(([k, c]) => [k, JSON.stringify(c)]));
    const outcome = await bridgeOver(wb).prepare(REQUEST);
    expect(outcome.changed).toBe(true);
    expect(outcome.outputs).toBeGreaterThanOrEqual(n);
    syncs.push(wb.syncCount);
    figures[`prepare ${n} outputs`] = { syncs: wb.syncCount, requestBytes: wb.syncs.map((s) => s.requestBytes) };
    expectWithinLimits(wb);

    const { plan } = preparePass(grid, REQUEST);
    const resolved = resolvePlan(plan);
    // Every plan cell of the sheet as it was (a prepare writes right of the plan only).
    for (const [k, c] of before) expect(JSON.stringify(sheet.cells.get(k))).toBe(c);
    // The planned cells: texts, formulas (with their "="), blanks.
    for (const c of resolved.cells.filter((_, i) => i % 97 === 0 || i < 40)) {
      const got = sheet.at(c.row, c.column);
      if (c.value.kind === 'formula') expect(got.formula).toBe(`=${c.value.formula}`);
      else if (c.value.kind === 'text') expect(got.value).toBe(c.value.text);
      else if (c.value.kind === 'blank') expect(got.value).toBeNull();
    }
    expect(sheet.merges).toEqual(expect.arrayContaining(resolved.merges.map((m) => expect.objectContaining({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }))));
    const areas = resolved.validations.reduce((k, v) => k + v.areas.length, 0);
    expect(sheet.validations).toHaveLength(areas);
    expect(sheet.validations.some((v) => v.prompt?.showPrompt && v.prompt.title === 'Realisasi triwulan ini')).toBe(true);
    expect(sheet.conditionalFormats).toHaveLength(resolved.conditionalFormats.length);
    // Read back, the blocks are the quarters' realisation; a second prepare writes nothing.
    const width = resolved.bounds.columns;
    const again = readMatrix({ sheetName: grid.sheetName, values: valuesOf(sheet, grid.values.length, width), merges: sheet.merges.map((m) => ({ ...m })) })!;
    expect(again.header.blocks.filter((b) => b.year === 2023).map((b) => b.from)).toEqual([1, 2, 3, 4]);
    const second = await bridgeOver(wb).prepare(REQUEST);
    expect(second.changed).toBe(false);
  }
  expect(syncs[0]).toBe(2);
  expect(syncs[1]).toBe(3);
}, 120000);

test('a person’s own dropdown over part of the Keterangan column gives way to the declared choices on the output rows; prepare does not fail', async () => {
  const { grid } = generateMatrix(10);
  const wb = workbookOf(grid);
  const sheet = wb.sheet(grid.sheetName);
  const keterangan = readMatrix(grid)!.header.keyIndex.get('keterangan')!;
  // Theirs: rows 6–8 and a cell below the matrix.
  sheet.validations.push({ rect: { top: 5, left: keterangan, bottom: 40, right: keterangan }, rule: { list: { inCellDropDown: true, source: 'Ya,Tidak' } }, ignoreBlanks: true });
  const outcome = await bridgeOver(wb).prepare(REQUEST);
  expect(outcome.changed).toBe(true);
  const planned = resolvePlan(preparePass(grid, REQUEST).plan).validations.find((v) => v.areas[0].left === keterangan)!;
  const ours = sheet.validations.find((v) => v.rect.left === keterangan && v.rule?.list?.source === 'Rutin,Penguatan')!;
  expect(ours.rect).toEqual({ top: planned.areas[0].top, left: keterangan, bottom: planned.areas[0].bottom, right: keterangan });
  // Theirs keeps the cells below the outputs.
  expect(sheet.validations.find((v) => v.rule?.list?.source === 'Ya,Tidak')!.rect).toEqual({ top: planned.areas[0].bottom + 1, left: keterangan, bottom: 40, right: keterangan });
});
