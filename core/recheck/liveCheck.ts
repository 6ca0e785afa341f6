/**
 * Checks while typing: after an edit, only the rows it touches are read and checked again, and the
 * report is updated, so the cost grows with the rows edited and not with the sheet.
 *
 * What is checked again, and how:
 * - The rules that look at one row at a time (missing values, types, canonical spellings, totals,
 *   units, targets, stages, realisations, text length, blank rows, repeated headers, split rows) run
 *   on a small window: the header, one row standing for the sheet above (the last output or heading
 *   before the edit, with its group values filled in, so Kegiatan Utama and Rencana Aksi carry down
 *   as they do in the whole sheet), the edited rows, and the rows after them whose reading depends on
 *   them (a split row's tail; rows that inherit an edited group cell; the next output). Their findings
 *   replace those rows' findings; everything else stays.
 * - `invalid-choice` on a column that may hold remarks (Keterangan) is checked only where the column
 *   speaks its list (half its filled cells are choices): that column-wide part is kept as counts,
 *   updated by each edit; the row-local part (is this value on the list?) runs on the edited rows.
 * - Header rules (missing, extra or duplicate labels, the column map) do not depend on data rows and
 *   are kept. An edit in the header rows checks the whole sheet again.
 * - The percent convention (figures without `%` in percentage rows, `1` read as 1% in a column that
 *   counts in points and 100% in one that counts in fractions) is decided per column over the whole
 *   sheet: the figures are kept as tallies per column, the window is read with the sheet's decision,
 *   and the column's note is made again from the tallies. An edit that changes a column's decision
 *   (a first fraction among points) checks the whole sheet.
 * - Counts of Kegiatan Utama and Rencana Aksi are those of the last whole check; outputs are counted exactly.
 */
import { cellAt, cellText, isBlank, type CellValue, type Grid, type MergedArea } from '../grid';
import type { Lang } from '../i18n';
import { activeMatrix } from '../workbench/activeMatrix';
import type { HeaderColumn } from '../layout/header';
import { readMatrix, type Matrix, type MatrixRow, type ReadOptions } from '../model/readMatrix';
import { classifyRow } from '../model/classifyRow';
import { rowShaper } from '../model/rowShape';
import { RULES } from '../rules';
import { columnMap } from '../rules/columnMap';
import { duplicateLabel } from '../rules/duplicateLabel';
import { extraLabel } from '../rules/extraLabel';
import { invalidChoice } from '../rules/invalidChoice';
import { missingLabel } from '../rules/missingLabel';
import { percentConvention } from '../rules/percentConvention';
import type { RawEdit, RawFinding, Rule } from '../rules/rule';
import { matrixReport, rawFindings, type ValidationReport } from '../validate';
import { matchChoice, speaksChoices } from '../values/choice';
import type { PercentConvention } from '../values/parseValue';
import { conventionFrom, type PercentNote } from '../model/percentConvention';
import type { ColumnKey } from '../layout/columnKey';

/** Rules that read the header alone, or a whole column at once: kept between whole checks. */
const HEADER_RULES: readonly Rule[] = [columnMap, missingLabel, extraLabel, duplicateLabel];
/** Rules that read one row at a time: run on the window. `invalid-choice` and `percent-convention` have their own parts here. */
const ROW_RULES: readonly Rule[] = RULES.filter((r) => !HEADER_RULES.includes(r) && r !== invalidChoice && r !== percentConvention);
/** Each code's rule's place in RULES: findings on one cell come in the order the whole check gives them. */
const RULE_ORDER = Object.fromEntries(RULES.flatMap((rule, i) => rule.codes.map((code) => [code, i]))) as Record<RawFinding['code'], number>;
/** How many times a window may grow because its last row read differently than before, before the sheet is checked whole. */
const MAX_GROWTH = 4;

/** A row as the host read it after an edit: 0-based grid row, its cells from the grid's first column. */
export interface RowEdit {
  row: number;
  values: CellValue[];
  /** Number formats of the same cells, where the host reads them (a `0%` figure is a percentage). */
  formats?: (string | null | undefined)[];
}

export interface Recheck {
  report: ValidationReport;
  /** 0-based grid rows whose findings were computed again, first and last. */
  rows: [number, number];
  /** True when the whole sheet was checked again (see above). */
  full: boolean;
}

