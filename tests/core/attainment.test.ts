/**
 * The attainment engine, one describe per rule, each rule at its edges. Values go in as planners
 * type them (`3,7`, `100%`, `80–90%`, `WTP`, `Naskah final`) and are read by `parseValue`.
 */
import fc from 'fast-check';
import {
  aggregate,
  attainMatrix,
  attainSeries,
  capaianOf,
  figuresOf,
  groupFigures,
  inferAgregasi,
  parseValue,
  readMatrix,
  seriesOf,
  type Agregasi,
  type Attainment,
  type CellValue,
  type Grid,
  type PeriodPoint,
  type Polaritas,
  type Series,
  type Status,
} from '../../core';
import { general, gNext, gRow } from './helpers';

const RUNS = Number(process.env.RBM_PROPERTY_RUNS) || 500;

/** A capaian of a target and a realisation as typed. */
function cap(target: CellValue, realisasi: CellValue, polaritas?: Polaritas) {
  return capaianOf(parseValue(target), parseValue(realisasi), polaritas);
}

/** Values of TW 1, TW 2… (index 0 = TW 1) of `year` (null: no year named); '' for a blank cell. */
function quarters(values: CellValue[], year: number | null = 2023): PeriodPoint[] {
  return values.map((v, i) => ({ year: year ?? undefined, from: i + 1, to: i + 1, value: parseValue(v) }));
}

function series(targets: CellValue[], realisations: CellValue[], extra: Partial<Series> = {}): Series {
  return { targets: quarters(targets), realisations: quarters(realisations), satuan: 'Dokumen', ...extra };
}

