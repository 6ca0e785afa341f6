/**
 * Properties of the spreadsheet-function library as a whole: large ranges, Excel's `[[x]]` against
 * Sheets' plain `x`, junk input (never a throw, never NaN or an infinity), and the JSDoc that
 * Excel's custom-functions metadata is generated from.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CAPAIAN, CUSTOM_FUNCTIONS, STATUS, setClock, today } from '../../core/functions';
import { clean } from '../../core/functions/broadcast';
import { isProblem, problem } from '../../core/functions/problem';

const FUNCTIONS_DIR = join(__dirname, '../../core/functions');

/** A result a host can show: rows of text, finite numbers or problems (each host shows those its way), at least one cell. */
function expectSheetValues(out: unknown): void {
  expect(Array.isArray(out)).toBe(true);
  const rows = out as unknown[];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(Array.isArray(row)).toBe(true);
    expect((row as unknown[]).length).toBeGreaterThan(0);
    for (const cell of row as unknown[]) {
      const ok = typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell)) || isProblem(cell);
      if (!ok) throw new Error(`not a sheet value: ${String(cell)}`);
    }
  }
}

afterEach(() => setClock());

describe('large ranges', () => {
  test('a 10,000-row range through CAPAIAN gives 10,000 rows', () => {
    const n = 10_000;
    const target = Array.from({ length: n }, (_, i) => [i % 7 === 0 ? '' : (i % 100) + 1]);
    const realisasi = Array.from({ length: n }, (_, i) => [`${(i % 50) + 1},5`]);
    const started = Date.now();
    const out = CAPAIAN(target, realisasi, [['Positif']]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(out).toHaveLength(n);
    expectSheetValues(out);
    expect(out[0]).toEqual(['']);
    expect(out[1][0]).toBeCloseTo(2.5 / 2, 12);
  });
});

describe('a scalar and a 1×1 range are the same', () => {
  const samples: Record<string, unknown[]> = {
    CAPAIAN: ['70%', '63%', 'Negatif'],
    CAPAIAN_PERIODE: [4, 2, 'TW I', 'Kumulatif', 'Positif'],
    STATUS: [4, 3, 45107, 'Positif'],
    PREDIKAT: ['82,5', 'SAKIP'],
    NILAI: ['3,7'],
    NILAI_CAPAIAN: ['98%', 'Ya'],
    TW: [45107],
    AKHIR_TW: [2023, 'TW II'],
    VALIDASI: ['Kegiatan Utama', 'B3'],
  };
  test('every function has a sample', () => expect(Object.keys(samples).sort()).toEqual(Object.keys(CUSTOM_FUNCTIONS).sort()));
  test.each(Object.entries(samples))('%s', (name, args) => {
    const fn = CUSTOM_FUNCTIONS[name];
    const plain = fn(...args);
    expect(fn(...args.map((a) => [[a]]))).toEqual(plain);
    expect(fn(...args.map((a) => [a]))).toEqual(plain);
    expectSheetValues(plain);
  });
});

describe('junk never throws', () => {
  const odd: [string, () => unknown][] = [
    ['undefined', () => undefined],
    ['null', () => null],
    ["''", () => ''],
    ['NaN', () => NaN],
    ['{}', () => ({})],
    ['[]', () => []],
    ['[[]]', () => [[]]],
    ['[[1,2],[3]]', () => [[1, 2], [3]]],
    ["'x'", () => 'x'],
    ['-1', () => -1],
    ['1e308', () => 1e308],
    ['1e-308', () => 1e-308],
    ['Infinity', () => Infinity],
    ['Invalid Date', () => new Date(NaN)],
    ['true', () => true],
    ['[[[1]]]', () => [[[1]]]],
    ['#N/A text', () => '#N/A'],
  ];
  const arity = (name: string) => CUSTOM_FUNCTIONS[name].length;

  test.each(Object.keys(CUSTOM_FUNCTIONS))('%s with no arguments', (name) => {
    expectSheetValues(CUSTOM_FUNCTIONS[name]());
  });

  test.each(Object.keys(CUSTOM_FUNCTIONS))('%s: each odd value in each position', (name) => {
    const fn = CUSTOM_FUNCTIONS[name];
    const sensible: unknown[] = { CAPAIAN: [4, 3, 'Positif'], CAPAIAN_PERIODE: [[[1, 1, 1, 1]], [[1, 1, '', '']], 2, 'Kumulatif', 'Positif'], STATUS: [4, 3, 45107, 'Negatif'], PREDIKAT: [85, 'SAKIP'], NILAI: ['3,7'], NILAI_CAPAIAN: [0.98, 'Ya'], TW: [45107], AKHIR_TW: [2023, 2], VALIDASI: [[['Kegiatan Utama']], 'B3'] }[name] ?? [];
    for (let pos = 0; pos < Math.max(arity(name), sensible.length); pos++) {
      for (const [label, make] of odd) {
        const args = sensible.slice();
        args[pos] = make();
        try {
          expectSheetValues(fn(...args));
        } catch (e) {
          throw new Error(`${name} with ${label} at argument ${pos + 1}: ${(e as Error).message}`);
        }
      }
    }
  });

  test.each(Object.keys(CUSTOM_FUNCTIONS))('%s: every pair of odd values in the first two positions', (name) => {
    const fn = CUSTOM_FUNCTIONS[name];
    for (const [a, makeA] of odd) {
      for (const [b, makeB] of odd) {
        try {
          expectSheetValues(fn(makeA(), makeB()));
        } catch (e) {
          throw new Error(`${name}(${a}, ${b}): ${(e as Error).message}`);
        }
      }
    }
  });

  test('an overflowing capaian is a problem, not Infinity', () => {
    expect(CAPAIAN([[1e-308]], [[1e308]])).toEqual([[problem('TIDAK_SEBANDING', 'target “1e-308” dan realisasi “1e+308” tidak dapat dibandingkan (hasil di luar jangkauan angka)')]]);
  });

  test('any non-finite number a row gives becomes the problem ANGKA, #NUM! in Excel', () => {
    expect([NaN, Infinity, -Infinity].map(clean)).toEqual(Array(3).fill(problem('ANGKA', 'hasil di luar jangkauan angka', { error: '#NUM!' })));
    expect(Object.is(clean(-0), 0)).toBe(true);
    expect([undefined, null, {}, true].map(clean)).toEqual(['', '', '', '']);
  });
});

describe('clock', () => {
  test('setClock fixes today for STATUS; setClock() restores the system clock', () => {
    setClock(() => new Date(2024, 6, 15, 23, 59));
    expect(today()).toEqual(new Date(2024, 6, 15));
    expect(STATUS([[4]], [[3]], [['15/07/2024']])).toEqual([['belum-tercapai']]);
    expect(STATUS([[4]], [[3]], [['16/07/2024']])).toEqual([['belum-jatuh-tempo']]);
    setClock();
    const now = new Date();
    expect(today()).toEqual(new Date(now.getFullYear(), now.getMonth(), now.getDate()));
  });

  test('a broken clock falls back to the system clock', () => {
    setClock(() => new Date(NaN));
    expect(Number.isNaN(today().getTime())).toBe(false);
  });
});

describe('JSDoc for Excel custom-functions metadata', () => {
  const sources = readdirSync(FUNCTIONS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(FUNCTIONS_DIR, f), 'utf8') }));

  test.each(Object.keys(CUSTOM_FUNCTIONS))('%s is a plain function declaration with @customfunction, @param for each parameter and @returns', (name) => {
    const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\(([^)]*)\\)`);
    const hits = sources.filter((s) => declaration.test(s.text));
    expect(hits.map((h) => h.file)).toHaveLength(1);
    const [, doc, params] = declaration.exec(hits[0].text)!;
    expect(doc).toContain('@customfunction');
    expect(doc).toMatch(/@returns \S/);
    // The first line is a description for users.
    expect(doc.split('\n')[1]).toMatch(/^\s*\* [A-Z]\S+ .+/);
    const names = params
      .split(',')
      .map((p) => p.trim().split(/[?:]/)[0].trim())
      .filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const p of names) expect(doc).toMatch(new RegExp(`@param ${p} \\S`));
    expect((doc.match(/@param /g) ?? []).length).toBe(names.length);
    // Every parameter may be a range or a scalar: any[][], as the metadata generator reads it.
    for (const p of params.split(',')) expect(p).toMatch(/:\s*any\[\]\[\]\s*$/);
    expect(hits[0].text).toMatch(new RegExp(`export function ${name}\\([^)]*\\): any\\[\\]\\[\\]`));
  });
});
