import { constants, promises as fs } from 'node:fs';
import { UserError } from '../core/i18n';

/** The largest input read: ten times the largest real matrix we know of (a 200,000-output CSV is about 40 MB). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

const MiB = 1024 * 1024;

/**
 * The bytes of an input file, read only when it is a regular file of at most `MAX_INPUT_BYTES`:
 * a folder, a device (`/dev/zero`, `/dev/urandom`), a FIFO or a socket is refused with a sentence
 * instead of being read forever. The file is opened without blocking (a FIFO would otherwise wait
 * for a writer) and checked again once open, and exactly the size it had is read.
 */
export async function readInputFile(file: string, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  const unreadable = () => new UserError(`Berkas tidak ditemukan atau tidak dapat dibaca: ${file}`, `File not found or unreadable: ${file}`);
  const before = await fs.stat(file).catch(() => {
    throw unreadable();
  });
  refuseUnlessRegular(file, before, limit);
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(() => {
    throw unreadable();
  });
  try {
    const stat = await handle.stat();
    refuseUnlessRegular(file, stat, limit);
    const bytes = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw unreadable();
  } finally {
    await handle.close();
  }
}

function refuseUnlessRegular(file: string, stat: { isFile(): boolean; isDirectory(): boolean; size: number }, limit: number): void {
  if (stat.isDirectory()) throw new UserError(`“${file}” adalah folder, bukan berkas.`, `“${file}” is a folder, not a file.`);
  if (!stat.isFile()) {
    throw new UserError(`“${file}” bukan berkas biasa (perangkat, FIFO atau soket); simpan isinya sebagai berkas lalu coba lagi.`, `“${file}” is not a regular file (a device, FIFO or socket); save its content as a file and try again.`);
  }
  if (stat.size > limit) {
    const size = `${Math.ceil(stat.size / MiB)} MiB`;
    const max = `${Math.round(limit / MiB)} MiB`;
    throw new UserError(`“${file}” terlalu besar (${size}; batas ${max}).`, `“${file}” is too large (${size}; the limit is ${max}).`);
  }
}
