/**
 * Builds the dialect fixtures (issue 12): matrices as other institutions keep them — ministries,
 * agencies, provinces, regencies and cities; action plans, indicator tables and road-map schedules —
 * each in two copies and two formats:
 * - `<name>.xlsx` / `<name>.csv`: the faithful copy, with its planted defects (and page-break
 *   artefacts where the spec has them);
 * - `<name>-clean.xlsx` / `<name>-clean.csv`: the same matrix without them, which must give no error
 *   and no warning (only the infos the spec names).
 * The .xlsx holds what a planner's workbook holds: a title block merged across, header parents merged
 * over their children, labels merged down over the rows below them (spacers included), group cells
 * merged down over their rows, numbers as numbers and `25%` as 0.25 formatted `0%`. The CSV is what an
 * Indonesian Excel exports: semicolons, decimal commas, no merges (blank cells instead).
 *
 * `tests/fixtures/dialects/expected.json` is written from the specs (scripts/dialectSpecs.ts): the
 * findings each spec declares, cell by cell, and the counts it declares. Nothing in it comes from the
 * validator. Run with `npm run fixtures:dialects`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { build, writeCsv, writeXlsx } from './dialectWorkbook';
import { DIALECTS } from './dialectSpecs';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/dialects');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const expected: Record<string, unknown> = {};
  for (const spec of DIALECTS) {
    const faithful = build(spec, true);
    const clean = build(spec, false);
    await writeXlsx(spec, faithful, path.join(OUT, `${spec.name}.xlsx`));
    await writeXlsx(spec, clean, path.join(OUT, `${spec.name}-clean.xlsx`));
    writeCsv(spec, faithful, path.join(OUT, `${spec.name}.csv`));
    writeCsv(spec, clean, path.join(OUT, `${spec.name}-clean.csv`));
    expected[spec.name] = {
      institution: spec.institution,
      sheet: spec.sheet,
      kind: spec.kind,
      headerRows: [faithful.headerFirst + 1, faithful.headerLast + 1],
      columns: spec.columns,
      counts: spec.counts,
      findings: faithful.expected,
      cleanFindings: clean.expected,
      ...(spec.summary ? { summary: spec.summary } : {}),
    };
  }
  writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
  console.log(`${DIALECTS.length} dialect fixtures written to tests/fixtures/dialects/`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