/** Per remarks-choice column: filled cells and cells on the list, over the output rows. */
interface ChoiceCount {
  column: HeaderColumn;
  filled: number;
  matched: number;
}

export class LiveCheck {
  private grid: Grid;
  private matrix!: Matrix;
  /** The model's rows, by grid row − first data row. */
  private rows!: MatrixRow[];
  private headerFindings!: RawFinding[];
  private percentFindings!: RawFinding[];
  /** Figures without `%` in percentage rows, by grid row (column index, figure), and their tally per column. */
  private figures = new Map<number, [number, number][]>();
  private tally = new Map<number, FigureTally>();
  /** Row-local findings by grid row. */
  private rowFindings!: Map<number, RawFinding[]>;
  private choices!: ChoiceCount[];
  private outputs!: number;
  private last!: ValidationReport;

  /** Checks `grid` whole (a sentence when it holds no matrix, as *Periksa matriks* says) and keeps what later edits need. */
  constructor(
    grid: Grid,
    private readonly options: ReadOptions = {},
    private readonly lang: Lang = 'id',
  ) {
    // A copy of the row list (rows themselves are replaced, never changed), so the host's grid stays as it was read.
    this.grid = { ...grid, values: grid.values.slice(), ...(grid.numberFormats ? { numberFormats: grid.numberFormats.slice() } : {}) };
    this.checkWhole();
  }

  get report(): ValidationReport {
    return this.last;
  }

  /** The sheet's rows changed as `edits` say: their findings, and those of the rows that depend on them, computed again. */
  edit(edits: readonly RowEdit[]): Recheck {
    if (edits.length === 0) return { report: this.last, rows: [0, -1], full: false };
    // The edited rows' old cells leave the choice counts before they are replaced.
    const edited = new Set(edits.map((e) => e.row));
    for (const r of edited) {
      const old = this.stored(r);
      if (old?.kind === 'output') this.count(old, -1);
    }
    for (const e of edits) this.put(e);
    const first = Math.min(...edits.map((e) => e.row));
    const last = Math.max(...edits.map((e) => e.row));
    if (first <= this.matrix.header.lastRow) return this.whole(first, last);
    let end = this.dependentEnd(first, last, edits);
    for (let growth = 0; growth <= MAX_GROWTH; growth++) {
      const result = this.window(first, end, edited);
      if (result === 'whole') return this.whole(first, last);
      if (result === 'done') return { report: this.report, rows: [this.seedRow(first) + 1, end], full: false };
      end = result.grow;
    }
    return this.whole(first, last);
  }

  private checkWhole(): void {
    const figures = new Map<number, [number, number][]>();
    // A sheet that no longer holds a matrix throws its sentence here, and the last reading stays.
    this.matrix = activeMatrix(this.grid, { ...this.options, percent: { seen: (row, column, x) => this.see(figures, row, column, x) } });
    this.figures = figures;
    this.tally = tallyOf(figures);
    this.rows = this.matrix.rows;
    this.headerFindings = rawFindings(this.matrix, HEADER_RULES);
    this.percentFindings = rawFindings(this.matrix, [percentConvention]);
    this.rowFindings = new Map();
    this.tails.clear();
    for (const f of rawFindings(this.matrix, ROW_RULES)) this.addFinding(f);
    this.choices = this.matrix.header.columns.filter((c) => c.def?.role === 'choice' && c.def.choices).map((column) => ({ column, filled: 0, matched: 0 }));
    for (const row of this.matrix.outputs) this.count(row, 1);
    for (const row of this.matrix.outputs) this.addChoiceFindings(row);
    this.outputs = this.matrix.outputs.length;
    this.publish();
  }

  private whole(first: number, last: number): Recheck {
    this.checkWhole();
    return { report: this.last, rows: [first, last], full: true };
  }

  private put(edit: RowEdit): void {
    while (this.grid.values.length <= edit.row) this.grid.values.push([]);
    this.grid.values[edit.row] = edit.values;
    if (this.grid.numberFormats) {
      while (this.grid.numberFormats.length <= edit.row) this.grid.numberFormats.push([]);
      this.grid.numberFormats[edit.row] = edit.formats ?? [];
    }
  }

