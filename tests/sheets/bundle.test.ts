/**
 * The built add-on as clasp pushes it (sheets-addon/dist): exactly three files, the manifest's
 * settings, a server script under 250 KB whose top-level declarations are exactly the functions we
 * mean to expose (plus the one namespace variable), custom functions whose JSDoc Sheets can read, and
 * a sidebar HTML file with everything inlined.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import * as vm from 'node:vm';
import { CODE_JS, DIST, ensureBuilt, ROOT, SIDEBAR_HTML } from './loadAddon';

const CUSTOM = ['RB_CAPAIAN', 'RB_CAPAIAN_PERIODE', 'RB_STATUS', 'RB_PREDIKAT', 'RB_NILAI', 'RB_NILAI_CAPAIAN', 'RB_TW', 'RB_AKHIR_TW', 'RB_VALIDASI'];
const TRIGGERS = ['onOpen', 'onInstall', 'onEdit'];
const MENU = ['rbMenuValidate', 'rbMenuFix', 'rbMenuSummary', 'rbMenuPrepare', 'rbMenuNewMatrix', 'rbMenuShare', 'rbMenuCollect', 'rbMenuOpenPanel'];
const SIDEBAR = ['rbLanguage', 'rbValidate', 'rbClearHighlights', 'rbPreviewFixes', 'rbApplyFixes', 'rbSummarise', 'rbWritePrepared', 'rbSelectCell', 'rbInspectColumns', 'rbPreviewColumns', 'rbSaveColumns', 'rbSheetNames', 'rbWriteNewSheet', 'rbSetLiveCheck', 'rbTieredRead', 'rbTieredReadSheet', 'rbTieredWriteSheets', 'rbTieredWriteCollection'];
const INTENDED_FUNCTIONS = [...CUSTOM, ...TRIGGERS, ...MENU, ...SIDEBAR].sort();

let code: string;
let source: ts.SourceFile;

beforeAll(() => {
  ensureBuilt();
  code = readFileSync(CODE_JS, 'utf8');
  source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
});

/** The JSDoc text right before a top-level function. */
function jsdocOf(name: string): string {
  const fn = source.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name);
  if (!fn) throw new Error(`no function ${name}`);
  const docs = ts.getJSDocCommentsAndTags(fn).filter(ts.isJSDoc);
  return docs.map((d) => d.getText()).join('\n');
}

test('the build output is exactly what clasp pushes: the manifest, one script, one HTML file', () => {
  expect(readdirSync(DIST).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
  expect(manifest).toEqual({
    timeZone: 'Asia/Jakarta',
    runtimeVersion: 'V8',
    exceptionLogging: 'STACKDRIVER',
    oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
  });
});

test('the server script stays under 250 KB', () => {
  const bytes = Buffer.byteLength(code);
  console.log(`Code.js: ${(bytes / 1000).toFixed(1)} KB`);
  expect(bytes).toBeLessThan(250 * 1000);
});

test('every top-level declaration of Code.js is one we mean to expose', () => {
  const functions: string[] = [];
  const variables: string[] = [];
  const other: string[] = [];
  for (const s of source.statements) {
    // esbuild keeps TypeScript's strict mode as a "use strict" prologue: a directive, not a declaration.
    if (s === source.statements[0] && ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === 'use strict') continue;
    if (ts.isFunctionDeclaration(s)) functions.push(s.name!.text);
    else if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) variables.push(d.name.getText());
    else if (ts.isClassDeclaration(s)) other.push(`class ${s.name?.text}`);
    else other.push(ts.SyntaxKind[s.kind]);
  }
  expect(functions.sort()).toEqual(INTENDED_FUNCTIONS);
  expect(variables).toEqual(['RBMatrix']);
  expect(other).toEqual([]);
});

test('loading Code.js adds no other global (nothing assigned to the global object from inside the bundle)', () => {
  const context = vm.createContext({});
  const before = new Set(Object.getOwnPropertyNames(context));
  vm.runInContext(code, context);
  const added = Object.getOwnPropertyNames(context).filter((k) => !before.has(k));
  expect(added.sort()).toEqual([...INTENDED_FUNCTIONS, 'RBMatrix'].sort());
});

