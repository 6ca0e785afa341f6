import { decodeXml, XmlScanner, type Attributes } from './xmlScanner';

/** An element of a small XML part, by where it stands in the text (offsets into that text). */
export interface XmlElement {
  /** Local name (`sheet` for `<x:sheet>`). */
  name: string;
  /** The prefix it is written with (`x` for `<x:sheet>`), '' when none. */
  prefix: string;
  /** Index of its parent in the outline, -1 for the root. */
  parent: number;
  /** Its start tag: `<` to just after `>`. */
  start: number;
  startEnd: number;
  /** Its end tag `</…>` (for a self-closing element: both equal `startEnd`). */
  end: number;
  endEnd: number;
  selfClosing: boolean;
  /** Attributes by qualified name as written (`r:id`, `xmlns:r`): decoded value and where the raw value stands. */
  attributes: Map<string, { value: string; start: number; end: number }>;
}

/**
 * Every element of a small part (workbook, styles, relationships, content types) with its place in
 * the text, so an editor can change one attribute or insert one element and leave every other byte
 * as it was. Parsed by the reader's own tokenizer (no DOCTYPE, bounded tokens).
 */
export function xmlOutline(text: string, maxToken: number): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: number[] = [];
  const scanner: XmlScanner = new XmlScanner(
    {
      wantsText: false,
      open(name: string, a: Attributes) {
        const start = scanner.tokenStart;
        const startEnd = scanner.tokenEnd;
        const selfClosing = text.charCodeAt(startEnd - 2) === 47; /* `/>` */
        const qname = text.slice(start + 1, start + 1 + qualifiedLength(text, start + 1));
        const colon = qname.indexOf(':');
        const attributes = new Map<string, { value: string; start: number; end: number }>();
        for (let i = 0; i < a.count; i++) {
          const [localStart, nameEnd, valueStart, valueEnd] = a.span(i);
          let qStart = localStart;
          while (qStart > 0 && !isSpace(text.charCodeAt(qStart - 1))) qStart--;
          attributes.set(text.slice(qStart, nameEnd), { value: decodeXml(text.slice(valueStart, valueEnd)), start: valueStart, end: valueEnd });
        }
        const index = elements.push({ name, prefix: colon < 0 ? '' : qname.slice(0, colon), parent: open.length ? open[open.length - 1] : -1, start, startEnd, end: startEnd, endEnd: startEnd, selfClosing, attributes }) - 1;
        if (!selfClosing) open.push(index);
      },
      close() {
        const at = scanner.tokenStart;
        if (at >= 0 && text.charCodeAt(at + 1) !== 47) return; // the close of a self-closing element
        const index = open.pop();
        if (index === undefined) return;
        elements[index].end = scanner.tokenStart;
        elements[index].endEnd = scanner.tokenEnd;
      },
      text() {},
    },
    maxToken,
  );
  scanner.feed(text);
  scanner.end();
  return elements;
}

/** The direct children of element `parent` (-1: the root) named `name` (any name when absent). */
export function childrenOf(outline: XmlElement[], parent: number, name?: string): XmlElement[] {
  return outline.filter((e) => e.parent === parent && (name === undefined || e.name === name));
}

/** The first element named `name` whose parent is named `parentName` (or is the root). */
export function firstElement(outline: XmlElement[], name: string, parentName?: string): XmlElement | undefined {
  return outline.find((e) => e.name === name && (parentName === undefined || (e.parent >= 0 ? outline[e.parent].name === parentName : false)));
}

/** The namespace a prefix ('' for the default) stands for at an element: declared on it or on an ancestor. */
export function namespaceAt(outline: XmlElement[], element: XmlElement, prefix: string): string | undefined {
  const declaration = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let e: XmlElement | undefined = element; e; e = e.parent >= 0 ? outline[e.parent] : undefined) {
    const a = e.attributes.get(declaration);
    if (a) return a.value;
  }
  return undefined;
}

/** The qualified name of an element written `prefix:name`, `name` alone when it has no prefix. */
export function qualified(prefix: string, name: string): string {
  return prefix ? `${prefix}:${name}` : name;
}

function qualifiedLength(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const ch = text.charCodeAt(j);
    if (ch === 62 || ch === 47 || isSpace(ch)) break;
    j++;
  }
  return j - from;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 13 || ch === 9;
}

/** Text edits at offsets of one original text, applied together (non-overlapping; inserts at one offset keep their order). */
export class TextEdits {
  private readonly edits: { start: number; end: number; text: string; order: number }[] = [];

  /** Replaces `[start, end)` with `text`. */
  replace(start: number, end: number, text: string): this {
    this.edits.push({ start, end, text, order: this.edits.length });
    return this;
  }

  insert(at: number, text: string): this {
    return this.replace(at, at, text);
  }

  get size(): number {
    return this.edits.length;
  }

  /** A copy to add more edits to, this one left as it is. */
  copy(): TextEdits {
    const copy = new TextEdits();
    for (const e of this.edits) copy.replace(e.start, e.end, e.text);
    return copy;
  }

  apply(original: string): string {
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    const out: string[] = [];
    let at = 0;
    for (const e of sorted) {
      if (e.start < at) throw new Error('TextEdits: overlapping edits');
      out.push(original.slice(at, e.start), e.text);
      at = e.end;
    }
    out.push(original.slice(at));
    return out.join('');
  }
}

/** Text for an attribute value or element content: `&`, `<`, `>` and `"` escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Text as an attribute value: `escapeXml`, and the white space an XML parser would fold into spaces
 * (line breaks, tabs) as character references, so a message keeps its lines. Characters XML 1.0
 * cannot hold at all (other control characters) are left out.
 */
export function escapeAttribute(text: string): string {
  return escapeXml(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/g, '')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
