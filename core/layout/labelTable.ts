import { cellAt, cellText, type Grid, type MergeIndex } from '../grid';

/**
 * The texts of the rows a header may lie in, read once: each cell as the header shows it. A cell
 * under a horizontally merged parent reads the parent's text (the parent spans it); a cell covered
 * by a merge from a row above reads blank (the label above reaches down over it).
 */
export interface LabelTable {
  rows: number;
  width: number;
  /** `text[row][column]`, merge-aware as above. */
  text: string[][];
  /** True where the cell is covered by a merged area (its text, or its blank, is the merge's). */
  covered: boolean[][];
  /** Rows holding some text of their own (a string cell that is not blank). */
  hasText: boolean[];
  /** Rows with nothing of their own: a spacer a vertical merge leaves, or an empty line. */
  blank: boolean[];
  /** Rows of column numbers (`(1) (2) … (17)`, `1 2 3 … 7`). */
  numbers: boolean[];
}

export function labelTable(grid: Grid, merges: MergeIndex, rows: number, width: number): LabelTable {
  const table: LabelTable = { rows, width, text: [], covered: [], hasText: [], blank: [], numbers: [] };
  for (let r = 0; r < rows; r++) {
    const text: string[] = new Array(width);
    const covered: boolean[] = new Array(width);
    let hasText = false;
    let own = 0;
    for (let c = 0; c < width; c++) {
      const owner = merges.size ? merges.ownerOf(r, c) : undefined;
      covered[c] = owner !== undefined;
      const v = cellAt(grid, r, c);
      if (owner) text[c] = owner.row === r ? cellText(cellAt(grid, r, owner.column)) : '';
      else text[c] = cellText(v);
      if (!owner && text[c] !== '') {
        own++;
        if (typeof v === 'string') hasText = true;
      }
    }
    table.text.push(text);
    table.covered.push(covered);
    table.hasText.push(hasText);
    table.blank.push(own === 0);
    table.numbers.push(own > 0 && isNumberRow(grid, r, width));
  }
  return table;
}

/** `(1)`, `1`, `1.`, `(3)=(1)x(2)`, `5 = 3/4`: a column number, possibly with the formula of its column. */
const COLUMN_NUMBER = /^\(?\s*(\d{1,3})\s*\)?\.?(?:\s*[=x×*/+:-]\s*\(?\s*\d{1,3}\s*\)?)*$/;

/**
 * A row of column numbers under a header: at least three cells, nearly all of them numbers in
 * increasing order from left to right. Such a row belongs to the header: it is neither an output
 * nor a target.
 */
export function isNumberRow(grid: Grid, row: number, width: number): boolean {
  let numbered = 0;
  let other = 0;
  let last = 0;
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    if (v === null || v === undefined) continue;
    const n = typeof v === 'number' ? (Number.isInteger(v) && v > 0 && v < 1000 ? v : undefined) : leadingNumber(cellText(v));
    if (typeof v === 'string' && v.trim() === '') continue;
    if (n === undefined || n <= last) {
      other++;
      continue;
    }
    numbered++;
    last = n;
  }
  return numbered >= 3 && other <= Math.floor(numbered / 5);
}

function leadingNumber(text: string): number | undefined {
  const m = COLUMN_NUMBER.exec(text);
  return m ? Number(m[1]) : undefined;
}
