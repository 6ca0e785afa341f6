import { XlsxError } from './xlsxError';
import { CENTRAL, EOCD, LOCAL, ZIP64_EOCD, ZIP64_LOCATOR } from './zipRecords';

/** One file of a zip package, as its central directory describes it. */
export interface ZipEntry {
  /** The part name as stored (`xl/worksheets/sheet1.xml`). */
  name: string;
  /** 0: stored, 8: deflated; anything else is refused when the part is read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** What the central directory says the part inflates to; inflating past it is corruption. */
  size: number;
  /** Where the part's local header starts. */
  localOffset: number;
  /** What a writer copying the part raw needs: its CRC-32, general-purpose flags and MS-DOS time and date. */
  crc32: number;
  flags: number;
  dosTime: number;
  dosDate: number;
}


/**
 * Reads a zip's central directory (PKWARE APPNOTE 6.3.10 §4.3.12–4.3.16, with its Zip64 records):
 * every part's name and declared sizes, before a single byte is inflated. Part names are looked up
 * without regard to case, as Open Packaging Conventions (ECMA-376 Part 2 §9.1.1) compare them.
 */
export class ZipDirectory {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ZipEntry[],
  ) {
    for (const e of entries) {
      const key = normalise(e.name);
      // Two parts of one name make the package ambiguous: a reader could pick either.
      if (this.byName.has(key)) throw XlsxError.corrupt();
      this.byName.set(key, e);
    }
  }

  static read(bytes: Uint8Array): ZipDirectory {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndRecord(bytes, view);
    let count = view.getUint16(end + 10, true);
    let size = view.getUint32(end + 12, true);
    let offset = view.getUint32(end + 16, true);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const locator = end - 20;
      if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw XlsxError.corrupt();
      const record = u64(view, locator + 8);
      if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw XlsxError.corrupt();
      count = u64(view, record + 32);
      size = u64(view, record + 40);
      offset = u64(view, record + 48);
    }
    if (offset + size > bytes.length) throw XlsxError.corrupt();
    // Each central header takes at least 46 bytes: a count the directory cannot hold is a lie.
    if (count * 46 > size) throw XlsxError.corrupt();
    const names = new TextDecoder('utf-8');
    const entries: ZipEntry[] = [];
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > offset + size || view.getUint32(p, true) !== CENTRAL) throw XlsxError.corrupt();
      const flags = view.getUint16(p + 8, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      const entry: ZipEntry = {
        name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
        method: view.getUint16(p + 10, true),
        encrypted: (flags & 1) !== 0,
        compressedSize: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        localOffset: view.getUint32(p + 42, true),
        crc32: view.getUint32(p + 16, true),
        flags,
        dosTime: view.getUint16(p + 12, true),
        dosDate: view.getUint16(p + 14, true),
      };
      readZip64Extra(view, p + 46 + nameLength, extraLength, entry);
      entries.push(entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipDirectory(bytes, entries);
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(normalise(name));
  }

  /** The compressed bytes of a part, found through its local header. */
  compressed(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const p = entry.localOffset;
    if (p + 30 > this.bytes.length || view.getUint32(p, true) !== LOCAL) throw XlsxError.corrupt();
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw XlsxError.corrupt();
    return this.bytes.subarray(start, end);
  }
}

function normalise(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when a comment follows it. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= stop; p--) {
    if (bytes[p] === 0x50 && view.getUint32(p, true) === EOCD) return p;
  }
  throw XlsxError.corrupt();
}

/** Zip64's extended sizes (APPNOTE §4.5.3): present, in this order, for each field saturated at 0xFFFFFFFF. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return;
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.size === 0xffffffff) (entry.size = u64(view, q)), (q += 8);
      if (entry.compressedSize === 0xffffffff) (entry.compressedSize = u64(view, q)), (q += 8);
      if (entry.localOffset === 0xffffffff) entry.localOffset = u64(view, q);
      return;
    }
    p += 4 + size;
  }
  throw XlsxError.corrupt();
}

/** An unsigned 64-bit little-endian number; beyond 2^53 it cannot be a real offset or size. */
function u64(view: DataView, p: number): number {
  if (p + 8 > view.byteLength) throw XlsxError.corrupt();
  const value = view.getUint32(p, true) + view.getUint32(p + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw XlsxError.corrupt();
  return value;
}
