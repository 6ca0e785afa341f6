/**
 * `google.script.run` over the built Code.js loaded in a vm (loadAddon.ts), for the sidebar's bridge
 * (sheets-addon/client/scriptBridge.ts): arguments and answers cross as JSON, as they do in Sheets,
 * and the answer comes later, never synchronously.
 */
import type { ScriptRun } from '../../sheets-addon/client/scriptBridge';
import { overTheWire, type LoadedAddon } from './loadAddon';

export function scriptRunner(addon: LoadedAddon): () => ScriptRun {
  const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get(_t, name: string) {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, fail);
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => make(ok, f);
        return (...args: unknown[]) => {
          let result: { ok: unknown } | { error: unknown };
          try {
            result = { ok: overTheWire(addon.call(name, ...overTheWire(args))) };
          } catch (error) {
            result = { error };
          }
          setTimeout(() => ('ok' in result ? ok?.(result.ok) : fail?.(result.error)), 0);
        };
      },
    });
  return () => make();
}
