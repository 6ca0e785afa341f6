import { crc32After } from './crc32';
import type { Deflater } from './deflate';
import type { ZipEntry } from './zipDirectory';
import { CENTRAL, EOCD, LOCAL } from './zipRecords';

/** Where a zip's bytes go, in order (a file, a buffer). */
export type ZipSink = (bytes: Uint8Array) => Promise<void> | void;

/** What the central directory says of each part written: a directory entry's fields, its name encoded. */
interface Written extends Pick<ZipEntry, 'flags' | 'method' | 'dosTime' | 'dosDate' | 'crc32' | 'compressedSize' | 'size'> {
  name: Uint8Array;
  offset: number;
}

/** Bit 3 (sizes in a data descriptor) is never written: every part goes out with its sizes known. */
const DATA_DESCRIPTOR = 0x0008;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/**
 * Writes a zip package (PKWARE APPNOTE 6.3.10) part by part to a sink, without ever holding the
 * whole: a part of the input is copied raw (its compressed bytes as they are, with the CRC and sizes
 * its central directory gave, never inflated and deflated again), a new part is deflated as it is
 * produced and only its compressed bytes are kept until its sizes are known. Parts go out in the
 * order they are given; `finish` writes the central directory.
 *
 * Packages stay below 4 GiB and 65,535 parts (the reader's limits keep inputs far smaller), so no
 * Zip64 record is needed; past that, `finish` throws rather than write a broken file.
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly names = new TextEncoder();

  constructor(private readonly sink: ZipSink) {}

  /** A part of another package, copied raw: its compressed bytes and its directory entry's CRC, sizes, flags and time. */
  async copy(entry: ZipEntry, compressed: Uint8Array): Promise<void> {
    await this.part(entry.name, { flags: entry.flags & ~DATA_DESCRIPTOR, method: entry.method, dosTime: entry.dosTime, dosDate: entry.dosDate, crc32: entry.crc32, size: entry.size }, [compressed]);
  }

  /**
   * A new part: `produce` writes its bytes in pieces, which are deflated as they come; only the
   * compressed output is held until the part is complete.
   */
  async add(name: string, deflater: Deflater, produce: (write: (piece: Uint8Array) => Promise<void>) => Promise<void>, time = new Date()): Promise<void> {
    const compressed: Uint8Array[] = [];
    const stream = deflater((chunk) => compressed.push(chunk));
    const checksum = deflater.crc32 ?? crc32After;
    let crc = 0;
    let size = 0;
    await produce(async (piece) => {
      if (piece.length === 0) return;
      crc = checksum(piece, crc);
      size += piece.length;
      await stream.write(piece);
    });
    await stream.end();
    const { dosTime, dosDate } = dosDateTime(time);
    await this.part(name, { flags: 0, method: 8, dosTime, dosDate, crc32: crc, size }, compressed);
  }

  /** A new part whose bytes are all at hand. */
  async addBytes(name: string, deflater: Deflater, bytes: Uint8Array, time?: Date): Promise<void> {
    await this.add(name, deflater, (write) => write(bytes), time);
  }

  /** The central directory and its end record; nothing may be written after. */
  async finish(): Promise<void> {
    if (this.written.length > MAX_ENTRIES) throw new Error(`zip: ${this.written.length} parts need Zip64`);
    const start = this.offset;
    for (const w of this.written) {
      const header = new Uint8Array(46 + w.name.length);
      const v = new DataView(header.buffer);
      v.setUint32(0, CENTRAL, true);
      v.setUint16(4, 20, true); // made by: MS-DOS attributes, version 2.0
      v.setUint16(6, 20, true);
      v.setUint16(8, w.flags, true);
      v.setUint16(10, w.method, true);
      v.setUint16(12, w.dosTime, true);
      v.setUint16(14, w.dosDate, true);
      v.setUint32(16, w.crc32, true);
      v.setUint32(20, w.compressedSize, true);
      v.setUint32(24, w.size, true);
      v.setUint16(28, w.name.length, true);
      v.setUint32(42, w.offset, true);
      header.set(w.name, 46);
      await this.emit(header);
    }
    const size = this.offset - start;
    if (this.offset > MAX_32) throw new Error('zip: a package past 4 GiB needs Zip64');
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, EOCD, true);
    v.setUint16(8, this.written.length, true);
    v.setUint16(10, this.written.length, true);
    v.setUint32(12, size, true);
    v.setUint32(16, start, true);
    await this.emit(end);
  }

  private async part(name: string, p: Omit<Written, 'name' | 'compressedSize' | 'offset'>, data: Uint8Array[]): Promise<void> {
    const encoded = this.names.encode(name);
    const flags = /^[\x20-\x7e]*$/.test(name) ? p.flags : p.flags | UTF8_NAME;
    const compressedSize = data.reduce((n, d) => n + d.length, 0);
    if (compressedSize > MAX_32 || p.size > MAX_32 || this.offset > MAX_32) throw new Error(`zip: ${name} needs Zip64`);
    const header = new Uint8Array(30 + encoded.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, LOCAL, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, flags, true);
    v.setUint16(8, p.method, true);
    v.setUint16(10, p.dosTime, true);
    v.setUint16(12, p.dosDate, true);
    v.setUint32(14, p.crc32, true);
    v.setUint32(18, compressedSize, true);
    v.setUint32(22, p.size, true);
    v.setUint16(26, encoded.length, true);
    header.set(encoded, 30);
    this.written.push({ ...p, flags, name: encoded, compressedSize, offset: this.offset });
    await this.emit(header);
    for (const d of data) await this.emit(d);
  }

  private async emit(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    this.offset += bytes.length;
    await this.sink(bytes);
  }
}

/** A time as MS-DOS packs it (local time, two-second steps, years from 1980). */
function dosDateTime(time: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(Math.max(time.getFullYear(), 1980), 2107);
  return {
    dosTime: (time.getHours() << 11) | (time.getMinutes() << 5) | (time.getSeconds() >> 1),
    dosDate: ((year - 1980) << 9) | ((time.getMonth() + 1) << 5) | time.getDate(),
  };
}
