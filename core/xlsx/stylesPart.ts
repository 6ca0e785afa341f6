import { builtInFormat, isDateFormat } from './numberFormats';
import type { Attributes, XmlHandler } from './xmlScanner';

/** Per cell style index (a cell's `s`): its number format, and whether that format shows a date. */
export interface CellStyles {
  /** The format code, `null` for General. */
  formats: (string | null)[];
  dates: boolean[];
}

export const NO_STYLES: CellStyles = { formats: [], dates: [] };

/**
 * Reads styles.xml for what the grid needs: each cell format (`cellXfs/xf`, ECMA-376 Part 1
 * §18.8.10) and its number format, custom (`numFmts`, §18.8.31) or built in.
 */
export class StylesReader implements XmlHandler {
  readonly wantsText = false;
  private readonly custom = new Map<number, string>();
  private readonly ids: number[] = [];
  private inCellXfs = 0;

  open(name: string, a: Attributes): void {
    if (name === 'numFmt') {
      const id = Number(a.get('numFmtId'));
      const code = a.get('formatCode');
      if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
    } else if (name === 'cellXfs') this.inCellXfs++;
    else if (name === 'xf' && this.inCellXfs > 0) this.ids.push(Number(a.get('numFmtId') ?? 0) || 0);
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs--;
  }

  text(): void {}

  result(): CellStyles {
    const formats = this.ids.map((id) => (id === 0 ? null : (this.custom.get(id) ?? builtInFormat(id) ?? null)));
    return { formats, dates: formats.map((f) => isDateFormat(f)) };
  }
}
