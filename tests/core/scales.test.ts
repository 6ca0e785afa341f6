/** Reference scales: the built-in grading tables, scale lookup, the zod declaration and the planner's `Skala` sheet. */
import type { CellValue, Grid } from '../../core';
import type { Band, Scale } from '../../core/scales';
import { classify, findScale, nilaiCapaian, overlaps, readScaleSheet, REFERENCE_SCALES, ScaleDef, scaleFromRows } from '../../core/scales';
import { labelKey } from '../../core/layout/normalizeLabel';

function scale(id: string): Scale {
  const found = REFERENCE_SCALES.find((s) => s.id === id);
  if (!found) throw new Error(`no built-in scale ${id}`);
  return found;
}

function band(label: string, min: number, max: number, minInclusive = true, maxInclusive = true): Band {
  return { label, title: { id: label, en: label }, min, max, minInclusive, maxInclusive };
}

function def(bands: Band[]) {
  return { id: 't', name: { id: 'T', en: 'T' }, aliases: [], source: 'test', bands };
}

describe('built-in scales: each edge, on both sides', () => {
  const cases: [string, number, string | undefined][] = [
    // SAKIP: lower bounds exclusive (>90–100), except D's 0.
    ['sakip', 100, 'AA'], ['sakip', 90.0001, 'AA'], ['sakip', 90, 'A'], ['sakip', 80.01, 'A'], ['sakip', 80, 'BB'],
    ['sakip', 70.5, 'BB'], ['sakip', 70, 'B'], ['sakip', 60, 'CC'], ['sakip', 50, 'C'], ['sakip', 30.01, 'C'],
    ['sakip', 30, 'D'], ['sakip', 0, 'D'], ['sakip', -0.01, undefined], ['sakip', 100.01, undefined],
    ['indeks-rb', 90.5, 'AA'], ['indeks-rb', 90, 'A'], ['indeks-rb', 30.5, 'C'], ['indeks-rb', 30, 'D'], ['indeks-rb', 0, 'D'],
    // From 2023: RB General (100) + RB Tematik (20), so above 100 is still the top band (issue 13).
    ['indeks-rb', 101, 'AA'], ['indeks-rb', 120, 'AA'], ['indeks-rb', 120.01, undefined],
    // SPBE, 1–5.
    ['spbe', 5, 'Memuaskan'], ['spbe', 4.2, 'Memuaskan'], ['spbe', 4.19, 'Sangat Baik'], ['spbe', 3.5, 'Sangat Baik'], ['spbe', 3.49, 'Baik'],
    ['spbe', 2.6, 'Baik'], ['spbe', 2.59, 'Cukup'], ['spbe', 1.8, 'Cukup'], ['spbe', 1.79, 'Kurang'], ['spbe', 1, 'Kurang'],
    // Kurang has no floor in PermenPANRB 59/2020: from 0 (issue 13).
    ['spbe', 0.99, 'Kurang'], ['spbe', 0, 'Kurang'], ['spbe', -0.01, undefined], ['spbe', 5.01, undefined],
    // Indeks Pemerintahan Digital (PermenPANRB 8/2026, unconfirmed), 1–5.
    ['indeks-pemdi', 5, 'Memuaskan'], ['indeks-pemdi', 4, 'Memuaskan'], ['indeks-pemdi', 3.99, 'Sangat Baik'], ['indeks-pemdi', 3.5, 'Sangat Baik'],
    ['indeks-pemdi', 3.49, 'Baik'], ['indeks-pemdi', 2.5, 'Baik'], ['indeks-pemdi', 2.49, 'Cukup'], ['indeks-pemdi', 1.5, 'Cukup'],
    ['indeks-pemdi', 1.49, 'Kurang'], ['indeks-pemdi', 1, 'Kurang'], ['indeks-pemdi', 0.99, undefined], ['indeks-pemdi', 5.01, undefined],
    // Merit, printed on whole points: a score between two ranges stays in the lower one.
    ['sistem-merit', 100, 'I'], ['sistem-merit', 174, 'I'], ['sistem-merit', 174.5, 'I'], ['sistem-merit', 175, 'II'], ['sistem-merit', 249.9, 'II'],
    ['sistem-merit', 250, 'III'], ['sistem-merit', 324.99, 'III'], ['sistem-merit', 325, 'IV'], ['sistem-merit', 400, 'IV'],
    ['sistem-merit', 99.9, undefined], ['sistem-merit', 400.01, undefined], ['sistem-merit', 401, undefined],
    // IPP, printed on two decimals.
    ['ipp', 5, 'A'], ['ipp', 4.51, 'A'], ['ipp', 4.505, 'A-'], ['ipp', 4.5, 'A-'], ['ipp', 4.01, 'A-'], ['ipp', 4, 'B'], ['ipp', 3.51, 'B'],
    ['ipp', 3.5, 'B-'], ['ipp', 3.01, 'B-'], ['ipp', 3, 'C'], ['ipp', 2.51, 'C'], ['ipp', 2.5, 'C-'], ['ipp', 2.01, 'C-'], ['ipp', 2, 'D'],
    ['ipp', 1.51, 'D'], ['ipp', 1.5, 'E'], ['ipp', 1.01, 'E'], ['ipp', 1, 'F'], ['ipp', 0, 'F'], ['ipp', -0.01, undefined], ['ipp', 5.01, undefined],
    // SPIP maturity.
    ['spip', 5, 'Level 5'], ['spip', 4.5, 'Level 5'], ['spip', 4.49, 'Level 4'], ['spip', 4, 'Level 4'], ['spip', 3.99, 'Level 3'], ['spip', 3, 'Level 3'],
    ['spip', 2.99, 'Level 2'], ['spip', 2, 'Level 2'], ['spip', 1.99, 'Level 1'], ['spip', 1, 'Level 1'],
    // Peraturan BPKP 5/2021 scores 1–5: no level 0 (issue 13).
    ['spip', 0.99, undefined], ['spip', 0, undefined], ['spip', 5.1, undefined],
    // SKM converted score: 88,305 has not reached 88,31.
    ['skm', 100, 'A'], ['skm', 88.31, 'A'], ['skm', 88.305, 'B'], ['skm', 88.3, 'B'], ['skm', 76.61, 'B'], ['skm', 76.6, 'C'], ['skm', 65, 'C'],
    ['skm', 64.99, 'D'], ['skm', 25, 'D'], ['skm', 24.99, undefined], ['skm', 100.01, undefined],
    // SKM interval score 1–4, printed with gaps that stay in the lower band.
    ['skm-interval', 4, 'A'], ['skm-interval', 3.5324, 'A'], ['skm-interval', 3.5322, 'B'], ['skm-interval', 3.0644, 'B'], ['skm-interval', 3.0642, 'C'],
    ['skm-interval', 2.6, 'C'], ['skm-interval', 2.5998, 'D'], ['skm-interval', 1, 'D'], ['skm-interval', 0.99, undefined], ['skm-interval', 4.01, undefined],
    // Indeks Profesionalitas ASN: whole points, 60 and below Sangat Rendah.
    ['ip-asn', 100, 'Sangat Tinggi'], ['ip-asn', 91, 'Sangat Tinggi'], ['ip-asn', 90.5, 'Tinggi'], ['ip-asn', 81, 'Tinggi'], ['ip-asn', 80, 'Sedang'],
    ['ip-asn', 71, 'Sedang'], ['ip-asn', 70, 'Rendah'], ['ip-asn', 61, 'Rendah'], ['ip-asn', 60.5, 'Sangat Rendah'], ['ip-asn', 60, 'Sangat Rendah'],
    ['ip-asn', 0, 'Sangat Rendah'], ['ip-asn', 100.01, undefined],
    // Permendagri 86: open above 100%, whole-percent gaps stay in the lower band.
    ['permendagri-86', 250, 'Sangat Tinggi'], ['permendagri-86', 100, 'Sangat Tinggi'], ['permendagri-86', 91, 'Sangat Tinggi'],
    ['permendagri-86', 90.5, 'Tinggi'], ['permendagri-86', 90, 'Tinggi'], ['permendagri-86', 76, 'Tinggi'], ['permendagri-86', 75.5, 'Sedang'],
    ['permendagri-86', 75, 'Sedang'], ['permendagri-86', 66, 'Sedang'], ['permendagri-86', 65, 'Rendah'], ['permendagri-86', 51, 'Rendah'],
    ['permendagri-86', 50.5, 'Sangat Rendah'], ['permendagri-86', 50, 'Sangat Rendah'], ['permendagri-86', 0, 'Sangat Rendah'],
    ['permendagri-86', -1, undefined],
  ];

  test.each(cases)('%s %p → %p', (id, value, label) => {
    expect(classify(value, scale(id))?.label).toBe(label);
  });

  test('bands carry their titles in both languages', () => {
    expect(classify(95, scale('sakip'))?.title).toEqual({ id: 'Sangat Memuaskan', en: 'Very satisfactory' });
    expect(classify(4.6, scale('ipp'))?.title.id).toBe('Pelayanan Prima');
    expect(classify(3.2, scale('ipp'))?.title.id).toBe('Baik (Dengan Catatan)');
    expect(classify(4.2, scale('spip'))?.title.id).toBe('Terkelola dan Terukur');
    expect(classify(70, scale('skm'))?.title.id).toBe('Kurang Baik');
    expect(classify(200, scale('sistem-merit'))?.title.id).toBe('Kurang');
  });

  test.each(REFERENCE_SCALES.map((s) => [s.id, s] as const))('%s: NaN and -Infinity are outside every band', (_id, s) => {
    expect(classify(NaN, s)).toBeUndefined();
    expect(classify(-Infinity, s)).toBeUndefined();
  });

  test('only the open-ended Permendagri 86 scale takes Infinity', () => {
    expect(REFERENCE_SCALES.filter((s) => classify(Infinity, s)).map((s) => s.id)).toEqual(['permendagri-86']);
  });
});

