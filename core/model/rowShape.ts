import { cellText, isBlank, type CellValue } from '../grid';
import type { Header } from '../layout/detectHeader';
import { isLabelKey, labelKey } from '../layout/normalizeLabel';
import { isFigureRole } from '../layout/monitoringBlock';
import type { Measure } from '../layout/periodColumn';
import { remember } from '../remember';

/** What a quick look at a row's own cells tells: how full it is, where, and whether it repeats the header. */
export interface RowShape {
  /** Non-blank cells. */
  filled: number;
  /** Non-blank cells in period, Total, budget or choice columns: the marks of an output. */
  valueFilled: number;
  /** Text of the first non-blank cell. */
  firstText: string;
  /** Cells whose text is the header's label in the same column. */
  headerHits: number;
  /** True when every filled cell is a group cell above Rencana Aksi (a Kegiatan Utama on its own row). */
  onlyUpperGroups: boolean;
  /** True when the first filled cell is text that continues a sentence (lower case, a bracket, a comma …). */
  continues: boolean;
  /** True when the row has something of its own: a Satuan, Koordinator or No. that does not continue a sentence, or a figure or date. */
  own: boolean;
}

/** Text that continues a sentence: lower case, an opening or closing bracket, a comma … (a dash or a bullet opens a list item). */
export function continuesText(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const ch = text.charCodeAt(i);
  return (ch >= 97 && ch <= 122) || ch === 40 || ch === 41 || ch === 44 || ch === 59 || ch === 46 || ch === 38;
}

/**
 * Columns whose content marks a row as an output; a page-break tail holds none of them. The Satuan
 * is not among them: in RB Tematik it names a document, whose tail can spill over like any text.
 */
const VALUE_ROLES = new Set(['period', 'total', 'budget', 'choice']);

/** Period columns that hold figures (targets, baselines, realisations, progress), not a period's notes. */
function isFigure(measure: Measure): boolean {
  return measure === 'target' || measure === 'baseline' || isFigureRole(measure);
}

/** Prepares, once per matrix, a function that measures the shape of each row (its own cells, whatever `width` the header has). */
export function rowShaper(header: Header, width: number): (raw: CellValue[]) => RowShape {
  const valueColumn: boolean[] = new Array(width).fill(false);
  const upperGroup: boolean[] = new Array(width).fill(false);
  const keyColumn: boolean[] = new Array(width).fill(false);
  // Groups nest left to right: those left of the action's column are the upper ones.
  const actionColumn = header.action === undefined ? Infinity : (header.keyIndex.get(header.action) ?? Infinity);
  for (const c of header.columns) {
    valueColumn[c.index] = (c.period !== undefined && isFigure(c.period.measure)) || (c.def !== undefined && VALUE_ROLES.has(c.def.role));
    upperGroup[c.index] = c.def?.role === 'group' && c.index < actionColumn;
    keyColumn[c.index] = c.key === 'satuan' || c.key === 'koordinator' || c.key === 'no';
  }
  const labelRows = header.labelRows;
  const numbered = header.numberRow === undefined ? undefined : labelRows[header.numberRow - header.firstRow]?.map(Number);
  const longestLabel = Math.max(0, ...labelRows.flat().map((l) => l.length)) * 2 + 8;
  // Only cells whose first letter starts some header label of their column can repeat the header.
  const headerInitials: Set<string>[] = [];
  for (const lr of labelRows) lr.forEach((k, c) => k && (headerInitials[c] ??= new Set()).add(k[0]));
  const keyOf = remember(labelKey);
  /** Whether a text in column `c` is that column's label in some header row. */
  const repeatsLabel = (text: string, c: number): boolean => {
    for (const lr of labelRows) if (lr[c] !== '' && lr[c] !== undefined && isLabelKey(text, lr[c], keyOf)) return true;
    return false;
  };

  return (raw) => {
    const shape: RowShape = { filled: 0, valueFilled: 0, firstText: '', headerHits: 0, onlyUpperGroups: true, continues: false, own: false };
    for (let c = 0; c < raw.length; c++) {
      const v = raw[c];
      if (v === null || v === undefined || isBlank(v)) continue;
      // What a tail needs to be (classifyRow): a first cell that continues a sentence, nothing of its own.
      if (shape.filled++ === 0) {
        shape.firstText = cellText(v);
        shape.continues = typeof v === 'string' && continuesText(v);
      }
      if (valueColumn[c]) shape.valueFilled++;
      if (!upperGroup[c]) shape.onlyUpperGroups = false;
      if (typeof v === 'string') {
        if (keyColumn[c] && !continuesText(v)) shape.own = true;
        if (v.length <= longestLabel && headerInitials[c]?.has(initial(v)) && repeatsLabel(v, c)) shape.headerHits++;
      } else {
        shape.own = true;
        // A page-break copy of the column-number row (`1 2 3 …` typed as numbers).
        if (numbered && numbered[c] === v) shape.headerHits++;
      }
    }
    return shape;
  };
}

/** First letter or digit of a text, lower-cased (what `labelKey` would start with). */
function initial(text: string): string {
  for (let i = 0; i < text.length; i++) {
    // ASCII without a new string per character; any other character as toLowerCase reads it (`K` the Kelvin sign is a `k`).
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return text[i];
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code < 128) continue;
    const ch = text[i].toLowerCase();
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) return ch;
  }
  return '';
}
