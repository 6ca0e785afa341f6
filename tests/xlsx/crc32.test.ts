/**
 * The zip writer's CRC-32, carried over pieces: core's JavaScript one gives what Node's native
 * zlib.crc32 gives (the CLI writes with that one), however the data is cut.
 */
import fc from 'fast-check';
import * as zlib from 'node:zlib';
import { crc32, crc32After } from '../../core/xlsx/crc32';
import { nodeDeflateRaw } from '../../cli/nodeDeflate';

test('crc32After over pieces equals the CRC of the whole, and Node’s zlib.crc32', () => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 6 }), (pieces) => {
      const whole = Buffer.concat(pieces);
      let ours = 0;
      let native = 0;
      for (const p of pieces) {
        ours = crc32After(p, ours);
        native = zlib.crc32(p, native);
      }
      expect(ours).toBe(crc32(whole));
      expect(ours).toBe(native);
    }),
    { numRuns: 500 },
  );
});

test('the CLI’s deflater brings zlib’s CRC-32 where Node has it', () => {
  expect(nodeDeflateRaw.crc32).toBe(typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined);
});
