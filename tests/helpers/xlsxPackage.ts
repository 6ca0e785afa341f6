/**
 * Writes .xlsx packages part by part, for files no spreadsheet program would make on request: the
 * hostile workbooks of tests/hostile and the large realistic matrices of the benchmark (written the
 * way Excel writes them: shared strings, a border on every cell of the matrix, merged group cells).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CellValue, Grid, MergedArea } from '../../core/grid';
import { columnLetter } from '../../core/grid';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The worksheet part's whole XML (see `worksheetXml`). */
  xml: string | Uint8Array;
}

export interface PackageSpec {
  sheets: SheetSpec[];
  sharedStrings?: string[] | Uint8Array;
  /** styles.xml; a minimal one by default. */
  styles?: string;
  /** More parts, by name (their content types are not declared). */
  extra?: Record<string, string | Uint8Array>;
  /** Deflate level 0–9 (6 by default). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** A styles.xml with cell formats: 0 plain, 1 bordered, 2 bordered 0%, 3 bordered bold header, 4 bold title. */
export const MATRIX_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/** The bytes of an .xlsx package holding `spec`'s sheets, in order. */
export function xlsxPackage(spec: PackageSpec): Uint8Array {
  const files: Zippable = {};
  const bytes = (x: string | Uint8Array) => (typeof x === 'string' ? strToU8(x) : x);
  const overrides = spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${spec.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetRels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${spec.sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}${sheetRels.join('')}</Relationships>`,
  );
  const sheetList = spec.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`);
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheetList.join('')}</sheets></workbook>`);
  files['xl/styles.xml'] = strToU8(spec.styles ?? MATRIX_STYLES);
  if (spec.sharedStrings) files['xl/sharedStrings.xml'] = Array.isArray(spec.sharedStrings) ? strToU8(sharedStringsXml(spec.sharedStrings)) : spec.sharedStrings;
  spec.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = bytes(s.xml)));
  for (const [name, content] of Object.entries(spec.extra ?? {})) files[name] = bytes(content);
  return zipSync(files, { level: spec.level ?? 6 });
}

export function sharedStringsXml(strings: string[]): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${items.join('')}</sst>`;
}

/** A worksheet part around rows already written as XML, with merges and anything after them. */
export function worksheetXml(rowsXml: string, merges: string[] = [], after = ''): string {
  const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${rowsXml}</sheetData>${mergeXml}${after}</worksheet>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function rangeRef(m: MergedArea): string {
  return `${columnLetter(m.left + 1)}${m.top + 1}:${columnLetter(m.right + 1)}${m.bottom + 1}`;
}

/**
 * A grid as Excel saves it: text as shared strings, `50%` as 0.5 formatted `0%`, numbers as
 * numbers, the two title rows bold, every cell from the header down bordered (blank ones too), the
 * grid's merges. `headerRow` is the 0-based first header row (rows from it on are bordered).
 */
export function gridXlsx(grid: Grid, headerRow: number, options: { level?: PackageSpec['level']; after?: string } = {}): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  // The border covers the matrix: as wide as its header row, however far a stray cell lies.
  const width = grid.values[headerRow]?.length ?? 0;
  const rows: string[] = [];
  grid.values.forEach((row, r) => {
    const cells: string[] = [];
    const bordered = r >= headerRow;
    const count = bordered ? Math.max(width, row.length) : row.length;
    for (let c = 0; c < count; c++) {
      if (row[c] === undefined && c >= width) continue;
      const cell = cellXml(row[c] ?? null, `${columnLetter(c + 1)}${r + 1}`, bordered && c < width ? 1 : 4, strings, index);
      if (cell) cells.push(cell);
    }
    if (cells.length) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const xml = worksheetXml(rows.join(''), (grid.merges ?? []).map(rangeRef), options.after);
  return xlsxPackage({ sheets: [{ name: grid.sheetName, xml }], sharedStrings: strings, level: options.level });
}

function cellXml(value: CellValue | undefined, ref: string, style: number, strings: string[], index: Map<string, number>): string {
  if (value === null || value === undefined || value === '') return style === 1 ? `<c r="${ref}" s="1"/>` : '';
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}" s="${style}" t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const percent = /^(\d+)%$/.exec(text);
  if (percent) return `<c r="${ref}" s="${style === 1 ? 2 : style}"><v>${Number(percent[1]) / 100}</v></c>`;
  let i = index.get(text);
  if (i === undefined) {
    i = strings.push(text) - 1;
    index.set(text, i);
  }
  return `<c r="${ref}" s="${style}" t="s"><v>${i}</v></c>`;
}

/** The grid as a semicolon CSV, as an Indonesian-locale Excel exports it. */
export function gridCsv(grid: Grid): string {
  const field = (v: CellValue | undefined) => {
    const text = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  // Excel writes every line as wide as the sheet's used range.
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  return grid.values.map((row) => Array.from({ length: width }, (_, c) => field(row[c])).join(';')).join('\r\n') + '\r\n';
}

/** A copy of the package whose central directory claims `size` inflated bytes for one part (a lie). */
export function withDeclaredSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(part);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50 || view.getUint16(p + 28, true) !== name.length) continue;
    if (name.every((b, i) => out[p + 46 + i] === b)) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central entry for ${part}`);
}
