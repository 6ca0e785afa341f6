/**
 * What the browser test serves in place of Office.js from Microsoft's CDN: `Office`, `Excel.run`
 * and `CustomFunctions` over the fake Excel (tests/excel/fakeExcel.ts), holding the workbook the test
 * put in `window.__RBM_SEED__`. The test looks into it through `window.__rbm`.
 */
import { FakeCustomFunctionsError } from '../../excel/customFunctionsRuntime';
import { FakeWorkbook, type GridLike } from '../../excel/fakeExcel';
import { chartsOf, contentsOf, fillsOf, heightsOf, widthsOf } from './sheetViews';

interface Seed {
  sheets: GridLike[];
  displayLanguage: string;
}

declare global {
  interface Window {
    __RBM_SEED__: Seed;
    __rbm: ReturnType<typeof inspector>;
  }
}

const seed = window.__RBM_SEED__;
const workbook = FakeWorkbook.of(...seed.sheets);
workbook.displayLanguage = seed.displayLanguage;
const associated = new Map<string, (...args: unknown[]) => unknown>();

function inspector() {
  return {
    workbook,
    associated: () => [...associated.keys()].sort(),
    call: (id: string, ...args: unknown[]) => associated.get(id)!(...args),
    sheets: () => workbook.sheets.map((s) => s.name),
    active: () => workbook.active.name,
    selected: () => workbook.selected,
    fills: (sheet: string) => fillsOf(workbook.sheet(sheet)),
    contents: (sheet: string) => contentsOf(workbook.sheet(sheet)),
    charts: (sheet: string) => chartsOf(workbook.sheet(sheet)),
    widths: (sheet: string) => widthsOf(workbook.sheet(sheet)),
    heights: (sheet: string) => heightsOf(workbook.sheet(sheet)),
    syncs: () => workbook.syncCount,
  };
}
window.__rbm = inspector();

const info = { host: 'Excel', platform: 'OfficeOnline' };
Object.assign(window, {
  Office: {
    HostType: { Excel: 'Excel' },
    context: {
      get displayLanguage() {
        return workbook.displayLanguage;
      },
    },
    onReady(callback?: (i: typeof info) => void) {
      // Office calls back later, never synchronously.
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 10),
      );
    },
  },
  Excel: { run: workbook.run },
  CustomFunctions: { associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn), Error: FakeCustomFunctionsError },
});