  private stored(r: number): MatrixRow | undefined {
    return this.rows[r - this.matrix.header.lastRow - 1];
  }

  /**
   * The last output above `first`, or the header's last row: its reading does not depend on the rows
   * after it, and it is the output a per-action cell (Koordinator, Tim Squad) is carried from.
   */
  private seedRow(first: number): number {
    for (let r = first - 1; r > this.matrix.header.lastRow; r--) if (this.stored(r)?.kind === 'output') return r;
    return this.matrix.header.lastRow;
  }

  /**
   * The last row whose reading may depend on the edited ones: below the edit, rows that carry a
   * group (or per-action) cell down from it, then the next output or heading (a split row's tail
   * lies before it).
   */
  private dependentEnd(first: number, last: number, edits: readonly RowEdit[]): number {
    const { groups, perAction } = this.carried();
    const carried = [...groups, ...perAction];
    const touched = carried.filter((c) => edits.some((e) => !isBlank(e.values[c] ?? null) || !isBlank(this.stored(e.row)?.values[c] ?? null)));
    let end = last;
    // Cells merged down from an edited row show its value below it.
    for (const m of this.grid.merges ?? []) if (m.top >= first && m.top <= last && m.bottom > end) end = m.bottom;
    // Inheritance from the outermost touched column ends where a row has a cell of its own at that level or outside it.
    if (touched.length) end = Math.max(end, this.inheritEnd(end, Math.min(...touched)));
    return this.nextAnchor(end);
  }

  /** Group and per-action columns: cells carried down to the rows below. */
  private carried(): { groups: number[]; perAction: number[] } {
    return { groups: this.matrix.groupColumns.map((g) => g.index), perAction: this.matrix.header.columns.filter((c) => c.def?.perAction).map((c) => c.index) };
  }

  /** The outermost carried column whose value at the end of rows from … end differs between the fresh and the stored reading, if any. */
  private carriedChange(fresh: MatrixRow[], from: number, end: number, seed: MatrixRow | undefined): number | undefined {
    const { groups, perAction } = this.carried();
    const lastOf = (rows: (MatrixRow | undefined)[], kinds: MatrixRow['kind'][]) => {
      for (let i = rows.length - 1; i >= 0; i--) if (rows[i] && kinds.includes(rows[i]!.kind)) return rows[i];
      return seed;
    };
    const old: (MatrixRow | undefined)[] = [];
    for (let r = from; r <= end; r++) old.push(this.stored(r));
    const text = (row: MatrixRow | undefined, c: number) => cellText(row?.values[c] ?? null);
    const fill: MatrixRow['kind'][] = ['output', 'heading'];
    const differs = [
      ...groups.filter((c) => text(lastOf(fresh, fill), c) !== text(lastOf(old, fill), c)),
      ...perAction.filter((c) => text(lastOf(fresh, ['output']), c) !== text(lastOf(old, ['output']), c)),
    ];
    return differs.length ? Math.min(...differs) : undefined;
  }

  /** The rows after `end` that inherit column `outer` (or a column inside it), through the next output or heading after them. */
  private inheritEnd(end: number, outer: number): number {
    const { groups, perAction } = this.carried();
    const carried = [...groups, ...perAction];
    const fills = (r: number) => {
      const kind = this.stored(r)?.kind;
      return kind === 'output' || kind === 'heading';
    };
    // (Only outputs and headings fill groups: a split row's text in a group column opens nothing.)
    const opens = (r: number) => fills(r) && carried.some((c) => c <= outer && !isBlank(cellAt(this.grid, r, c)));
    let r = end;
    while (r + 1 < this.grid.values.length && !opens(r + 1)) r++;
    return r === end ? end : this.nextAnchor(r);
  }

  /**
   * The next output or heading after `row` and the rows after it up to the following one (its split
   * tails, whose fixes join text into it, and the blank rows below it), or the last row of the sheet.
   */
  private nextAnchor(row: number): number {
    const rows = this.grid.values.length;
    const anchor = (r: number) => {
      const kind = this.stored(r)?.kind;
      return kind === 'output' || kind === 'heading';
    };
    let r = row + 1;
    while (r < rows && !anchor(r)) r++;
    if (r >= rows) return Math.max(row, rows - 1);
    while (r + 1 < rows && !anchor(r + 1)) r++;
    return r;
  }

