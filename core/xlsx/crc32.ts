/**
 * CRC-32 (the IEEE polynomial zip uses, PKWARE APPNOTE §4.4.7), over data given in pieces, eight
 * bytes a step (slicing-by-8): a summary sheet of 100 MB costs a fraction of a second.
 */
const TABLES: Uint32Array[] = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) tables[t][n] = (tables[t - 1][n] >>> 8) ^ tables[0][tables[t - 1][n] & 0xff];
  }
  return tables;
})();

export class Crc32 {
  private crc = 0xffffffff;

  /** Goes on from a finished CRC-32 (`value` of the data so far). */
  resume(value: number): this {
    this.crc = (value ^ 0xffffffff) >>> 0;
    return this;
  }

  update(data: Uint8Array): this {
    const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES;
    let c = this.crc;
    let i = 0;
    const n = data.length;
    for (; i + 8 <= n; i += 8) {
      const a = (c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24))) >>> 0;
      c = t7[a & 0xff] ^ t6[(a >>> 8) & 0xff] ^ t5[(a >>> 16) & 0xff] ^ t4[a >>> 24] ^ t3[data[i + 4]] ^ t2[data[i + 5]] ^ t1[data[i + 6]] ^ t0[data[i + 7]];
    }
    for (; i < n; i++) c = t0[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    this.crc = c;
    return this;
  }

  get value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }
}

/** The CRC-32 of one piece of data. */
export function crc32(data: Uint8Array): number {
  return new Crc32().update(data).value;
}

/**
 * A CRC-32 carried over pieces: the CRC of `previous`'s data followed by `data` (0 to start), as
 * Node's `zlib.crc32(data, value)` computes it natively (a host may bring that one).
 */
export type Crc32Function = (data: Uint8Array, previous: number) => number;

export const crc32After: Crc32Function = (data, previous) => {
  const crc = new Crc32();
  crc.resume(previous);
  return crc.update(data).value;
};
