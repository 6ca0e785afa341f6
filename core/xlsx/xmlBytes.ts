/**
 * XML written straight into UTF-8 bytes, handed on in pieces of about `piece` bytes. A sheet of two
 * million cells built as strings first (a string per cell, joined, then encoded) allocated three
 * times its size in short-lived strings; here markup and numbers go in byte by byte and only text
 * that is not plain ASCII goes through the encoder.
 */
export class XmlBytes {
  private buffer: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly piece: number) {
    this.buffer = new Uint8Array(piece + 1024);
  }

  /** Markup or anything known to be ASCII (tags, attribute names, numbers as JavaScript writes them). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Any text, UTF-8 encoded (characters past ASCII through TextEncoder). */
  text(s: string): void {
    const n = s.length;
    let i = 0;
    this.room(n);
    const b = this.buffer;
    let at = this.at;
    for (; i < n; i++) {
      const ch = s.charCodeAt(i);
      if (ch >= 0x80) break;
      b[at++] = ch;
    }
    this.at = at;
    if (i === n) return;
    const rest = s.slice(i);
    this.room(rest.length * 3); // at most three bytes per UTF-16 unit
    this.at += this.encoder.encodeInto(rest, this.buffer.subarray(this.at)).written;
  }

  /**
   * Text content: plain ASCII with nothing to escape is copied in the same pass that checks it (most
   * cells); anything else (`&`, `<`, `>`, `_`, a control character, past ASCII) goes as `escape` writes it.
   */
  escapedText(s: string, escape: (text: string) => string): void {
    const n = s.length;
    this.room(n);
    const b = this.buffer;
    const start = this.at;
    let at = start;
    for (let i = 0; i < n; i++) {
      const ch = s.charCodeAt(i);
      if (ch >= 0x80 || (ch < 32 && ch !== 9 && ch !== 10) || ch === 38 || ch === 60 || ch === 62 || ch === 95) {
        this.at = start;
        this.text(escape(s));
        return;
      }
      b[at++] = ch;
    }
    this.at = at;
  }

  /** A whole number from 0 to 2^53, in decimal, without making its string. */
  digits(n: number): void {
    this.room(16);
    const b = this.buffer;
    if (n < 10) {
      b[this.at++] = 48 + n;
      return;
    }
    // Row numbers, styles and most values fit 31 bits, where `| 0` divides exactly and fast.
    const small = n < 0x80000000;
    let end = this.at;
    for (let m = n; m >= 1; m = small ? (m / 10) | 0 : Math.floor(m / 10)) end++;
    this.at = end;
    for (let m = n; m >= 1; m = small ? (m / 10) | 0 : Math.floor(m / 10)) b[--end] = 48 + (m % 10);
  }

  /** The bytes written so far, once they make a piece (or `always`): then the buffer starts again. */
  take(always = false): Uint8Array | undefined {
    if (this.at < this.piece && !(always && this.at > 0)) return undefined;
    const out = this.buffer.subarray(0, this.at);
    this.buffer = new Uint8Array(this.piece + 1024);
    this.at = 0;
    return out;
  }

  /** The bytes written so far, to be read before the next write (the buffer is kept and written over). */
  drain(): Uint8Array {
    const out = this.buffer.subarray(0, this.at);
    this.at = 0;
    return out;
  }

  /** Makes room for `bytes` more, growing the buffer (a piece is handed on whole, never cut). */
  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + bytes));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }
}
