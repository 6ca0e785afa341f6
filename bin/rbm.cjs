#!/usr/bin/env node
// Installed command `rbm`: runs the bundled CLI (built by `npm run build`, which `npm install` runs via `prepare`).
const { main } = require('../dist/rbm.cjs');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
