import { once } from 'node:events';
import * as zlib from 'node:zlib';
import type { DeflateStream } from '../core/xlsx/deflate';

/** Bytes written and not yet deflated before a write waits for them. */
const WAITING_BYTES = 4 * 1024 * 1024;
/** Deflated bytes zlib hands back per job on the thread pool (its default, 16 KiB, made a job per 160 KiB of XML). */
const OUTPUT_CHUNK = 1024 * 1024;

/**
 * Node's zlib as core's deflater, at level 1: a summary sheet of 100 MB of XML deflates in about a
 * second instead of the four that the default level takes (CompressionStream has no level), for a
 * file about a quarter larger. Spreadsheet programs read any level.
 */
export function nodeDeflateRaw(onChunk: (chunk: Uint8Array) => void): DeflateStream {
  // Room for the writer to lay out the next pieces while zlib deflates the last on the thread pool:
  // with the stream's default 16 KiB every write waited for the one before to be deflated.
  // (Streams take the option; @types/node's ZlibOptions does not list it.)
  const options: zlib.ZlibOptions & { writableHighWaterMark: number } = { level: zlib.constants.Z_BEST_SPEED, memLevel: 9, chunkSize: OUTPUT_CHUNK, writableHighWaterMark: WAITING_BYTES };
  const stream = zlib.createDeflateRaw(options);
  let failure: unknown;
  stream.on('data', (chunk: Buffer) => onChunk(chunk));
  stream.on('error', (e) => (failure ??= e));
  const ended = once(stream, 'end');
  ended.catch(() => undefined);
  return {
    async write(piece) {
      if (failure) throw failure;
      if (!stream.write(piece)) await once(stream, 'drain');
      // A turn of the event loop after each piece: zlib hands its next job to the thread pool only from
      // the callback of the last one, which runs on this thread; without the turn it waited until the
      // buffer was full, and deflating went by fits (0.3 s of a 100,000-output summary's 2.7 s).
      else await new Promise((resolve) => setImmediate(resolve));
    },
    async end() {
      stream.end();
      await ended;
      if (failure) throw failure;
    },
  };
}

// zlib's own CRC-32 for the entries it fills: native, about ten times the JavaScript one (107 ms of a
// 100,000-output summary's 100 MB sheet). Node has it since 20.15 (https://nodejs.org/docs/latest-v20.x/api/zlib.html#zlibcrc32data-value);
// on an older Node the zip writer uses core's.
if (typeof zlib.crc32 === 'function') nodeDeflateRaw.crc32 = zlib.crc32;
