import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../core/i18n';

/**
 * The output must not be the input, however it is reached: the same path, a symbolic link to it or
 * from it, a hard link (same device and inode), or the same file under another case.
 */
export async function refuseSameFile(inputPath: string, outputPath: string): Promise<void> {
  const refuse = () => {
    throw new UserError(`Berkas keluaran sama dengan berkas masukan; pilih nama lain agar berkas asli tidak berubah: ${outputPath}`, `The output file is the input file; choose another name so the original is left unchanged: ${outputPath}`);
  };
  if (path.resolve(inputPath) === path.resolve(outputPath)) refuse();
  const [inStat, outStat] = await Promise.all([statOrNull(inputPath), statOrNull(outputPath)]);
  if (inStat && outStat && inStat.dev === outStat.dev && inStat.ino === outStat.ino && inStat.ino !== 0) refuse();
  const [inReal, outReal] = await Promise.all([realPath(inputPath), realPath(outputPath)]);
  if (inReal === outReal) refuse();
}

/**
 * What may stand at the output path: nothing; or, when `mayReplace` says so (an earlier summary of
 * the same input, or `--force`), a regular file. A symbolic link is never written through, and a file
 * of the user's is never overwritten without `--force`.
 */
export async function refuseExistingOutput(outputPath: string, mayReplace: () => Promise<boolean>): Promise<void> {
  const stat = await fs.lstat(outputPath).catch(() => null);
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    throw new UserError(`${outputPath} adalah tautan simbolik; rbm tidak menulis melalui tautan. Pilih nama lain dengan --out.`, `${outputPath} is a symbolic link; rbm does not write through links. Choose another name with --out.`);
  }
  if (!stat.isFile()) {
    throw new UserError(`${outputPath} sudah ada dan bukan berkas biasa; pilih nama lain dengan --out.`, `${outputPath} exists and is not a regular file; choose another name with --out.`);
  }
  if (await mayReplace()) return;
  throw new UserError(`${outputPath} sudah ada dan bukan ringkasan buatan rbm dari berkas masukan ini; pilih nama lain dengan --out, atau tambahkan --force untuk menimpanya.`, `${outputPath} already exists and is not a summary rbm wrote from this input; choose another name with --out, or add --force to overwrite it.`);
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
async function realPath(file: string): Promise<string> {
  const resolved = path.resolve(file);
  try {
    return await fs.realpath(resolved);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/** Writes `bytes` atomically (see `writeAtomicallyWith`). */
export async function writeAtomically(outputPath: string, bytes: Uint8Array): Promise<void> {
  await writeAtomicallyWith(outputPath, (write) => write(bytes));
}

/** Pieces smaller than this are gathered before they are written: a zip's headers come in tens of bytes. */
const WRITE_BATCH = 256 * 1024;

/**
 * Writes what `produce` hands to `write`, piece by piece, to a temporary file in the output's
 * folder, flushes it, then renames it into place: an interrupted run never leaves half a file, a
 * name that was a link to another file is replaced as a name (that file stays as it was), and a
 * large output is never held whole in memory.
 */
export async function writeAtomicallyWith(outputPath: string, produce: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(outputPath));
  // Loaded here, not with the module: node:crypto costs every run of rbm 1.4 ms to load, and only writers need it.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const tmp = path.join(dir, `.${path.basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fail = (e: unknown): never => {
    if (!(e as NodeJS.ErrnoException).code || !(typeof (e as NodeJS.ErrnoException).syscall === 'string')) throw e; // not a file-system error: a bug or a sentence of its own
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? ['folder tidak ditemukan', 'the folder does not exist']
        : code === 'EACCES' || code === 'EPERM' || code === 'EBUSY'
          ? ['tidak diizinkan atau berkas sedang dibuka (tutup di Excel)', 'permission denied or the file is open (close it in Excel)']
          : code === 'ENOSPC'
            ? ['disk penuh', 'the disk is full']
            : ['galat ' + (code ?? String(e)), 'error ' + (code ?? String(e))];
    throw new UserError(`Tidak dapat menulis ${outputPath}: ${why[0]}.`, `Cannot write ${outputPath}: ${why[1]}.`);
  };
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      let batch: Uint8Array[] = [];
      let batched = 0;
      const flush = async () => {
        if (batched === 0) return;
        const bytes = batch.length === 1 ? batch[0] : Buffer.concat(batch, batched);
        batch = [];
        batched = 0;
        await handle.write(bytes);
      };
      await produce(async (bytes) => {
        if (bytes.length >= WRITE_BATCH) {
          await flush();
          await handle.write(bytes);
          return;
        }
        batch.push(bytes);
        batched += bytes.length;
        if (batched >= WRITE_BATCH) await flush();
      });
      await flush();
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, outputPath);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    fail(e);
  }
}