describe('built-in scale declarations', () => {
  test('the expected scales are all there', () => {
    expect(REFERENCE_SCALES.map((s) => s.id).sort()).toEqual(['indeks-pemdi', 'indeks-rb', 'ip-asn', 'ipp', 'permendagri-86', 'sakip', 'sistem-merit', 'skm', 'skm-interval', 'spbe', 'spip']);
  });

  test('Indeks RB reads CC as Cukup; the unconfirmed scales say what was not read', () => {
    expect(classify(55, scale('indeks-rb'))?.title.id).toBe('Cukup');
    for (const id of ['indeks-pemdi', 'indeks-rb', 'ip-asn', 'skm-interval', 'sistem-merit']) expect(scale(id).unconfirmed).toMatch(/not read|was read|Reported/);
  });

  test.each(REFERENCE_SCALES.map((s) => [s.id, s] as const))('%s: bands are listed best (highest) first, with no gap between them', (_id, s) => {
    for (let i = 0; i + 1 < s.bands.length; i++) {
      const [upper, lower] = [s.bands[i], s.bands[i + 1]];
      expect(lower.max).toBe(upper.min);
      // The shared edge belongs to exactly one of the two bands.
      expect(lower.maxInclusive).toBe(!upper.minInclusive);
    }
  });

  test.each(REFERENCE_SCALES.map((s) => [s.id, s] as const))('%s: cites its regulation, and says what is unconfirmed when no URL backs it', (_id, s) => {
    expect(s.source).toMatch(/No\. \d+ Tahun \d{4}/);
    if (!/https?:\/\//.test(s.source)) expect(s.unconfirmed ?? '').not.toBe('');
  });

  test('no two scales answer to the same name', () => {
    const seen = new Map<string, string>();
    for (const s of REFERENCE_SCALES) {
      for (const key of new Set([s.id, s.name.id, s.name.en, ...s.aliases].map(labelKey))) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, s.id);
      }
    }
  });
});

