import { createInflateRaw } from 'node:zlib';

/** Inflated bytes handed on at a time: few, large pieces (the platform's DecompressionStream hands on 16 KiB). */
const CHUNK = 1024 * 1024;
/** Compressed bytes written at a time. */
const PIECE = 256 * 1024;

/**
 * Node's zlib as core/xlsx's inflater: it inflates on libuv's thread pool while the main thread
 * parses what came before, in pieces of 1 MiB, so a 140 MB sheet costs about 150 hand-overs
 * instead of 9,000 and the reader seldom waits. A throw from `onChunk` stops it.
 */
export async function nodeInflateRaw(compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const stream = createInflateRaw({ chunkSize: CHUNK });
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(e);
    };
    stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (e) {
        fail(e);
      }
    });
    stream.on('error', fail);
    stream.on('end', () => !failed && resolve());
    let p = 0;
    const feed = () => {
      while (p < compressed.length && !failed) {
        const piece = compressed.subarray(p, p + PIECE);
        p += PIECE;
        if (!stream.write(piece)) {
          stream.once('drain', feed);
          return;
        }
      }
      if (!failed) stream.end();
    };
    feed();
  });
}
