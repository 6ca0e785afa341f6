import type { ResolvedPlan } from '../plan/resolvePlan';
import { deflateRaw, deflateWithFflate, type Deflater } from './deflate';
import { inflateRaw, type Inflater } from './inflate';
import { XLSX_LIMITS, type XlsxLimits } from './limits';
import { encodeText, partEncodedText, partText, ReadBudget, streamPartText, type EncodedText } from './partText';
import type { PatchItems, SheetItems } from './patchItems';
import { patchedSheetXml, type CellPatch } from './patchSheet';
import { sheetXml, STRICT, TRANSITIONAL, type CellFormats, type Namespaces } from './sheetXml';
import { MINIMAL_STYLES, StylesEditor } from './stylesEditor';
import { resolveTarget } from './workbookPart';
import { childrenOf, escapeXml, namespaceAt, qualified, TextEdits, xmlOutline, type XmlElement } from './xmlOutline';
import { CHART_TYPE, chartXml, DRAWING_TYPE, drawingXml, STRICT_DRAWING, TRANSITIONAL_DRAWING } from './chartPart';
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

/** The styles.xml entries a written sheet points at: a cell format per look, a differential format per conditional format. */
interface SheetLooks {
  formats: CellFormats;
  dxfs: number[];
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
 * A written sheet carries every item of its plan (sheetXml.ts, sheetItems.ts): validations,
 * conditional formats (their looks appended to styles.xml's `dxfs`), protection (unlocked looks in
 * `cellXfs`), hidden columns; a hidden sheet is `state="hidden"` in workbook.xml and never the active
 * tab; charts are a drawing part and a chart part each (chartPart.ts) with their relationships and
 * content types, and a replaced sheet's old drawing goes with it. Formulas are written without
 * cached values, so workbook.xml asks for a full calculation on load; a calculation chain goes when
 * a sheet it may name is rewritten (Excel rebuilds it).
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
  private readonly patchItems = new Map<string, SheetItems>();
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

  /**
   * Sets cells of the existing worksheet named `name` (see patchSheet.ts), and adds `items` beside
   * the sheet's own (patchItems.ts); later patches of a cell win.
   */
  patchSheet(name: string, cells: CellPatch[], items: SheetItems = {}): void {
    const key = this.worksheetPath(name).toLowerCase();
    if (this.replaced.has(key)) throw new Error(`patchSheet: “${name}” is being replaced`);
    const list = this.patched.get(key) ?? [];
    for (const c of cells) list.push(c);
    this.patched.set(key, list);
    const all = this.patchItems.get(key) ?? {};
    for (const k of ['merges', 'columnWidths', 'hiddenColumns', 'rowHeights', 'validations', 'conditionalFormats'] as const) if (items[k]?.length) (all[k] as unknown[]) = [...(all[k] ?? []), ...items[k]!];
    if (items.protection) all.protection = items.protection;
    this.patchItems.set(key, all);
  }

  /**
   * Adds a resolved plan to the existing worksheet named `name` (`rbm prepare`'s monitoring blocks):
   * its cells with their looks, merges, widths, hidden columns, validations, conditional formats
   * and protection, beside what the sheet has; rows grow to the plan's heights where they are
   * shorter. Rows and columns are the sheet's own (0-based from A1); the plan's signature and frozen
   * rows are the sheet's business, not the patch's. Charts and hiding the sheet are written only
   * into sheets we make.
   */
  patchSheetWithPlan(name: string, plan: ResolvedPlan): void {
    if (plan.charts.length || plan.hidden) throw new Error('patchSheetWithPlan: charts and hidden sheets are for sheets we make (addSheet, replaceSheet)');
    const cells = plan.cells.map((c) => ({ row: c.row, column: c.column, value: c.value, style: plan.styles[c.style] }));
    this.patchSheet(name, cells, { merges: plan.merges, columnWidths: plan.columnWidths, hiddenColumns: plan.hiddenColumns, rowHeights: plan.rowHeights, validations: plan.validations, conditionalFormats: plan.conditionalFormats, protection: plan.protection });
  }

