import { StringItem } from './stringItem';
import type { XmlHandler } from './xmlScanner';

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
}
