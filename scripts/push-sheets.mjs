// Pushes the built Sheets add-on (sheets-addon/dist) to an Apps Script project with clasp. The
// project is named on the command line or in the environment, never kept in the repository:
//
//   npm run push:sheets -- --script-id 1AbC…           (after `npx clasp login`)
//   RBM_SCRIPT_ID=1AbC… npm run push:sheets
//   npm run push:sheets -- --script-id 1AbC… --force   (further arguments go to `clasp push`)
//
// It writes sheets-addon/.clasp.json (not committed: .gitignore) with that id and `"rootDir": "dist"`,
// then runs `clasp push --project sheets-addon/.clasp.json`. RBM_CLASP_DRY_RUN=1 writes the file and
// prints the command instead of running it; RBM_CLASP_PROJECT names another project file in
// sheets-addon/ (the tests use their own, leaving yours alone).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADDON = path.join(ROOT, 'sheets-addon');
// clasp 3 wants the project file in the folder that holds its rootDir.
const PROJECT = path.join(ADDON, path.basename(process.env.RBM_CLASP_PROJECT ?? '.clasp.json'));

function fail(message) {
  console.error(`push-sheets: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let scriptId = process.env.RBM_SCRIPT_ID;
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--script-id') scriptId = args[++i];
  else if (args[i].startsWith('--script-id=')) scriptId = args[i].slice('--script-id='.length);
  else rest.push(args[i]);
}

if (!scriptId) {
  fail(
    'no script id. Give it: npm run push:sheets -- --script-id ID (or RBM_SCRIPT_ID=ID). It is in the Apps Script editor under Project Settings › Script ID (see sheets-addon/README.md).',
  );
}
// Apps Script ids are long runs of letters, digits, - and _ (57 characters today).
if (!/^[A-Za-z0-9_-]{20,}$/.test(scriptId)) fail(`“${scriptId}” is not an Apps Script script id (letters, digits, - and _, 20 or more).`);

writeFileSync(PROJECT, `${JSON.stringify({ scriptId, rootDir: 'dist' }, null, 2)}\n`);
const command = ['clasp', 'push', '--project', PROJECT, ...rest];
if (process.env.RBM_CLASP_DRY_RUN) {
  console.log(command.join(' '));
  process.exit(0);
}
const run = spawnSync('npx', command, { cwd: ROOT, stdio: 'inherit' });
process.exit(run.status ?? 1);