describe('capaianOf', () => {
  describe('positive polarity: realisasi / target', () => {
    test.each<[CellValue, CellValue, number]>([
      ['4', '3', 0.75],
      ['3,7', '3,7', 1],
      ['4', '5', 1.25], // not capped
      ['4', '0', 0],
      ['100%', '100%', 1],
      ['100 %', '50%', 0.5],
    ])('target %p, realisation %p → %p', (t, r, value) => {
      expect(cap(t, r)).toEqual({ value, reason: 'dihitung' });
    });

    test('positive is the default polarity', () => {
      expect(cap('4', '3')).toEqual(cap('4', '3', 'positif'));
    });

    test('a negative realisation against a positive target is 0, not below', () => {
      expect(cap('5', '-3')).toEqual({ value: 0, reason: 'dihitung' });
    });
  });

  describe('negative polarity: 2 − realisasi / target, never below 0', () => {
    test.each<[CellValue, CellValue, number]>([
      ['4', '3', 1.25],
      ['4', '4', 1],
      ['4', '6', 0.5],
      ['4', '8', 0], // r = 2t
      ['4', '9', 0], // r > 2t: 2 − 2,25 would be −0,25
      ['4', '100', 0],
      ['10', '0', 2],
    ])('target %p, realisation %p → %p', (t, r, value) => {
      expect(cap(t, r, 'negatif')).toEqual({ value, reason: 'dihitung' });
    });
  });

  describe('a range target', () => {
    test.each<[CellValue, number]>([
      ['80%', 1], // the lower bound itself
      ['85%', 1],
      ['90%', 1], // the upper bound itself
      ['70%', 0.7 / 0.8], // below: the lower bound is the target
      ['95%', 0.95 / 0.9], // above: the upper bound is the target
    ])('80–90%%, realisation %p → %p', (r, value) => {
      expect(cap('80–90%', r)).toEqual({ value, reason: 'dihitung' });
    });

    test.each<[CellValue, number]>([
      ['85%', 1],
      ['70%', 2 - 0.7 / 0.8],
      ['95%', 2 - 0.95 / 0.9],
    ])('negative polarity, 80–90%%, realisation %p → %p', (r, value) => {
      expect(cap('80–90%', r, 'negatif')).toEqual({ value, reason: 'dihitung' });
    });

    test('a range of plain figures with a decimal comma', () => {
      expect(cap('3,5 - 4', '3,7')).toEqual({ value: 1, reason: 'dihitung' });
      expect(cap('3,5 - 4', '3')).toEqual({ value: 3 / 3.5, reason: 'dihitung' });
      expect(cap('3,5 - 4', '5')).toEqual({ value: 5 / 4, reason: 'dihitung' });
    });

    test('"s.d." ranges and a percent realisation against a plain range', () => {
      expect(cap('80 s.d. 90', '92')).toEqual({ value: 92 / 90, reason: 'dihitung' });
      // One side with % and the other without: 80 and 90 are read as percentage points.
      expect(cap('80 - 90', '85%')).toEqual({ value: 1, reason: 'dihitung' });
      expect(cap('80–90%', '85')).toEqual({ value: 1, reason: 'dihitung' });
    });
  });

  describe('a zero target', () => {
    test.each<[CellValue, Polaritas, number]>([
      ['0', 'positif', 1],
      ['3', 'positif', 1],
      ['0,5', 'positif', 1],
      ['0', 'negatif', 1],
      ['-1', 'negatif', 1],
      ['1', 'negatif', 0],
      ['0,01', 'negatif', 0],
    ])('realisation %p, %s → %p', (r, p, value) => {
      expect(cap('0', r, p)).toEqual({ value, reason: 'dihitung' });
    });

    test('0% is a zero target too', () => {
      expect(cap('0%', '0%', 'negatif')).toEqual({ value: 1, reason: 'dihitung' });
      expect(cap('0%', '5%', 'negatif')).toEqual({ value: 0, reason: 'dihitung' });
    });
  });

  describe('no target, no realisation, unreadable', () => {
    test.each<CellValue>(['', null, 'n/a', '-', 'tidak ada', 'TBD'])('target %p → tanpa-target', (t) => {
      expect(cap(t, '3')).toEqual({ value: null, reason: 'tanpa-target' });
      expect(cap(t, 'WTP')).toEqual({ value: null, reason: 'tanpa-target' });
    });

    test.each<CellValue>(['', null, '   ', 'n/a', '-', 'nihil'])('realisation %p → tanpa-realisasi', (r) => {
      expect(cap('3', r)).toEqual({ value: null, reason: 'tanpa-realisasi' });
      expect(cap('WTP', r)).toEqual({ value: null, reason: 'tanpa-realisasi' });
      expect(cap('80–90%', r)).toEqual({ value: null, reason: 'tanpa-realisasi' });
    });

    test.each<[CellValue, CellValue]>([
      ['segera', '3'],
      ['3', 'sudah'],
      ['WTP', 'lumayan'],
      ['segera', ''],
      [true, '1'],
    ])('target %p, realisation %p → tidak-terbaca', (t, r) => {
      expect(cap(t, r)).toEqual({ value: null, reason: 'tidak-terbaca' });
    });
  });

  describe('grades, opinions and stages compare on their ladder', () => {
    test.each<[CellValue, CellValue, number]>([
      ['WTP', 'WTP', 1],
      ['WDP', 'WTP', 1], // exceeded
      ['WTP', 'WDP', 3 / 4],
      ['WTP', 'TMP', 1 / 4],
      ['Mon ev', 'Draft', 1 / 4],
      ['Naskah final', 'Draft', 1 / 2],
      ['Naskah final', 'Mon ev', 1],
      ['A', 'B', 4 / 6],
      ['B', 'A', 1],
      ['AA', 'D', 1 / 7],
      ['WTP', 'wajar tanpa pengecualian', 1], // an alias is the same rung
      ['Mon ev', 'Monev', 1],
    ])('target %p, realisation %p → %p', (t, r, value) => {
      expect(cap(t, r)).toEqual({ value, reason: 'dihitung' });
    });

    test('polarity does not turn a ladder around', () => {
      expect(cap('WTP', 'WDP', 'negatif')).toEqual({ value: 3 / 4, reason: 'dihitung' });
    });

    test.each<[CellValue, CellValue]>([
      ['WTP', 'B'], // two different ladders
      ['B', 'Draft'],
      ['WTP', '4'], // a grade against a number
      ['4', 'WTP'],
      ['100%', 'Naskah final'],
      ['80–90%', 'A'],
    ])('target %p, realisation %p → tidak-sebanding', (t, r) => {
      expect(cap(t, r)).toEqual({ value: null, reason: 'tidak-sebanding' });
    });
  });

  describe('one side with % and the other without', () => {
    test.each<[CellValue, CellValue, number]>([
      ['100%', '85', 0.85], // 85 read as 85%
      ['100%', '0,85', 0.85], // a figure not above 1 is a fraction
      ['80', '85%', 0.85 / 0.8], // the target 80 is read as 80%
      ['1', '85%', 0.85],
      ['50%', '100', 2],
    ])('target %p, realisation %p → %p', (t, r, value) => {
      expect(cap(t, r)).toEqual({ value, reason: 'dihitung' });
    });

    test('a cell formatted as a percentage counts as written with %', () => {
      expect(capaianOf(parseValue(1, '0%'), parseValue(85))).toEqual({ value: 0.85, reason: 'dihitung' });
      expect(capaianOf(parseValue(0.8, '0.00%'), parseValue(0.6, '0%'))).toEqual({ value: 0.6 / 0.8, reason: 'dihitung' });
    });
  });

  describe('a negative target', () => {
    test.each<[CellValue, CellValue, Polaritas]>([
      ['-5', '3', 'positif'],
      ['-5', '-5', 'positif'],
      ['-5', '3', 'negatif'],
      ['-10%', '5%', 'positif'],
    ])('target %p, realisation %p (%s) → tidak-sebanding', (t, r, p) => {
      expect(cap(t, r, p)).toEqual({ value: null, reason: 'tidak-sebanding' });
    });
  });

  describe('never a division error, never NaN', () => {
    /** A figure as typed: hundredths between −1.000.000 and 1.000.000, with a decimal comma. */
    const figure = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => (n / 100).toFixed(2).replace('.', ','));
    const typed: fc.Arbitrary<CellValue> = fc.oneof(
      figure,
      figure.map((f) => `${f}%`),
      fc.tuple(figure, figure).map(([a, b]) => `${a}–${b}%`),
      fc.tuple(figure, figure).map(([a, b]) => `${a} - ${b}`),
      fc.tuple(figure, figure).map(([a, b]) => `${a} s.d. ${b}`),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.constantFrom<CellValue>('0', '0%', '', null, 'n/a', '-', 'WTP', 'B', 'Naskah final', 'sudah'),
    );
    const polaritas = fc.constantFrom<Polaritas>('positif', 'negatif');

    test('capaianOf gives null or a finite number ≥ 0', () => {
      fc.assert(
        fc.property(typed, typed, polaritas, (t, r, p) => {
          const c = capaianOf(parseValue(t), parseValue(r), p);
          expect(c.value === null || (Number.isFinite(c.value) && c.value >= 0)).toBe(true);
          expect(c.value === null).toBe(c.reason !== 'dihitung');
        }),
        { numRuns: RUNS },
      );
    });

    test('percent-formatted cells against plain ones', () => {
      const cell = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000);
      fc.assert(
        fc.property(cell, cell, fc.boolean(), fc.boolean(), polaritas, (t, r, tp, rp, p) => {
          const c = capaianOf(parseValue(t, tp ? '0%' : 'General'), parseValue(r, rp ? '0.0%' : null), p);
          expect(c.value === null || (Number.isFinite(c.value) && c.value >= 0)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });
  });
});

describe('aggregate', () => {
  const agg = (values: CellValue[], agregasi: Agregasi) => aggregate(values.map((v) => parseValue(v)), agregasi);

  test('kumulatif: the sum', () => {
    expect(agg(['1', '2', '3'], 'kumulatif')).toEqual({ kind: 'number', value: 6, percent: false });
    expect(agg(['1,5', '2,25'], 'kumulatif')).toEqual({ kind: 'number', value: 3.75, percent: false });
  });

  test('nilai-akhir: the latest, not the largest', () => {
    expect(agg(['1', '5', '2'], 'nilai-akhir')).toEqual({ kind: 'number', value: 2, percent: false });
    expect(agg(['50%', '100%', ''], 'nilai-akhir')).toEqual({ kind: 'number', value: 1, percent: true });
  });

  test('rata-rata: the mean', () => {
    expect(agg(['1', '2', '3', '4'], 'rata-rata')).toEqual({ kind: 'number', value: 2.5, percent: false });
    expect(agg(['60%', '80%'], 'rata-rata')).toEqual({ kind: 'number', value: (0.6 + 0.8) / 2, percent: true });
  });

  test('blanks and unreadable values are left out (also from the divisor of the mean)', () => {
    const values = ['1', '', 'sudah', 'n/a', null, '2'];
    expect(agg(values, 'kumulatif')).toEqual({ kind: 'number', value: 3, percent: false });
    expect(agg(values, 'rata-rata')).toEqual({ kind: 'number', value: 1.5, percent: false });
    expect(agg(values, 'nilai-akhir')).toEqual({ kind: 'number', value: 2, percent: false });
    expect(agg(['2', '', 'sudah'], 'nilai-akhir')).toEqual({ kind: 'number', value: 2, percent: false });
  });

  test('one value is returned as it is, for every aggregation', () => {
    for (const a of ['kumulatif', 'nilai-akhir', 'rata-rata'] as const) {
      expect(agg(['', '3,7'], a)).toEqual({ kind: 'number', value: 3.7, percent: false });
      expect(agg(['80–90%'], a)).toEqual({ kind: 'range', low: 0.8, high: 0.9, percent: true });
    }
  });

  test('ranges add up bound by bound', () => {
    expect(agg(['80–90%', '85%'], 'kumulatif')).toEqual({ kind: 'range', low: 0.8 + 0.85, high: 0.9 + 0.85, percent: true });
    expect(agg(['3,5 - 4', '1'], 'kumulatif')).toEqual({ kind: 'range', low: 4.5, high: 5, percent: false });
    expect(agg(['3,5 - 4', '1'], 'rata-rata')).toEqual({ kind: 'range', low: 2.25, high: 2.5, percent: false });
    expect(agg(['1 - 2', '3 - 4'], 'nilai-akhir')).toEqual({ kind: 'range', low: 3, high: 4, percent: false });
  });

  test('grades and stages always give the latest', () => {
    const latest = { kind: 'ordinal', ladder: 'tahap', rank: 2, label: 'Naskah final' };
    expect(agg(['Draft', 'Naskah final', ''], 'kumulatif')).toEqual(latest);
    expect(agg(['Draft', 'Naskah final', ''], 'rata-rata')).toEqual(latest);
    expect(agg(['WTP', 'WDP'], 'kumulatif')).toEqual({ kind: 'ordinal', ladder: 'opini', rank: 3, label: 'WDP' });
  });

  test('mixed kinds give the latest', () => {
    expect(agg(['WTP', '3'], 'kumulatif')).toEqual({ kind: 'number', value: 3, percent: false });
    expect(agg(['3', 'WTP'], 'rata-rata')).toEqual({ kind: 'ordinal', ladder: 'opini', rank: 4, label: 'WTP' });
    expect(agg(['1', 'Draft', '2'], 'kumulatif')).toEqual({ kind: 'number', value: 2, percent: false });
  });

  test('nothing to add up → empty', () => {
    for (const a of ['kumulatif', 'nilai-akhir', 'rata-rata'] as const) {
      expect(agg([], a)).toEqual({ kind: 'empty' });
      expect(agg(['', null, 'n/a', '-', 'sudah'], a)).toEqual({ kind: 'empty' });
    }
  });
});

describe('inferAgregasi', () => {
  const rowSeries = (targets: CellValue[], total: CellValue, satuan: string, agregasi?: Agregasi): Series => ({
    targets: quarters(targets),
    realisations: [],
    total: parseValue(total),
    satuan,
    agregasi,
  });

  test('the Agregasi column wins over everything', () => {
    expect(inferAgregasi(rowSeries(['1', '2', '3', ''], '6', 'Dokumen', 'rata-rata'))).toEqual({ agregasi: 'rata-rata', basis: 'kolom' });
    expect(inferAgregasi(rowSeries(['Draft', 'Naskah final', '', ''], '', 'Peraturan', 'kumulatif'))).toEqual({ agregasi: 'kumulatif', basis: 'kolom' });
    expect(inferAgregasi(rowSeries(['50%', '100%', '', ''], '100%', 'Persentase', 'kumulatif'))).toEqual({ agregasi: 'kumulatif', basis: 'kolom' });
  });

  test('grades, opinions and stages: nilai akhir, whatever the Satuan and Total', () => {
    expect(inferAgregasi(rowSeries(['Draft', 'Naskah final', 'Perbaikan', 'Mon ev'], '', 'Dokumen'))).toEqual({ agregasi: 'nilai-akhir', basis: 'jenis-nilai' });
    expect(inferAgregasi(rowSeries(['', '', '', 'WTP'], 'WTP', 'Laporan'))).toEqual({ agregasi: 'nilai-akhir', basis: 'jenis-nilai' });
  });

  test('a Total equal to the sum of the targets → kumulatif (even for a Persentase)', () => {
    expect(inferAgregasi(rowSeries(['1', '2', '3', ''], '6', 'Persentase'))).toEqual({ agregasi: 'kumulatif', basis: 'total' });
    expect(inferAgregasi(rowSeries(['20%', '30%', '50%', ''], '100%', 'Persentase'))).toEqual({ agregasi: 'kumulatif', basis: 'total' });
    // 0,1 + 0,2 is 0,30000000000000004: still the sum.
    expect(inferAgregasi(rowSeries(['0,1', '0,2', '', ''], '0,3', 'Indeks'))).toEqual({ agregasi: 'kumulatif', basis: 'total' });
  });

  test('a Total equal to the last target → nilai akhir (even for a Dokumen)', () => {
    // Targets that never go down with the last as Total are cumulative states (issue 13).
    expect(inferAgregasi(rowSeries(['2', '', '5', ''], '5', 'Dokumen'))).toEqual({ agregasi: 'nilai-akhir', basis: 'total', states: true });
    expect(inferAgregasi(rowSeries(['25%', '50%', '75%', '100%'], '100%', 'Dokumen'))).toEqual({ agregasi: 'nilai-akhir', basis: 'total', states: true });
    expect(inferAgregasi(rowSeries(['5', '', '2', ''], '2', 'Dokumen'))).toEqual({ agregasi: 'nilai-akhir', basis: 'total' });
  });

  test('a single target is both sum and last: the Satuan decides, the basis is the Total', () => {
    expect(inferAgregasi(rowSeries(['', '3', '', ''], '3', 'Persentase'))).toEqual({ agregasi: 'nilai-akhir', basis: 'total' });
    expect(inferAgregasi(rowSeries(['', '3', '', ''], '3', 'Dokumen'))).toEqual({ agregasi: 'kumulatif', basis: 'total' });
  });

  test('a Total that is neither, or no Total: the Satuan', () => {
    expect(inferAgregasi(rowSeries(['2', '3', '', ''], '7', 'Persentase'))).toEqual({ agregasi: 'nilai-akhir', basis: 'satuan' });
    expect(inferAgregasi(rowSeries(['2', '3', '', ''], '', 'Persentase'))).toEqual({ agregasi: 'nilai-akhir', basis: 'satuan' });
    expect(inferAgregasi(rowSeries(['2', '3', '', ''], '', 'Dokumen'))).toEqual({ agregasi: 'kumulatif', basis: 'satuan' });
    expect(inferAgregasi({ targets: quarters(['2', '3']), realisations: [], satuan: 'Indeks' })).toEqual({ agregasi: 'nilai-akhir', basis: 'satuan' });
  });

  test.each<[string, Agregasi]>([
    ['Persentase', 'nilai-akhir'],
    ['Presentase', 'nilai-akhir'],
    ['%', 'nilai-akhir'],
    ['Nilai', 'nilai-akhir'],
    ['Indeks', 'nilai-akhir'],
    ['Level', 'nilai-akhir'],
    ['Predikat', 'nilai-akhir'],
    ['Dokumen', 'kumulatif'],
    ['Laporan', 'kumulatif'],
    ['Rekomendasi', 'kumulatif'],
    ['', 'kumulatif'],
  ])('Satuan %p → %s', (satuan, agregasi) => {
    expect(inferAgregasi(rowSeries(['2', '3', '', ''], '', satuan))).toEqual({ agregasi, basis: 'satuan' });
  });
});

describe('attainSeries', () => {
  describe('tercapai and belum-tercapai', () => {
    test('due and reached (kumulatif)', () => {
      const a = attainSeries(series(['1', '1', '', ''], ['1', '1', '', '']), 2023, 2);
      expect(a).toEqual({
        status: 'tercapai',
        capaian: 1,
        reason: 'dihitung',
        agregasi: 'kumulatif',
        basis: 'satuan',
        states: false,
        polaritas: 'positif',
        target: { kind: 'number', value: 2, percent: false },
        realisasi: { kind: 'number', value: 2, percent: false },
        progres: { kind: 'empty' },
        from: 'realisasi',
        due: true,
        inYear: true,
      });
    });

    test('exceeded: the capaian is not capped', () => {
      const a = attainSeries(series(['2', '', '', ''], ['3', '', '', '']), 2023, 1);
      expect([a.status, a.capaian]).toEqual(['tercapai', 1.5]);
    });

    test('0,1 + 0,2 of targets against 0,3 realised is reached (float noise)', () => {
      const a = attainSeries(series(['0,1', '0,2', '', ''], ['', '0,3', '', '']), 2023, 2);
      expect(a.status).toBe('tercapai');
      expect(a.capaian).toBe(0.3 / (0.1 + 0.2));
      expect(a.capaian).toBeLessThan(1);
    });

    test('0,3 of target against 0,1 + 0,2 realised is reached', () => {
      const a = attainSeries(series(['', '0,3', '', ''], ['0,1', '0,2', '', '']), 2023, 2);
      expect([a.status, a.capaian]).toEqual(['tercapai', (0.1 + 0.2) / 0.3]);
    });

    test('below 100%: belum-tercapai', () => {
      const a = attainSeries(series(['2', '2', '', ''], ['1', '2', '', '']), 2023, 2);
      expect([a.status, a.capaian, a.reason, a.due]).toEqual(['belum-tercapai', 0.75, 'dihitung', true]);
      expect(a.target).toEqual({ kind: 'number', value: 4, percent: false });
      expect(a.realisasi).toEqual({ kind: 'number', value: 3, percent: false });
    });

    test('only targets up to the quarter are compared', () => {
      // At TW II the target is 1 + 1; TW III's 5 is not due yet.
      const a = attainSeries(series(['1', '1', '5', ''], ['1', '1', '', '']), 2023, 2);
      expect([a.status, a.capaian]).toEqual(['tercapai', 1]);
      expect(a.target).toEqual({ kind: 'number', value: 2, percent: false });
    });

    test('a stage reached on its ladder', () => {
      const s = series(['Draft', 'Naskah final', 'Perbaikan', 'Mon ev'], ['Draft', 'Draft', '', ''], { satuan: 'Peraturan' });
      expect([attainSeries(s, 2023, 1).status, attainSeries(s, 2023, 1).capaian]).toEqual(['tercapai', 1]);
      const a = attainSeries(s, 2023, 2);
      expect([a.status, a.capaian, a.agregasi, a.basis]).toEqual(['belum-tercapai', 0.5, 'nilai-akhir', 'jenis-nilai']);
    });
  });

  describe('tidak-ada-data', () => {
    test('the latest due period has no realisation, though an earlier one has', () => {
      const a = attainSeries(series(['2', '2', '', ''], ['2', '', '', '']), 2023, 2);
      expect(a).toMatchObject({ status: 'tidak-ada-data', capaian: null, reason: 'tanpa-realisasi', due: true, inYear: true });
      expect(a.target).toEqual({ kind: 'number', value: 4, percent: false });
    });

    test('no realisation at all', () => {
      const a = attainSeries(series(['2', '', '', ''], ['', '', '', '']), 2023, 1);
      expect(a).toMatchObject({ status: 'tidak-ada-data', capaian: null, reason: 'tanpa-realisasi', due: true });
      expect(a.realisasi).toEqual({ kind: 'empty' });
    });

    test('no realisation columns at all', () => {
      const a = attainSeries({ targets: quarters(['2']), realisations: [], satuan: 'Dokumen' }, 2023, 4);
      expect(a).toMatchObject({ status: 'tidak-ada-data', capaian: null, reason: 'tanpa-realisasi', due: true });
    });

    test('an unreadable realisation for the latest due period: reason tidak-terbaca', () => {
      const a = attainSeries(series(['2', '2', '', ''], ['2', 'sudah', '', '']), 2023, 2);
      expect(a).toMatchObject({ status: 'tidak-ada-data', capaian: null, reason: 'tidak-terbaca', due: true });
    });

    test('a realisation entered for a later period up to the quarter counts', () => {
      const a = attainSeries(series(['1', '', '', ''], ['', '1', '', '']), 2023, 2);
      expect([a.status, a.capaian]).toEqual(['tercapai', 1]);
    });

    test('a realisation after the quarter does not', () => {
      const a = attainSeries(series(['1', '', '', ''], ['', '1', '', '']), 2023, 1);
      expect([a.status, a.reason]).toEqual(['tidak-ada-data', 'tanpa-realisasi']);
    });
  });

  describe('belum-jatuh-tempo and tercapai-lebih-awal', () => {
    test('targets only later in the year, nothing realised', () => {
      const a = attainSeries(series(['', '', '3', ''], ['', '', '', '']), 2023, 2);
      expect(a).toEqual({
        status: 'belum-jatuh-tempo',
        capaian: null,
        reason: 'tanpa-realisasi',
        agregasi: 'kumulatif',
        basis: 'satuan',
        states: false,
        polaritas: 'positif',
        target: { kind: 'number', value: 3, percent: false },
        realisasi: { kind: 'empty' },
        progres: { kind: 'empty' },
        due: false,
        inYear: true,
      });
    });

    test('targets later, part realised: still belum-jatuh-tempo, no capaian', () => {
      const a = attainSeries(series(['', '', '3', ''], ['1', '', '', '']), 2023, 2);
      expect([a.status, a.capaian, a.due]).toEqual(['belum-jatuh-tempo', null, false]);
    });

    test("targets later, the year's target already met: tercapai-lebih-awal", () => {
      const a = attainSeries(series(['', '', '3', ''], ['1', '2', '', '']), 2023, 2);
      expect(a).toMatchObject({ status: 'tercapai-lebih-awal', capaian: 1, reason: 'dihitung', due: false, inYear: true });
      expect(a.target).toEqual({ kind: 'number', value: 3, percent: false });
    });

    test("the year's target is all the year's targets aggregated", () => {
      // Kumulatif: 3 + 2 = 5 for the year; 3 realised is not enough.
      expect(attainSeries(series(['', '', '3', '2'], ['3', '', '', '']), 2023, 2).status).toBe('belum-jatuh-tempo');
      expect(attainSeries(series(['', '', '3', '2'], ['3', '2', '', '']), 2023, 2).status).toBe('tercapai-lebih-awal');
      // Nilai akhir: the year's last target.
      const early = attainSeries(series(['', '', '50%', '100%'], ['100%', '', '', ''], { satuan: 'Persentase' }), 2023, 1);
      expect([early.status, early.capaian, early.agregasi]).toEqual(['tercapai-lebih-awal', 1, 'nilai-akhir']);
    });

    test('no target in the asked year: inYear false', () => {
      const a = attainSeries(series(['1', '', '', ''], ['1', '', '', '']), 2024, 2);
      expect(a).toMatchObject({ status: 'belum-jatuh-tempo', capaian: null, reason: 'tanpa-target', target: { kind: 'empty' }, due: false, inYear: false });
    });

    test('only not-applicable targets: inYear false', () => {
      const a = attainSeries(series(['n/a', '-', '', ''], ['1', '', '', '']), 2023, 4);
      expect(a).toMatchObject({ status: 'belum-jatuh-tempo', reason: 'tanpa-target', due: false, inYear: false });
    });
  });

  describe('years', () => {
    test('periods without a year belong to the year asked about', () => {
      const s: Series = { targets: quarters(['', '1'], null), realisations: quarters(['', '1'], null), satuan: 'Dokumen' };
      expect(attainSeries(s, 2030, 1)).toMatchObject({ status: 'belum-jatuh-tempo', due: false, inYear: true });
      expect(attainSeries(s, 2030, 2)).toMatchObject({ status: 'tercapai', capaian: 1, due: true, inYear: true });
      expect(attainSeries(s, 2023, 2)).toMatchObject({ status: 'tercapai', capaian: 1, due: true, inYear: true });
    });

    test('a whole-year period (Tahun 2024) is due only at TW IV of 2024', () => {
      const whole: PeriodPoint = { year: 2024, from: 1, to: 4, value: parseValue('5') };
      const s: Series = { targets: [...quarters(['1', '', '', '']), whole], realisations: [...quarters(['1', '', '', '']), { ...whole }], satuan: 'Dokumen' };
      expect(attainSeries(s, 2024, 3)).toMatchObject({ status: 'belum-jatuh-tempo', capaian: null, due: false, inYear: true });
      expect(attainSeries(s, 2024, 4)).toMatchObject({ status: 'tercapai', capaian: 1, due: true, inYear: true, target: { kind: 'number', value: 5, percent: false } });
      // In 2023 only the 2023 quarter counts: the 2024 target and realisation are not added.
      expect(attainSeries(s, 2023, 4)).toMatchObject({ status: 'tercapai', capaian: 1, target: { kind: 'number', value: 1, percent: false }, realisasi: { kind: 'number', value: 1, percent: false } });
    });

    test('a 2024 realisation does not count in 2023', () => {
      const s: Series = { targets: quarters(['1']), realisations: quarters(['1'], 2024), satuan: 'Dokumen' };
      expect(attainSeries(s, 2023, 1)).toMatchObject({ status: 'tidak-ada-data', reason: 'tanpa-realisasi' });
    });
  });

  describe('aggregation over TW 1–TW 2', () => {
    const targets = ['60%', '80%', '', ''];
    const realised = ['50%', '90%', '', ''];

    test('kumulatif adds both periods', () => {
      const a = attainSeries(series(targets, ['50%', '70%', '', ''], { agregasi: 'kumulatif' }), 2023, 2);
      expect(a.target).toEqual({ kind: 'number', value: 0.6 + 0.8, percent: true });
      expect(a.realisasi).toEqual({ kind: 'number', value: 0.5 + 0.7, percent: true });
      expect([a.status, a.capaian, a.basis]).toEqual(['belum-tercapai', (0.5 + 0.7) / (0.6 + 0.8), 'kolom']);
    });

    test('nilai-akhir compares TW 2 with TW 2', () => {
      const a = attainSeries(series(targets, ['50%', '70%', '', ''], { agregasi: 'nilai-akhir' }), 2023, 2);
      expect(a.target).toEqual({ kind: 'number', value: 0.8, percent: true });
      expect(a.realisasi).toEqual({ kind: 'number', value: 0.7, percent: true });
      expect([a.status, a.capaian]).toEqual(['belum-tercapai', 0.7 / 0.8]);
    });

    test('rata-rata compares the means', () => {
      const a = attainSeries(series(targets, realised, { agregasi: 'rata-rata' }), 2023, 2);
      expect(a.target).toEqual({ kind: 'number', value: (0.6 + 0.8) / 2, percent: true });
      expect(a.realisasi).toEqual({ kind: 'number', value: (0.5 + 0.9) / 2, percent: true });
      expect([a.status, a.capaian]).toEqual(['tercapai', 1]);
    });

    test('the same figures, three verdicts', () => {
      const figures = (['kumulatif', 'nilai-akhir', 'rata-rata'] as const).map((agregasi) => attainSeries(series(['2', '4', '', ''], ['4', '2', '', ''], { agregasi }), 2023, 2));
      expect(figures.map((a) => [a.status, a.capaian])).toEqual([
        ['tercapai', 1],
        ['belum-tercapai', 0.5],
        ['tercapai', 1],
      ]);
    });

    test('inferred from the Total when no column says', () => {
      const sum = attainSeries(series(['2', '4', '', ''], ['4', '2', '', ''], { total: parseValue('6'), satuan: 'Persentase' }), 2023, 2);
      const last = attainSeries(series(['2', '4', '', ''], ['4', '2', '', ''], { total: parseValue('4'), satuan: 'Dokumen' }), 2023, 2);
      expect([sum.agregasi, sum.basis, sum.status]).toEqual(['kumulatif', 'total', 'tercapai']);
      expect([last.agregasi, last.basis, last.status, last.capaian]).toEqual(['nilai-akhir', 'total', 'belum-tercapai', 0.5]);
    });
  });

  describe('negative polarity', () => {
    const temuan = (realised: CellValue) => attainSeries(series(['10', '', '', ''], [realised, '', '', ''], { polaritas: 'negatif', satuan: 'Temuan' }), 2023, 1);

    test('fewer than the target is better than reached', () => {
      expect([temuan('8').status, temuan('8').capaian, temuan('8').polaritas]).toEqual(['tercapai', 1.2, 'negatif']);
      expect([temuan('10').status, temuan('10').capaian]).toEqual(['tercapai', 1]);
    });

    test('more than the target falls short, down to 0', () => {
      expect([temuan('12').status, temuan('12').capaian]).toEqual(['belum-tercapai', 0.8]);
      expect([temuan('25').status, temuan('25').capaian]).toEqual(['belum-tercapai', 0]);
    });

    test('zero findings against a zero target', () => {
      const zero = (r: CellValue) => attainSeries(series(['0', '', '', ''], [r, '', '', ''], { polaritas: 'negatif' }), 2023, 1);
      expect([zero('0').status, zero('0').capaian]).toEqual(['tercapai', 1]);
      expect([zero('1').status, zero('1').capaian]).toEqual(['belum-tercapai', 0]);
    });
  });
});

describe('figuresOf and groupFigures', () => {
  function att(status: Status, capaian: number | null, due: boolean): Attainment {
    return {
      status,
      capaian,
      reason: capaian === null ? 'tanpa-realisasi' : 'dihitung',
      agregasi: 'kumulatif',
      basis: 'satuan',
      states: false,
      polaritas: 'positif',
      target: { kind: 'number', value: 1, percent: false },
      realisasi: { kind: 'empty' },
      progres: { kind: 'empty' },
      due,
      inYear: true,
    };
  }
  /** Four due outputs (1,25; 0,5; 0,25; no data) and two that are not due (one already met at 150%). */
  const set = [
    att('tercapai', 1.25, true),
    att('belum-tercapai', 0.5, true),
    att('tidak-ada-data', null, true),
    att('belum-tercapai', 0.25, true),
    att('belum-jatuh-tempo', null, false),
    att('tercapai-lebih-awal', 1.5, false),
  ];

  test('counts per status and due', () => {
    expect(figuresOf('Biro Umum', set, 1)).toEqual({
      name: 'Biro Umum',
      outputs: 6,
      due: 4,
      tercapai: 1,
      belumTercapai: 2,
      tidakAdaData: 1,
      belumJatuhTempo: 1,
      tercapaiLebihAwal: 1,
      capaianRataRata: (1 + 0.5 + 0 + 0.25) / 4,
    });
  });

  test.each<[1 | 1.1 | 1.2 | null, number]>([
    [1, (1 + 0.5 + 0 + 0.25) / 4],
    [1.1, (1.1 + 0.5 + 0 + 0.25) / 4],
    [1.2, (1.2 + 0.5 + 0 + 0.25) / 4],
    [null, (1.25 + 0.5 + 0 + 0.25) / 4],
  ])('cap %p: mean over due outputs, tidak-ada-data as 0 → %p', (c, mean) => {
    expect(figuresOf('', set, c).capaianRataRata).toBeCloseTo(mean, 12);
  });

  test('outputs not due are left out of the mean, even when met early', () => {
    expect(figuresOf('', [att('tercapai', 0.5, true), att('tercapai-lebih-awal', 2, false)], null).capaianRataRata).toBe(0.5);
  });

  test('nothing due: capaianRataRata is null', () => {
    const f = figuresOf('x', [att('belum-jatuh-tempo', null, false), att('tercapai-lebih-awal', 1, false)], 1);
    expect([f.outputs, f.due, f.capaianRataRata]).toEqual([2, 0, null]);
    expect(figuresOf('kosong', [], 1)).toEqual({ name: 'kosong', outputs: 0, due: 0, tercapai: 0, belumTercapai: 0, tidakAdaData: 0, belumJatuhTempo: 0, tercapaiLebihAwal: 0, capaianRataRata: null });
  });

  test('only tidak-ada-data due: the mean is 0, not null', () => {
    expect(figuresOf('', [att('tidak-ada-data', null, true)], 1).capaianRataRata).toBe(0);
  });

  test('groupFigures: groups in order of first appearance', () => {
    const items = [
      { unit: 'Biro SDM', a: set[0] },
      { unit: 'Biro Umum', a: set[1] },
      { unit: 'Biro SDM', a: set[2] },
      { unit: '', a: set[3] },
      { unit: 'Biro Umum', a: set[4] },
    ];
    const groups = groupFigures(items, (i) => i.unit, (i) => i.a, 1);
    expect(groups.map((g) => [g.name, g.outputs, g.due, g.capaianRataRata])).toEqual([
      ['Biro SDM', 2, 2, 0.5],
      ['Biro Umum', 2, 1, 0.5],
      ['', 1, 1, 0.25],
    ]);
    expect(groups[0]).toMatchObject({ tercapai: 1, tidakAdaData: 1 });
    expect(groups[1]).toMatchObject({ belumTercapai: 1, belumJatuhTempo: 1 });
  });

  test('groupFigures of nothing is no group', () => {
    expect(groupFigures([], () => 'x', (a: Attainment) => a, 1)).toEqual([]);
  });
});

describe('attainMatrix and seriesOf', () => {
  /** RB General with `Realisasi` over TW 1–4 (Q–T), then Polaritas (U) and Agregasi (V). */
  function monitored(rows: { row: CellValue[]; real: CellValue[]; polaritas?: CellValue; agregasi?: CellValue }[], extra: Partial<Grid> = {}): Grid {
    const grid = general(
      rows.map((r) => [...r.row, ...r.real, r.polaritas ?? '', r.agregasi ?? '']),
      extra,
    );
    grid.values[1].push('Realisasi', '', '', '', 'Polaritas', 'Agregasi');
    grid.values[2].push('TW 1', 'TW 2', 'TW 3', 'TW 4', '', '');
    return grid;
  }

  const rows = [
    // Sheet row 4: two Dokumen, Total = sum → kumulatif from the Total.
    { row: gRow({ tw1: 1, tw2: 1, total: 2 }), real: [1, 1, '', ''] },
    // Row 5: the Total says kumulatif (2 + 2 = 4), the Agregasi column says Nilai Akhir: 2 against 2.
    { row: gNext({ tw1: 2, tw2: 2, total: 4 }), real: [1, 2, '', ''], agregasi: 'Nilai Akhir' },
    // Row 6: findings, fewer is better.
    { row: gNext({ rencanaAksi: 'Menindaklanjuti temuan', satuan: 'Temuan', tw1: '', tw2: 5, total: 5, koordinator: 'Inspektorat' }), real: ['', 4, '', ''], polaritas: 'Negatif' },
    // Row 7: a Polaritas outside the list is ignored (positive); lower-case names the choice.
    { row: gNext({ satuan: 'Dokumen', tw1: '', tw2: 5, total: 5 }), real: ['', 4, '', ''], polaritas: 'Naik', agregasi: 'rata-rata' },
  ];

  test('the explicit columns override the inferred settings', () => {
    const matrix = readMatrix(monitored(rows))!;
    const out = attainMatrix(matrix, 2023, 2);
    expect(out.map((o) => [o.attainment.status, o.attainment.capaian, o.attainment.agregasi, o.attainment.basis, o.attainment.polaritas])).toEqual([
      ['tercapai', 1, 'kumulatif', 'total', 'positif'],
      ['tercapai', 1, 'nilai-akhir', 'kolom', 'positif'],
      ['tercapai', 1.2, 'kumulatif', 'total', 'negatif'],
      ['belum-tercapai', 0.8, 'rata-rata', 'kolom', 'positif'],
    ]);
  });

  test('seriesOf: targets incl. Tahun 2024, realisations, Total, Satuan and the choices', () => {
    const matrix = readMatrix(monitored(rows))!;
    const s = seriesOf(matrix, matrix.outputs[2]);
    expect(s.targets.map((p) => [p.year, p.from, p.to, p.value.kind])).toEqual([
      [2023, 1, 1, 'empty'],
      [2023, 2, 2, 'number'],
      [2023, 3, 3, 'empty'],
      [2023, 4, 4, 'empty'],
      [2024, 1, 4, 'empty'],
    ]);
    expect(s.realisations.map((p) => [p.year, p.from, p.to])).toEqual([
      [2023, 1, 1],
      [2023, 2, 2],
      [2023, 3, 3],
      [2023, 4, 4],
    ]);
    expect(s.realisations[1].value).toEqual({ kind: 'number', value: 4, percent: false });
    expect(s.total).toEqual({ kind: 'number', value: 5, percent: false });
    expect(s.satuan).toBe('Temuan');
    expect([s.polaritas, s.agregasi]).toEqual(['negatif', undefined]);
    const plain = seriesOf(matrix, matrix.outputs[0]);
    expect([plain.polaritas, plain.agregasi]).toEqual([undefined, undefined]);
    const off = seriesOf(matrix, matrix.outputs[3]);
    expect([off.polaritas, off.agregasi]).toEqual([undefined, 'rata-rata']);
  });

  test('rowNumber is the 1-based sheet row, also when the grid starts lower down', () => {
    expect(attainMatrix(readMatrix(monitored(rows))!, 2023, 2).map((o) => o.rowNumber)).toEqual([4, 5, 6, 7]);
    expect(attainMatrix(readMatrix(monitored(rows, { topLeft: 'C5' }))!, 2023, 2).map((o) => o.rowNumber)).toEqual([8, 9, 10, 11]);
  });

  test('text() reads a column by key, filled down, and is empty for an absent column', () => {
    const out = attainMatrix(readMatrix(monitored(rows))!, 2023, 2);
    expect(out.map((o) => o.text('koordinator'))).toEqual(['Biro Perencanaan dan Organisasi', 'Biro Perencanaan dan Organisasi', 'Inspektorat', 'Biro Perencanaan dan Organisasi']);
    expect(out.map((o) => o.text('kegiatanUtama'))).toEqual(new Array(4).fill('Penyederhanaan Birokrasi'));
    expect(out.map((o) => o.text('rencanaAksi'))).toEqual(['Melaksanakan Reviu Proses Bisnis', 'Aksi lanjutan', 'Menindaklanjuti temuan', 'Aksi lanjutan']);
    expect(out[2].text('polaritas')).toBe('Negatif');
    expect(out[0].text('kendala')).toBe('');
    expect(out[0].text('timSquad')).toBe(''); // a column of RB Tematik, absent here (an undeclared key does not compile)
  });

  test('the same matrix earlier and later in the year', () => {
    const matrix = readMatrix(monitored(rows))!;
    expect(attainMatrix(matrix, 2023, 1).map((o) => o.attainment.status)).toEqual(['tercapai', 'belum-tercapai', 'belum-jatuh-tempo', 'belum-jatuh-tempo']);
    expect(attainMatrix(matrix, 2024, 4).map((o) => o.attainment.inYear)).toEqual([false, false, false, false]);
  });

  test('the outputs it summarises are the outputs of the matrix', () => {
    const matrix = readMatrix(monitored(rows))!;
    const out = attainMatrix(matrix, 2023, 2);
    expect(out.map((o) => o.row)).toEqual(matrix.outputs);
    expect(groupFigures(out, (o) => o.text('koordinator'), (o) => o.attainment, 1).map((g) => [g.name, g.outputs, g.tercapai, g.capaianRataRata])).toEqual([
      ['Biro Perencanaan dan Organisasi', 3, 2, (1 + 1 + 0.8) / 3],
      ['Inspektorat', 1, 1, 1],
    ]);
  });
});

describe('regressions found in review', () => {
  test('an overflowing ratio gives no capaian instead of Infinity', () => {
    expect(capaianOf(parseValue(5e-324), parseValue(1))).toEqual({ value: null, reason: 'tidak-sebanding' });
  });

  test('a plain range against a percentage is scaled as one band (0,5 – 2 → 0,5% – 2%)', () => {
    expect(cap('0,5 - 2', '1%')).toEqual({ value: 1, reason: 'dihitung' });
    expect(cap('80 - 90', '85%')).toEqual({ value: 1, reason: 'dihitung' });
  });

  test('a % on either figure of a range covers both', () => {
    expect(parseValue('80% - 90')).toEqual({ kind: 'range', low: 0.8, high: 0.9, percent: true });
    expect(parseValue('80 - 90%')).toEqual({ kind: 'range', low: 0.8, high: 0.9, percent: true });
  });

  test('aggregating 50% with a plain 100 reads the 100 as percentage points', () => {
    expect(aggregate([parseValue('50%'), parseValue(100)], 'rata-rata')).toEqual({ kind: 'number', value: 0.75, percent: true });
  });

  test('an unreadable due target is counted as due, without data', () => {
    const a = attainSeries(series(['segera', ''], ['1', '']), 2023, 2);
    expect([a.status, a.reason, a.due, a.inYear]).toEqual(['tidak-ada-data', 'tidak-terbaca', true, true]);
  });
});
