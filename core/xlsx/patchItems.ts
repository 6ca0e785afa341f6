/**
 * A plan's items added to an existing worksheet part beside the sheet's own (patchSheet.ts streams
 * the cells; this edits what stands around `<sheetData>`): widths and hidden columns in `<cols>`,
 * merges in `<mergeCells>`, conditional formats after the sheet's own (priorities after theirs),
 * data validations appended to `<dataValidations>`, protection when the sheet has none. Every
 * element the sheet had stays as it was, byte for byte, but the few a new item must enter; new
 * elements go where CT_Worksheet wants them (sheetItems.ts's `WORKSHEET_ORDER`).
 */
import type { PlanArea } from '../plan/area';
import { areaRef, overlaps } from '../plan/area';
import type { ColumnRun, ResolvedConditionalFormat, ResolvedPlan, ResolvedProtection, ResolvedValidation } from '../plan/resolvePlan';
import { colXml, conditionalFormattingXml, dataValidationXml, sheetProtectionXml, withPrefix, WORKSHEET_ORDER } from './sheetItems';
import { qualified, TextEdits, xmlOutline, type XmlElement } from './xmlOutline';

/** What a patch adds to a sheet besides its cells (0-based rows and columns). */
export interface SheetItems {
  merges?: PlanArea[];
  columnWidths?: ResolvedPlan['columnWidths'];
  hiddenColumns?: ColumnRun[];
  validations?: ResolvedValidation[];
  conditionalFormats?: ResolvedConditionalFormat[];
  /** Written only when the sheet has no protection of its own (a person's password is never replaced). */
  protection?: ResolvedProtection;
}

/** Items with the `dxfs` index of each conditional format's look. */
export type PatchItems = SheetItems & { dxfs: readonly number[] };

export function hasItems(items: SheetItems | undefined): items is SheetItems {
  return !!items && ['merges', 'columnWidths', 'hiddenColumns', 'validations', 'conditionalFormats'].some((k) => (items[k as keyof SheetItems] as unknown[] | undefined)?.length) || !!items?.protection;
}

/** Tokens of the small parts around the cells: a sheet's head and tail are never near this. */
const MAX_TOKEN = 1 << 24;

type Order = (typeof WORKSHEET_ORDER)[number];
const rank = (name: string) => WORKSHEET_ORDER.indexOf(name as Order);

/**
 * The sheet's text before `<sheetData>` (`head`, which ends with that start tag) with the columns'
 * widths and hiding applied: an existing `<col>` that covers a column we change is split around it
 * (its other attributes kept); the other `<col>` elements are left as they are.
 */
