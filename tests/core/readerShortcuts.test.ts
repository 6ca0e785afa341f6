/**
 * The shortcuts that keep reading a long matrix fast give what the plain calls give: merges walked
 * down once (MergeIndex.downward) against ownerOf's search, values read once per distinct text or
 * figure (memoParse) against parseValue, choices matched once per distinct cell (memoChoice), a
 * cell compared with a header label letter by letter (isLabelKey) against labelKey, messages
 * filled from templates cut once (renderMessage) against say, runs of findings keyed only where a
 * neighbour could join them (collapseRuns) against keying every finding.
 */
import fc from 'fast-check';
import { MergeIndex, type CellValue, type MergedArea } from '../../core/grid';
import { FIELDS, memoParse, oneShape } from '../../core/values/memoParse';
import { parseValue } from '../../core/values/parseValue';
import { matchChoice, memoChoice } from '../../core/values/choice';
import { periodColumns, periodValueAt } from '../../core/rules/periodValues';
import { readMatrix } from '../../core/model/readMatrix';
import { isLabelKey, labelKey } from '../../core/layout/normalizeLabel';
import { CATALOGUE, FINDING_CODES, renderFixMessage, renderMessage, type FixableCode } from '../../core/findings/catalogue';
import { fill, say, type Bilingual, type TemplateParam } from '../../core/i18n';
import { collapseRuns, MIN_RUN, type RawRun } from '../../core/findings/collapseRuns';
import type { RawFinding } from '../../core/rules/rule';
import { GENERAL_H1, GENERAL_H2, G } from './helpers';

