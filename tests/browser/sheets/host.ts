/**
 * The host side of the Sheets sidebar test, bundled for the page: the fake Apps Script services
 * over an in-memory spreadsheet (tests/sheets/fakeAppsScript.ts) as page globals, and a
 * `google.script.run` that calls the built Code.js's top-level functions as Apps Script does:
 * later (never synchronously), by name, with arguments and answers through JSON, a thrown error
 * handed to the failure handler as an Error with its message.
 */
import { FakeAppsScript, type Box, type Value } from '../../sheets/fakeAppsScript';
import { chartsOf } from './chartViews';

export interface SeedSheet {
  name: string;
  values: (Value | null)[][];
  formats?: (string | null)[][];
  merges?: Box[];
}

declare global {
  interface Window {
    __sheetsHost: { fake: FakeAppsScript; calls: string[]; charts: (sheet: string) => ReturnType<typeof chartsOf> };
    __seed: { sheets: SeedSheet[]; active: string; userLocale: string };
    google: unknown;
  }
}

const seed = window.__seed;
const fake = new FakeAppsScript({ userLocale: seed.userLocale });
for (const s of seed.sheets) fake.addSheet(s.name, s.values, { formats: s.formats, merges: s.merges });
fake.spreadsheet.active = fake.sheet(seed.active);
Object.assign(window, fake.globals());

const calls: string[] = [];
window.__sheetsHost = { fake, calls, charts: (name) => chartsOf(fake.sheet(name)) };

type Handler = ((value: unknown) => void) | undefined;

function runner(onSuccess: Handler, onFailure: Handler): unknown {
  const base = {
    withSuccessHandler: (f: Handler) => runner(f, onFailure),
    withFailureHandler: (f: Handler) => runner(onSuccess, f),
  };
  return new Proxy(base, {
    get(target, name) {
      if (typeof name !== 'string' || name in target) return (target as Record<string | symbol, unknown>)[name];
      return (...args: unknown[]) => {
        const sent = JSON.parse(JSON.stringify(args)) as unknown[];
        setTimeout(() => {
          calls.push(name);
          const fn = (window as unknown as Record<string, unknown>)[name];
          // Apps Script runs only top-level functions, and never one whose name ends with an underscore.
          if (typeof fn !== 'function' || name.endsWith('_')) {
            onFailure?.(new Error(`Script function not found: ${name}`));
            return;
          }
          let answer: unknown;
          try {
            answer = (fn as (...a: unknown[]) => unknown)(...sent);
          } catch (e) {
            onFailure?.(new Error(e instanceof Error ? e.message : String(e)));
            return;
          }
          onSuccess?.(answer === undefined ? undefined : JSON.parse(JSON.stringify(answer)));
        }, 5);
      };
    },
  });
}

window.google = { script: { run: runner(undefined, undefined) } };
