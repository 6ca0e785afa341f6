import type { ResolvedStyle } from '../plan/resolvePlan';
import { builtInFormat } from './numberFormats';
import { TRANSITIONAL } from './sheetXml';
import { XlsxError } from './xlsxError';
import { childrenOf, escapeXml, qualified, TextEdits, xmlOutline, type XmlElement } from './xmlOutline';

/** The sections of styles.xml this editor appends to, in the schema's order (ECMA-376 Part 1 §18.8.39). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const SECTIONS: readonly Section[] = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs'];
const ITEM: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** Built-in formats whose code is the same in every locale: a planned format with one of these codes takes its id. */
const INVARIANT_IDS = [1, 2, 3, 4, 9, 10, 11, 12, 13, 45, 46, 47, 48, 49];
/** Excel's short date (built-in 14, shown in the reader's locale): a date cell whose style sets no format. */
const SHORT_DATE = 14;
/** Custom number formats take ids from 164 on. */
const FIRST_CUSTOM = 164;

/** What a workbook without styles.xml (or a new one) starts with: what Excel writes for an empty workbook. */
export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${TRANSITIONAL.main}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

/**
 * Merges the looks a writer needs into a workbook's styles.xml: every existing font, fill, border,
 * number format and cell format stays where it is (cells of other sheets point at them by index);
 * new ones are appended, each once, and the counts updated. Nothing else in the part changes.
 *
 * An existing entry written exactly as a new one would be is reused, so writing the same sheet again
 * leaves styles.xml as it is. A new font is the workbook's own body font (font 0: its name, family, scheme) with the plan's
 * bold, italic, size and colour, so a summary reads in the workbook's typeface.
 */
