/**
 * Keeping each round trip under Excel on the web's 5 MB limit for a request and for a response
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Writes are measured before they are queued; reads are tried whole and, when Excel refuses them,
 * read again in parts (see readSheet.ts).
 */

/**
 * What one request may carry by our own estimate: below 5 MB with room for Office.js's own envelope
 * (a few hundred bytes per queued operation; a 10,000-output summary queues about 500, so ~0.1 MB).
 */
export const REQUEST_BUDGET = 4_500_000;

/** Bytes of a string once sent as UTF-8 (what the limit counts), without building the bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** The size of a value sent as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** Room each queued operation takes beyond its data (object path, action, property name). */
export const OPERATION_BYTES = 200;

interface Syncable {
  sync(): Promise<unknown>;
}

/**
 * The write of one action. Operations are queued with their estimated size; when the next one would
 * take the request over the budget, what is queued is sent first. A normal action therefore sends
 * one request, and a very large one (a 100,000-row summary) as many as its size needs: the only
 * reason this code ever syncs inside a loop.
 */
export class WriteBatch {
  private queued = 0;
  /** Round trips this batch has made. */
  syncs = 0;

  constructor(
    private readonly context: Syncable,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Makes room for an operation of about `bytes` (data plus its own overhead). */
  async room(bytes: number): Promise<void> {
    const size = bytes + OPERATION_BYTES;
    if (this.queued > 0 && this.queued + size > this.budget) await this.flush();
    this.queued += size;
  }

  /** Sends what is queued (nothing to send: no round trip). */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    this.syncs++;
    await this.context.sync();
  }
}

/**
 * True when Excel refused a read because of its size: the 5 MB limit either way, more than
 * 5,000,000 cells (RangeExceedsLimit, learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * or more than 512 merged areas in one `getMergedAreasOrNullObject` (its documented limit). Reading in smaller parts
 * is then the remedy; any other error is not ours to retry.
 */
export function isTooLarge(error: unknown): boolean {
  const e = error as { code?: string; message?: string; debugInfo?: { errorLocation?: string } } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.code === 'RequestPayloadSizeLimitExceeded' || e.code === 'ResponsePayloadSizeLimitExceeded' || e.code === 'RangeExceedsLimit') return true;
  if (/getMergedAreas/i.test(e.debugInfo?.errorLocation ?? '')) return true;
  return /payload size|size limit/i.test(e.message ?? '');
}
