#!/usr/bin/env node
'use strict';
// dist/rbm.cjs: starts the bundled command line (dist/rbm-cli.cjs) from V8's code cache, made by
// `npm run build` (scripts/build.mjs) from a validation of the bundled sample. Compiling the bundle
// and the functions a run calls otherwise costs every run 20–25 ms, a tenth of checking 10,000
// outputs. A missing cache, or one V8 rejects (another Node version, other V8 flags), only means
// compiling as usual: V8 checks its version and flags itself
// (https://nodejs.org/docs/latest-v20.x/api/vm.html#new-vmscriptcode-options), and the build names
// the cache after the bundle's own hash, since V8 checks little more of the source than its length.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const BUNDLE = path.join(__dirname, 'rbm-cli.cjs');
const CACHE = path.join(__dirname, 'rbm-cli.BUNDLE_HASH.cache');

function loadBundle() {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(CACHE);
  } catch {
    cachedData = undefined; // not built yet, or removed: compile as usual
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.paths = Module._nodeModulePaths(__dirname);
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, __dirname);
  bundle.loaded = true;
  // The build runs the sample once with this set, and keeps what V8 compiled during the run.
  const out = process.env.RBM_WRITE_CODE_CACHE;
  if (out) process.once('exit', () => fs.writeFileSync(out, script.createCachedData()));
  return bundle.exports;
}

const { main } = loadBundle();

/** Runs rbm with these arguments, then leaves with its exit code (bin/rbm.cjs calls this too). */
function run(argv) {
  return main(argv).then((code) => {
    process.exitCode = code;
    // Everything rbm does is done once main is: leave as soon as what was written has gone out,
    // rather than wait 5–15 ms for the event loop to wind down (zlib's handles closing, a last
    // collection). A write's callback comes once it and every write before it are flushed.
    process.stdout.write('', () => process.stderr.write('', () => process.exit()));
  });
}

module.exports = { main, run };

if (require.main === module) run(process.argv.slice(2));
