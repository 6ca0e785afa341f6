import { Inflate } from 'fflate';

/** Inflates raw deflate data, handing the output on in pieces; a throw from `onChunk` stops it. */
export type Inflater = (compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** Compressed bytes handed on at a time: deflate's ratio caps what one piece can produce (about 1,000×). */
const PIECE = 64 * 1024;

/**
 * The platform's own inflater where it has one: `DecompressionStream('deflate-raw')` (Compression
 * Streams, in browsers and in Node since 20.12), native and three to four times faster than inflating
 * in JavaScript, with its output in 16 KiB pieces. Elsewhere fflate's streaming inflater.
 */
export const inflateRaw: Inflater = (compressed, onChunk) => (hasDeflateRawStream() ? inflateWithStream : inflateWithFflate)(compressed, onChunk);

let platformInflater: boolean | undefined;

/** Asked on first use, not when the module loads: making a stream to find out costs a few milliseconds at every start of `rbm`, which brings its own inflater. */
function hasDeflateRawStream(): boolean {
  platformInflater ??= platformHasDeflateRaw();
  return platformInflater;
}

function platformHasDeflateRaw(): boolean {
  try {
    return typeof DecompressionStream === 'function' && new DecompressionStream('deflate-raw') !== undefined;
  } catch {
    return false; // an older runtime: the format is not known
  }
}

export async function inflateWithStream(compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let failure: unknown;
  const write = (async () => {
    for (let p = 0; p < compressed.length && failure === undefined; p += PIECE) {
      await writer.ready;
      writer.write(compressed.subarray(p, p + PIECE) as Uint8Array<ArrayBuffer>).catch(() => undefined);
    }
    if (failure === undefined) await writer.close();
  })();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk(value);
    }
  } catch (e) {
    failure = e;
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
  }
  await write.catch((e) => (failure ??= e));
  if (failure !== undefined) throw failure;
}

export async function inflateWithFflate(compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const inflater = new Inflate((chunk) => onChunk(chunk));
  if (compressed.length === 0) inflater.push(compressed, true);
  for (let p = 0; p < compressed.length; p += PIECE) inflater.push(compressed.subarray(p, p + PIECE), p + PIECE >= compressed.length);
}