describe('findScale', () => {
  test.each([
    ['Indeks RB', 'indeks-rb'],
    ['sakip', 'sakip'],
    ['  AKIP ', 'sakip'],
    ['PermenPANRB 88/2021', 'sakip'],
    ['SKM', 'skm'],
    ['IKM', 'skm'],
    ['Permendagri 86', 'permendagri-86'],
    ['permendagri-86', 'permendagri-86'],
    ['Sistem Merit', 'sistem-merit'],
    ['indeks spbe', 'spbe'],
    ['Maturitas SPIP', 'spip'],
    ['Indeks Pelayanan Publik', 'ipp'],
    ['PermenPANRB 29/2022', 'ipp'],
    ['Indeks Pemerintahan Digital', 'indeks-pemdi'],
    ['IP ASN', 'ip-asn'],
    ['nilai interval SKM', 'skm-interval'],
  ])('%j → %s', (name, id) => {
    expect(findScale(name)?.id).toBe(id);
  });

  test.each(['', '   ', 'Indeks Kebahagiaan', 'RB'])('%j finds nothing', (name) => {
    expect(findScale(name)).toBeUndefined();
  });

  test("a planner's scale is looked at before the built-in one of the same name", () => {
    const own = ScaleDef.parse({ ...def([band('Top', 0, 100)]), id: 'SKM' });
    expect(findScale('skm', [own])).toBe(own);
    expect(findScale('sakip', [own])?.id).toBe('sakip');
  });
});

