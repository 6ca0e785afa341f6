/**
 * Start tags of a sheet's rows and cells read straight from the text, for `SheetReader.fastScan`:
 * where the attributes it needs (`r`, `s`, `t`) have their values, without making a string.
 */

/** `fastScan` results: the text ends inside the token; the token is left to the scanner. */
export const INCOMPLETE = -1;
export const LEAVE = -2;
export const ROW_ATTRIBUTES = ['r'];
export const CELL_ATTRIBUTES = ['r', 's', 't'];

export function endsName(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

export interface Tag {
  /** Index after the tag, INCOMPLETE, or LEAVE (a prefixed attribute name we do not read is fine; a malformed tag is left). */
  end: number;
  selfClosing: boolean;
  starts: number[];
  ends: number[];
}

/** The one result object, reused: read it before the next call. */
const tag: Tag = { end: 0, selfClosing: false, starts: [-1, -1, -1], ends: [-1, -1, -1] };

/** Reads a start tag's attributes from `from` (just after its name), noting where the `wanted` ones' values are. */
export function readTag(text: string, from: number, wanted: string[]): Tag {
  tag.starts.fill(-1);
  tag.ends.fill(-1);
  const n = text.length;
  let j = from;
  for (;;) {
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 9)) j++;
    if (j >= n) return incomplete();
    const ch = text.charCodeAt(j);
    if (ch === 62 /* > */) return done(j + 1, false);
    if (ch === 47 /* / */) {
      if (j + 1 >= n) return incomplete();
      return text.charCodeAt(j + 1) === 62 ? done(j + 2, true) : leave();
    }
    const eq = text.indexOf('=', j);
    if (eq < 0) return incomplete();
    let nameEnd = eq;
    while (nameEnd > j && text.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let k = eq + 1;
    while (k < n && text.charCodeAt(k) <= 32) k++;
    if (k >= n) return incomplete();
    const quote = text.charCodeAt(k);
    if (quote !== 34 && quote !== 39) return leave();
    const close = text.indexOf(quote === 34 ? '"' : "'", k + 1);
    if (close < 0) return incomplete();
    if (nameEnd - j === 1) {
      const w = wanted.indexOf(text[j]);
      if (w >= 0) {
        tag.starts[w] = k + 1;
        tag.ends[w] = close;
      }
    }
    j = close + 1;
  }
}

/**
 * A cell's start tag as Excel, LibreOffice and openpyxl write it (` r="…" s="…" t="…"` in that order,
 * each optional), read with a few direct comparisons; any other form through `readTag`.
 */
export function readCellTag(text: string, from: number): Tag {
  let j = from;
  for (let w = 0; w < 3; w++) {
    const name = CELL_ATTRIBUTES[w];
    if (text.charCodeAt(j) === 32 && text.charCodeAt(j + 1) === name.charCodeAt(0) && text.charCodeAt(j + 2) === 61 && text.charCodeAt(j + 3) === 34) {
      const close = text.indexOf('"', j + 4);
      if (close < 0) return incomplete();
      tag.starts[w] = j + 4;
      tag.ends[w] = close;
      j = close + 1;
    } else {
      tag.starts[w] = -1;
      tag.ends[w] = -1;
    }
  }
  const ch = text.charCodeAt(j);
  if (ch === 62 /* > */) return done(j + 1, false);
  if (ch === 47 /* / */ && text.charCodeAt(j + 1) === 62) return done(j + 2, true);
  return j + 1 >= text.length ? incomplete() : readTag(text, from, CELL_ATTRIBUTES);
}

function done(end: number, selfClosing: boolean): Tag {
  tag.end = end;
  tag.selfClosing = selfClosing;
  return tag;
}

function incomplete(): Tag {
  tag.end = INCOMPLETE;
  return tag;
}

function leave(): Tag {
  tag.end = LEAVE;
  return tag;
}
