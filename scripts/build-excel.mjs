// Builds the Excel add-in into dist/excel (see excel-addin/README.md):
//   functions.json  custom-function metadata generated from the JSDoc of core/functions/*.ts
//   functions.js    the RB.* functions, associated with their ids (one minified browser IIFE)
//   taskpane.js     the task pane: the shared panel over the Excel bridge
//   taskpane.html, help.html, privacy.html, terms.html, assets/, manifest.xml
// functions.json is the generated metadata finished by hand where the generator cannot
// (allowErrorForDataTypeAny, allowCustomDataForDataTypeAny: see step 1).
// The build fails when the metadata has errors or a description is missing, when an id of the
// metadata is not associated by functions.js (checked by running it against a recording
// CustomFunctions), or when functions.js is 200 KB or more.
//
// Environment:
//   RBM_ADDIN_URL=https://rb.example.go.id/excel   where the add-in is served (default https://localhost:3000);
//                                                  written into dist/excel/manifest.xml
//   RBM_LOCAL_OFFICE_JS=1 | /path/to/office-js/dist  serve Office.js with the add-in instead of Microsoft's CDN
//                                                  (1: node_modules/@microsoft/office-js/dist)
//   RBM_EXCEL_OUT=folder                           build there instead of dist/excel
import { build } from 'esbuild';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const OUT = process.env.RBM_EXCEL_OUT ?? 'dist/excel';
const DEV_ORIGIN = 'https://localhost:3000';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FUNCTIONS_LIMIT = 200 * 1024;

function fail(message) {
  console.error(`build-excel: ${message}`);
  process.exit(1);
}

const origin = (process.env.RBM_ADDIN_URL ?? DEV_ORIGIN).replace(/\/+$/, '');
if (!/^https:\/\/[^\s"'<>]+$/.test(origin)) fail(`RBM_ADDIN_URL must be an https:// address, not “${origin}”`);

// A fresh output folder; one that holds anything but an earlier build is never emptied.
if (existsSync(OUT) && readdirSync(OUT).length > 0 && !existsSync(path.join(OUT, 'functions.json'))) fail(`${OUT} exists and is not an earlier build; choose another RBM_EXCEL_OUT`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// 1. Metadata from the JSDoc. The library's CLI exits 0 even on errors, so its API is used and `errors` checked.
const sources = readdirSync('core/functions')
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((f) => path.join('core/functions', f));
const generated = await generateCustomFunctionsMetadata(sources);
if (generated.errors.length > 0) fail(`custom-functions metadata errors:\n  ${generated.errors.join('\n  ')}`);
if (!generated.metadataJson) fail('no @customfunction found in core/functions');
const metadata = JSON.parse(generated.metadataJson);
// Two top-level settings the generator cannot write ("can only be used with manually created JSON
// metadata"), so the generated file is finished here (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#metadata-reference):
// - allowErrorForDataTypeAny: a range holding one #DIV/0! or #N/A still reaches RB.VALIDASI or
//   RB.CAPAIAN (the error becomes that row's problem) instead of Excel skipping the call.
// - allowCustomDataForDataTypeAny off (the generator sets it on): a linked data type (Stocks,
//   Geography) then arrives as its basic value, its text, not as an object, and the add-in needs no
//   CustomFunctionsRuntime 1.4.
metadata.allowErrorForDataTypeAny = true;
metadata.allowCustomDataForDataTypeAny = false;
for (const fn of metadata.functions) {
  if (!fn.description) fail(`${fn.id}: no description (the JSDoc's first line)`);
  for (const p of fn.parameters) if (!p.description) fail(`${fn.id}: parameter ${p.name} has no description (@param)`);
}
writeFileSync(path.join(OUT, 'functions.json'), JSON.stringify(metadata, null, 2));

// 2. Bundles: browser IIFEs, minified. Both load in the one shared-runtime page.
const common = { bundle: true, minify: true, format: 'iife', platform: 'browser', target: 'es2020', legalComments: 'none', logLevel: 'warning', sourcemap: false };
await build({ ...common, entryPoints: ['excel-addin/functions.ts'], outfile: path.join(OUT, 'functions.js') });
await build({ ...common, entryPoints: ['excel-addin/taskpane.ts'], outfile: path.join(OUT, 'taskpane.js') });

// 3. Every id of the metadata is associated by the bundle, and nothing else is.
const associated = [];
vm.runInNewContext(readFileSync(path.join(OUT, 'functions.js'), 'utf8'), {
  CustomFunctions: { associate: (id, fn) => associated.push([id, typeof fn]) },
  console,
});
const ids = metadata.functions.map((f) => f.id);
const missing = ids.filter((id) => !associated.some(([a, t]) => a === id && t === 'function'));
const extra = associated.map(([a]) => a).filter((a) => !ids.includes(a));
if (missing.length) fail(`functions.js does not associate: ${missing.join(', ')}`);
if (extra.length) fail(`functions.js associates ids that functions.json lacks: ${extra.join(', ')}`);

// 4. Pages, icons, manifest (pointed at RBM_ADDIN_URL), and Office.js when it is served locally.
let html = readFileSync('excel-addin/taskpane.html', 'utf8');
if (!html.includes(CDN_OFFICE_JS)) fail(`taskpane.html must load Office.js from ${CDN_OFFICE_JS}`);
if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/.test(html)) fail('taskpane.html must keep its Content-Security-Policy (scripts: its own and Office.js from the CDN)');
if (/<script>|<script [^>]*>[^<]/.test(html)) fail('taskpane.html must hold no inline script: its Content-Security-Policy blocks them');
const local = process.env.RBM_LOCAL_OFFICE_JS;
if (local) {
  const from = local === '1' ? 'node_modules/@microsoft/office-js/dist' : local;
  if (!existsSync(path.join(from, 'office.js'))) {
    fail(`RBM_LOCAL_OFFICE_JS: no office.js in ${from} (npm install --no-save @microsoft/office-js, or give the folder that holds office.js)`);
  }
  // office.js loads its host files (excel-web-16.00.js …) from its own folder: the whole folder is copied, without the debug builds.
  cpSync(from, path.join(OUT, 'office-js'), { recursive: true, filter: (f) => !f.endsWith('.debug.js') });
  html = html.replace(CDN_OFFICE_JS, 'office-js/office.js');
}
writeFileSync(path.join(OUT, 'taskpane.html'), html);
// The help, privacy and terms pages, served beside the pane: the manifest's SupportUrl and the store
// listings' privacy and terms addresses (docs/publishing.md).
for (const page of ['help.html', 'privacy.html', 'terms.html']) cpSync(path.join('excel-addin', page), path.join(OUT, page));
cpSync('assets', path.join(OUT, 'assets'), { recursive: true });
writeFileSync(path.join(OUT, 'manifest.xml'), readFileSync('manifest.xml', 'utf8').replaceAll(DEV_ORIGIN, origin));

// 5. Sizes.
const kb = (f) => statSync(path.join(OUT, f)).size / 1024;
for (const f of ['functions.js', 'taskpane.js', 'functions.json']) console.error(`${path.join(OUT, f).padEnd(26)} ${kb(f).toFixed(1).padStart(7)} KB`);
console.error(`Excel add-in: ${ids.length} functions (${ids.join(', ')}), served from ${origin}${local ? ', Office.js local' : ''}`);
if (kb('functions.js') >= FUNCTIONS_LIMIT / 1024) fail(`functions.js is ${kb('functions.js').toFixed(1)} KB; the limit is 200 KB`);
