/** The documentation is generated from the catalogue and the layouts; it must be current. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findingsDoc, layoutsDoc, scalesDoc } from '../scripts/docs';
import { REFERENCE_SCALES } from '../core/scales/reference';
import { FINDING_CODES } from '../core/findings/catalogue';

const root = path.resolve(__dirname, '..');

test('docs/findings.md, docs/layouts.md and docs/scales.md are up to date (run `npm run docs`)', () => {
  expect(readFileSync(path.join(root, 'docs/findings.md'), 'utf8')).toBe(findingsDoc());
  expect(readFileSync(path.join(root, 'docs/layouts.md'), 'utf8')).toBe(layoutsDoc());
  expect(readFileSync(path.join(root, 'docs/scales.md'), 'utf8')).toBe(scalesDoc());
});

test('the README lists every reference scale', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const scale of REFERENCE_SCALES) expect(readme).toContain(`| \`${scale.id}\` |`);
});

test('the README names every finding code', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const code of FINDING_CODES) expect(readme).toContain(`\`${code}\``);
});
