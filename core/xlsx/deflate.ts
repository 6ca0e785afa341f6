import { Deflate } from 'fflate';
import type { Crc32Function } from './crc32';

/** A raw-deflate stream: pieces written in order, then ended; its output goes to the `onChunk` it was made with. */
export interface DeflateStream {
  write(piece: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

/**
 * Makes a raw-deflate stream (a host can bring a faster one: the CLI passes Node's zlib at level 1),
 * with, optionally, the same library's CRC-32 for the zip entries it fills (else core's, in JavaScript).
 */
export type Deflater = ((onChunk: (chunk: Uint8Array) => void) => DeflateStream) & { crc32?: Crc32Function };

/**
 * The platform's own deflater where it has one: `CompressionStream('deflate-raw')` (Compression
 * Streams, in browsers and in Node since 20.12), native; elsewhere fflate's streaming deflater.
 */
export const deflateRaw: Deflater = (onChunk) => (hasDeflateRawStream() ? deflateWithStream : deflateWithFflate)(onChunk);

let platformDeflater: boolean | undefined;

/** Asked on first use, not when the module loads (see inflate.ts). */
function hasDeflateRawStream(): boolean {
  platformDeflater ??= platformHasDeflateRaw();
  return platformDeflater;
}

function platformHasDeflateRaw(): boolean {
  try {
    return typeof CompressionStream === 'function' && new CompressionStream('deflate-raw') !== undefined;
  } catch {
    return false;
  }
}

export function deflateWithStream(onChunk: (chunk: Uint8Array) => void): DeflateStream {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onChunk(value);
    }
  })();
  reading.catch(() => undefined); // reported by end()
  return {
    async write(piece) {
      await writer.ready;
      await writer.write(piece as Uint8Array<ArrayBuffer>);
    },
    async end() {
      await writer.close();
      await reading;
    },
  };
}

export function deflateWithFflate(onChunk: (chunk: Uint8Array) => void): DeflateStream {
  const deflater = new Deflate({ level: 6 }, (chunk) => onChunk(chunk));
  return {
    async write(piece) {
      deflater.push(piece);
    },
    async end() {
      deflater.push(new Uint8Array(0), true);
    },
  };
}