export function patchedHead(head: string, items: SheetItems): string {
  const widths = items.columnWidths ?? [];
  const hidden = items.hiddenColumns ?? [];
  if (widths.length === 0 && hidden.length === 0) return head;
  const change = new Map<number, { width?: number; hidden?: boolean }>();
  for (const w of widths) for (let c = w.first; c <= w.last; c++) change.set(c, { width: w.width });
  for (const h of hidden) for (let c = h.first; c <= h.last; c++) change.set(c, { ...change.get(c), hidden: true });

  // The worksheet from its root element on (the XML declaration stays before our own root).
  const rootAt = Math.max(0, head.search(/<[A-Za-z]/));
  const wrapped = `<w>${head.slice(rootAt)}</w>`;
  const outline = xmlOutline(wrapped, MAX_TOKEN);
  const sheetData = outline.find((e) => e.name === 'sheetData');
  if (!sheetData) return head;
  const worksheet = outline[sheetData.parent];
  const cols = outline.find((e) => e.name === 'cols' && e.parent === sheetData.parent);
  const prefix = worksheet && worksheet.prefix ? `${worksheet.prefix}:` : '';
  const pieces: { first: number; xml: string }[] = [];
  const done = new Set<number>();
  if (cols) {
    for (const col of outline.filter((e) => e.name === 'col' && outline[e.parent] === cols)) {
      const min = Number(col.attributes.get('min')?.value);
      const max = Number(col.attributes.get('max')?.value);
      const text = wrapped.slice(col.start, col.endEnd);
      const touched = Number.isInteger(min) && Number.isInteger(max) && [...change.keys()].some((c) => c + 1 >= min && c + 1 <= max);
      if (!touched) {
        pieces.push({ first: min - 1, xml: text });
        continue;
      }
      // Split: runs of columns alike, each with the element's own attributes and our changes.
      const others = [...col.attributes].filter(([name]) => name !== 'min' && name !== 'max');
      let run: { first: number; last: number; key: string } | undefined;
      const flush = () => {
        if (!run) return;
        const c = change.get(run.first);
        const attrs = new Map(others.map(([n, a]) => [n, a.value]));
        if (c?.width !== undefined) (attrs.set('width', String(c.width)), attrs.set('customWidth', '1'));
        if (c?.hidden) attrs.set('hidden', '1');
        const rest = [...attrs].map(([n, v]) => ` ${n}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`).join('');
        pieces.push({ first: run.first, xml: `<${qualified(col.prefix, 'col')} min="${run.first + 1}" max="${run.last + 1}"${rest}/>` });
      };
      for (let c = min - 1; c <= max - 1; c++) {
        const key = JSON.stringify(change.get(c) ?? null);
        done.add(c);
        if (run && run.key === key) run.last = c;
        else (flush(), (run = { first: c, last: c, key }));
      }
      flush();
    }
  }
  // Columns no `<col>` covered: elements of their own.
  let run: { first: number; last: number; width?: number; hidden?: boolean } | undefined;
  const flushNew = () => run && pieces.push({ first: run.first, xml: withPrefix(colXml(run), prefix) });
  for (const c of [...change.keys()].filter((c) => !done.has(c)).sort((a, b) => a - b)) {
    const spec = change.get(c)!;
    if (run && run.last === c - 1 && run.width === spec.width && run.hidden === spec.hidden) run.last = c;
    else (flushNew(), (run = { first: c, last: c, ...spec }));
  }
  flushNew();
  const xml = pieces.sort((a, b) => a.first - b.first).map((p) => p.xml).join('');
  const name = qualified(cols?.prefix ?? worksheet?.prefix ?? '', 'cols');
  const out = cols ? wrapped.slice(0, cols.start) + `<${name}>${xml}</${name}>` + wrapped.slice(cols.endEnd, -4) : wrapped.slice(0, sheetData.start) + `<${name}>${xml}</${name}>` + wrapped.slice(sheetData.start, -4);
  return head.slice(0, rootAt) + out.slice(3);
}

/**
 * The sheet's text from `</sheetData>` to its end (`tail`) with the items added: merges into
 * `<mergeCells>` (refusing one that overlaps a merge of the sheet), conditional formats after the
 * sheet's own with priorities after its highest, validations into `<dataValidations>` (refusing
 * cells the sheet already validates), protection when it has none.
 */