describe('ScaleDef and overlaps', () => {
  test('touching bands overlap only when both share the edge', () => {
    expect(overlaps(band('a', 0, 50), band('b', 50, 100))).toBe(true);
    expect(overlaps(band('a', 0, 50, true, false), band('b', 50, 100))).toBe(false);
    expect(overlaps(band('a', 0, 50), band('b', 50, 100, false))).toBe(false);
    expect(overlaps(band('a', 0, 50, true, false), band('b', 50, 100, false))).toBe(false);
    expect(overlaps(band('a', 0, 100), band('b', 20, 30))).toBe(true);
    expect(overlaps(band('a', 0, 10), band('b', 20, 30))).toBe(false);
    expect(overlaps(band('a', 0, 10, false), band('b', 0, 10, true, false))).toBe(true);
  });

  test('accepts bands that share an edge only once, and open ends', () => {
    expect(ScaleDef.safeParse(def([band('B', 50, Infinity), band('C', -Infinity, 50, true, false)])).success).toBe(true);
  });

  test('zod’s own checks say what is wrong (its English messages are loaded), not just “Invalid input”', () => {
    const blank = ScaleDef.safeParse({ ...def([band('A', 0, 100)]), id: '  ' });
    expect(blank.error?.issues[0]).toMatchObject({ path: ['id'], message: 'Too small: expected string to have >=1 characters' });
  });

  test('rejects overlapping bands, naming the later one', () => {
    const touching = ScaleDef.safeParse(def([band('A', 50, 100), band('B', 0, 50)]));
    expect(touching.success).toBe(false);
    expect(touching.error?.issues[0]).toMatchObject({ path: ['bands', 1], message: 'band B overlaps band A' });
    // Not neighbours in the list, still caught.
    const nested = ScaleDef.safeParse(def([band('A', 0, 100), band('X', 200, 300), band('B', 20, 30)]));
    expect(nested.error?.issues.map((i) => i.path)).toEqual([['bands', 2]]);
  });

  test.each([
    ['no band', []],
    ['min above max', [band('A', 10, 5)]],
    ['an empty band', [band('A', 5, 5, true, false)]],
    ['a NaN edge', [band('A', NaN, 5)]],
    ['a blank label', [band(' ', 0, 5)]],
  ] as [string, Band[]][])('rejects %s', (_what, bands) => {
    expect(ScaleDef.safeParse(def(bands)).success).toBe(false);
  });
});