  /**
   * Reads rows seed+1 … end again in a window grid and replaces their model rows and findings.
   * Answers `grow` when the last row now reads as another kind (the rows after it may too).
   */
  private window(first: number, end: number, edited: ReadonlySet<number>): 'done' | 'whole' | { grow: number } {
    const { header } = this.matrix;
    const seed = this.seedRow(first);
    const hasSeed = seed > header.lastRow;
    const top = header.lastRow + 1; // window index of the seed row (or of the first real row when there is none)
    const from = seed + 1; // first real row read again
    const shift = (hasSeed ? top + 1 : top) - from; // window index = real row + shift
    const toReal = (w: number) => (hasSeed && w === top ? seed : w - shift);

    const values: CellValue[][] = this.grid.values.slice(0, top);
    const formats = this.grid.numberFormats ? this.grid.numberFormats.slice(0, top) : undefined;
    if (hasSeed) {
      // The seed must read as an output in the window (a group value equal to a header label can make it look like a repeated header).
      const shape = rowShaper(header, Math.max(0, ...header.columns.map((c) => c.index + 1)))(this.stored(seed)!.values);
      if (classifyRow(shape, { afterBreak: false, hasGroups: this.matrix.groupColumns.length > 0 }) !== 'output') return 'whole';
      values.push(this.stored(seed)!.values);
      formats?.push(this.grid.numberFormats![seed] ?? []);
    }
    // One row past the end when there is one: the next output, so that blank rows before it count as inside the matrix.
    const sentinel = end + 1 < this.grid.values.length ? end + 1 : end;
    for (let r = from; r <= sentinel; r++) {
      values.push(this.grid.values[r] ?? []);
      formats?.push(this.grid.numberFormats?.[r] ?? []);
    }
    const merges: MergedArea[] = [];
    for (const m of this.grid.merges ?? []) {
      if (m.bottom < top) merges.push(m);
      else if (m.bottom >= from && m.top <= sentinel) {
        // A merge from above the window starts at the seed, which holds its value already.
        const mTop = m.top >= from ? m.top + shift : hasSeed ? top : from + shift;
        const mBottom = Math.min(m.bottom, sentinel) + shift;
        if (mBottom > mTop || m.right > m.left) merges.push({ top: mTop, left: m.left, bottom: mBottom, right: m.right });
      }
    }
    const windowGrid: Grid = { ...this.grid, values, merges, ...(formats ? { numberFormats: formats } : {}) };
    const seen = new Map<number, [number, number][]>();
    const decided = new Map([...this.tally].map(([column, t]) => [column, conventionOf(t)]));
    const read = readMatrix(windowGrid, { ...this.options, percent: { decided, seen: (row, column, x) => this.see(seen, row, column, x) } });
    if (!read || read.header.columns.length !== header.columns.length || read.header.columns.some((c, i) => c.key !== header.columns[i].key || c.index !== header.columns[i].index)) return 'whole';

    const fresh = read.rows.filter((row) => row.index >= top + (hasSeed ? 1 : 0) && row.index <= end + shift);
    const lastFresh = fresh[fresh.length - 1];
    const lastOld = this.stored(end);
    if (end + 1 < this.grid.values.length && lastFresh && lastOld && lastFresh.kind !== lastOld.kind) return { grow: this.nextAnchor(end) };
    // The groups (and per-action cells) the rows below inherit: as before, or the window grows over the rows that inherit them.
    if (end + 1 < this.grid.values.length) {
      const changed = this.carriedChange(fresh, from, end, hasSeed ? this.stored(seed) : undefined);
      if (changed !== undefined) {
        const grown = this.inheritEnd(end, changed);
        if (grown > end) return { grow: grown };
      }
    }

    // The figures of the rows read again replace theirs; a column whose convention that changes (a
    // first fraction among points) reads its other `1`s differently: a whole check.
    const tally = new Map([...this.tally].map(([c, t]) => [c, { ...t }]));
    for (let r = from; r <= end; r++) for (const [c, x] of this.figures.get(r) ?? []) addFigure(tally, c, x, -1);
    const fresher = new Map<number, [number, number][]>();
    for (const [w, list] of seen) if (w >= top + (hasSeed ? 1 : 0) && w <= end + shift) fresher.set(toReal(w), list);
    for (const list of fresher.values()) for (const [c, x] of list) addFigure(tally, c, x, 1);
    if ([...tally].some(([c, t]) => conventionOf(t) !== decided.get(c))) return 'whole';

    const found = rawFindings(read, ROW_RULES); // before the rows take their real indices
    // A split row's fix joins its text to the text of every earlier tail of the same cell: a tail in
    // the window joining a cell outside it, or one outside joining a cell inside, is left to a whole check.
    const outside = (row: number) => row < from || row > end;
    if (found.some((f) => f.code === 'fragment-row' && f.row <= end + shift && f.fix?.edits.some((e) => e.row < top + (hasSeed ? 1 : 0) || e.row > end + shift))) return 'whole';
    for (const row of this.tails) {
      const old = this.rowFindings.get(row)?.find((f) => f.code === 'fragment-row');
      if (old?.fix?.edits.some((e) => outside(row) !== outside(e.row))) return 'whole';
    }
    const continuesOf = new Map(fresh.map((row) => [row.index, row.continues]));
    const seedRow = hasSeed ? this.stored(seed)! : undefined;
    for (const row of fresh) {
      row.index = toReal(row.index);
      row.sources = row.sources.map((s, g) => (s < 0 ? s : hasSeed && s === top ? seedRow!.sources[g] : toReal(s)));
      if (row.continues !== undefined) row.continues = toReal(row.continues);
    }
    // Retire the old rows: their choice counts and findings.
    for (let r = from; r <= end; r++) {
      const old = this.stored(r);
      if (old?.kind === 'output') {
        if (!edited.has(r)) this.count(old, -1);
        this.outputs--;
      }
      this.rowFindings.delete(r);
      this.tails.delete(r);
    }
    for (let r = from; r <= end; r++) this.figures.delete(r);
    for (const [r, list] of fresher) this.figures.set(r, list);
    this.tally = tally;
    this.percentFindings = rawFindings({ ...this.matrix, conventions: notesOf(this.matrix, tally) }, [percentConvention]);
    for (const row of fresh) {
      this.rows[row.index - top] = row;
      if (row.kind === 'output') {
        this.count(row, 1);
        this.outputs++;
      }
    }
    const seedSource = (col: number) => {
      const g = this.matrix.groupColumns.findIndex((gc) => gc.index === col);
      return g >= 0 && seedRow!.sources[g] >= 0 ? seedRow!.sources[g] : seed;
    };
    const realEdit = (e: RawEdit): RawEdit => ({ ...e, row: hasSeed && e.row === top ? seedSource(e.col) : toReal(e.row) });
    for (const f of found) {
      if ((hasSeed && f.row === top) || f.row > end + shift) continue;
      const moved = { ...f, row: toReal(f.row) } as RawFinding;
      if (moved.fix) moved.fix = { ...moved.fix, edits: moved.fix.edits.map(realEdit) } as typeof moved.fix;
      if (moved.code === 'fragment-row') {
        const continues = continuesOf.get(f.row);
        const previous = this.matrix.origin.row + (continues === undefined ? moved.row : toReal(continues));
        moved.params = { previous };
        if (moved.fix) moved.fix.params = { previous };
      }
      this.addFinding(moved);
    }
    const flipped = this.choices.some((c) => c.column.def!.remarks && speaksChoices(c.matched, c.filled) !== this.spoke.get(c.column.index));
    if (flipped) return 'whole';
    for (const row of fresh) if (row.kind === 'output') this.addChoiceFindings(row);
    this.publish();
    return 'done';
  }

