#!/usr/bin/env node
// Installed command `rbm`: runs the bundled CLI (built by `npm run build`, which `npm install` runs via `prepare`).
require('../dist/rbm.cjs').run(process.argv.slice(2));
