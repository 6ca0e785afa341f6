import { columnLetter } from '../grid';
import type { PlanValue } from '../plan/plan';
import type { ResolvedStyle } from '../plan/resolvePlan';
import { readCellRef, type CellPosition } from './cellRef';
import { hasItems, patchedHead, patchedTail, type PatchItems } from './patchItems';
import { cellXml } from './sheetXml';

/** One cell to set in an existing sheet, 0-based. Text stays text (an inline string, never a formula). */
export interface CellPatch {
  row: number;
  column: number;
  value: PlanValue;
  /** Its look; absent: the cell keeps the cell format it has. */
  style?: ResolvedStyle;
}

/** What the patcher takes: each patch's cell format (`-1`: keep the cell's own). */
interface Patch {
  row: number;
  column: number;
  value: PlanValue;
  xf: number;
}

/** A stream of worksheet XML in, the same XML with the patched cells out. */
export interface SheetPatcher {
  feed(text: string): void;
  end(): void;
}

/**
 * Sets cells of an existing worksheet part as its XML streams past, leaving every other byte as it
 * was: a patched cell's element is replaced (keeping its cell format unless the patch brings one),
 * a cell that did not exist is inserted in its row in column order, a row that did not exist is
 * inserted in row order, and the `<dimension>` grows to cover them. Rows without patches, and
 * everything outside `<sheetData>`, are copied as they are; a row's `spans` hint is widened when a
 * cell lands outside it.
 *
 * `xfs[i]` is the cell format of `patches[i]` (-1 keeps the cell's own). Writing over the first cell
 * of a shared formula would break the cells that share it, so that throws.
 */
