/**
 * Where the highlight memory lives: the document's properties (shared by every editor of this
 * spreadsheet, private to RB Matrix). A property value holds at most 9 KB and a store 500 KB, so the
 * encoded memory is split over numbered keys. One `getProperties` reads it, one `setProperties`
 * writes it (replacing old chunks in the same call), whatever its size.
 */
import { decodeMemory, encodeMemory, type HighlightMemory } from '../../core/workbench/highlight';
import { UserError } from '../../core/i18n';

const PREFIX = 'rbm.highlight.';
/** Characters per chunk: a UTF-16 unit is at most 3 bytes in UTF-8, so 3,000 stay under 9 KB. */
const CHUNK = 3000;
/** Leave room in the 500 KB store for anything else the add-on keeps. */
const MAX_BYTES = 400 * 1024;
/** How long to wait for another editor's check to finish. */
const LOCK_WAIT_MS = 20_000;

export interface StoredMemory {
  properties: GoogleAppsScript.Properties.Properties;
  all: Record<string, string>;
  memory: HighlightMemory;
}

/**
 * Runs a read-paint-remember step under the document's lock: two editors checking at once would
 * otherwise each write their own memory, and the fills one of them remembered could not be given back.
 */
export function withMemoryLock<T>(body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return body(); // only outside a document, which an editor add-on never is
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError(
      'Pengguna lain sedang memeriksa atau menghapus sorotan pada spreadsheet ini. Tunggu sebentar lalu coba lagi.',
      'Another editor is checking or clearing highlights in this spreadsheet. Wait a moment and try again.',
    );
  }
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}

export function loadMemory(): StoredMemory {
  const properties = PropertiesService.getDocumentProperties();
  const all = properties.getProperties();
  return { properties, all, memory: decodeMemory(joinChunks(all)) };
}

/** Writes the memory back, keeping every property that is not ours. */
export function saveMemory(stored: StoredMemory, memory: HighlightMemory): void {
  const others: Record<string, string> = {};
  for (const [key, value] of Object.entries(stored.all)) if (!key.startsWith(PREFIX)) others[key] = value;
  const chunks = splitChunks(encodeMemory(memory));
  chunks.forEach((chunk, i) => (others[`${PREFIX}${i}`] = chunk));
  // deleteAllOthers: chunks of a longer earlier memory go in the same call.
  stored.properties.setProperties(others, true);
}

/** Refuses a memory too large for the store before anything is painted (painting without memory could not be undone). */
export function checkMemorySize(memory: HighlightMemory): void {
  const bytes = utf8Length(encodeMemory(memory));
  if (bytes > MAX_BYTES) {
    throw new UserError(
      'Terlalu banyak sel bersorot untuk diingat. Hapus sorotan pada sheet lain (tombol Hapus sorotan) lalu periksa lagi.',
      'Too many highlighted cells to remember. Clear the highlights on other sheets (Clear highlights) and check again.',
    );
  }
}

export function joinChunks(all: Record<string, string>): string {
  const parts: string[] = [];
  for (let i = 0; `${PREFIX}${i}` in all; i++) parts.push(all[`${PREFIX}${i}`]);
  return parts.join('');
}

export function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + CHUNK);
    // Never split a surrogate pair between two values.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}
