import { deflateRawSync } from 'node:zlib';
import { nodeInflateRaw } from '../../cli/nodeInflate';

/** 20 MB of varied text: about 20 of zlib's 1 MiB pieces, so the reader falls behind and the stream pauses. */
const text = Buffer.from(Array.from({ length: 400_000 }, (_, i) => `<row r="${i}"><c r="A${i}"><v>${(i * 7919) % 1000}</v></c></row>`).join(''));
const compressed = deflateRawSync(text);

test('every piece arrives, in order, while the reader is slower than zlib (pieces are parsed in later turns)', async () => {
  const pieces: Buffer[] = [];
  await nodeInflateRaw(compressed, (chunk) => {
    pieces.push(Buffer.from(chunk));
    const until = Date.now() + 2; // a reader slower than the inflater
    while (Date.now() < until);
  });
  expect(pieces.length).toBeGreaterThan(10);
  expect(Buffer.concat(pieces).equals(text)).toBe(true);
});

test('a throw from the reader stops inflating and rejects with it', async () => {
  let calls = 0;
  const stop = new Error('too large');
  await expect(
    nodeInflateRaw(compressed, () => {
      calls++;
      if (calls === 3) throw stop;
    }),
  ).rejects.toBe(stop);
  expect(calls).toBe(3);
});

test('data that is not deflate rejects', async () => {
  await expect(nodeInflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]), () => undefined)).rejects.toThrow();
});
