import { UserError } from '../core/i18n';
import { formatNumber } from '../core/values/formatValue';

/** Excel's widest sheet (XFD): a wider line is no spreadsheet export. */
export const MAX_CSV_COLUMNS = 16384;
/** Cells a CSV grid may hold, as for .xlsx sheets (core/xlsx/limits.ts). */
export const MAX_CSV_CELLS = 40_000_000;

/**
 * Reads CSV as spreadsheets export it: comma, semicolon (Excel in an Indonesian locale) or tab
 * separated, quoted fields with doubled quotes and line breaks, a byte-order mark, CRLF.
 * Cells stay text: core reads `3,7` and `166.406.521.000` itself. A line wider than Excel's
 * 16,384 columns, or more cells than an .xlsx sheet may hold, is refused with a sentence.
 */
export function parseCsv(text: string, maxColumns = MAX_CSV_COLUMNS, maxCells = MAX_CSV_CELLS): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = sniffDelimiter(body).charCodeAt(0);
  const rows: string[][] = [];
  const n = body.length;
  if (n === 0) return rows;
  let row: string[] = [];
  let cells = 0;
  let i = 0;
  for (;;) {
    let value = '';
    if (i < n && body.charCodeAt(i) === 34 /* " */) {
      // A quoted field: up to the closing quote, `""` standing for one quote.
      let from = i + 1;
      for (;;) {
        const quote = body.indexOf('"', from);
        if (quote < 0) {
          value += body.slice(from);
          i = n;
          break;
        }
        if (body.charCodeAt(quote + 1) === 34) {
          value += body.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += body.slice(from, quote);
        i = quote + 1;
        break;
      }
    }
    const start = i;
    while (i < n) {
      const c = body.charCodeAt(i);
      if (c === delimiter || c === 10 || c === 13) break;
      i++;
    }
    value = value === '' ? body.slice(start, i) : value + body.slice(start, i);
    row.push(value);
    if (row.length > maxColumns) {
      throw new UserError(`Baris ${rows.length + 1} memuat lebih dari ${formatNumber(maxColumns, 'id')} kolom (batas Excel); periksa pemisah kolomnya.`, `Line ${rows.length + 1} holds more than ${formatNumber(maxColumns, 'en')} columns (Excel's limit); check its separator.`);
    }
    if (i >= n) break;
    const c = body.charCodeAt(i);
    if (c === delimiter) {
      i++;
      continue;
    }
    i += c === 13 && body.charCodeAt(i + 1) === 10 ? 2 : 1;
    pushRow();
    if (i >= n) return rows;
  }
  pushRow();
  return rows;

  function pushRow(): void {
    cells += row.length;
    if (cells > maxCells) {
      throw new UserError(`Berkas ini memuat lebih dari ${formatNumber(maxCells, 'id')} sel; terlalu besar untuk dibaca.`, `The file holds more than ${formatNumber(maxCells, 'en')} cells; it is too large to read.`);
    }
    rows.push(row);
    row = [];
  }
}

/**
 * The text of a CSV file's bytes: UTF-16 (Excel's "Unicode Text", tab separated) or UTF-8 when a
 * byte-order mark says so, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel's
 * "CSV (Comma delimited)" writes on an Indonesian Windows).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Picks the separator that splits the first lines most consistently: `;`, `,` or tab. */
export function sniffDelimiter(text: string): string {
  const sep = /^sep=(.)\s*$/m.exec(text.slice(0, 20));
  if (sep) return sep[1];
  const lines = text.split(/\r?\n/, 30).filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = -1;
  for (const d of [';', ',', '\t']) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const nonZero = counts.filter((c) => c > 0);
    if (nonZero.length === 0) continue;
    const mode = mostCommon(nonZero);
    const score = counts.filter((c) => c === mode).length * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

function mostCommon(values: number[]): number {
  const freq = new Map<number, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  return [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}
