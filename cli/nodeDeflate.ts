import { once } from 'node:events';
import { constants, createDeflateRaw } from 'node:zlib';
import type { DeflateStream } from '../core/xlsx/deflate';

/**
 * Node's zlib as core's deflater, at level 1: a summary sheet of 100 MB of XML deflates in about a
 * second instead of the four that the default level takes (CompressionStream has no level), for a
 * file about a quarter larger. Spreadsheet programs read any level.
 */
export function nodeDeflateRaw(onChunk: (chunk: Uint8Array) => void): DeflateStream {
  const stream = createDeflateRaw({ level: constants.Z_BEST_SPEED, memLevel: 9 });
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