  /**
   * Writes the edited package to `sink`: every part not edited copied raw in its place, edited
   * parts written anew in theirs, new parts (sheets, their drawings and charts) after them, then
   * the central directory.
   */
  async write(sink: ZipSink, deflater: Deflater = deflateRaw): Promise<void> {
    const written = [...[...this.replaced].map(([key, plan]) => ({ path: this.zip.get(key)!.name, plan })), ...this.newSheets.map((s) => ({ path: s.path, plan: s.plan }))];
    const looks = new Map<ResolvedPlan, SheetLooks>();
    for (const { plan } of written) looks.set(plan, { formats: this.cellFormats(plan), dxfs: plan.conditionalFormats.map((f) => this.styles.dxf(f.format)) });
    const patchFormats = new Map<string, number[]>();
    for (const [key, cells] of this.patched) patchFormats.set(key, cells.map((c) => (c.style === undefined ? -1 : this.styles.xf(c.style, c.value.kind === 'date'))));
    const patchItems = new Map<string, PatchItems>();
    for (const [key, items] of this.patchItems) patchItems.set(key, { ...items, dxfs: (items.conditionalFormats ?? []).map((f) => this.styles.dxf(f.format)) });
    // The edits of this write (the editor can be written again, or given more sheets first).
    const edits = { contentTypes: this.contentTypes.edits.copy(), workbook: this.workbook.edits.copy(), workbookRels: this.workbookRels.edits.copy() };
    const removed = new Set(this.removed);
    for (const key of this.replaced.keys()) for (const part of await this.drawingParts(this.zip.get(key)!.name)) removed.add(part.toLowerCase());
    const calcChain = this.calcChain();
    // A calculation chain lists formula cells: one that names a cell we rewrote makes Excel repair the file; Excel rebuilds a missing one.
    if (calcChain && (this.replaced.size || this.patched.size)) {
      removed.add(calcChain.path.toLowerCase());
      edits.workbookRels.replace(calcChain.element.start, calcChain.element.endEnd, '');
    }
    const parts = this.drawingsOf(written, removed);
    // A part written again under its old name keeps its place, its content type and its relationships' place.
    const again = new Set([...parts.texts.keys()].filter((p) => removed.has(p.toLowerCase())).map((p) => p.toLowerCase()));
    const kept = (p: string) => !again.has(p.toLowerCase());
    const formulas = [...written.map(({ plan }) => plan.cells), ...this.patched.values()].some((cells) => cells.some((c) => c.value.kind === 'formula'));
    this.editWorkbook(edits, { removed: new Set([...removed].filter(kept)), newParts: parts.types.filter((t) => kept(t.path)), formulas });

    const zip = new ZipWriter(sink);
    const small = new Map<string, Uint8Array>();
    const addSmall = (part: SmallPart, changes: TextEdits) => {
      if (changes.size || !part.entry) small.set(part.path.toLowerCase(), encodeText(changes.apply(part.encoded.text), part.encoded.encoding));
    };
    addSmall(this.contentTypes, edits.contentTypes);
    addSmall(this.workbook, edits.workbook);
    addSmall(this.workbookRels, edits.workbookRels);
    if (this.styles.changed || !this.stylesPart.entry) small.set(this.stylesPart.path.toLowerCase(), encodeText(this.styles.toText(), this.stylesPart.encoding));

    const active = this.visibleActiveTab();
    const tabSelected = (path: string) => this.order.findIndex((o) => (typeof o === 'number' ? this.sheetList[o].sheet.path : o.path)?.toLowerCase() === path.toLowerCase()) === active;
    const sheetOptions = (path: string, plan: ResolvedPlan) => ({ ...looks.get(plan)!, tabSelected: tabSelected(path), drawing: parts.drawingIds.get(plan) });
    for (const entry of this.zip.entries) {
      const key = entry.name.toLowerCase();
      if (again.has(key)) {
        const path = [...parts.texts.keys()].find((p) => p.toLowerCase() === key)!;
        await zip.addBytes(entry.name, deflater, new TextEncoder().encode(parts.texts.get(path)!));
        parts.texts.delete(path);
        continue;
      }
      if (removed.has(key)) continue;
      const bytes = small.get(key);
      const plan = this.replaced.get(key);
      const patches = this.patched.get(key);
      if (bytes) {
        await zip.addBytes(entry.name, deflater, bytes);
        small.delete(key);
      } else if (plan) {
        await zip.add(entry.name, deflater, (write) => this.writeSheet(plan, sheetOptions(entry.name, plan), write));
      } else if (patches) {
        await zip.add(entry.name, deflater, (write) => this.writePatched(entry, patches, patchFormats.get(key)!, write, patchItems.get(key)));
      } else {
        await zip.copy(entry, this.zip.compressed(entry));
      }
    }
    for (const sheet of this.newSheets) await zip.add(sheet.path, deflater, (write) => this.writeSheet(sheet.plan, sheetOptions(sheet.path, sheet.plan), write));
    for (const [path, text] of parts.texts) await zip.addBytes(path, deflater, new TextEncoder().encode(text));
    // Parts the input did not have (styles, the workbook's relationships), in the casing they were named.
    for (const [path, bytes] of small) await zip.addBytes(path === this.stylesPart.path.toLowerCase() ? this.stylesPart.path : this.workbookRels.path, deflater, bytes);
    await zip.finish();
  }

