import type { ResolvedPlan } from '../plan/resolvePlan';
import { deflateRaw, deflateWithFflate, type Deflater } from './deflate';
import { inflateRaw, type Inflater } from './inflate';
import { XLSX_LIMITS, type XlsxLimits } from './limits';
import { encodeText, partEncodedText, ReadBudget, streamPartText, type EncodedText } from './partText';
import { patchedSheetXml, type CellPatch } from './patchSheet';
import { sheetXml, STRICT, TRANSITIONAL, type CellFormats, type Namespaces } from './sheetXml';
import { MINIMAL_STYLES, StylesEditor } from './stylesEditor';
import { resolveTarget } from './workbookPart';
import { escapeXml, namespaceAt, qualified, TextEdits, xmlOutline, type XmlElement } from './xmlOutline';
import { XlsxError } from './xlsxError';
import { ZipDirectory, type ZipEntry } from './zipDirectory';
import { ZipWriter, type ZipSink } from './zipWriter';

const CONTENT_TYPES = '[Content_Types].xml';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A sheet as the workbook lists it, in tab order. */
export interface EditorSheet {
  name: string;
  /** Its relationship type's last segment: `worksheet`, `chartsheet`, `dialogsheet`… */
  kind: string;
  /** Its part (`xl/worksheets/sheet1.xml`), when its relationship resolves. */
  path?: string;
}

/** A small XML part being edited: its entry (absent for a new part), its text and outline. */
interface SmallPart {
  path: string;
  entry?: ZipEntry;
  encoded: EncodedText;
  outline: XmlElement[];
  edits: TextEdits;
}

interface NewSheet {
  plan: ResolvedPlan;
  name: string;
  path: string;
  relId: string;
}

/**
 * The CLI's one workbook editor: a package is changed by editing it, never by rebuilding it.
 * Every part it is not asked to change is copied raw (its compressed bytes as they were), so
 * charts, pivot caches, VBA projects, extensions and custom XML survive byte for byte. What it can
 * do, each a few lines on top of the same parts:
 *
 * - **add a sheet** from a resolved plan (`addSheet`): its part streamed from the plan, one
 *   relationship, one content-type override, one `<sheet>` in workbook.xml (sheet indices of
 *   defined names and the active tab kept pointing at the same sheets), cell formats appended to
 *   styles.xml;
 * - **replace a sheet** we made (`replaceSheet`, after core's placement policy said so): only that
 *   sheet's part is written anew (and its relationships dropped), in the same place;
 * - **patch cells** of an existing sheet (`patchSheet`): values (text as text) and a look per cell
 *   set in its XML, every other byte of the part left as it was.
 *
 * Issue 16 adds data validations, conditional formats and charts to the resolved plan (written by
 * sheetXml.ts; a chart adds its drawing and chart parts and the sheet's relationships here) and
 * patches of an existing sheet in a copy; issue 17 writes cells into a master sheet and builds new
 * workbooks from `WorkbookEditor.blank()`.
 *
 * Memory: the input's bytes (already read), the small parts' text, and, while a sheet is written,
 * its compressed bytes; a sheet's XML is produced and deflated in pieces, never held whole.
 */
export class WorkbookEditor {
  private readonly contentTypes: SmallPart;
  private readonly workbook: SmallPart;
  private readonly workbookRels: SmallPart;
  private styles: StylesEditor;
  private stylesPart: { path: string; entry?: ZipEntry; encoding: EncodedText['encoding'] };
  private readonly sheetList: { element: XmlElement; sheet: EditorSheet }[] = [];
  private readonly newSheets: NewSheet[] = [];
  /** The final tab order: an index into `sheetList`, or a new sheet. */
  private readonly order: (number | NewSheet)[] = [];
  private readonly replaced = new Map<string, ResolvedPlan>();
  private readonly patched = new Map<string, CellPatch[]>();
  private readonly removed = new Set<string>();
  private readonly namespaces: Namespaces;
  readonly date1904: boolean;

