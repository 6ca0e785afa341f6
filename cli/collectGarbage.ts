import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection now. `rbm summary` calls it where a phase's data has just become garbage
 * (the matrix model once the tab is laid out; the laid-out tab once it is resolved): left to itself,
 * V8 lets the heap grow to a multiple of what is alive before it collects, and a 200,000-output
 * summary would peak at 1.3 GB instead of under 1 GB. Node exposes `gc` only behind `--expose-gc`,
 * which V8 accepts at run time for contexts made after it (V8's own test runners do the same); where
 * that is not so, this does nothing.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * Lets V8's heap grow to at most twice what was alive at the last full collection (its default grows
 * it up to four times when collections look cheap): `rbm summary` keeps a model and a tab of two
 * million cells alive at once, and the difference is 80 MB of its peak at 200,000 outputs, for no
 * measurable time. V8 reads the flag at each collection (`--heap-growing-percent`), so it can be set
 * once the process runs.
 */
export function limitHeapGrowth(): void {
  try {
    setFlagsFromString('--heap-growing-percent=100');
  } catch {
    // an engine without the flag grows as it likes
  }
}
