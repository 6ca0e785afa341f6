import { cellAddress, columnLetter, MergeIndex, parseAddress, type Grid } from './grid';
import { CATALOGUE, renderFixMessage, renderMessage, type Severity } from './findings/catalogue';
import type { Bilingual, Lang, TemplateParam } from './i18n';
import { collapseRuns, type RawRun } from './findings/collapseRuns';
import type { Finding } from './findings/finding';
import type { MatrixKind } from './layout/schema';
import { readMatrix, type Matrix } from './model/readMatrix';
import { readColumnMap, type ReadOptions } from './columnMap/readOptions';
import { columnMapFindings } from './rules/columnMap';
import { RULES } from './rules';
import { guessParams } from './rules/headerParams';
import { searchHeader } from './layout/detectHeader';
import type { RawFinding, Rule } from './rules/rule';

export interface ValidationReport {
  sheet: string;
  kind: MatrixKind | null;
  /** Sheet rows of the header (1-based) and the column letter of each recognised column; `mapped` when a column map by hand decided them. */
  header: { rows: [number, number]; columns: Record<string, string>; mapped?: true; groupedBy?: GroupedBy } | null;
  titles: string[];
  counts: { kegiatan: number; rencanaAksi: number; outputs: number; errors: number; warnings: number; infos: number };
  findings: Finding[];
}

/** What `counts.kegiatan` and `counts.rencanaAksi` count: the outermost group column and the action column, by their titles. */
export interface GroupedBy {
  outer: Bilingual;
  action?: Bilingual;
}

export interface ValidateOptions extends ReadOptions {
  lang?: Lang;
}

/** Reads and validates one grid. Never throws on the grid's content. */
export function validateGrid(grid: Grid, options: ValidateOptions = {}): { report: ValidationReport; matrix?: Matrix } {
  const lang = options.lang ?? 'id';
  const matrix = readMatrix(grid, options);
  if (matrix) return { matrix, report: validateMatrix(matrix, lang) };
  const origin = parseAddress(grid.topLeft);
  const notFound = headerNotFound(grid, origin);
  // A map that made no header says what did not fit, beside the header that was not found either.
  const merges = new MergeIndex(grid.merges);
  const mapFindings = columnMapFindings(readColumnMap(grid, merges, options)?.reading, grid.sheetName, notFound.row, origin.row);
  const findings = [notFound, ...mapFindings].map((f) => localise({ finding: f, lastRow: f.row, count: 1 }, lang, (r, c) => cellAddress(origin, r, c), origin.row));
  return { report: { sheet: grid.sheetName, kind: null, header: null, titles: [], counts: { kegiatan: 0, rencanaAksi: 0, outputs: 0, ...tally(findings) }, findings } };
}

/** Says which rows looked most like a header, which labels were recognised and which not, and how to map by hand. */
function headerNotFound(grid: Grid, origin: { row: number }): RawFinding {
  const guess = searchHeader(grid).guess;
  if (!guess) return { code: 'header-not-found', row: 0, col: 0, columnKey: '', variant: 'empty', params: { sheet: grid.sheetName } };
  return { code: 'header-not-found', row: guess.firstRow, col: 0, columnKey: '', params: { sheet: grid.sheetName, ...guessParams(guess, (r) => origin.row + r) } };
}

/** Runs every rule on a matrix already read: the report, its messages in `lang`. */
export function validateMatrix(matrix: Matrix, lang: Lang): ValidationReport {
  return matrixReport(matrix, rawFindings(matrix), lang);
}

/** Every rule's findings on a matrix (`rules`: all of them), sorted by row then column. */
export function rawFindings(matrix: Matrix, rules: readonly Rule[] = RULES): RawFinding[] {
  const raw: RawFinding[] = [];
  // One by one: a rule may return a million findings, more than a call's arguments can hold.
  for (const rule of rules) for (const finding of rule.check(matrix)) raw.push(finding);
  return raw.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The report of findings already found on a matrix (sorted by row then column): runs collapsed, messages in `lang`; `counts` when the caller keeps them itself. */
export function matrixReport(matrix: Matrix, raw: readonly RawFinding[], lang: Lang, counts: Matrix['counts'] = matrix.counts): ValidationReport {
  const address = (r: number, c: number) => cellAddress(matrix.origin, r, c);
  const findings = collapseRuns(raw).map((run) => localise(run, lang, address, matrix.origin.row));
  const columns: Record<string, string> = {};
  for (const c of matrix.header.columns) columns[c.key] = columnLetter(matrix.origin.column + c.index);
  return {
    sheet: matrix.grid.sheetName,
    kind: matrix.kind,
    header: {
      rows: [matrix.origin.row + matrix.header.firstRow, matrix.origin.row + matrix.header.lastRow],
      columns,
      ...(matrix.columnMap?.applied ? { mapped: true as const } : {}),
      ...groupedBy(matrix),
    },
    titles: matrix.titles,
    counts: { ...counts, ...tally(findings) },
    findings,
  };
}

/** The titles of the columns the counts count, when the matrix groups its rows by columns. */
function groupedBy(matrix: Matrix): { groupedBy?: GroupedBy } {
  const outer = matrix.groupColumns[0];
  if (!outer) return {};
  const action = matrix.groupColumns.find((g) => g.def.key === matrix.header.action);
  return { groupedBy: { outer: outer.def.title, ...(action && action !== outer ? { action: action.def.title } : {}) } };
}

function tally(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

function pick(params: Readonly<Record<string, TemplateParam>> | undefined, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (!params) return out;
  // Keys, not entries: no pair per param of every finding.
  for (const k of Object.keys(params)) {
    const v = params[k];
    out[k] = typeof v === 'object' ? v[lang] : v;
  }
  return out;
}

/** A finding (or a run of identical ones, as one finding over its range) in the report's terms and language. */
function localise(run: RawRun, lang: Lang, address: (r: number, c: number) => string, firstRow: number): Finding {
  const f = run.finding;
  const params = pick(f.params, lang);
  const cell = address(f.row, f.col);
  const finding: Finding = {
    code: f.code,
    severity: CATALOGUE[f.code].severity,
    cell,
    row: firstRow + f.row,
    columnKey: f.columnKey,
    message: renderMessage(f, lang, params),
    params,
  };
  if (run.count > 1) {
    finding.range = `${cell}:${address(run.lastRow, f.col)}`;
    finding.count = run.count;
  }
  if (f.variant) finding.variant = f.variant;
  if (f.fix) {
    finding.fix = {
      message: renderFixMessage(f.code, lang, pick(f.fix.params, lang)),
      edits: (run.edits ?? f.fix.edits).map((e) => {
        const cell = address(e.row, e.col);
        return { cell, row: firstRow + e.row, columnNumber: parseAddress(cell).column, value: e.value };
      }),
    };
  }
  return finding;
}