const area: fc.Arbitrary<MergedArea> = fc
  .record({ top: fc.integer({ min: 0, max: 40 }), left: fc.integer({ min: 0, max: 5 }), height: fc.integer({ min: 0, max: 8 }), width: fc.integer({ min: 0, max: 2 }) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

describe('MergeIndex.downward', () => {
  test('finds what ownerOf finds, row after row, for any merges (overlapping ones too)', () => {
    fc.assert(
      fc.property(fc.array(area, { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }), (merges, columns) => {
        const index = new MergeIndex(merges);
        const walk = index.downward();
        for (let row = 0; row < 50; row++) {
          for (const column of columns) {
            const owner = walk(row, column);
            const expected = index.ownerOf(row, column);
            expect(owner ? { row: owner.top, column: owner.left } : undefined).toEqual(expected);
          }
        }
      }),
    );
  });

  test('skips rows it is not asked about', () => {
    const index = new MergeIndex([{ top: 2, left: 0, bottom: 4, right: 0 }, { top: 6, left: 0, bottom: 9, right: 1 }]);
    const walk = index.downward();
    expect(walk(3, 0)).toMatchObject({ top: 2, left: 0 });
    expect(walk(8, 1)).toMatchObject({ top: 6, left: 0 });
    expect(walk(8, 0)).toMatchObject({ top: 6, left: 0 });
    expect(walk(10, 0)).toBeUndefined();
  });
});

describe('memoParse', () => {
  const cells: [CellValue | undefined, string | null | undefined][] = [
    ['100 %', undefined],
    ['100 %', undefined],
    ['WTP', null],
    ['3,7', undefined],
    ['', undefined],
    ['  ', undefined],
    ['Sudah', undefined],
    [0.5, '0%'],
    [0.5, '0.00%'],
    [0.5, 'General'],
    [0.5, '0" %"'],
    [0, '0%'],
    [-0, '0%'],
    [-0, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [true, undefined],
    [new Date(Date.UTC(2023, 5, 30)), undefined],
    [null, undefined],
    [undefined, undefined],
  ];

  test.each(['target', 'realisation'] as const)('reads every cell as parseValue does (%s)', (side) => {
    const read = memoParse(side);
    for (const [cell, format] of cells) {
      const got = read(cell, format);
      const want = parseValue(cell, format, side);
      expect(got).toEqual(want);
      if (typeof cell === 'number' && typeof want === 'object' && 'value' in want) expect(Object.is(got.kind === 'number' && got.value, want.value)).toBe(true);
    }
  });

  test('gives every value in one shape, with what parseValue gave and nothing else', () => {
    const texts = ['100 %', '3 dokumen', '3,7', 'WTP', 'wtp', 'Naskah final', 'B', '80-90%', '3,5 - 4', '>64', '≥ 80%', 'minimal 3', '57/CC', '>60/B', 'BB (70,5)', '60% (Cukup Sehat)', '√', 'x', 'Sudah', 'Belum', 'n/a', '-', 'lain', ''];
    const cells: [CellValue, string | undefined][] = [...texts.map((t): [CellValue, undefined] => [t, undefined]), [0.5, '0%'], [-0, undefined], [Number.NaN, undefined], [true, undefined], [new Date(Date.UTC(2023, 5, 30)), undefined], [null, undefined]];
    const shapes = new Set<string>();
    for (const side of ['target', 'realisation'] as const) {
      const read = memoParse(side);
      for (const [cell, format] of cells) {
        const want = parseValue(cell, format, side) as unknown as Record<string, unknown>;
        const got = read(cell, format) as unknown as Record<string, unknown>;
        // Every field parseValue gives is one oneShape copies: a new field must be added there too.
        for (const key of Object.keys(want)) {
          expect(['kind', ...FIELDS]).toContain(key);
          if (typeof want[key] === 'number') expect(Object.is(got[key], want[key])).toBe(true);
          else expect(got[key]).toEqual(want[key]);
        }
        for (const key of Object.keys(got)) if (!(key in want)) expect(got[key]).toBeUndefined();
        shapes.add(Object.keys(got).join());
      }
    }
    expect(shapes.size).toBe(1);
    expect(oneShape(parseValue('WTP'))).toEqual(parseValue('WTP'));
  });

  test('a repeated text or figure is read once: the same value, shared', () => {
    const read = memoParse();
    expect(read('100 %')).toBe(read('100 %'));
    expect(read(3, '0')).toBe(read(3, 'General'));
    expect(read(0.5, '0%')).not.toBe(read(0.5, 'General'));
  });
});

describe('memoChoice', () => {
  test('matches every cell as matchChoice does', () => {
    const choices = ['Rutin', 'Penguatan'];
    const read = memoChoice(choices);
    for (const cell of ['rutin', ' Rutin ', 'Penguatan', 'lain', '', null, undefined, 3, 'rutin']) expect(read(cell)).toEqual(matchChoice(cell, choices));
  });
});

describe('periodValueAt', () => {
  test('reads the targets, then the realisations, as periodColumns lists them', () => {
    const grid = {
      sheetName: 'RB',
      values: [GENERAL_H1, GENERAL_H2, ['Kegiatan', 'Indikator', '100%', 'Aksi', 'Dokumen', 'Output', 1, '2', null, 'WTP', null, 3, null, 'Biro', 'Unit', 'Rutin']] as CellValue[][],
    };
    const matrix = readMatrix(grid)!;
    const row = matrix.outputs[0];
    const columns = periodColumns(matrix);
    expect(columns.length).toBe(row.periods.length + row.realisations.length + row.progress.length);
    columns.forEach((p, i) => expect(periodValueAt(row, i)).toBe(i < row.periods.length ? row.periods[i] : row.realisations[i - row.periods.length]));
    expect(periodValueAt(row, columns.findIndex((p) => p.index === G.tw1))).toEqual(parseValue(1));
  });
});

describe('isLabelKey', () => {
  // Letters, digits, spaces, punctuation, tags, accents, the Kelvin sign and a dotted capital I (which lower-case to ASCII and more).
  const piece = fc.constantFrom('Satuan', 'SATUAN', 'sat', 'uan', 'Output', 'TW', '1', '2024', ' ', '  ', '\n', '/', '.', ':', '*', '(', ')', '<b>', '</b>', '<', '>', '\u00a0', '\u00b9', 'é', 'É', '\u212a', '\u0130', 'Ö', 'ß', '\u2020');
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

  test('says what labelKey(text) === key says, for any text and key', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const key of [labelKey(a), labelKey(b)]) expect(isLabelKey(a, key)).toBe(labelKey(a) === key);
      }),
      { numRuns: 2000 },
    );
  });

  test('asks keyOf only from the first character that is not plain ASCII', () => {
    const asked: string[] = [];
    const keyOf = (t: string) => (asked.push(t), labelKey(t));
    expect(isLabelKey('Output 96: dokumen', 'output', keyOf)).toBe(false);
    expect(isLabelKey('Unit / Satuan Kerja', 'unitsatuankerja', keyOf)).toBe(true);
    expect(asked).toEqual([]);
    expect(isLabelKey('<b>Satuan</b>', 'satuan', keyOf)).toBe(true);
    expect(isLabelKey('Satuan\u00b9', 'satuan', keyOf)).toBe(true);
    expect(asked).toEqual(['<b>Satuan</b>', 'Satuan\u00b9']);
  });
});

