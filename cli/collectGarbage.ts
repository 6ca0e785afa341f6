import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Heap in use past which a forced collection pays. Below it (a 100,000-output summary holds about
 * 330 MB there) V8's own schedule is faster (70–100 ms less) and the peak stays near 0.6 GB; above
 * it (200,000 outputs: 650 MB) the next phase would take the peak past a gigabyte.
 */
const WORTH_COLLECTING = 400 * 1024 * 1024;

/**
 * A full garbage collection now, when the heap is large. `rbm summary` calls it once the tab is laid
 * out, where the matrix model has just become garbage: left to itself, V8 lets the heap grow to a
 * multiple of what is alive before it collects. At 200,000 outputs it keeps the peak at 0.83 GB
 * (1.06 GB without). A second one, once the tab is resolved, took the peak to 0.79 GB but cost 0.4 s
 * (marking two million resolved cells), and a third, after reading, 0.6 s for nothing: both dropped.
 * Node exposes `gc` only behind `--expose-gc`, which V8 accepts at run time for contexts made after it
 * (V8's own test runners do the same); where that is not so, this does nothing.
 */
export function collectGarbage(): void {
  if (process.memoryUsage().heapUsed < WORTH_COLLECTING) return;
  if (gc === undefined) {
    try {
      // Loaded on first use: node:v8 costs every run of rbm 4.5 ms to load, and only `rbm summary` collects.
      const { setFlagsFromString } = require('node:v8') as typeof import('node:v8');
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
