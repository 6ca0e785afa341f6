import { XlsxError } from './xlsxError';

/**
 * The attributes of the tag being reported, as positions in the text being scanned: valid only during
 * the `open` call (the object is reused). Strings are made only for the attributes asked for; the hot
 * paths (a cell's `r` and `s`) read their digits and letters in place.
 */
export class Attributes {
  text = '';
  count = 0;
  private readonly names: number[] = []; // per attribute: local name start, name end, value start, value end
  private readonly spans: number[] = [];

  add(localStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const k = this.count++ * 4;
    this.spans[k] = localStart;
    this.spans[k + 1] = nameEnd;
    this.spans[k + 2] = valueStart;
    this.spans[k + 3] = valueEnd;
  }

  /** Where the value of the attribute with this local name starts in `text`, or -1. */
  find(name: string): number {
    const spans = this.spans;
    for (let i = 0; i < this.count; i++) {
      const k = i * 4;
      if (spans[k + 1] - spans[k] === name.length && this.text.startsWith(name, spans[k])) return k;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : decodeXml(this.text.slice(this.spans[k + 2], this.spans[k + 3]));
  }

  /** The attribute at `i` (0 ≤ i < count): its local name's start and end, and its value's start and end, in `text`. */
  span(i: number): [number, number, number, number] {
    const k = i * 4;
    return [this.spans[k], this.spans[k + 1], this.spans[k + 2], this.spans[k + 3]];
  }

  /** The value's start and end in `text` for a `find` result. */
  valueStart(k: number): number {
    return this.spans[k + 2];
  }

  valueEnd(k: number): number {
    return this.spans[k + 3];
  }
}

/** What a part reader does with the elements of its XML. Names are local names: `x:row` is `row`. */
export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Character data (entities decoded, CDATA as is); only asked for while this is true. */
  readonly wantsText: boolean;
  text(text: string): void;
  /**
   * Optional: reads the tokens it knows at `at` itself, faster than having them reported one by one
   * (the cells of a sheet). Returns where it stopped, at a token it leaves to the scanner; sets
   * `fastNeedsMore` when it stopped because the text ends inside a token.
   */
  fastScan?(text: string, at: number): number;
  readonly fastNeedsMore?: boolean;
}

/**
 * A small, fast tokenizer for the XML that spreadsheet packages hold, fed in pieces of any size:
 * elements, attributes, text, CDATA, comments and processing instructions. It refuses a DOCTYPE
 * (Excel never writes one, and entity expansion is how XML bombs work) and decodes only XML's five
 * named entities and character references. Self-closing tags are reported as an open and a close.
 */
export class XmlScanner {
  private pending = '';
  private waiting: string[] = [];
  private waitingLength = 0;
  private readonly attributes = new Attributes();
  /**
   * Where the token being reported starts and ends (during `open` and `close`), in the text being
   * scanned: offsets into the whole part when it was fed at once (`scanXml`), as xmlOutline.ts needs.
   */
  tokenStart = 0;
  tokenEnd = 0;

  constructor(
    private readonly handler: XmlHandler,
    /** The longest text or tag kept while waiting for its end. */
    private readonly maxToken: number,
  ) {}

  feed(chunk: string): void {
    // An unfinished token waits until as much new text has come as it holds, so a long one is
    // scanned a few times over in all, not once per piece.
    if (this.pending.length > 0 && this.waitingLength + chunk.length < this.pending.length) {
      this.waiting.push(chunk);
      this.waitingLength += chunk.length;
      return;
    }
    let text = chunk;
    let from = 0;
    if (this.pending.length > 0) {
      // The unfinished token is finished with the head of the new piece; the rest of the piece is
      // scanned where it is. (A joined string is read through an indirection at every character:
      // scanning whole joined pieces made a large sheet's reading a third slower.)
      const before = this.waiting.length ? this.pending + this.waiting.join('') : this.pending;
      this.waiting = [];
      this.waitingLength = 0;
      const head = before + chunk.slice(0, HEAD);
      const stop = this.scan(head, 0, false);
      if (stop >= before.length && chunk.length > HEAD) from = stop - before.length;
      else if (chunk.length <= HEAD) {
        this.keep(head, stop);
        return;
      } else {
        text = before + chunk; // a token longer than the head: its text is scanned joined
        from = stop;
      }
    }
    this.keep(text, this.scan(text, from, false));
  }

