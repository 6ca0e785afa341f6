// Builds the Google Sheets add-on into sheets-addon/dist/, exactly what clasp pushes:
//   appsscript.json  the manifest (copied)
//   Code.js          core + the adapter as one IIFE namespace, `var RBMatrix = (() => {…})()`, followed by
//                    generated top-level wrappers `function NAME(…) { return RBMatrix.NAME.apply(this, arguments); }`
//                    with their JSDoc (Apps Script only sees top-level functions; custom functions need
//                    `@customfunction` in their JSDoc to show in autocomplete)
//   Sidebar.html     the panel (sheets-addon/client/sidebar.ts) inlined: no external script
// The output sits inside sheets-addon/ because clasp 3 refuses a rootDir outside the folder of its .clasp.json.
// Fails when Code.js reaches 250 KB or when the namespace and the wrappers disagree.
import { analyzeMetafile, build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADDON = path.join(ROOT, 'sheets-addon');
const OUT = path.join(ADDON, 'dist');
const NAMESPACE = 'RBMatrix';
const MAX_BYTES = 250 * 1000;
const TARGET = 'es2020'; // Apps Script's V8 runtime; the sidebar runs in current browsers

// ---------------------------------------------------------------------------------------------
// JSDoc of the exposed functions

/** `/** … *\/ export function NAME(params)` blocks of a TypeScript file. */
function documentedFunctions(file) {
  const source = readFileSync(file, 'utf8');
  const out = [];
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)\s*\(([^)]*)\)/g)) {
    const lines = m[1].split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trimEnd());
    const description = [];
    const tags = [];
    for (const line of lines) {
      if (line.startsWith('@')) tags.push(line);
      else if (tags.length) tags[tags.length - 1] += line.trim() ? ` ${line.trim()}` : '';
      else description.push(line);
    }
    const params = m[3]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({ name: p.split(/[?:=\s]/)[0], optional: /^\w+\s*\?/.test(p) || p.includes('=') }));
    out.push({ name: m[2], description: description.join('\n').trim(), tags, params });
  }
  return out;
}

/** Types shown by Sheets for the custom functions' arguments: a scalar or a range (2-D array). */
const CELL = 'number|string';
const PARAM_TYPES = {
  target: `${CELL}|Array<Array<${CELL}>>`,
  realisasi: `${CELL}|Array<Array<${CELL}>>`,
  polaritas: 'string|Array<Array<string>>',
  targets: `Array<Array<${CELL}>>`,
  sampai_tw: `${CELL}|Array<Array<${CELL}>>`,
  agregasi: 'string|Array<Array<string>>',
  jatuh_tempo: `Date|${CELL}|Array<Array<Date|${CELL}>>`,
  nilai: `${CELL}|Array<Array<${CELL}>>`,
  skala: `string|Array<Array<${CELL}>>`,
  teks: `${CELL}|Array<Array<${CELL}>>`,
  tanggal: `Date|${CELL}|Array<Array<Date|${CELL}>>`,
  tahun: `${CELL}|Array<Array<${CELL}>>`,
  tw: `${CELL}|Array<Array<${CELL}>>`,
  rentang: 'Array<Array<*>>',
  sel_awal: 'string',
  capaian: `${CELL}|Array<Array<${CELL}>>`,
  target_maksimal: `boolean|string|Array<Array<boolean|string>>`,
};

function jsdoc(lines) {
  return ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n');
}

/** The custom functions of core/functions, as `RB_NAME` with their Indonesian JSDoc. */
function customFunctionWrappers() {
  const dir = path.join(ROOT, 'core/functions');
  const found = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    for (const fn of documentedFunctions(path.join(dir, file))) {
      if (!fn.tags.some((t) => t.startsWith('@customfunction'))) continue;
      const lines = [...fn.description.split('\n'), ''];
      for (const p of fn.params) {
        const tag = fn.tags.find((t) => t.startsWith(`@param ${p.name} `) || t === `@param ${p.name}`);
        if (!tag) throw new Error(`core/functions/${file}: ${fn.name} has no @param for ${p.name}`);
        const type = PARAM_TYPES[p.name];
        if (!type) throw new Error(`scripts/build-sheets.mjs: no Sheets type for parameter ${p.name} of ${fn.name}; add it to PARAM_TYPES`);
        lines.push(`@param {${type}} ${p.name} ${tag.slice(`@param ${p.name}`.length).trim()}`);
      }
      const returns = fn.tags.find((t) => /^@returns?\b/.test(t));
      lines.push(`@return {Array<Array<${CELL}>>} ${returns ? returns.replace(/^@returns?\s*/, '') : ''}`.trimEnd());
      // Excel's id after the tag (TW's TRIWULAN) is Excel's concern; Sheets names the function RB_<name>.
      lines.push('@customfunction');
      found.push({ name: `RB_${fn.name}`, params: fn.params.map((p) => p.name), doc: jsdoc(lines), custom: true });
    }
  }
  return found;
}

