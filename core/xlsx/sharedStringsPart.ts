import { StringItem, unescapeControls } from './stringItem';
import { decodeXml, type XmlHandler } from './xmlScanner';

const PLAIN_TEXT_OPENINGS = ['<si><t>', '<si><t xml:space="preserve">'];
const PLAIN_TEXT_CLOSING = '</t></si>';

/** Reads sharedStrings.xml (ECMA-376 Part 1 §18.4.9) into the list cells of type `s` index. */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private readonly item = new StringItem();
  private inItem = false;

  get wantsText(): boolean {
    return this.inItem && this.item.wantsText;
  }

  open(name: string): void {
    if (name === 'si') {
      this.inItem = true;
      this.item.reset();
    } else if (this.inItem) this.item.open(name);
  }

  close(name: string): void {
    if (name === 'si') {
      this.strings.push(this.item.value());
      this.inItem = false;
    } else if (this.inItem) this.item.close(name);
  }

  text(text: string): void {
    this.item.text(text);
  }

  fastNeedsMore = false;

  /**
   * Reads the items that are one plain text, `<si><t>…</t></si>` (with or without
   * `xml:space="preserve"`), nearly all of them, straight from the text: five reported tokens each
   * the long way made reading the strings of a 100,000-output matrix cost 170 ms. Rich text, phonetic
   * runs and anything unusual are left to the scanner (it stops there and reports them as usual).
   */
  fastScan(text: string, at: number): number {
    this.fastNeedsMore = false;
    if (this.inItem) return at;
    let i = at;
    for (;;) {
      if (text.charCodeAt(i) !== 60 /* < */) return i;
      const opening = PLAIN_TEXT_OPENINGS.find((o) => text.startsWith(o, i));
      if (!opening) return i;
      const start = i + opening.length;
      const lt = text.indexOf('<', start);
      if (lt < 0 || text.length - lt < PLAIN_TEXT_CLOSING.length) {
        this.fastNeedsMore = true;
        return i;
      }
      if (!text.startsWith(PLAIN_TEXT_CLOSING, lt)) return i;
      this.strings.push(unescapeControls(decodeXml(text.slice(start, lt))));
      i = lt + PLAIN_TEXT_CLOSING.length;
    }
  }
}
