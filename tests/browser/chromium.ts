/**
 * Launches Chromium for the panel tests with playwright-core (`npx playwright install` needs the
 * internet). Which binary, in this order:
 * 1. `RBM_CHROMIUM`, when set;
 * 2. the system's Chromium (`/usr/bin/chromium`, `/usr/bin/chromium-browser`), when present;
 * 3. the Chromium that ships inside the npm package `@sparticuz/chromium` (unpacked to /tmp on
 *    first use, about a second), so a machine with Node alone runs every test after `npm install`.
 * Screenshots go to `artifacts/` (not committed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '../../artifacts');

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium binary the tests drive. */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.RBM_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`RBM_CHROMIUM points at ${chosen}, which does not exist.`);
    return chosen;
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  return packagedChromium();
}

let packaged: string | undefined;

/**
 * The package is an ES module, which jest's CommonJS runtime cannot import, so a short child Node
 * process unpacks the binary and prints its path (once per test file).
 */
function packagedChromium(): string {
  packaged ??= execFileSync(process.execPath, ['--input-type=module', '-e', "const c = (await import('@sparticuz/chromium')).default; process.stdout.write(await c.executablePath());"], {
    cwd: path.resolve(__dirname, '../..'),
    encoding: 'utf8',
  }).trim();
  return packaged;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Path for a screenshot artifact, creating the folder. */
export function artifactPath(name: string): string {
  const file = path.join(ARTIFACTS, name);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