  private constructor(
    private readonly zip: ZipDirectory,
    private readonly budget: ReadBudget,
    parts: { contentTypes: SmallPart; workbook: SmallPart; workbookRels: SmallPart; styles: { path: string; entry?: ZipEntry; encoded?: EncodedText } },
  ) {
    this.contentTypes = parts.contentTypes;
    this.workbook = parts.workbook;
    this.workbookRels = parts.workbookRels;
    const root = this.workbook.outline[0];
    this.namespaces = root && namespaceAt(this.workbook.outline, root, root.prefix) === STRICT.main ? STRICT : TRANSITIONAL;
    const pr = this.workbook.outline.find((e) => e.name === 'workbookPr');
    const d = pr?.attributes.get('date1904')?.value;
    this.date1904 = d === '1' || d === 'true';

    const rels = this.relationships();
    for (const element of this.workbook.outline.filter((e) => e.name === 'sheet' && e.parent >= 0 && this.workbook.outline[e.parent].name === 'sheets')) {
      const rel = rels.get(this.relationshipId(element) ?? '');
      const sheet: EditorSheet = { name: element.attributes.get('name')?.value ?? '', kind: rel ? rel.type.slice(rel.type.lastIndexOf('/') + 1) : 'other', path: rel ? resolveTarget(this.workbook.path, rel.target) : undefined };
      this.order.push(this.sheetList.push({ element, sheet }) - 1);
    }
    this.stylesPart = { path: parts.styles.path, entry: parts.styles.entry, encoding: parts.styles.encoded?.encoding ?? 'utf-8' };
    this.styles = new StylesEditor(parts.styles.encoded?.text ?? MINIMAL_STYLES, budget.limits.tokenChars);
  }