test.each(CUSTOM)('%s has JSDoc Sheets shows in autocomplete: a description, typed @param per argument, @customfunction', (name) => {
  const doc = jsdocOf(name);
  expect(doc).toMatch(/@customfunction\s*\n/);
  expect(doc).not.toMatch(/@customfunction\s+\w/); // no Excel id after the tag
  const fn = source.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name)!;
  const params = fn.parameters.map((p) => p.name.getText());
  expect(params.length).toBeGreaterThan(0);
  for (const p of params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} \\S`));
  const description = doc.split('\n')[1].replace(/^\s*\*\s?/, '');
  expect(description.length).toBeGreaterThan(20);
  expect(doc).toMatch(/@return \{[^}]+\} \S/);
});

test('the JSDoc comes from core/functions (Indonesian, as written there)', () => {
  expect(jsdocOf('RB_CAPAIAN')).toContain('Menghitung capaian (realisasi dibanding target) sebagai pecahan');
  expect(jsdocOf('RB_TW')).toContain('Menentukan triwulan (1–4) sebuah tanggal.');
  expect(jsdocOf('RB_CAPAIAN')).toContain('@param {number|string|Array<Array<number|string>>} target Target: angka (4)');
});

test('only the RB_ functions are custom functions; every wrapper calls into the namespace', () => {
  for (const name of [...TRIGGERS, ...MENU, ...SIDEBAR]) expect(jsdocOf(name)).not.toContain('@customfunction');
  for (const name of INTENDED_FUNCTIONS) expect(code).toContain(`function ${name}(`);
  const wrappers = code.match(/return RBMatrix\.(\w+)\.apply\(this, arguments\);/g) ?? [];
  expect(wrappers.length).toBe(INTENDED_FUNCTIONS.length);
  // google.script.run cannot call a function whose name ends with an underscore.
  for (const name of SIDEBAR) expect(name.endsWith('_')).toBe(false);
});

test('the sidebar is one HTML file: the panel bundle inlined, no external script or style', () => {
  const html = readFileSync(SIDEBAR_HTML, 'utf8');
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatch(/^<script nonce="[A-Za-z0-9+/=]+">$/); // its Content-Security-Policy allows it by nonce and hash
  expect(html.match(/<\/script/gi)).toHaveLength(1); // the bundle cannot close its own element
  expect(html).not.toMatch(/<link\b|\bsrc\s*=\s*["']?https?:/i);
  expect(html).toContain('<div id="app"></div>');
  expect(html).toContain('rbValidate'); // the bridge names the server functions
  expect(html).toContain('<base target="_top">');
});

test('clasp (npm run push:sheets) would push exactly these three files', () => {
  // The project file push:sheets writes (scripts/push-sheets.mjs), under a name of this test's own.
  const project = `.clasp-bundle-test-${process.pid}.json`;
  execFileSync(process.execPath, ['scripts/push-sheets.mjs', '--script-id', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'], { cwd: ROOT, env: { ...process.env, RBM_CLASP_DRY_RUN: '1', RBM_CLASP_PROJECT: project } });
  const file = path.join(ROOT, 'sheets-addon', project);
  const clasp = JSON.parse(readFileSync(file, 'utf8'));
  expect(path.resolve(ROOT, 'sheets-addon', clasp.rootDir)).toBe(DIST);
  // `clasp status` lists what `clasp push` sends; it reads local files only and needs no login.
  let out: string;
  try {
    out = execFileSync(path.join(ROOT, 'node_modules/.bin/clasp'), ['status', '--json', '--project', file], { cwd: ROOT, encoding: 'utf8', timeout: 30000 });
  } finally {
    rmSync(file, { force: true });
  }
  const status = JSON.parse(out.slice(out.indexOf('{')));
  expect(status.filesToPush.map((f: string) => path.resolve(ROOT, f)).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json'].map((f) => path.join(DIST, f)).sort());
});