describe('renderMessage and renderFixMessage', () => {
  const param: fc.Arbitrary<TemplateParam | undefined> = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 6 }), fc.integer(), fc.record({ id: fc.string({ maxLength: 4 }), en: fc.string({ maxLength: 4 }) }), fc.constant('{x} $& $1'));
  const templates: { code: string; variant?: string; fix?: true; text: Bilingual }[] = FINDING_CODES.flatMap((code) => {
    const entry = CATALOGUE[code] as { messages: Record<string, Bilingual>; fix?: Bilingual };
    const messages = Object.entries(entry.messages).map(([variant, text]) => ({ code, variant, text }));
    return entry.fix ? [...messages, { code, fix: true as const, text: entry.fix }] : messages;
  });

  test('fill every template of the catalogue as say does, whichever params are given or missing', () => {
    for (const t of templates) {
      const names = [...new Set([...`${t.text.id} ${t.text.en}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
      fc.assert(
        fc.property(fc.array(param, { minLength: names.length, maxLength: names.length }), fc.constantFrom('id' as const, 'en' as const), (values, lang) => {
          const params: Record<string, TemplateParam> = {};
          names.forEach((name, i) => values[i] !== undefined && (params[name] = values[i]!));
          const got = t.fix ? renderFixMessage(t.code as FixableCode, lang, params) : renderMessage({ code: t.code as FixableCode, variant: t.variant }, lang, params);
          expect(got).toBe(say(t.text, lang, params));
        }),
        { numRuns: 20 },
      );
    }
  });
});

describe('fill', () => {
  /** The plain reading: every `{name}` replaced where it stands, a placeholder without a param kept. */
  const plainFill = (template: string, params: Record<string, TemplateParam>, lang: 'id' | 'en') =>
    template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? (typeof params[name] === 'object' ? (params[name] as Bilingual)[lang] : String(params[name])) : placeholder));
  const piece = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('{a}', '{b}', '{a_1}', '{', '}', '{}', '{{a}}', '{ a}', '$&', '$1'));
  const param: fc.Arbitrary<TemplateParam> = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.record({ id: fc.string({ maxLength: 3 }), en: fc.string({ maxLength: 3 }) }), fc.constant('{b} $& $1'));

  test('a template cut once fills as replacing each placeholder does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.dictionary(fc.constantFrom('a', 'b', 'a_1', 'c'), param), fc.constantFrom('id' as const, 'en' as const), (pieces, params, lang) => {
        const template = pieces.join('');
        expect(fill(template, params, lang)).toBe(plainFill(template, params, lang));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('collapseRuns', () => {
  /** The plain reading: every finding keyed by what makes it the same as another but for its row. */
  function plainRuns(findings: RawFinding[]): RawRun[] {
    const key = (f: RawFinding) => JSON.stringify([f.col, f.code, f.variant, f.columnKey, f.params, f.fix ? ['fix', f.fix.params] : null]);
    const runs: (RawRun & { members: RawFinding[] })[] = [];
    const open = new Map<string, RawRun & { members: RawFinding[] }>();
    for (const f of findings) {
      const k = !f.fix || f.fix.edits.every((e) => e.row === f.row) ? key(f) : undefined;
      const run = k === undefined ? undefined : open.get(k);
      if (run && run.lastRow === f.row - 1) {
        run.lastRow = f.row;
        run.count++;
        run.members.push(f);
        if (run.edits && f.fix) run.edits.push(...f.fix.edits);
        continue;
      }
      const started = { finding: f, lastRow: f.row, count: 1, members: [f], ...(f.fix ? { edits: f.fix.edits.slice() } : {}) };
      if (k !== undefined) open.set(k, started);
      runs.push(started);
    }
    const out = runs.flatMap(({ members, ...run }) => (run.count >= MIN_RUN ? [run] : members.map((m) => ({ finding: m, lastRow: m.row, count: 1 }))));
    return out.sort((a, b) => a.finding.row - b.finding.row || a.finding.col - b.finding.col);
  }

  const finding: fc.Arbitrary<RawFinding> = fc
    .record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 3 }), kind: fc.integer({ min: 0, max: 3 }), value: fc.constantFrom('a', 'b'), other: fc.integer({ min: -1, max: 1 }) })
    .map(({ row, col, kind, value, other }): RawFinding => {
      if (kind === 0) return { code: 'blank-row', row, col, columnKey: '' };
      if (kind === 1) return { code: 'missing-value', row, col, columnKey: 'koordinator', params: { column: { id: value, en: value } } };
      const edits = [{ row: row + (kind === 3 ? other : 0), col, value }];
      return { code: 'non-canonical-value', row, col, columnKey: 'satuan', params: { value, canonical: value }, fix: { params: { canonical: value }, edits } };
    });

  test('gives what keying every finding gives, for any findings sorted by row then column', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
        const sorted = findings.sort((a, b) => a.row - b.row || a.col - b.col);
        expect(collapseRuns(sorted)).toEqual(plainRuns(sorted));
      }),
      { numRuns: 3000 },
    );
  });
});