describe('the Skala sheet', () => {
  test('two scales in one sheet, header below a title, comma decimals, open ends and Ya/Tidak edges', () => {
    const grid: Grid = {
      sheetName: 'Skala',
      values: [
        ['Daftar skala buatan sendiri'],
        [],
        ['SKALA', 'label', 'Batas Bawah', 'Batas  Atas', 'Keterangan', 'Keterangan (EN)', 'Bawah Inklusif', 'Atas Inklusif'],
        ['Capaian Output', 'Baik', '80', null, 'Tercapai', 'Achieved', null, null],
        [null, 'Cukup', '60', '80', 'Hampir tercapai', null, null, 'Tidak'],
        [null, 'Kurang', 0, '60', null, null, 'Ya', 'tidak'],
        [],
        ['Nilai Mitra', 'A', '88,31', '100'],
        [null, 'B', '76,61', '88,31', null, null, null, 'Tidak'],
      ],
    };
    const { scales, problems } = readScaleSheet(grid);
    expect(problems).toEqual([]);
    expect(scales.map((s) => [s.id, s.bands.map((b) => b.label)])).toEqual([
      ['Capaian Output', ['Baik', 'Cukup', 'Kurang']],
      ['Nilai Mitra', ['A', 'B']],
    ]);
    const [output, mitra] = scales;
    expect(output.bands[0]).toEqual({ label: 'Baik', title: { id: 'Tercapai', en: 'Achieved' }, min: 80, max: Infinity, minInclusive: true, maxInclusive: true });
    expect(output.bands[1].title).toEqual({ id: 'Hampir tercapai', en: 'Hampir tercapai' });
    expect(output.bands[2].title).toEqual({ id: 'Kurang', en: 'Kurang' });
    expect([80, 79.99, 60, 59.5, 0, 1000, -1].map((v) => classify(v, output)?.label)).toEqual(['Baik', 'Cukup', 'Cukup', 'Kurang', 'Kurang', 'Baik', undefined]);
    expect([88.31, 88.3, 100, 76.61, 76.6].map((v) => classify(v, mitra)?.label)).toEqual(['A', 'B', 'A', 'B', undefined]);
    expect(findScale('nilai mitra', scales)).toBe(mitra);
  });

  test('without a Skala column the scale takes the sheet name', () => {
    const { scales, problems } = readScaleSheet({ sheetName: 'Skala', values: [['Predikat', 'Nilai Minimum', 'Nilai Maksimum'], ['Lulus', 60, 100], ['Gagal', 0, '59,99']] });
    expect(problems).toEqual([]);
    expect(scales.map((s) => s.id)).toEqual(['Skala']);
    expect(classify(59.995, scales[0])).toBeUndefined();
  });

  test('bad rows are left out and reported at their sheet cell', () => {
    const grid: Grid = {
      sheetName: 'Skala',
      topLeft: 'B2',
      values: [
        ['Skala', 'Label', 'Batas Bawah', 'Batas Atas', 'Atas Inklusif'], // row 2, columns B–F
        ['X', 'A', '80', '100', null], // row 3: fine
        [null, 'B', 'enam puluh', '80', null], // row 4: unreadable lower bound (D)
        [null, 'C', '70', '50', null], // row 5: lower above upper (D)
        [null, 'D', '70', '85', null], // row 6: overlaps A (D)
        [null, '', '10', '20', null], // row 7: no label (C)
        [null, 'E', '0', '70', 'mungkin'], // row 8: flag neither Ya nor Tidak (F)
        [null, 'F', null, null, null], // row 9: both bounds empty (D)
        [null, 'G', true, 5, null], // row 10: a boolean is no bound (D)
        [null, 'H', new Date(Date.UTC(2024, 0, 1)), 5, null], // row 11: nor is a date (D)
      ],
    };
    const { scales, problems } = readScaleSheet(grid);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[4, 4], [5, 4], [6, 4], [7, 3], [8, 6], [9, 4], [10, 4], [11, 4]]);
    expect(scales.map((s) => [s.id, s.bands.map((b) => b.label)])).toEqual([['X', ['A']]]);

    const [unreadable, reversed, overlap, , flag, , bool, date] = problems;
    expect(unreadable.message).toEqual({ id: 'Batas bawah “enam puluh” bukan angka.', en: 'The lower bound “enam puluh” is not a number.' });
    expect(reversed.message.id).toBe('Batas bawah 70 lebih besar dari batas atas 50.');
    expect(overlap.message.id).toContain('Rentang “D” (70–85) tumpang tindih dengan “A” (80–100) di baris 3');
    expect(overlap.message.en).toContain('The range “D” (70–85) overlaps “A” (80–100) on row 3');
    expect(flag.message.id).toBe('“mungkin” harus Ya atau Tidak.');
    expect(bool.message.id).toBe('Batas bawah “TRUE” bukan angka.');
    expect(date.message.id).toBe('Batas bawah “2024-01-01” bukan angka.');
    for (const p of problems) expect(p.message.id).not.toBe(p.message.en);
  });

  test('the header is looked for in the first 10 rows only', () => {
    const header = ['Label', 'Batas Bawah', 'Batas Atas'];
    const at = (row: number): Grid => ({ sheetName: 'Skala', values: [...Array.from({ length: row }, () => ['catatan']), header, ['A', 1, 2]] });
    expect(readScaleSheet(at(9)).scales).toHaveLength(1);
    const { scales, problems } = readScaleSheet(at(10));
    expect(scales).toEqual([]);
    expect(problems).toEqual([
      {
        row: 1,
        column: 1,
        message: {
          id: 'Judul kolom Label, Batas Bawah dan Batas Atas tidak ditemukan di 10 baris pertama lembar “Skala”.',
          en: 'The headers Label, Batas Bawah and Batas Atas were not found in the first 10 rows of sheet “Skala”.',
        },
      },
    ]);
  });

  test('never throws on empty, ragged or sparse sheets', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, ['Label', 'Batas Bawah', 'Batas Atas'], , ['A'], [, 1, 2], ['B', 3]] as CellValue[][];
    expect(() => readScaleSheet({ sheetName: 'Skala', values: sparse })).not.toThrow();
    const { scales, problems } = readScaleSheet({ sheetName: 'Skala', values: sparse });
    expect(scales[0].bands.map((b) => [b.label, b.min, b.max])).toEqual([['B', 3, Infinity]]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[4, 2], [5, 1]]);
    expect(readScaleSheet({ sheetName: 'Skala', values: [] }).problems).toHaveLength(1);
  });
});