export function patchedSheetXml(patches: readonly { row: number; column: number; value: PlanValue }[], xfs: readonly number[], date1904: boolean, out: (text: string) => void, sheetItems?: PatchItems): SheetPatcher {
  // With items, what follows the cells is held (it is small) and edited once it has all come (patchItems.ts).
  const items = hasItems(sheetItems) ? sheetItems : undefined;
  let tail = '';
  // A row grows to the height its new cells need (wrapped headings), never shrinks.
  const heights = new Map((items?.rowHeights ?? []).map((h) => [h.row, h.height]));
  // The last patch of each cell wins; rows in order, cells in column order.
  const byCell = new Map<string, Patch>();
  patches.forEach((p, i) => byCell.set(`${p.row}:${p.column}`, { row: p.row, column: p.column, value: p.value, xf: xfs[i] ?? -1 }));
  const sorted = [...byCell.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  const rows: Patch[][] = [];
  for (const p of sorted) {
    const last = rows[rows.length - 1];
    if (last && last[0].row === p.row) last.push(p);
    else rows.push([p]);
  }
  let nextRow = 0; // index into `rows` of the next row of patches to write
  const cell = (p: Patch, keptXf: number) => {
    const xml = cellXml(columnLetter(p.column + 1), p.row + 1, p.value, p.xf >= 0 ? p.xf : keptXf, date1904) || `<c r="${columnLetter(p.column + 1)}${p.row + 1}"/>`;
    // In a sheet whose elements carry a prefix (`x:c`), ours do too (text is escaped: only tags start with `<`).
    return prefix ? xml.replace(/<(\/?)(\w)/g, `<$1${prefix}$2`) : xml;
  };

  let prefix = '';
  let phase: 'head' | 'rows' | 'tail' = 'head';
  let pending = '';
  let lastRowNumber = 0;
  const ref: CellPosition = { row: 0, column: 0 };

  /** Rows of patches that come before sheet row `before` (1-based), as new `<row>` elements. */
  const newRowsBefore = (before: number): string => {
    let xml = '';
    while (nextRow < rows.length && rows[nextRow][0].row + 1 < before) {
      const list = rows[nextRow++];
      const height = heights.get(list[0].row);
      xml += `<${prefix}row r="${list[0].row + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>${list.map((p) => cell(p, 0)).join('')}</${prefix}row>`;
    }
    return xml;
  };

  const head = (text: string): string => {
    const at = /<(\w+:)?sheetData[\s/>]/.exec(text);
    if (!at) return '';
    prefix = at[1] ?? '';
    const close = text.indexOf('>', at.index);
    if (close < 0) return '';
    let before = text.slice(0, close + 1);
    before = widenDimension(before, sorted);
    if (items) before = patchedHead(before, items);
    if (text.charCodeAt(close - 1) === 47 /* <sheetData/> */) {
      out(before.slice(0, before.length - 2).trimEnd() + `>${newRowsBefore(Infinity)}`);
      phase = 'tail';
      return `</${prefix}sheetData>` + text.slice(close + 1);
    }
    phase = 'rows';
    out(before);
    return text.slice(close + 1);
  };

  /** Handles what it can of `text` inside `<sheetData>`; returns what waits for more text. */
  const body = (text: string, final: boolean): string => {
    let i = 0;
    const rowTag = `<${prefix}row`;
    const endTag = `</${prefix}sheetData>`;
    while (i < text.length) {
      if (nextRow >= rows.length) {
        // No patch left: the rest of the cells are copied as they are.
        if (!items) {
          out(text.slice(i));
          phase = 'tail';
          return '';
        }
        const at = text.indexOf(endTag, i);
        if (at >= 0) {
          out(text.slice(i, at));
          phase = 'tail';
          return text.slice(at);
        }
        const safe = Math.max(i, text.length - endTag.length + 1); // the end tag may be split between pieces
        out(text.slice(i, safe));
        return text.slice(safe);
      }
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        out(text.slice(i));
        return '';
      }
      if (lt > i) out(text.slice(i, lt));
      i = lt;
      if (text.startsWith(endTag, i)) {
        out(newRowsBefore(Infinity));
        phase = 'tail';
        return text.slice(i);
      }
      if (text.startsWith(rowTag, i) && /[\s/>]/.test(text[i + rowTag.length] ?? '')) {
        const startEnd = text.indexOf('>', i);
        if (startEnd < 0) return text.slice(i);
        const selfClosing = text.charCodeAt(startEnd - 1) === 47;
        let end = startEnd + 1;
        if (!selfClosing) {
          const close = text.indexOf(`</${prefix}row>`, startEnd);
          if (close < 0) return text.slice(i);
          end = close + `</${prefix}row>`.length;
        }
        const element = text.slice(i, end);
        const r = /\sr\s*=\s*["'](\d+)["']/.exec(text.slice(i, startEnd + 1));
        const number = r ? Number(r[1]) : lastRowNumber + 1;
        lastRowNumber = number;
        out(newRowsBefore(number));
        if (nextRow < rows.length && rows[nextRow][0].row + 1 === number) out(patchRow(element, startEnd - i, selfClosing, rows[nextRow++]));
        else out(element);
        i = end;
        continue;
      }
      // A comment or anything else between rows: up to its end.
      const gt = text.indexOf('>', i);
      if (gt < 0) return final ? (out(text.slice(i)), '') : text.slice(i);
      out(text.slice(i, gt + 1));
      i = gt + 1;
    }
    return '';
  };

  /** A row with patches: its cells merged with them in column order. */
  const patchRow = (element: string, startEnd: number, selfClosing: boolean, list: Patch[]): string => {
    let start = element.slice(0, startEnd + 1);
    const maxColumn = list[list.length - 1].column + 1;
    const minColumn = list[0].column + 1;
    start = start.replace(/(\sspans\s*=\s*["'])(\d+):(\d+)(["'])/, (whole, a: string, lo: string, hi: string, z: string) =>
      Number(lo) <= minColumn && Number(hi) >= maxColumn ? whole : `${a}${Math.min(Number(lo), minColumn)}:${Math.max(Number(hi), maxColumn)}${z}`,
    );
    start = heightened(start, heights.get(list[0].row));
    if (selfClosing) return `${start.slice(0, start.length - 2).trimEnd()}>${list.map((p) => cell(p, 0)).join('')}</${prefix}row>`;
    const inner = element.slice(startEnd + 1, element.length - `</${prefix}row>`.length);
    const cellTag = `<${prefix}c`;
    let result = '';
    let i = 0;
    let k = 0;
    let column = 0;
    let afterLastCell = 0;
    const parts: string[] = [];
    while (i < inner.length) {
      const at = inner.indexOf(cellTag, i);
      if (at < 0 || !/[\s/>]/.test(inner[at + cellTag.length] ?? '')) break;
      const tagEnd = inner.indexOf('>', at);
      const self = inner.charCodeAt(tagEnd - 1) === 47;
      const end = self ? tagEnd + 1 : inner.indexOf(`</${prefix}c>`, tagEnd) + `</${prefix}c>`.length;
      const tag = inner.slice(at, tagEnd + 1);
      const r = /\sr\s*=\s*["']([^"']+)["']/.exec(tag);
      column = r && readCellRef(r[1], 0, ref) === r[1].length ? ref.column : column + 1;
      parts.push(inner.slice(i, at));
      while (k < list.length && list[k].column + 1 < column) parts.push(cell(list[k++], 0));
      if (k < list.length && list[k].column + 1 === column) {
        const body = inner.slice(at, end);
        if (/<(\w+:)?f\b[^>]*\bt\s*=\s*["']shared["'][^>]*\bref\s*=/.test(body)) throw new Error(`patchSheet: ${columnLetter(column)}${list[k].row + 1} holds the first cell of a shared formula`);
        const s = /\ss\s*=\s*["'](\d+)["']/.exec(tag);
        parts.push(cell(list[k++], s ? Number(s[1]) : 0));
      } else parts.push(inner.slice(at, end));
      i = end;
      afterLastCell = parts.length;
    }
    const rest: string[] = [];
    while (k < list.length) rest.push(cell(list[k++], 0));
    parts.splice(afterLastCell, 0, ...rest);
    result = parts.join('') + inner.slice(i);
    return `${start}${result}</${prefix}row>`;
  };

  const step = (final: boolean) => {
    if (phase === 'head') {
      const rest = head(pending);
      if (phase === 'head') {
        if (final) throw new Error('patchSheet: no <sheetData> in the sheet');
        return;
      }
      pending = rest;
    }
    if (phase === 'rows') pending = body(pending, final);
    if (phase === 'tail' && pending) {
      if (items) tail += pending;
      else out(pending);
      pending = '';
    }
  };

  return {
    feed(text: string) {
      pending += text;
      step(false);
    },
    end() {
      step(true);
      if (pending) throw new Error('patchSheet: the sheet ends inside a row');
      if (items) out(patchedTail(tail, items));
    },
  };
}

/** A row's start tag at least `height` points tall (a row without `ht` is 15, Excel's default for its body font). */
function heightened(start: string, height: number | undefined): string {
  if (!height) return start;
  const ht = /(\sht\s*=\s*["'])([\d.]+)(["'])/.exec(start);
  if (ht && Number(ht[2]) >= height) return start;
  if (!ht && height <= 15) return start;
  const custom = /\scustomHeight\s*=\s*["'][^"']*["']/.test(start) ? start.replace(/(\scustomHeight\s*=\s*["'])[^"']*(["'])/, '$11$2') : start.replace(/\s*(\/?>)$/, ' customHeight="1"$1');
  return ht ? custom.replace(/(\sht\s*=\s*["'])[\d.]+(["'])/, `$1${height}$2`) : custom.replace(/\s*(\/?>)$/, ` ht="${height}"$1`);
}

/** The `<dimension ref>` grown to cover the patched cells (left as it is when it already does, or is absent). */
function widenDimension(head: string, patches: Patch[]): string {
  if (patches.length === 0) return head;
  return head.replace(/(<(?:\w+:)?dimension\b[^>]*\sref\s*=\s*["'])([^"']*)(["'])/, (whole, a: string, value: string, z: string) => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(value);
    if (!m) return whole;
    const letters = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    let top = Number(m[2]);
    let left = letters(m[1]);
    let bottom = m[4] ? Number(m[4]) : top;
    let right = m[3] ? letters(m[3]) : left;
    const wider = { top, left, bottom, right };
    for (const p of patches) {
      top = Math.min(top, p.row + 1);
      bottom = Math.max(bottom, p.row + 1);
      left = Math.min(left, p.column + 1);
      right = Math.max(right, p.column + 1);
    }
    if (top === wider.top && left === wider.left && bottom === wider.bottom && right === wider.right) return whole;
    return `${a}${columnLetter(left)}${top}:${columnLetter(right)}${bottom}${z}`;
  });
}