export function patchedTail(tail: string, items: PatchItems): string {
  const close = tail.lastIndexOf('</');
  if (!tail.startsWith('</') || close <= 0) throw new Error('patchSheet: no end of the worksheet after its cells');
  const dataEnd = tail.indexOf('>') + 1;
  // The elements after the cells, as children of a root of our own: offsets are into `source`.
  const source = `<w>${tail.slice(dataEnd, close)}`;
  const outline = xmlOutline(`${source}</w>`, MAX_TOKEN);
  const top = outline.filter((e) => e.parent === 0);
  const prefix = /^<\/(\w+:)?/.exec(tail)![1] ?? '';
  const edits = new TextEdits();
  /** Where a new element of kind `name` goes: before the first top-level element that must follow it. */
  const placeOf = (name: Order) => top.find((e) => rank(e.name) > rank(name))?.start ?? source.length;

  // Inserts at one place come out in the order made: the schema's, as below.
  if (items.protection && !top.some((e) => e.name === 'sheetProtection')) edits.insert(placeOf('sheetProtection'), withPrefix(sheetProtectionXml(items.protection), prefix));

  const merges = items.merges ?? [];
  if (merges.length) {
    const existing = outline.filter((e) => e.name === 'mergeCell').map((e) => e.attributes.get('ref')?.value ?? '');
    const areas = existing.map(readArea).filter((a): a is PlanArea => !!a);
    for (const m of merges) {
      const other = areas.find((a) => overlaps(a, m));
      if (other) throw new Error(`patchSheet: merge ${areaRef(m)} overlaps the sheet's merge ${areaRef(other)}`);
    }
    const xml = withPrefix(merges.map((m) => `<mergeCell ref="${areaRef(m)}"/>`).join(''), prefix);
    const el = top.find((e) => e.name === 'mergeCells');
    if (el) appendInto(source, el, xml, existing.length + merges.length, edits);
    else edits.insert(placeOf('mergeCells'), withPrefix(`<mergeCells count="${merges.length}">`, prefix) + xml + `</${prefix}mergeCells>`);
  }

  const formats = items.conditionalFormats ?? [];
  if (formats.length) {
    const priorities = outline.filter((e) => e.name === 'cfRule').map((e) => Number(e.attributes.get('priority')?.value) || 0);
    const xml = withPrefix(conditionalFormattingXml(formats, items.dxfs, Math.max(0, ...priorities)), prefix);
    const last = top.filter((e) => e.name === 'conditionalFormatting').pop();
    edits.insert(last ? last.endEnd : placeOf('conditionalFormatting'), xml);
  }

  const validations = items.validations ?? [];
  if (validations.length) {
    const el = top.find((e) => e.name === 'dataValidations');
    const existing = el ? outline.filter((e) => e.name === 'dataValidation' && outline[e.parent] === el) : [];
    const theirs = existing.flatMap((e) => (e.attributes.get('sqref')?.value ?? '').split(/\s+/).map(readArea)).filter((a): a is PlanArea => !!a);
    for (const v of validations) {
      for (const area of v.areas) {
        const other = theirs.find((a) => overlaps(a, area));
        // Excel keeps one validation per cell: ours would silently win or lose.
        if (other) throw new Error(`patchSheet: validation of ${areaRef(area)} meets the sheet's own at ${areaRef(other)}`);
      }
    }
    const xml = withPrefix(validations.map(dataValidationXml).join(''), prefix);
    if (el) appendInto(source, el, xml, existing.length + validations.length, edits);
    else edits.insert(placeOf('dataValidations'), withPrefix(`<dataValidations count="${validations.length}">`, prefix) + xml + `</${prefix}dataValidations>`);
  }

  if (edits.size === 0) return tail;
  return tail.slice(0, dataEnd) + edits.apply(source).slice(3) + tail.slice(close);
}

/** Adds `xml` after an element's children and sets its `count` (a self-closing element opens). */
function appendInto(source: string, el: XmlElement, xml: string, count: number, edits: TextEdits): void {
  const startTag = source.slice(el.start, el.startEnd);
  const counted = /\scount\s*=\s*["'][^"']*["']/.test(startTag) ? startTag.replace(/(\scount\s*=\s*["'])[^"']*(["'])/, `$1${count}$2`) : startTag.replace(/\s*(\/?>)$/, ` count="${count}"$1`);
  if (el.selfClosing) edits.replace(el.start, el.endEnd, `${counted.replace(/\s*\/>$/, '>')}${xml}</${qualified(el.prefix, el.name)}>`);
  else {
    if (counted !== startTag) edits.replace(el.start, el.startEnd, counted);
    edits.insert(el.end, xml);
  }
}

/** An `A1` or `A1:C4` reference as an area, 0-based; undefined for anything else. */
function readArea(ref: string): PlanArea | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return undefined;
  const column = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = column(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? column(m[3]) : left };
}
