/**
 * A small strict XML reader for the manifest tests (no dependency): elements, attributes, text,
 * comments, CDATA, the XML declaration and the five entities plus character references. Anything
 * not well-formed throws with its position: mismatched or unclosed tags, unquoted or repeated
 * attributes, a bare `&` or `<`, text or a second element outside the root.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_][\w.\-:]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    const line = source.slice(0, i).split('\n').length;
    throw new Error(`XML: ${why} (line ${line})`);
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) fail('a name was expected');
    i += m![0].length;
    return m![0];
  };
  const space = () => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const decode = (text: string): string =>
    text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (whole, ref: string | undefined) => {
      if (!ref) fail('a bare & in text or an attribute');
      if (ref!.startsWith('#x')) return String.fromCodePoint(parseInt(ref!.slice(2), 16));
      if (ref!.startsWith('#')) return String.fromCodePoint(Number(ref!.slice(1)));
      if (!(ref! in ENTITIES)) fail(`unknown entity &${ref};`);
      return ENTITIES[ref!];
    });
  const misc = () => {
    for (;;) {
      space();
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        if (end < 0) fail('unclosed comment');
        if (source.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
        i = end + 3;
      } else if (source.startsWith('<?', i)) {
        const end = source.indexOf('?>', i);
        if (end < 0) fail('unclosed processing instruction');
        i = end + 2;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[i] !== '<') fail('an element was expected');
    i++;
    const el: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      space();
      if (source.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail(`space expected before an attribute of <${el.name}>`);
      const attr = name();
      space();
      if (source[i] !== '=') fail(`= expected after ${attr}`);
      i++;
      space();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} is not quoted`);
      const end = source.indexOf(quote, i + 1);
      if (end < 0) fail(`unclosed value of ${attr}`);
      const raw = source.slice(i + 1, end);
      if (raw.includes('<')) fail(`< inside the value of ${attr}`);
      if (attr in el.attributes) fail(`attribute ${attr} repeated on <${el.name}>`);
      el.attributes[attr] = decode(raw);
      i = end + 1;
    }
    for (;;) {
      if (i >= source.length) fail(`<${el.name}> is never closed`);
      if (source.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        space();
        if (source[i] !== '>') fail('> expected');
        i++;
        return el;
      }
      if (source.startsWith('<!--', i)) {
        misc();
        continue;
      }
      if (source.startsWith('<![CDATA[', i)) {
        const end = source.indexOf(']]>', i);
        if (end < 0) fail('unclosed CDATA');
        el.text += source.slice(i + 9, end);
        i = end + 3;
        continue;
      }
      if (source[i] === '<') {
        el.children.push(element());
        continue;
      }
      const next = source.indexOf('<', i);
      const text = source.slice(i, next < 0 ? source.length : next);
      if (text.includes(']]>')) fail(']]> in text');
      el.text += decode(text);
      i = next < 0 ? source.length : next;
    }
  };
  if (source.charCodeAt(0) === 0xfeff) i = 1;
  misc();
  const root = element();
  misc();
  if (i < source.length) fail('content after the root element');
  return root;
}

/** Every element of a tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The element's name without its prefix. */
export function local(el: XmlElement): string {
  return el.name.slice(el.name.indexOf(':') + 1);
}

/** The only child of that local name (throws when there is none or several). */
export function child(el: XmlElement, name: string): XmlElement {
  const found = el.children.filter((c) => local(c) === name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>`);
  return found[0];
}
