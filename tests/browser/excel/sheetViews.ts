/** Plain views of a fake sheet that cross page.evaluate: filled cells and contents (formulas marked). */
import { colLetters, type FakeSheet } from '../../excel/fakeExcel';

function address(key: number): string {
  return `${colLetters(key % 16384)}${Math.floor(key / 16384) + 1}`;
}

export function fillsOf(sheet: FakeSheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, c] of sheet.cells) if (c.fill !== null) out[address(k)] = c.fill;
  return out;
}

/** Each non-empty cell: its value, or `{ formula }` for a formula cell. */
export function contentsOf(sheet: FakeSheet): Record<string, string | number | boolean | { formula: string }> {
  const out: Record<string, string | number | boolean | { formula: string }> = {};
  for (const [k, c] of sheet.cells) {
    if (c.formula !== undefined) out[address(k)] = { formula: c.formula };
    else if (c.value !== null) out[address(k)] = c.value;
  }
  return out;
}