/** The other exports of the server entry (triggers, menu items, sidebar calls), with the JSDoc written there. */
function serverWrappers() {
  return documentedFunctions(path.join(ADDON, 'server/main.ts')).map((fn) => ({
    name: fn.name,
    params: fn.params.map((p) => p.name),
    doc: jsdoc([...fn.description.split('\n'), ...(fn.tags.length ? ['', ...fn.tags] : [])]),
    custom: false,
  }));
}

function wrapperSource(w) {
  return `${w.doc}\nfunction ${w.name}(${w.params.join(', ')}) {\n  return ${NAMESPACE}.${w.name}.apply(this, arguments);\n}\n`;
}

// ---------------------------------------------------------------------------------------------
// Build

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const server = await build({
  entryPoints: [path.join(ADDON, 'server/main.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: NAMESPACE,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: TARGET,
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  // zod writes its settings to globalThis; inside the bundle that is a private object (bundleGlobal.ts).
  define: { globalThis: 'bundleGlobal' },
  inject: [path.join(ADDON, 'server/bundleGlobal.ts')],
  logLevel: 'warning',
  metafile: true,
});
if (process.env.RBM_BUILD_VERBOSE) console.error(await analyzeMetafile(server.metafile));
const bundle = server.outputFiles[0].text;

const wrappers = [...customFunctionWrappers(), ...serverWrappers()];
const names = wrappers.map((w) => w.name);
if (new Set(names).size !== names.length) throw new Error(`duplicate wrapper names: ${names.join(', ')}`);

// The namespace must hold exactly the wrapped functions: a missing one would break a menu item or a
// formula, an extra one would be unreachable. Evaluating it also proves the bundle loads on its own.
const exposed = vm.runInNewContext(`${bundle}\n;Object.keys(${NAMESPACE}).filter(function (k) { return typeof ${NAMESPACE}[k] === 'function'; })`, { console });
const missing = names.filter((n) => !exposed.includes(n));
const extra = exposed.filter((n) => !names.includes(n));
if (missing.length || extra.length) {
  throw new Error(`namespace and wrappers disagree: missing in ${NAMESPACE}: [${missing.join(', ')}]; without a wrapper: [${extra.join(', ')}]`);
}

const header = `// RB Matrix for Google Sheets (generated by scripts/build-sheets.mjs; edit sheets-addon/ and core/, not this file).\n`;
const code = `${header}${bundle.trim()}\n\n${wrappers.map(wrapperSource).join('\n')}`;
writeFileSync(path.join(OUT, 'Code.js'), code);

const client = await build({
  entryPoints: [path.join(ADDON, 'client/sidebar.ts')],
  bundle: true,
  write: false,
  outdir: OUT,
  format: 'iife',
  platform: 'browser',
  target: TARGET,
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
const js = client.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.text).join('\n');
const css = client.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.text).join('\n');
// Inside an inline <script>, `</script` would end the element and `<!--` would change how it is parsed.
const inlineScript = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const inlineStyle = css.replace(/<\/(style)/gi, '<\\/$1');
// The sidebar's Content-Security-Policy (issue 15, point 16). Apps Script serves Sidebar.html inside
// its sandbox iframe with its own loader first (google.script.run); a policy in a <meta> governs what
// comes after it (w3.org/TR/CSP3/#meta-element), so it allows our one inline script, by its hash (the
// script exactly as Apps Script serves it: the file's text) and by a nonce written beside it (should
// the served text differ in a byte), plus scripts, styles and requests from Google's own hosts; no
// other inline script or event handler (an injected <img onerror>) runs. Inline styles are allowed:
// the panel adds its style sheet.
const scriptHash = createHash('sha256').update(inlineScript, 'utf8').digest('base64');
const nonce = createHash('sha256').update(`nonce:${scriptHash}`).digest('base64').slice(0, 22); // fixed by the script: the same build, the same file
const GOOGLE = 'https://*.googleusercontent.com https://ssl.gstatic.com https://www.gstatic.com';
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${scriptHash}' 'nonce-${nonce}' ${GOOGLE}`,
  `style-src 'unsafe-inline' ${GOOGLE}`,
  `img-src 'self' data: ${GOOGLE}`,
  'font-src https://fonts.gstatic.com',
  `connect-src 'self' https://*.googleusercontent.com https://script.google.com`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const html = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<base target="_top">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>RB Matrix</title>
${inlineStyle ? `<style>${inlineStyle}</style>\n` : ''}</head>
<body>
<div id="app"></div>
<script nonce="${nonce}">${inlineScript}</script>
</body>
</html>
`;
writeFileSync(path.join(OUT, 'Sidebar.html'), html);
copyFileSync(path.join(ADDON, 'appsscript.json'), path.join(OUT, 'appsscript.json'));

const size = Buffer.byteLength(code);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.error(
  `sheets-addon/dist: Code.js ${kb(size)} (limit ${kb(MAX_BYTES)}; ${wrappers.filter((w) => w.custom).length} custom functions, ${wrappers.filter((w) => !w.custom).length} other functions), Sidebar.html ${kb(Buffer.byteLength(html))}`,
);
if (size >= MAX_BYTES) {
  console.error(`Code.js is ${kb(size)}: the server script must stay under ${kb(MAX_BYTES)} minified.`);
  process.exit(1);
}
