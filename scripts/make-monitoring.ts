/**
 * Builds the monitoring fixtures (issue 13): evaluation sheets with one block per quarter and
 * cumulative targets, a flat sheet whose rows declare their aggregation, a road map with years as
 * periods — each as `.xlsx` (merged as planners merge) and `.csv` (semicolons, decimal commas), from
 * the specs in scripts/monitoringSpecs.ts, into tests/fixtures/monitoring/. The expected status and
 * capaian of every row in every quarter are derived by hand in tests/monitoring/monitoring.test.ts.
 * Run with `npm run fixtures:monitoring`.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { build, writeCsv, writeXlsx } from './dialectWorkbook';
import { MONITORING } from './monitoringSpecs';

const OUT = path.join(path.resolve(__dirname, '..'), 'tests/fixtures/monitoring');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const spec of MONITORING) {
    const sheet = build(spec, false);
    await writeXlsx(spec, sheet, path.join(OUT, `${spec.name}.xlsx`));
    writeCsv(spec, sheet, path.join(OUT, `${spec.name}.csv`));
  }
  console.log(`${MONITORING.length} monitoring fixtures written to tests/fixtures/monitoring/`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
