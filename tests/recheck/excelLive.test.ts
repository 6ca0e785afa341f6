/**
 * Checks while typing in Excel, on the fake: the panel's switch checks the sheet once and adds an
 * onChanged handler; each edit then reads only its rows and repaints only what changed, in 3 round
 * trips at 10 and at 10,000 outputs, and the report it hands the panel is the one a whole check of
 * the edited sheet gives (and so are the sheet's fills).
 */
import { generateMatrix } from '../../bench/generateMatrix';
import { highlightTargets } from '../../core/workbench/highlight';
import type { LiveUpdate, ValidateOutcome } from '../../ui/bridge';
import { bridgeOver, fillsOf, workbookOf } from '../excel/helpers';

async function watched(outputs: number) {
  const { grid } = generateMatrix(outputs, 20230101, true, true);
  const wb = workbookOf(grid);
  const bridge = bridgeOver(wb);
  const updates: LiveUpdate[] = [];
  const first = await bridge.liveCheck(true, 'id', (u) => updates.push(u));
  return { wb, bridge, updates, first: first!, sheet: grid.sheetName };
}

/** What *Periksa matriks* says of the sheet as it is now (a second workbook view, read whole). */
async function wholeCheck(wb: ReturnType<typeof workbookOf>): Promise<ValidateOutcome> {
  return bridgeOver(wb).validate('id');
}

describe('Excel onChanged', () => {
  test('each edit: its rows read, the report a whole check gives, the fills it gives, 3 round trips at 10 and 10,000 outputs', async () => {
    const trips: number[][] = [];
    for (const n of [10, 10_000]) {
      const { wb, updates, first, sheet } = await watched(n);
      expect(first.report.counts.outputs).toBe(n);
      const perEdit: number[] = [];
      const edits: [string, (string | number | null)[][]][] = [
        ['N7', [[null]]], // a Koordinator cleared: missing-value
        ['J8', [['2,5']]], // half a document
        ['N7', [['Biro Perencanaan dan Organisasi']]], // the Koordinator back: its highlight goes
        ['E9:F9', [[null, null]]], // Satuan and Indikator cleared
      ];
      for (const [address, values] of edits) {
        wb.resetCounters();
        await wb.type(sheet, address, values);
        perEdit.push(wb.syncCount);
        const update = updates.at(-1) as ValidateOutcome;
        expect(update).toHaveProperty('report');
        // The fills as the edit left them (before the whole check below paints anything).
        const fills = fillsOf(wb.sheet(sheet));
        const targets = highlightTargets(update.report.findings);
        for (const [cell, fill] of targets) expect([cell, fills[cell]]).toEqual([cell, fill]);
        expect(Object.keys(fills).filter((cell) => !targets.has(cell))).toEqual([]);
        const whole = await wholeCheck(wb);
        expect(update.report.findings).toEqual(whole.report.findings);
        expect(update.report.counts).toEqual(whole.report.counts);
      }
      trips.push(perEdit);
    }
    expect(trips[0]).toEqual(trips[1]);
    expect(Math.max(...trips[1])).toBeLessThanOrEqual(3);
  });

  test('an edit on another sheet, or after the switch is off, costs nothing', async () => {
    const { wb, bridge, updates, sheet } = await watched(10);
    await bridge.liveCheck(false, 'id', () => undefined);
    wb.resetCounters();
    await wb.type(sheet, 'N7', [[null]]);
    expect(wb.syncCount).toBe(0);
    expect(updates).toHaveLength(0);
  });

  test('rows inserted: the sheet is read and checked whole again', async () => {
    const { wb, updates, sheet } = await watched(10);
    await wb.type(sheet, 'N8', [[null]], 'RowInserted');
    const update = updates.at(-1) as ValidateOutcome;
    expect(update.report.findings).toEqual((await wholeCheck(wb)).report.findings);
  });
});
