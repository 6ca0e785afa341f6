import { once } from 'node:events';
import { constants, createDeflateRaw, type ZlibOptions } from 'node:zlib';
import type { DeflateStream } from '../core/xlsx/deflate';

/** Bytes written and not yet deflated before a write waits for them. */
const WAITING_BYTES = 4 * 1024 * 1024;

/**
 * Node's zlib as core's deflater, at level 1: a summary sheet of 100 MB of XML deflates in about a
 * second instead of the four that the default level takes (CompressionStream has no level), for a
 * file about a quarter larger. Spreadsheet programs read any level.
 */
export function nodeDeflateRaw(onChunk: (chunk: Uint8Array) => void): DeflateStream {
  // Room for the writer to lay out the next pieces while zlib deflates the last on the thread pool:
  // with the stream's default 16 KiB every write waited for the one before to be deflated.
  // (Streams take the option; @types/node's ZlibOptions does not list it.)
  const options: ZlibOptions & { writableHighWaterMark: number } = { level: constants.Z_BEST_SPEED, memLevel: 9, writableHighWaterMark: WAITING_BYTES };
  const stream = createDeflateRaw(options);
  let failure: unknown;
  stream.on('data', (chunk: Buffer) => onChunk(chunk));
  stream.on('error', (e) => (failure ??= e));
  const ended = once(stream, 'end');
  ended.catch(() => undefined);
  return {
    async write(piece) {
      if (failure) throw failure;
      if (!stream.write(piece)) await once(stream, 'drain');
    },
    async end() {
      stream.end();
      await ended;
      if (failure) throw failure;
    },
  };
}
