/**
 * scripts/build-excel.mjs's options, built into a temporary folder (dist/excel is left to the other
 * tests): RBM_ADDIN_URL rewrites every address of the manifest, RBM_LOCAL_OFFICE_JS serves a local
 * Office.js folder (without its debug builds) in place of the CDN, and a non-https address fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-excel-build-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function buildWith(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/build-excel.mjs'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
}

test('a deployment address and a local Office.js', () => {
  const office = path.join(dir, 'office-js');
  mkdirSync(office);
  for (const f of ['office.js', 'excel-web-16.00.js', 'excel-web-16.00.debug.js']) writeFileSync(path.join(office, f), `/* ${f} */`);
  const out = path.join(dir, 'out');
  const run = buildWith({ RBM_EXCEL_OUT: out, RBM_ADDIN_URL: 'https://rb.example.go.id/excel/', RBM_LOCAL_OFFICE_JS: office });
  // Build messages go to stderr: stdout stays free for what a command prints (issue 14, point 10).
  expect(run.stdout).toBe('');
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(/functions\.js\s+\d+\.\d KB/);
  expect(run.stderr).toContain('served from https://rb.example.go.id/excel, Office.js local');
  const manifest = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  expect(manifest).not.toContain('localhost');
  expect(manifest).toContain('<SourceLocation DefaultValue="https://rb.example.go.id/excel/taskpane.html"/>');
  expect(manifest).toContain('DefaultValue="https://rb.example.go.id/excel/functions.json"');
  const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  expect(html).toContain('<script src="office-js/office.js"></script>');
  expect(html).not.toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  expect(existsSync(path.join(out, 'office-js/excel-web-16.00.js'))).toBe(true);
  expect(existsSync(path.join(out, 'office-js/excel-web-16.00.debug.js'))).toBe(false);
});

test('an address that is not https, or a local Office.js folder without office.js, fails the build', () => {
  const http = buildWith({ RBM_EXCEL_OUT: path.join(dir, 'http'), RBM_ADDIN_URL: 'http://rb.example.go.id' });
  expect(http.status).toBe(1);
  expect(http.stderr).toContain('RBM_ADDIN_URL must be an https:// address');
  const missing = buildWith({ RBM_EXCEL_OUT: path.join(dir, 'missing'), RBM_LOCAL_OFFICE_JS: path.join(dir, 'nowhere') });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('RBM_LOCAL_OFFICE_JS: no office.js in');
});