  /** Opens a package's bytes for editing (its structure read now; its sheets only when written). Throws `XlsxError` for a package it cannot edit. */
  static async open(bytes: Uint8Array, options: { limits?: XlsxLimits; inflate?: Inflater } = {}): Promise<WorkbookEditor> {
    const budget = new ReadBudget(options.limits ?? XLSX_LIMITS, options.inflate ?? inflateRaw);
    try {
      const zip = ZipDirectory.read(bytes);
      const small = async (path: string): Promise<SmallPart | undefined> => {
        const entry = zip.get(path);
        if (!entry) return undefined;
        const encoded = await partEncodedText(zip, entry, budget);
        return { path: entry.name, entry, encoded, outline: xmlOutline(encoded.text, budget.limits.tokenChars), edits: new TextEdits() };
      };
      const contentTypes = await small(CONTENT_TYPES);
      const root = await small('_rels/.rels');
      if (!contentTypes || !root) throw XlsxError.notXlsx();
      const office = root.outline.find((e) => e.name === 'Relationship' && (e.attributes.get('Type')?.value ?? '').endsWith('/officeDocument'));
      const workbookPath = office ? resolveTarget('', office.attributes.get('Target')?.value ?? '') : 'xl/workbook.xml';
      const workbook = await small(workbookPath);
      if (!workbook) throw XlsxError.notXlsx();
      const relsPath = relationshipsPath(workbook.path);
      const workbookRels = (await small(relsPath)) ?? newSmallPart(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`, budget);
      const stylesRel = workbookRels.outline.find((e) => e.name === 'Relationship' && (e.attributes.get('Type')?.value ?? '').endsWith('/styles'));
      const stylesPath = stylesRel ? resolveTarget(workbook.path, stylesRel.attributes.get('Target')?.value ?? '') : folderOf(workbook.path) + 'styles.xml';
      const stylesEntry = zip.get(stylesPath);
      const styles = stylesEntry ? { path: stylesEntry.name, entry: stylesEntry, encoded: await partEncodedText(zip, stylesEntry, budget) } : { path: stylesPath };
      const editor = new WorkbookEditor(zip, budget, { contentTypes, workbook, workbookRels, styles });
      if (!stylesEntry) editor.declareStyles();
      return editor;
    } catch (e) {
      if (e instanceof RangeError) throw XlsxError.corrupt();
      throw e;
    }
  }

  /** An empty workbook to add sheets to (a summary of a CSV, per-coordinator workbooks): what Excel needs and nothing else. */
  static async blank(): Promise<WorkbookEditor> {
    return WorkbookEditor.open(await blankPackage());
  }

  /** The sheets in tab order, as they are now (added sheets included). */
  get sheets(): EditorSheet[] {
    return this.order.map((o) => (typeof o === 'number' ? this.sheetList[o].sheet : { name: o.name, kind: 'worksheet', path: o.path }));
  }

  /** The package holds a VBA project (an .xlsm): it is kept as it is, and the copy must be saved as .xlsm. */
  get macros(): boolean {
    return this.zip.entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name));
  }

  /** Adds a sheet written from `plan` right after the sheet named `after` (any case), else last. The name must be free. */
  addSheet(plan: ResolvedPlan, after?: string): void {
    if (this.indexOf(plan.sheetName) >= 0) throw new Error(`addSheet: a sheet named “${plan.sheetName}” exists`);
    const path = this.freeSheetPath();
    const sheet: NewSheet = { plan, name: plan.sheetName, path, relId: this.freeRelationshipId() };
    this.newSheets.push(sheet);
    const at = after === undefined ? -1 : this.indexOf(after);
    this.order.splice(at >= 0 ? at + 1 : this.order.length, 0, sheet);
  }

  /** Writes `plan` in place of the worksheet named `name` (same tab, same part); its old relationships go. */
  replaceSheet(name: string, plan: ResolvedPlan): void {
    const path = this.worksheetPath(name);
    this.replaced.set(path.toLowerCase(), plan);
    this.patched.delete(path.toLowerCase());
    const rels = this.zip.get(relationshipsPath(path));
    if (rels) this.removed.add(rels.name.toLowerCase());
  }

  /** Sets cells of the existing worksheet named `name` (see patchSheet.ts); later patches of a cell win. */
  patchSheet(name: string, cells: CellPatch[]): void {
    const key = this.worksheetPath(name).toLowerCase();
    if (this.replaced.has(key)) throw new Error(`patchSheet: “${name}” is being replaced`);
    const list = this.patched.get(key) ?? [];
    for (const c of cells) list.push(c);
    this.patched.set(key, list);
  }

  /**
   * Writes the edited package to `sink`: every part not edited copied raw in its place, edited
   * parts written anew in theirs, new sheets after them, then the central directory.
   */
  async write(sink: ZipSink, deflater: Deflater = deflateRaw): Promise<void> {
    const formats = new Map<ResolvedPlan, CellFormats>();
    for (const plan of [...this.replaced.values(), ...this.newSheets.map((s) => s.plan)]) formats.set(plan, this.cellFormats(plan));
    const patchFormats = new Map<string, number[]>();
    for (const [key, cells] of this.patched) patchFormats.set(key, cells.map((c) => (c.style === undefined ? -1 : this.styles.xf(c.style, c.value.kind === 'date'))));
    // The edits of this write (the editor can be written again, or given more sheets first).
    const edits = { contentTypes: this.contentTypes.edits.copy(), workbook: this.workbook.edits.copy(), workbookRels: this.workbookRels.edits.copy() };
    this.editWorkbook(edits);

    const zip = new ZipWriter(sink);
    const small = new Map<string, Uint8Array>();
    const addSmall = (part: SmallPart, changes: TextEdits) => {
      if (changes.size || !part.entry) small.set(part.path.toLowerCase(), encodeText(changes.apply(part.encoded.text), part.encoded.encoding));
    };
    addSmall(this.contentTypes, edits.contentTypes);
    addSmall(this.workbook, edits.workbook);
    addSmall(this.workbookRels, edits.workbookRels);
    if (this.styles.changed || !this.stylesPart.entry) small.set(this.stylesPart.path.toLowerCase(), encodeText(this.styles.toText(), this.stylesPart.encoding));

    const tabSelected = (path: string) => this.activeTab() === this.order.findIndex((o) => typeof o === 'number' && this.sheetList[o].sheet.path?.toLowerCase() === path);
    for (const entry of this.zip.entries) {
      const key = entry.name.toLowerCase();
      if (this.removed.has(key)) continue;
      const bytes = small.get(key);
      const plan = this.replaced.get(key);
      const patches = this.patched.get(key);
      if (bytes) {
        await zip.addBytes(entry.name, deflater, bytes);
        small.delete(key);
      } else if (plan) {
        await zip.add(entry.name, deflater, (write) => this.writeSheet(plan, formats.get(plan)!, tabSelected(key), write));
      } else if (patches) {
        await zip.add(entry.name, deflater, (write) => this.writePatched(entry, patches, patchFormats.get(key)!, write));
      } else {
        await zip.copy(entry, this.zip.compressed(entry));
      }
    }
    for (const sheet of this.newSheets) await zip.add(sheet.path, deflater, (write) => this.writeSheet(sheet.plan, formats.get(sheet.plan)!, false, write));
    // Parts the input did not have (styles, the workbook's relationships), in the casing they were named.
    for (const [path, bytes] of small) await zip.addBytes(path === this.stylesPart.path.toLowerCase() ? this.stylesPart.path : this.workbookRels.path, deflater, bytes);
    await zip.finish();
  }

  // -------------------------------------------------------------------------------------------
  // Sheets

  private async writeSheet(plan: ResolvedPlan, formats: CellFormats, tabSelected: boolean, write: (piece: Uint8Array) => Promise<void>): Promise<void> {
    const encoder = new TextEncoder();
    for (const piece of sheetXml(plan, { formats, date1904: this.date1904, tabSelected, namespaces: this.namespaces })) await write(encoder.encode(piece));
  }

  /** The sheet's XML inflated, patched and deflated again as it streams past (its text is never held whole). */
  private async writePatched(entry: ZipEntry, patches: CellPatch[], xfs: number[], write: (piece: Uint8Array) => Promise<void>): Promise<void> {
    const encoder = new TextEncoder();
    let written: Promise<void> = Promise.resolve();
    const patcher = patchedSheetXml(patches, xfs, this.date1904, (text) => {
      if (text.length === 0) return;
      const bytes = encoder.encode(text);
      written = written.then(() => write(bytes));
    });
    await streamPartText(this.zip, entry, this.budget, this.budget.limits.sheetBytes, (text) => patcher.feed(text));
    patcher.end();
    await written;
  }

  /**
   * Each resolved style's cell format (and, for date cells of a style without a number format, one
   * with Excel's short date), all made before any part is written: styles.xml must list them.
   */
  private cellFormats(plan: ResolvedPlan): CellFormats {
    const plain = plan.styles.map((style) => this.styles.xf(style));
    const dates: number[] = [];
    for (const cell of plan.cells) {
      if (cell.value.kind === 'date' && dates[cell.style] === undefined) {
        const style = plan.styles[cell.style];
        dates[cell.style] = style.numberFormat === undefined ? this.styles.xf(style, true) : plain[cell.style];
      }
    }
    return { xf: (style, date) => (date ? dates[style] : plain[style]) };
  }

  private indexOf(name: string): number {
    const lower = name.toLowerCase();
    return this.sheets.findIndex((s) => s.name.toLowerCase() === lower);
  }

  private worksheetPath(name: string): string {
    const sheet = this.sheets[this.indexOf(name)];
    if (!sheet) throw new Error(`no sheet named “${name}”`);
    if (sheet.kind !== 'worksheet' || !sheet.path || !this.zip.get(sheet.path)) throw new Error(`“${name}” is not a worksheet of this package`);
    return this.zip.get(sheet.path)!.name;
  }

  /** `xl/worksheets/sheetN.xml` for the first N no part (existing or new) has. */
  private freeSheetPath(): string {
    const folder = `${folderOf(this.workbook.path)}worksheets/`;
    for (let n = 1; ; n++) {
      const path = `${folder}sheet${n}.xml`;
      if (!this.zip.get(path) && !this.newSheets.some((s) => s.path.toLowerCase() === path.toLowerCase())) return path;
    }
  }

  // -------------------------------------------------------------------------------------------
  // workbook.xml, its relationships, the content types

  private relationships(): Map<string, { type: string; target: string }> {
    const out = new Map<string, { type: string; target: string }>();
    for (const e of this.workbookRels.outline) {
      if (e.name !== 'Relationship' || e.attributes.get('TargetMode')?.value === 'External') continue;
      out.set(e.attributes.get('Id')?.value ?? '', { type: e.attributes.get('Type')?.value ?? '', target: e.attributes.get('Target')?.value ?? '' });
    }
    return out;
  }

  private freeRelationshipId(): string {
    const taken = new Set([...this.relationships().keys(), ...this.newSheets.map((s) => s.relId)]);
    for (let n = taken.size + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
  }

  /** The `r:id` of a `<sheet>`, whatever prefix the relationships namespace has there (declared on the root or, as openpyxl does, on the element). */
  private relationshipId(element: XmlElement): string | undefined {
    for (const [name, a] of element.attributes) {
      if (name.endsWith(':id') && namespaceAt(this.workbook.outline, element, name.slice(0, -3)) === this.namespaces.relationships) return a.value;
    }
    return undefined;
  }

  private activeTab(): number {
    const view = this.workbook.outline.find((e) => e.name === 'workbookView');
    return Number(view?.attributes.get('activeTab')?.value ?? 0) || 0;
  }

  /** The edits of workbook.xml, its relationships and the content types that the new sheets need. */
  private editWorkbook(edits: { contentTypes: TextEdits; workbook: TextEdits; workbookRels: TextEdits }): void {
    if (this.newSheets.length === 0) return;
    const wb = { ...this.workbook, edits: edits.workbook };
    const sheetsEl = wb.outline.find((e) => e.name === 'sheets' && e.parent === 0);
    if (!sheetsEl) throw XlsxError.corrupt();
    const root = wb.outline[0];
    const relPrefix = [...root.attributes].find(([k, a]) => k.startsWith('xmlns:') && a.value === this.namespaces.relationships)?.[0].slice(6);
    let nextSheetId = Math.max(0, ...this.sheetList.map((s) => Number(s.element.attributes.get('sheetId')?.value) || 0)) + 1;
    const sheetXmlOf = (s: NewSheet) => {
      const id = relPrefix ? `${relPrefix}:id="${s.relId}"` : `xmlns:r="${this.namespaces.relationships}" r:id="${s.relId}"`;
      return `<${qualified(sheetsEl.prefix, 'sheet')} name="${escapeXml(s.name)}" sheetId="${nextSheetId++}" ${id}/>`;
    };
    // Each new <sheet> goes after the existing one before it in the new order (or first).
    let pending = '';
    let anchorEnd = -1;
    const flush = (at: number) => {
      if (pending) wb.edits.insert(at, pending);
      pending = '';
    };
    for (const o of this.order) {
      if (typeof o === 'number') {
        flush(anchorEnd >= 0 ? anchorEnd : this.sheetList[o].element.start);
        anchorEnd = this.sheetList[o].element.endEnd;
      } else pending += sheetXmlOf(o);
    }
    if (pending) {
      if (anchorEnd >= 0) flush(anchorEnd);
      else if (sheetsEl.selfClosing) {
        const name = qualified(sheetsEl.prefix, 'sheets');
        wb.edits.replace(sheetsEl.start, sheetsEl.endEnd, `<${name}>${pending}</${name}>`);
        pending = '';
      } else flush(sheetsEl.end);
    }

    // Sheet indices elsewhere in workbook.xml follow their sheets to their new places.
    const moved = new Map<number, number>();
    this.order.forEach((o, i) => typeof o === 'number' && moved.set(o, i));
    const renumber = (e: XmlElement, attribute: string, shift: (old: number) => number) => {
      const a = e.attributes.get(attribute);
      if (!a || !/^\d+$/.test(a.value)) return;
      const now = shift(Number(a.value));
      if (now !== Number(a.value)) wb.edits.replace(a.start, a.end, String(now));
    };
    for (const e of wb.outline) {
      if (e.name === 'definedName') renumber(e, 'localSheetId', (old) => moved.get(old) ?? old);
      if (e.name === 'workbookView') {
        renumber(e, 'activeTab', (old) => moved.get(old) ?? old);
        renumber(e, 'firstSheet', (old) => moved.get(old) ?? old);
      }
    }

    const rels = { ...this.workbookRels, edits: edits.workbookRels };
    const relsRoot = rels.outline[0];
    const existingType = [...this.relationships().values()].find((r) => r.type.endsWith('/worksheet'))?.type;
    const type = existingType ?? `${this.namespaces.relationships}/worksheet`;
    const relXml = this.newSheets.map((s) => `<${qualified(relsRoot.prefix, 'Relationship')} Id="${s.relId}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(wb.path, s.path))}"/>`).join('');
    insertInto(rels, relsRoot, relXml);
    this.declareParts(this.newSheets.map((s) => s.path), WORKSHEET_TYPE, edits.contentTypes);
  }

  /** Content-type overrides for new parts. */
  private declareParts(paths: string[], type: string, edits = this.contentTypes.edits): void {
    const ct = { ...this.contentTypes, edits };
    const root = ct.outline[0];
    insertInto(ct, root, paths.map((p) => `<${qualified(root.prefix, 'Override')} PartName="/${escapeXml(p)}" ContentType="${type}"/>`).join(''));
  }

  /** A package without styles.xml gets one: its relationship and content type. */
  private declareStyles(): void {
    const rels = this.workbookRels;
    const id = this.freeRelationshipId();
    insertInto(rels, rels.outline[0], `<${qualified(rels.outline[0].prefix, 'Relationship')} Id="${id}" Type="${this.namespaces.relationships}/styles" Target="${escapeXml(relativeTarget(this.workbook.path, this.stylesPart.path))}"/>`);
    this.declareParts([this.stylesPart.path], STYLES_TYPE);
  }
}

/** Inserts XML at the end of an element's content (opening a self-closing one). */
function insertInto(part: SmallPart, element: XmlElement, xml: string): void {
  if (!xml) return;
  if (element.selfClosing) {
    const name = qualified(element.prefix, element.name);
    const attributes = part.encoded.text.slice(element.start + 1 + name.length, element.startEnd - 2);
    part.edits.replace(element.start, element.endEnd, `<${name}${attributes}>${xml}</${name}>`);
  } else part.edits.insert(element.end, xml);
}

function newSmallPart(path: string, text: string, budget: ReadBudget): SmallPart {
  return { path, encoded: { text, encoding: 'utf-8' }, outline: xmlOutline(text, budget.limits.tokenChars), edits: new TextEdits() };
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml` (Open Packaging Conventions §9.3). */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A part's name relative to the folder of the part whose relationship points at it. */
function relativeTarget(source: string, target: string): string {
  const from = folderOf(source);
  if (target.startsWith(from)) return target.slice(from.length).split('/').map(encodeURIComponent).join('/');
  return '/' + target.split('/').map(encodeURIComponent).join('/');
}

/** The smallest package a spreadsheet program opens once it has a sheet: content types, relationships, a workbook, styles. */
async function blankPackage(): Promise<Uint8Array> {
  const ns = TRANSITIONAL;
  const parts: [string, string][] = [
    [
      CONTENT_TYPES,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/></Types>`,
    ],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${ns.relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns.main}" xmlns:r="${ns.relationships}">` +
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets></sheets></workbook>',
    ],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${ns.relationships}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/styles.xml', MINIMAL_STYLES],
  ];
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((bytes) => void chunks.push(bytes.slice()));
  for (const [name, text] of parts) await zip.addBytes(name, deflateWithFflate, new TextEncoder().encode(text));
  await zip.finish();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
