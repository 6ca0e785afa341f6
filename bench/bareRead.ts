/**
 * The bare read, the floor any reader of a file pays: for an .xlsx, unzip every part with Node's
 * native inflater and scan every cell and merge of every sheet with a regular expression; for a
 * CSV, decode it and split every line into fields. Run as its own process by bench/cli.ts, so it
 * pays Node's start-up as `rbm` does. Prints what it counted.
 *
 *   node dist/bench-bare.cjs FILE…   (several files: read one after another, as `rbm merge` reads its units)
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { ZipDirectory } from '../core/xlsx/zipDirectory';

function xlsx(bytes: Buffer): string {
  const zip = ZipDirectory.read(bytes);
  let cells = 0;
  let merges = 0;
  let inflated = 0;
  for (const entry of zip.entries) {
    const data = zip.compressed(entry);
    const part = entry.method === 8 ? inflateRawSync(data) : Buffer.from(data);
    inflated += part.length;
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) continue;
    const xml = part.toString('utf8');
    for (const _ of xml.matchAll(/<c[ >][^>]*>/g)) cells++;
    for (const _ of xml.matchAll(/<mergeCell [^>]*>/g)) merges++;
  }
  return `${cells} cells, ${merges} merges, ${inflated} bytes inflated`;
}

function csv(bytes: Buffer): string {
  let fields = 0;
  const lines = bytes.toString('utf8').split(/\r?\n/);
  for (const line of lines) fields += line.split(';').length;
  return `${lines.length} lines, ${fields} fields`;
}

for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  console.log(file.toLowerCase().endsWith('.csv') ? csv(bytes) : xlsx(bytes));
}