export class StylesEditor {
  private readonly outline: XmlElement[];
  private readonly root: XmlElement;
  private readonly sections = new Map<string, XmlElement>();
  private readonly counts: Record<Section, number>;
  private readonly added: Record<Section, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [], dxfs: [] };
  private readonly keys = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM;
  private readonly baseFont: { name: string; text: string }[];
  private readonly missing = new Set<'cellStyleXfs'>();

  constructor(
    private readonly text: string,
    maxToken: number,
  ) {
    this.outline = xmlOutline(text, maxToken);
    const root = this.outline[0];
    if (!root || root.name !== 'styleSheet') throw XlsxError.corrupt();
    this.root = root;
    for (const e of childrenOf(this.outline, 0)) if (!this.sections.has(e.name)) this.sections.set(e.name, e);
    const count = (s: string, item: string) => {
      const el = this.sections.get(s);
      return el ? childrenOf(this.outline, this.outline.indexOf(el), item).length : 0;
    };
    this.counts = Object.fromEntries(SECTIONS.map((s) => [s, count(s, ITEM[s])])) as Record<Section, number>;
    // An entry written exactly as one we would add is that entry: a summary written again adds nothing.
    for (const section of ['fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const) {
      const el = this.sections.get(section);
      if (!el) continue;
      childrenOf(this.outline, this.outline.indexOf(el), ITEM[section]).forEach((item, i) => {
        const key = `${section}\u0000${text.slice(item.start, item.endEnd)}`;
        if (!this.keys.has(key)) this.keys.set(key, i);
      });
    }
    const numFmts = this.sections.get('numFmts');
    if (numFmts) {
      for (const f of childrenOf(this.outline, this.outline.indexOf(numFmts), 'numFmt')) {
        const id = Number(f.attributes.get('numFmtId')?.value);
        const code = f.attributes.get('formatCode')?.value;
        if (!Number.isInteger(id)) continue;
        if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
        if (id >= this.nextFormatId) this.nextFormatId = id + 1;
      }
    }
    // The parts Excel needs before any of ours: a body font, the two reserved fills, an empty border, a cell style.
    if (this.counts.fonts === 0) this.reserve('fonts', '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>');
    if (this.counts.fills === 0) this.reserve('fills', `<fill><patternFill patternType="none"/></fill>`);
    if (this.counts.fills < 2) this.reserve('fills', `<fill><patternFill patternType="gray125"/></fill>`);
    if (this.counts.borders === 0) this.reserve('borders', '<border><left/><right/><top/><bottom/><diagonal/></border>');
    if (!this.sections.has('cellStyleXfs')) this.missing.add('cellStyleXfs');
    if (this.counts.cellXfs === 0) this.reserve('cellXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    this.baseFont = this.fontZeroChildren();
  }

  /** True when `toText` differs from the original. */
  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0) || this.missing.size > 0;
  }

  /** The `cellXfs` index of a cell format with this look (`date`: a date cell, Excel's short date when the look sets no format). */
  xf(style: ResolvedStyle, date = false): number {
    const numFmtId = style.numberFormat !== undefined ? this.formatId(style.numberFormat) : date ? SHORT_DATE : 0;
    const fontId = style.font ? this.fontId(style.font) : 0;
    const fillId = style.fill !== undefined ? this.fillId(style.fill) : 0;
    const borderId = style.border ? this.borderId() : 0;
    const alignment: string[] = [];
    if (style.horizontal) alignment.push(`horizontal="${style.horizontal}"`);
    if (style.vertical) alignment.push(`vertical="${style.vertical === 'middle' ? 'center' : style.vertical}"`);
    if (style.wrap) alignment.push('wrapText="1"');
    // Cells are locked unless their format says otherwise (ECMA-376 Part 1, 18.8.33 protection: locked defaults to true).
    const unlocked = style.locked === false;
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && borderId === 0 && alignment.length === 0 && !unlocked) return 0;
    const applied = [numFmtId ? ' applyNumberFormat="1"' : '', fontId ? ' applyFont="1"' : '', fillId ? ' applyFill="1"' : '', borderId ? ' applyBorder="1"' : '', alignment.length ? ' applyAlignment="1"' : '', unlocked ? ' applyProtection="1"' : ''].join('');
    const p = this.prefix('cellXfs');
    const head = `<${qualified(p, 'xf')} numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    // CT_Xf's children in the schema's order: alignment, then protection.
    const children = (alignment.length ? `<${qualified(p, 'alignment')} ${alignment.join(' ')}/>` : '') + (unlocked ? `<${qualified(p, 'protection')} locked="0"/>` : '');
    const xml = children ? `${head}>${children}</${qualified(p, 'xf')}>` : `${head}/>`;
    return this.intern('cellXfs', xml);
  }

  /**
   * The `dxfs` index of a conditional format's look (ECMA-376 Part 1, 18.8.14 dxf: font, then fill):
   * bold and a font colour, and a fill written as Excel writes one for a rule (its pattern's background colour).
   */
  dxf(format: { fill?: string; fontColor?: string; bold?: true }): number {
    const q = (n: string) => qualified(this.prefix('dxfs'), n);
    let font = '';
    if (format.bold) font += `<${q('b')}/>`;
    if (format.fontColor !== undefined) font += `<${q('color')} rgb="FF${format.fontColor.slice(1)}"/>`;
    const fill = format.fill === undefined ? '' : `<${q('fill')}><${q('patternFill')}><${q('bgColor')} rgb="FF${format.fill.slice(1)}"/></${q('patternFill')}></${q('fill')}>`;
    return this.intern('dxfs', `<${q('dxf')}>${font ? `<${q('font')}>${font}</${q('font')}>` : ''}${fill}</${q('dxf')}>`);
  }

  /** The styles part with the new entries appended (the original text when nothing was added). */
  toText(): string {
    if (!this.changed) return this.text;
    const edits = new TextEdits();
    for (const section of SECTIONS) {
      const items = this.added[section];
      if (items.length === 0) continue;
      const total = this.counts[section] + items.length;
      const el = this.sections.get(section);
      if (!el) {
        const p = this.root.prefix;
        this.insertSection(edits, section, `<${qualified(p, section)} count="${total}">${items.join('')}</${qualified(p, section)}>`);
      } else if (el.selfClosing) {
        const name = qualified(el.prefix, section);
        edits.replace(el.start, el.endEnd, `<${name}${this.attributesWithCount(el, total)}>${items.join('')}</${name}>`);
      } else {
        this.setCount(edits, el, total);
        edits.insert(el.end, items.join(''));
      }
    }
    if (this.missing.has('cellStyleXfs')) {
      const p = this.root.prefix;
      this.insertSection(edits, 'cellStyleXfs', `<${qualified(p, 'cellStyleXfs')} count="1"><${qualified(p, 'xf')} numFmtId="0" fontId="0" fillId="0" borderId="0"/></${qualified(p, 'cellStyleXfs')}>`);
    }
    return edits.apply(this.text);
  }

  private reserve(section: Section, xml: string): void {
    const p = this.prefix(section);
    this.added[section].push(p ? xml.replace(/<(\/?)(\w)/g, `<$1${p}:$2`) : xml);
  }

  /** The prefix the section's elements are written with (that of the section, else of the root). */
  private prefix(section: string): string {
    return this.sections.get(section)?.prefix ?? this.root.prefix;
  }

  private intern(section: Section, xml: string): number {
    const key = `${section}\u0000${xml}`;
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.counts[section] + this.added[section].push(xml) - 1;
      this.keys.set(key, index);
    }
    return index;
  }

  private formatId(code: string): number {
    for (const id of INVARIANT_IDS) if (builtInFormat(id) === code) return id;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.customFormats.set(code, id);
      this.added.numFmts.push(`<${qualified(this.prefix('numFmts'), 'numFmt')} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private fontId(font: NonNullable<ResolvedStyle['font']>): number {
    const p = this.prefix('fonts');
    const el = (name: string, attrs = '') => `<${qualified(p, name)}${attrs}/>`;
    const parts: string[] = [];
    if (font.bold) parts.push(el('b'));
    if (font.italic) parts.push(el('i'));
    let sized = false;
    let coloured = false;
    for (const child of this.baseFont) {
      if (child.name === 'b' || child.name === 'i') continue;
      if (child.name === 'sz') {
        sized = true;
        parts.push(font.size !== undefined ? el('sz', ` val="${font.size}"`) : child.text);
      } else if (child.name === 'color') {
        coloured = true;
        parts.push(font.color !== undefined ? el('color', ` rgb="FF${font.color.slice(1)}"`) : child.text);
      } else {
        if (child.name === 'name' || child.name === 'family' || child.name === 'charset' || child.name === 'scheme') {
          if (!sized && font.size !== undefined) (parts.push(el('sz', ` val="${font.size}"`)), (sized = true));
          if (!coloured && font.color !== undefined) (parts.push(el('color', ` rgb="FF${font.color.slice(1)}"`)), (coloured = true));
        }
        parts.push(child.text);
      }
    }
    if (!sized && font.size !== undefined) parts.push(el('sz', ` val="${font.size}"`));
    if (!coloured && font.color !== undefined) parts.push(el('color', ` rgb="FF${font.color.slice(1)}"`));
    return this.intern('fonts', `<${qualified(p, 'font')}>${parts.join('')}</${qualified(p, 'font')}>`);
  }

  private fillId(colour: string): number {
    const q = (n: string) => qualified(this.prefix('fills'), n);
    return this.intern('fills', `<${q('fill')}><${q('patternFill')} patternType="solid"><${q('fgColor')} rgb="FF${colour.slice(1)}"/><${q('bgColor')} indexed="64"/></${q('patternFill')}></${q('fill')}>`);
  }

  private borderId(): number {
    const q = (n: string) => qualified(this.prefix('borders'), n);
    const side = (n: string) => `<${q(n)} style="thin"><${q('color')} indexed="64"/></${q(n)}>`;
    return this.intern('borders', `<${q('border')}>${side('left')}${side('right')}${side('top')}${side('bottom')}<${q('diagonal')}/></${q('border')}>`);
  }

  /** Font 0's child elements as written (its name, family, size…), the base of every new font. */
  private fontZeroChildren(): { name: string; text: string }[] {
    const fonts = this.sections.get('fonts');
    const first = fonts ? childrenOf(this.outline, this.outline.indexOf(fonts), 'font')[0] : undefined;
    if (!first) return [{ name: 'sz', text: '<sz val="11"/>' }, { name: 'name', text: '<name val="Calibri"/>' }, { name: 'family', text: '<family val="2"/>' }];
    return childrenOf(this.outline, this.outline.indexOf(first)).map((c) => ({ name: c.name, text: this.text.slice(c.start, c.endEnd) }));
  }

  private setCount(edits: TextEdits, el: XmlElement, total: number): void {
    const count = el.attributes.get('count');
    if (count) edits.replace(count.start, count.end, String(total));
    else edits.insert(el.start + 1 + qualified(el.prefix, el.name).length, ` count="${total}"`);
  }

  /** The attributes of a self-closing section's start tag, its count set to `total`. */
  private attributesWithCount(el: XmlElement, total: number): string {
    const inner = this.text.slice(el.start + 1 + qualified(el.prefix, el.name).length, el.startEnd - 2);
    return /\bcount\s*=\s*["'][^"']*["']/.test(inner) ? inner.replace(/\bcount\s*=\s*["'][^"']*["']/, `count="${total}"`) : `${inner} count="${total}"`;
  }

  /** Puts a missing section where the schema wants it: before the first later section present, else at the end. */
  private insertSection(edits: TextEdits, section: (typeof ORDER)[number], xml: string): void {
    for (const later of ORDER.slice(ORDER.indexOf(section) + 1)) {
      const el = this.sections.get(later);
      if (el) {
        edits.insert(el.start, xml);
        return;
      }
    }
    if (this.root.selfClosing) edits.replace(this.root.startEnd - 2, this.root.endEnd, `>${xml}</${qualified(this.root.prefix, 'styleSheet')}>`);
    else edits.insert(this.root.end, xml);
  }
}
