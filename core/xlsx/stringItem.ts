/**
 * The text of a string item (`<si>` in shared strings, `<is>` in a cell, ECMA-376 Part 1 §18.4.8):
 * its `<t>`, or the `<t>` of each rich-text run joined, without phonetic runs (`<rPh>`, the reading
 * aid shown above East-Asian text, not part of the value). Feed it the elements inside the item.
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  get wantsText(): boolean {
    return this.inText;
  }

  reset(): void {
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
  }

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    this.parts.push(text);
  }

  value(): string {
    const joined = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    return unescapeControls(joined);
  }
}

/**
 * Excel writes characters XML cannot hold (control characters) as `_xHHHH_` (ECMA-376 Part 1
 * §22.9.2.19 ST_Xstring); `_x005F_` escapes an underscore that would otherwise start one.
 */
export function unescapeControls(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