describe('scaleFromRows (a range given to PREDIKAT)', () => {
  test('reads [label, min, max] rows, with optional inclusive flags', () => {
    const { scales, problems } = scaleFromRows([
      ['Baik', 80, 100],
      ['Cukup', '60', '80', 'Ya', 'Tidak'],
      ['Kurang', '0', '60', null, 'tidak'],
    ]);
    expect(problems).toEqual([]);
    expect(scales).toHaveLength(1);
    expect(scales[0].id).toBe('Rentang');
    expect([100, 80, 79.5, 60, 59.9, 0, 101].map((v) => classify(v, scales[0])?.label)).toEqual(['Baik', 'Baik', 'Cukup', 'Cukup', 'Kurang', 'Kurang', undefined]);
  });

  test('skips a header row at the top, and takes the given name', () => {
    const { scales, problems } = scaleFromRows(
      [
        ['Predikat', 'Min', 'Max'],
        ['A', '88,31', '100'],
        ['B', '76,61', '88,31', null, 'Tidak'],
      ],
      'SKM kantor',
    );
    expect(problems).toEqual([]);
    expect(scales[0].id).toBe('SKM kantor');
    expect(scales[0].bands.map((b) => b.label)).toEqual(['A', 'B']);
    expect(classify(88.305, scales[0])?.label).toBe('B');
  });

  test('reports bad rows by their position in the range', () => {
    const { scales, problems } = scaleFromRows([
      ['A', 80, 100],
      ['B', 70, 80], // shares 80 with A, both inclusive
      ['C', 'x', 60],
      [null, null, null],
      ['Predikat', 'Min', 'Max'], // words below the top are not a header
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, 2], [3, 2], [5, 2], [5, 3]]);
    expect(problems[0].message.id).toContain('tumpang tindih dengan “A” (80–100) di baris 1');
    expect(scales[0].bands.map((b) => b.label)).toEqual(['A']);
  });

  test('gives no scale when no row is usable', () => {
    const { scales, problems } = scaleFromRows([
      ['A', 'x', 10, 'z'],
      ['B', 5, 1],
    ]);
    expect(scales).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[1, 2], [1, 4], [2, 2]]);
    expect(scaleFromRows([])).toEqual({ scales: [], problems: [] });
  });
});

describe('nilaiCapaian (PermenPANRB 8/2021)', () => {
  // Each expectation worked out by hand from the regulation's formulas (core/scales/nilaiCapaian.ts).
  test.each([
    [1.2, 120, 'Sangat Baik'], // above 110%: 120
    [1.1, 120, 'Sangat Baik'], // 110 + 10/9 × (110 − 101)
    [1.01, 110, 'Sangat Baik'], // 110 + 10/9 × 0
    [1, 109, 'Baik'], // the worked example: 100% → 109
    [0.99, 89, 'Cukup'], // 70 + 19/19 × (99 − 80)
    [0.8, 70, 'Cukup'],
    [0.79, 69, 'Kurang'], // 50 + 19/19 × (79 − 60)
    [0.6, 50, 'Kurang'],
    [0.59, 49, 'Sangat Kurang'], // 59/59 × 49
    [0, 0, 'Sangat Kurang'],
  ] as const)('%p → %p (%s)', (capaian, nilai, kategori) => {
    const got = nilaiCapaian(capaian);
    expect(got.kategori).toBe(kategori);
    expect(got.nilai).toBeCloseTo(nilai, 9);
  });

  test('100% of a target that is the most the indicator can reach is worth 120', () => {
    expect(nilaiCapaian(1, true)).toEqual({ nilai: 120, kategori: 'Sangat Baik' });
    expect(nilaiCapaian(0.98, true).nilai).toBeCloseTo(88, 9);
  });
});
