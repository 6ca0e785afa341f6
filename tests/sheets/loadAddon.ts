/**
 * Loads the BUILT server script (sheets-addon/dist/Code.js, as clasp pushes it) into a Node `vm`
 * context whose globals are the fake Apps Script services, as Apps Script loads a project: every
 * top-level declaration becomes a global of the context.
 *
 * The context's clock can be set (`setNow`): `new Date()` and `Date.now()` inside the script read
 * it, as STATUS's "today" and the summary's "made on" date do. Dates the fake hands over are made
 * with the context's own Date, so `instanceof Date` holds in the script as it does in Apps Script.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, type Dirent } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { projectRoot } from '../helpers/projectRoot';
import { FakeAppsScript, type FakeOptions } from './fakeAppsScript';

export const ROOT = projectRoot();
export const DIST = path.join(ROOT, 'sheets-addon/dist');
export const CODE_JS = path.join(DIST, 'Code.js');
export const SIDEBAR_HTML = path.join(DIST, 'Sidebar.html');

let built = false;

/**
 * Builds the add-on when its output is missing or older than its sources (`npm test` has built it
 * already; this is for running jest alone). Test files run in parallel workers, so the check and the
 * build happen under a lock: no worker reads a half-written output.
 */
export function ensureBuilt(): void {
  if (built) return;
  const lock = path.join(os.tmpdir(), `rbm-sheets-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}.lock`);
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (let tries = 0; ; tries++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (tries > 1200) throw new Error(`build lock ${lock} held for 2 minutes; remove it if no build is running`);
      Atomics.wait(wait, 0, 0, 100);
    }
  }
  try {
    if (!existsSync(CODE_JS) || !existsSync(SIDEBAR_HTML) || statSync(CODE_JS).mtimeMs < newestSource()) {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-sheets.mjs')], { cwd: ROOT, stdio: 'pipe' });
    }
  } finally {
    rmdirSync(lock);
  }
  built = true;
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }) as Dirent[]) {
      const file = path.join(dir, name.name);
      if (name.isDirectory()) {
        if (name.name !== 'dist' && name.name !== 'node_modules') walk(file);
      } else if (/\.(ts|json|mjs)$/.test(name.name)) newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  for (const dir of ['core', 'ui', 'sheets-addon']) walk(path.join(ROOT, dir));
  newest = Math.max(newest, statSync(path.join(ROOT, 'scripts/build-sheets.mjs')).mtimeMs);
  return newest;
}

export interface LoadedAddon {
  fake: FakeAppsScript;
  context: vm.Context;
  /** Calls a top-level function of the script, as a trigger, a menu item or google.script.run would. */
  call(name: string, ...args: unknown[]): any;
  /** Fixes the script's clock (ms since 1970), or lets it run again with `null`. */
  setNow(ms: number | null): void;
  /** A Date of the script's realm. */
  date(...args: number[]): Date;
  /** What the script wrote to its console. */
  logs: string[];
}

export function loadAddon(options: FakeOptions & { fake?: FakeAppsScript } = {}): LoadedAddon {
  ensureBuilt();
  const fake = options.fake ?? new FakeAppsScript({ ...options, html: { Sidebar: readFileSync(SIDEBAR_HTML, 'utf8'), ...options.html } });
  const logs: string[] = [];
  const say = (...parts: unknown[]) => logs.push(parts.map((p) => (p instanceof Error ? p.stack ?? p.message : String(p))).join(' '));
  const context = vm.createContext({ console: { log: say, info: say, warn: say, error: say } });
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      let now = null;
      class ScriptDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(now === null ? RealDate.now() : now); else super(...args); }
        static now() { return now === null ? RealDate.now() : now; }
      }
      globalThis.Date = ScriptDate;
      Object.defineProperty(globalThis, '__setNow', { value: (ms) => { now = ms; }, enumerable: false });
    })();`,
    context,
  );
  fake.realm = vm.runInContext('({ Date: Date, Error: Error })', context);
  Object.assign(context, fake.globals());
  vm.runInContext(readFileSync(CODE_JS, 'utf8'), context, { filename: 'Code.js' });
  return {
    fake,
    context,
    logs,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      return fn(...args);
    },
    setNow(ms) {
      context.__setNow(ms);
    },
    date(...args) {
      return new context.Date(...args);
    },
  };
}

/** What google.script.run delivers: the JSON round trip of a value (a Date would not survive it). */
export function overTheWire<T>(value: T): T {
  return value === undefined ? (null as T) : JSON.parse(JSON.stringify(value));
}
