import { partText, type ReadBudget } from './partText';
import { Attributes, scanXml, type XmlHandler } from './xmlScanner';
import { XlsxError } from './xlsxError';
import type { ZipDirectory } from './zipDirectory';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A sheet as workbook.xml lists it, in tab order. Only worksheets hold cells; chartsheets and others are listed but not read. */
export interface SheetEntry {
  name: string;
  state: SheetState;
  kind: 'worksheet' | 'other';
  /** The sheet's part in the package, when its relationship resolves. */
  path?: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (a Mac workbook setting) instead of 1899-12-30. */
  date1904: boolean;
  sharedStringsPath?: string;
  stylesPath?: string;
  /** The package holds a VBA project (.xlsm, or a macro workbook renamed .xlsx). */
  macros: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

/**
 * The workbook's structure: where its workbook part is (the package relationship `officeDocument`),
 * the sheets it lists with names, order and visibility (ECMA-376 Part 1 §18.2.19–20), the 1904 date
 * system (§18.2.28), and its shared strings and styles parts. Relationship types are matched by their
 * last segment, so Transitional and Strict packages read the same.
 */
export async function readWorkbookInfo(zip: ZipDirectory, budget: ReadBudget): Promise<WorkbookInfo> {
  const root = await relationships(zip, budget, '');
  const office = [...root.values()].find((r) => r.type === 'officeDocument');
  const workbookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const workbookEntry = zip.get(workbookPath);
  if (!workbookEntry) throw XlsxError.notXlsx();
  const rels = await relationships(zip, budget, workbookPath);

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const handler: XmlHandler = {
    wantsText: false,
    open(name: string, a: Attributes) {
      if (name === 'workbookPr') date1904 = isTrue(a.get('date1904'));
      else if (name === 'sheet') {
        const rel = rels.get(a.get('id') ?? '');
        const state = a.get('state');
        sheets.push({
          name: a.get('name') ?? '',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          kind: rel?.type === 'worksheet' ? 'worksheet' : 'other',
          path: rel ? resolveTarget(workbookPath, rel.target) : undefined,
        });
      }
    },
    close() {},
    text() {},
  };
  scanXml(await partText(zip, workbookEntry, budget), handler, budget.limits.tokenChars);

  const byType = (type: string) => {
    const rel = [...rels.values()].find((r) => r.type === type);
    return rel ? resolveTarget(workbookPath, rel.target) : undefined;
  };
  const macros = zip.entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name));
  return { sheets, date1904, sharedStringsPath: byType('sharedStrings'), stylesPath: byType('styles'), macros };
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), by id; internal targets only. */
async function relationships(zip: ZipDirectory, budget: ReadBudget, partPath: string): Promise<Map<string, Relationship>> {
  const slash = partPath.lastIndexOf('/');
  const relsPath = `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
  const entry = zip.get(relsPath);
  const out = new Map<string, Relationship>();
  if (!entry) return out;
  scanXml(
    await partText(zip, entry, budget),
    {
      wantsText: false,
      open(name: string, a: Attributes) {
        if (name !== 'Relationship' || a.get('TargetMode') === 'External') return;
        const type = a.get('Type') ?? '';
        out.set(a.get('Id') ?? '', { type: type.slice(type.lastIndexOf('/') + 1), target: a.get('Target') ?? '' });
      },
      close() {},
      text() {},
    },
    budget.limits.tokenChars,
  );
  return out;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute from the package root. */
export function resolveTarget(sourcePath: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(unescapeSegment(segment));
  }
  return base.join('/');
}

/** Targets are URIs: `sheet%201.xml` names the part `sheet 1.xml`. */
function unescapeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