  // -------------------------------------------------------------------------------------------
  // Charts: a drawing part per sheet that has them, a chart part per chart, and their relationships

  /**
   * The parts that carry the charts of the sheets written (`path`: each sheet's part): per sheet
   * with charts, its relationships (to its drawing), the drawing part, the drawing's relationships
   * (to its charts) and a part per chart, under names no part of the package has; their content
   * types; and per plan, the id of its drawing relationship.
   */
  private drawingsOf(sheets: { path: string; plan: ResolvedPlan }[], removed: Set<string>): { texts: Map<string, string>; types: { path: string; type: string }[]; drawingIds: Map<ResolvedPlan, string> } {
    const texts = new Map<string, string>();
    const types: { path: string; type: string }[] = [];
    const drawingIds = new Map<ResolvedPlan, string>();
    // A part of a replaced sheet's old drawing may be reused by name: a second run writes the same parts, in their places.
    const taken = (path: string) => (!!this.zip.get(path) && !removed.has(path.toLowerCase())) || texts.has(path);
    const free = (folder: string, base: string) => {
      for (let n = 1; ; n++) if (!taken(`${folder}${base}${n}.xml`)) return `${folder}${base}${n}.xml`;
    };
    const xl = folderOf(this.workbook.path);
    const ns = { ...(this.namespaces === STRICT ? STRICT_DRAWING : TRANSITIONAL_DRAWING), relationships: this.namespaces.relationships };
    const relationship = (id: string, type: string, source: string, target: string) => `<Relationship Id="${id}" Type="${this.namespaces.relationships}/${type}" Target="${escapeXml(relativeTarget(source, target))}"/>`;
    const relationshipsXml = (list: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${list.join('')}</Relationships>`;
    for (const { path, plan } of sheets) {
      if (plan.charts.length === 0) continue;
      const drawing = free(`${xl}drawings/`, 'drawing');
      texts.set(drawing, ''); // taken
      const charts = plan.charts.map((chart) => {
        const chartPath = free(`${xl}charts/`, 'chart');
        texts.set(chartPath, chartXml(chart, ns));
        types.push({ path: chartPath, type: CHART_TYPE });
        return chartPath;
      });
      const chartIds = charts.map((_, i) => `rId${i + 1}`);
      texts.set(drawing, drawingXml(plan.charts, chartIds, ns));
      types.push({ path: drawing, type: DRAWING_TYPE });
      texts.set(relationshipsPath(drawing), relationshipsXml(charts.map((c, i) => relationship(chartIds[i], 'chart', drawing, c))));
      const sheetRels = relationshipsPath(path);
      if (this.zip.get(sheetRels) && !removed.has(sheetRels.toLowerCase())) throw new Error(`writeSheet: ${path} has relationships of its own`);
      removed.add(sheetRels.toLowerCase()); // a replaced sheet's old relationships make way for these
      texts.set(sheetRels, relationshipsXml([relationship('rId1', 'drawing', path, drawing)]));
      drawingIds.set(plan, 'rId1');
    }
    return { texts, types, drawingIds };
  }

  /**
   * The drawing parts a sheet we replace leaves behind (its drawing, the drawing's relationships,
   * its charts and their relationships), read from the sheet's relationships: the new sheet brings
   * its own, and a person's drawing cannot be on a sheet we made and are replacing.
   */
  private async drawingParts(sheetPath: string): Promise<string[]> {
    const out: string[] = [];
    const targets = async (source: string, type: string): Promise<string[]> => {
      const entry = this.zip.get(relationshipsPath(source));
      if (!entry) return [];
      const outline = xmlOutline(await partText(this.zip, entry, this.budget), this.budget.limits.tokenChars);
      return outline
        .filter((e) => e.name === 'Relationship' && e.attributes.get('TargetMode')?.value !== 'External' && (e.attributes.get('Type')?.value ?? '').endsWith(`/${type}`))
        .map((e) => resolveTarget(source, e.attributes.get('Target')?.value ?? ''))
        .filter((path) => !!this.zip.get(path));
    };
    for (const drawing of await targets(sheetPath, 'drawing')) {
      out.push(drawing, relationshipsPath(drawing));
      for (const chart of await targets(drawing, 'chart')) {
        out.push(chart, relationshipsPath(chart));
        for (const type of ['chartStyle', 'chartColorStyle']) out.push(...(await targets(chart, type)));
      }
    }
    return out.filter((path) => !!this.zip.get(path)).map((path) => this.zip.get(path)!.name);
  }

  // -------------------------------------------------------------------------------------------
  // Sheets

  private async writeSheet(plan: ResolvedPlan, options: SheetLooks & { tabSelected: boolean; drawing?: string }, write: (piece: Uint8Array) => Promise<void>): Promise<void> {
    // Pieces of about 256 KiB (sheetXml.ts): the deflater takes each write as a job of its own, and a
    // million small ones kept a 100,000-output summary waiting 0.3 s.
    for (const piece of sheetXml(plan, { ...options, date1904: this.date1904, namespaces: this.namespaces })) await write(piece);
  }

  /** The sheet's XML inflated, patched and deflated again as it streams past (its text is never held whole). */
  private async writePatched(entry: ZipEntry, patches: CellPatch[], xfs: number[], write: (piece: Uint8Array) => Promise<void>, items?: PatchItems): Promise<void> {
    const encoder = new TextEncoder();
    let written: Promise<void> = Promise.resolve();
    const patcher = patchedSheetXml(
      patches,
      xfs,
      this.date1904,
      (text) => {
        if (text.length === 0) return;
        const bytes = encoder.encode(text);
        written = written.then(() => write(bytes));
      },
      items,
    );
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
    const cells = plan.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
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

  /** Where each sheet stands in the final tab order is shown: not hidden (an existing sheet as workbook.xml says, a written one as its plan does). */
  private visibility(): boolean[] {
    return this.order.map((o) => {
      if (typeof o !== 'number') return !o.plan.hidden;
      const { element, sheet } = this.sheetList[o];
      const plan = sheet.path ? this.replaced.get(sheet.path.toLowerCase()) : undefined;
      if (plan) return !plan.hidden;
      const state = element.attributes.get('state')?.value;
      return state !== 'hidden' && state !== 'veryHidden';
    });
  }

  /** The active tab in the final order: the one that was active, moved with its sheet, or the first shown sheet when it is hidden now. */
  private visibleActiveTab(): number {
    const old = this.activeTab();
    const at = this.order.findIndex((o) => o === old);
    const shown = this.visibility();
    if (!shown.includes(true)) throw new Error('WorkbookEditor: every sheet would be hidden (a workbook shows at least one)');
    return at >= 0 && shown[at] ? at : shown.indexOf(true);
  }

  /** The calculation chain's relationship, when the workbook has one. */
  private calcChain(): { path: string; element: XmlElement } | undefined {
    const element = this.workbookRels.outline.find((e) => e.name === 'Relationship' && (e.attributes.get('Type')?.value ?? '').endsWith('/calcChain'));
    const path = element && resolveTarget(this.workbook.path, element.attributes.get('Target')?.value ?? '');
    return element && path && this.zip.get(path) ? { path: this.zip.get(path)!.name, element } : undefined;
  }

  /**
   * The edits of workbook.xml, its relationships and the content types: the new sheets (listed, related, typed),
   * sheets hidden or shown as their plans say, an active tab that is shown, a full calculation on
   * load when formulas were written, the content types of the parts added and removed.
   */
  private editWorkbook(edits: { contentTypes: TextEdits; workbook: TextEdits; workbookRels: TextEdits }, changes: { removed: Set<string>; newParts: { path: string; type: string }[]; formulas: boolean }): void {
    const wb = { ...this.workbook, edits: edits.workbook };
    const root = wb.outline[0];
    if (this.newSheets.length) this.listNewSheets(wb, edits);

    // Replaced sheets are hidden or shown as their plans say (ECMA-376 Part 1, 18.2.19 sheet@state).
    for (const { element, sheet } of this.sheetList) {
      const plan = sheet.path ? this.replaced.get(sheet.path.toLowerCase()) : undefined;
      if (!plan) continue;
      const state = element.attributes.get('state');
      if (plan.hidden && state?.value !== 'hidden') {
        if (state) wb.edits.replace(state.start, state.end, 'hidden');
        else wb.edits.insert(element.startEnd - (element.selfClosing ? 2 : 1), ' state="hidden"');
      } else if (!plan.hidden && state && state.value !== 'visible') wb.edits.replace(state.start, state.end, 'visible');
    }
    // The active tab must be a shown sheet (Excel repairs a workbook whose active tab is hidden).
    const active = this.visibleActiveTab();
    const view = wb.outline.find((e) => e.name === 'workbookView');
    if (view) {
      const a = view.attributes.get('activeTab');
      if (a ? active !== Number(a.value) : active !== 0) {
        if (a) wb.edits.replace(a.start, a.end, String(active));
        else wb.edits.insert(view.start + 1 + qualified(view.prefix, view.name).length, ` activeTab="${active}"`);
      }
    }
    // Formulas written without cached values: Excel and LibreOffice compute them on opening (18.2.2 calcPr@fullCalcOnLoad).
    if (changes.formulas) {
      const calcPr = childrenOf(wb.outline, 0, 'calcPr')[0];
      const full = calcPr?.attributes.get('fullCalcOnLoad');
      if (calcPr && full) {
        if (full.value !== '1' && full.value !== 'true') wb.edits.replace(full.start, full.end, '1');
      } else if (calcPr) wb.edits.insert(calcPr.start + 1 + qualified(calcPr.prefix, 'calcPr').length, ' fullCalcOnLoad="1"');
      else {
        // CT_Workbook: calcPr follows sheets, functionGroups, externalReferences and definedNames.
        const before = childrenOf(wb.outline, 0).filter((e) => ['sheets', 'functionGroups', 'externalReferences', 'definedNames'].includes(e.name)).pop();
        if (!before) throw XlsxError.corrupt();
        wb.edits.insert(before.endEnd, `<${qualified(root.prefix, 'calcPr')} fullCalcOnLoad="1"/>`);
      }
    }

    // Content types: none for a part that goes, one for each new part.
    for (const e of this.contentTypes.outline) {
      if (e.name !== 'Override') continue;
      const name = (e.attributes.get('PartName')?.value ?? '').replace(/^\//, '').toLowerCase();
      if (changes.removed.has(name)) edits.contentTypes.replace(e.start, e.endEnd, '');
    }
    for (const type of new Set(changes.newParts.map((p) => p.type))) this.declareParts(changes.newParts.filter((p) => p.type === type).map((p) => p.path), type, edits.contentTypes);
  }

  /** The new sheets in workbook.xml (in their places, sheet indices elsewhere following), its relationships, their content types. */
  private listNewSheets(wb: SmallPart, edits: { contentTypes: TextEdits; workbookRels: TextEdits }): void {
    const sheetsEl = wb.outline.find((e) => e.name === 'sheets' && e.parent === 0);
    if (!sheetsEl) throw XlsxError.corrupt();
    const root = wb.outline[0];
    const relPrefix = [...root.attributes].find(([k, a]) => k.startsWith('xmlns:') && a.value === this.namespaces.relationships)?.[0].slice(6);
    let nextSheetId = Math.max(0, ...this.sheetList.map((s) => Number(s.element.attributes.get('sheetId')?.value) || 0)) + 1;
    const sheetXmlOf = (s: NewSheet) => {
      const id = relPrefix ? `${relPrefix}:id="${s.relId}"` : `xmlns:r="${this.namespaces.relationships}" r:id="${s.relId}"`;
      return `<${qualified(sheetsEl.prefix, 'sheet')} name="${escapeXml(s.name)}" sheetId="${nextSheetId++}"${s.plan.hidden ? ' state="hidden"' : ''} ${id}/>`;
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

    // Sheet indices elsewhere in workbook.xml follow their sheets to their new places (the active tab: editWorkbook).
    const moved = new Map<number, number>();
    this.order.forEach((o, i) => typeof o === 'number' && moved.set(o, i));
    for (const e of wb.outline) {
      const attribute = e.name === 'definedName' ? 'localSheetId' : e.name === 'workbookView' ? 'firstSheet' : undefined;
      const a = attribute && e.attributes.get(attribute);
      if (!a || !/^\d+$/.test(a.value)) continue;
      const now = moved.get(Number(a.value)) ?? Number(a.value);
      if (now !== Number(a.value)) wb.edits.replace(a.start, a.end, String(now));
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

/** A part's name relative to the folder of the part whose relationship points at it (`../drawings/drawing1.xml`). */
function relativeTarget(source: string, target: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common).map(encodeURIComponent)].join('/');
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
