/** The documentation is generated from the catalogue and the layouts; it must be current. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findingsDoc, layoutsDoc, scalesDoc } from '../scripts/docs';
import { REFERENCE_SCALES } from '../core/scales/reference';
import { FINDING_CODES } from '../core/findings/catalogue';
import { MEMORY_KEY } from '../excel-addin/excelBridge';
import { STORE_SIZES } from './browser/storeScreenshot';

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

describe('docs/publishing.md and the store pages', () => {
  const publishing = readFileSync(path.join(root, 'docs/publishing.md'), 'utf8');
  const appsscript = JSON.parse(readFileSync(path.join(root, 'sheets-addon/appsscript.json'), 'utf8')) as { oauthScopes: string[] };

  test('every file of the repository it names exists', () => {
    const named = [...publishing.matchAll(/`((?:assets|excel-addin|sheets-addon|samples|scripts|docs)\/[^`\s]+)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(8);
    for (const file of named) expect([file, existsSync(path.join(root, file))]).toEqual([file, true]);
  });

  test('it names the screenshots the browser tests make, at the stores’ sizes', () => {
    const tests = readFileSync(path.join(root, 'tests/browser/excel.test.ts'), 'utf8') + readFileSync(path.join(root, 'tests/browser/sheets.test.ts'), 'utf8');
    for (const [name, size] of [['excel-1366x768', STORE_SIZES.microsoft], ['sheets-1280x800', STORE_SIZES.google]] as const) {
      expect(publishing).toContain(`artifacts/store/${name}.png`);
      expect(tests).toContain(`'${name}'`);
      expect(name.endsWith(`${size.width}x${size.height}`)).toBe(true);
    }
  });

  test('the scopes it lists are exactly the manifest’s, and the privacy page names them', () => {
    const listed = [...new Set(publishing.match(/https:\/\/www\.googleapis\.com\/auth\/[a-z.]+/g))].sort();
    expect(listed).toEqual([...appsscript.oauthScopes].sort());
    const privacy = readFileSync(path.join(root, 'excel-addin/privacy.html'), 'utf8');
    for (const scope of appsscript.oauthScopes) expect(privacy).toContain(scope.replace('https://www.googleapis.com/auth/', ''));
    expect(privacy).toContain(MEMORY_KEY);
  });

  test('the store icons have the sizes the listings ask for', () => {
    for (const size of [32, 128, 300]) {
      const png = readFileSync(path.join(root, `assets/icon-${size}.png`));
      expect([size, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size, size]);
    }
  });

  test('help.html links the privacy policy and the terms; none of the pages loads anything from elsewhere', () => {
    const help = readFileSync(path.join(root, 'excel-addin/help.html'), 'utf8');
    expect(help).toContain('href="privacy.html"');
    expect(help).toContain('href="terms.html"');
    for (const page of ['help.html', 'privacy.html', 'terms.html']) {
      const html = readFileSync(path.join(root, 'excel-addin', page), 'utf8');
      expect([page, /<(script|img|link|iframe)\b/i.test(html)]).toEqual([page, false]);
    }
  });
});