  /** What is left of `text` from `stop` on waits for the next piece. */
  private keep(text: string, stop: number): void {
    this.pending = stop < text.length ? text.slice(stop) : '';
    if (this.pending.length > this.maxToken) throw XlsxError.corrupt();
  }

  /** The end of the part: whatever is left must be whitespace. */
  end(): void {
    const text = this.pending + this.waiting.join('');
    this.pending = '';
    this.waiting = [];
    const stop = this.scan(text, 0, true);
    if (text.slice(stop).trim() !== '') throw XlsxError.corrupt();
  }

  /** Reports every complete token of `text` from `from` on; returns where the first incomplete one starts. */
  private scan(text: string, from: number, final: boolean): number {
    const h = this.handler;
    const n = text.length;
    let i = from;
    while (i < n) {
      if (h.fastScan) {
        i = h.fastScan(text, i);
        if (h.fastNeedsMore && !final) return i;
        if (i >= n) return n;
      }
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        if (!final) return i;
        if (h.wantsText) h.text(decodeXml(text.slice(i)));
        return n;
      }
      if (lt > i && h.wantsText) h.text(decodeXml(text.slice(i, lt)));
      i = lt;
      if (lt + 1 >= n) return i;
      const c = text.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = text.indexOf('>', lt + 2);
        if (gt < 0) return i;
        this.tokenStart = lt;
        this.tokenEnd = gt + 1;
        h.close(localName(text.slice(lt + 2, gt).trim()));
        i = gt + 1;
      } else if (c === 63 /* ? */) {
        const e = text.indexOf('?>', lt + 2);
        if (e < 0) return i;
        i = e + 2;
      } else if (c === 33 /* ! */) {
        if (text.startsWith('<!--', lt)) {
          const e = text.indexOf('-->', lt + 4);
          if (e < 0) return i;
          i = e + 3;
        } else if (text.startsWith('<![CDATA[', lt)) {
          const e = text.indexOf(']]>', lt + 9);
          if (e < 0) return i;
          if (h.wantsText) h.text(text.slice(lt + 9, e));
          i = e + 3;
        } else if (n - lt < 9 && !final) {
          return i;
        } else {
          throw XlsxError.unsupported('DOCTYPE XML');
        }
      } else {
        const after = this.openTag(text, lt);
        if (after < 0) return i;
        i = after;
      }
    }
    return i;
  }

  /** Reads the start tag at `lt` and reports it; returns the index after it, or -1 when it is not complete yet. */
  private openTag(text: string, lt: number): number {
    const n = text.length;
    let j = lt + 1;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === 62 /* > */ || ch === 47 /* / */ || ch === 32 || ch === 10 || ch === 13 || ch === 9) break;
      j++;
    }
    if (j >= n) return -1;
    const name = localName(text.slice(lt + 1, j));
    const attrs = this.attributes;
    attrs.text = text;
    attrs.count = 0;
    for (;;) {
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const ch = text.charCodeAt(j);
      if (ch === 62 /* > */) {
        this.tokenStart = lt;
        this.tokenEnd = j + 1;
        this.handler.open(name, attrs);
        return j + 1;
      }
      if (ch === 47 /* / */) {
        if (j + 1 >= n) return -1;
        if (text.charCodeAt(j + 1) !== 62) throw XlsxError.corrupt();
        this.tokenStart = lt;
        this.tokenEnd = j + 2;
        this.handler.open(name, attrs);
        this.handler.close(name);
        return j + 2;
      }
      const eq = text.indexOf('=', j);
      if (eq < 0) return -1;
      let nameEnd = eq;
      while (nameEnd > j && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
      let localStart = j;
      for (let p = j; p < nameEnd; p++) if (text.charCodeAt(p) === 58 /* : */) localStart = p + 1;
      let k = eq + 1;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      if (k >= n) return -1;
      const quote = text.charCodeAt(k);
      if (quote !== 34 && quote !== 39) throw XlsxError.corrupt();
      const close = text.indexOf(quote === 34 ? '"' : "'", k + 1);
      if (close < 0) return -1;
      attrs.add(localStart, nameEnd, k + 1, close);
      j = close + 1;
    }
  }
}

/** How much of a new piece finishes the token the previous one ended in (tokens are short but for long texts). */
const HEAD = 4096;

/** Feeds a whole text to a handler (small parts). */
export function scanXml(text: string, handler: XmlHandler, maxToken: number): void {
  const scanner = new XmlScanner(handler, maxToken);
  scanner.feed(text);
  scanner.end();
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 13 || ch === 9;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else is left as written. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref];
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