  private see(into: Map<number, [number, number][]>, row: number, column: number, x: number): void {
    const list = into.get(row);
    if (list) list.push([column, x]);
    else into.set(row, [[column, x]]);
  }

  /** Whether each remarks column spoke its list at the last publication. */
  private spoke = new Map<number, boolean>();

  private count(row: MatrixRow, sign: 1 | -1): void {
    for (const c of this.choices) {
      const { text, match } = matchChoice(this.grid.values[row.index]?.[c.column.index], c.column.def!.choices!);
      if (text === '') continue;
      c.filled += sign;
      if (match) c.matched += sign;
    }
  }

  /** `invalid-choice`'s row-local part: a value off the list, in a column that speaks it. */
  private addChoiceFindings(row: MatrixRow): void {
    for (const c of this.choices) {
      const def = c.column.def!;
      if (def.remarks && !speaksChoices(c.matched, c.filled)) continue;
      const { text, match } = matchChoice(this.grid.values[row.index]?.[c.column.index], def.choices!);
      if (text === '' || match) continue;
      this.addFinding({ code: 'invalid-choice', row: row.index, col: c.column.index, columnKey: c.column.key, params: { value: text, column: def.title, choices: def.choices!.join(' / ') } });
    }
  }

  /** Rows holding a `fragment-row` finding (their fixes may reach other rows). */
  private readonly tails = new Set<number>();

  private addFinding(f: RawFinding): void {
    if (f.code === 'fragment-row') this.tails.add(f.row);
    const list = this.rowFindings.get(f.row);
    if (list) list.push(f);
    else this.rowFindings.set(f.row, [f]);
  }

  /** The report from the kept findings: runs collapsed again, messages in the language asked. */
  private publish(): void {
    const raw: RawFinding[] = [...this.headerFindings, ...this.percentFindings];
    for (const row of [...this.rowFindings.keys()].sort((a, b) => a - b)) for (const f of this.rowFindings.get(row)!) raw.push(f);
    raw.sort((a, b) => a.row - b.row || a.col - b.col || RULE_ORDER[a.code] - RULE_ORDER[b.code]);
    this.last = matrixReport(this.matrix, raw, this.lang, { ...this.matrix.counts, outputs: this.outputs });
    for (const c of this.choices) this.spoke.set(c.column.index, speaksChoices(c.matched, c.filled));
  }
}

/** Figures without `%` of a column's percentage rows: above 1 (points), between 0 and 1 (fractions), exactly 1. */
interface FigureTally {
  points: number;
  fractions: number;
  ones: number;
  /** 1s their own row reads (0,25 · 0,5 · 0,75 · 1), as points or as fractions: they decide nothing for the column. */
  rowPoints: number;
  rowFractions: number;
}

function addFigure(tally: Map<number, FigureTally>, column: number, x: number, sign: 1 | -1): void {
  let t = tally.get(column);
  if (!t) tally.set(column, (t = { points: 0, fractions: 0, ones: 0, rowPoints: 0, rowFractions: 0 }));
  if (x === -1) t.rowPoints += sign;
  else if (x === -2) t.rowFractions += sign;
  else if (x > 1) t.points += sign;
  else if (x > 0 && x < 1) t.fractions += sign;
  else if (x === 1) t.ones += sign;
}

function tallyOf(figures: Map<number, [number, number][]>): Map<number, FigureTally> {
  const tally = new Map<number, FigureTally>();
  for (const list of figures.values()) for (const [c, x] of list) addFigure(tally, c, x, 1);
  return tally;
}

/** A column's convention as model/percentConvention.ts decides it from its figures. */
function conventionOf(t: FigureTally): PercentConvention | undefined {
  return conventionFrom(t.points > 0, t.fractions > 0);
}

/** The notes model/percentConvention.ts gives, from the tallies: per column in the header's order, the cells read by assumption and how. */
function notesOf(matrix: Matrix, tally: Map<number, FigureTally>): PercentNote[] {
  const { header } = matrix;
  const total = header.keyIndex.get('total');
  const columns: { index: number; key: ColumnKey }[] = [...header.periods, ...header.realisations, ...(total === undefined ? [] : [{ index: total, key: 'total' as ColumnKey }])];
  const notes: PercentNote[] = [];
  for (const column of columns) {
    const t = tally.get(column.index);
    if (!t) continue;
    const convention = conventionOf(t);
    const poin = t.points > 0 || t.rowPoints > 0 || (convention === 'poin' && t.ones > 0);
    const pecahan = t.fractions > 0 || t.rowFractions > 0 || (convention === 'pecahan' && t.ones > 0);
    const cells = t.points + t.fractions + t.rowPoints + t.rowFractions + (convention ? t.ones : 0);
    if (cells > 0) notes.push({ column: { index: column.index, key: column.key }, convention: poin && pecahan ? 'campuran' : poin ? 'poin' : 'pecahan', cells });
  }
  return notes;
}
