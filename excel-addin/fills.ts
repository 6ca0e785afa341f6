/**
 * Cell fills for the validation highlight: reading the current fill of scattered cells and painting
 * or clearing them, every rectangle of cells (core's `toRangeList`) through its own `getRange`, all
 * queued on one request.
 *
 * Never `Worksheet.getRanges("A1:A3,C5")`: Excel on Windows reads that list with the user's list
 * separator, and with Indonesian (or German) regional settings, where it is `;`, a comma-joined list
 * fails with InvalidArgument (OfficeDev/office-js#1167, #1985).
 */
import { columnLetter, parseAddress, toRangeList } from '../core/grid';
import type { Fill, FillWrite } from '../core/workbench/highlight';
import { cellCount, parseArea } from './addresses';
import { jsonBytes, type WriteBatch } from './payload';

/** Cells whose fills one round trip reads: about 50 bytes each in the response, well under 5 MB. */
export const FILL_READ_CELLS = 40_000;

const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } };

/**
 * The fill of each cell: `null` when it has none. Excel reports an unfilled cell as white with the
 * pattern `None`, so the pattern, not the colour, says whether there is a fill. One round trip (more
 * only beyond FILL_READ_CELLS cells).
 */
export async function readFills(context: Excel.RequestContext, worksheet: Excel.Worksheet, cells: string[]): Promise<Map<string, Fill>> {
  const fills = new Map<string, Fill>();
  const areas = toRangeList(cells);
  for (let start = 0; start < areas.length; ) {
    const group: { area: string; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    let count = 0;
    while (start < areas.length && (group.length === 0 || count + cellCount(parseArea(areas[start])) <= FILL_READ_CELLS)) {
      const area = areas[start++];
      count += cellCount(parseArea(area));
      group.push({ area, result: worksheet.getRange(area).getCellProperties(FILL_PROPERTIES) });
    }
    await context.sync(); // normally once; a round trip per FILL_READ_CELLS cells beyond that
    for (const { area, result } of group) {
      const first = parseAddress(area.split(':')[0]);
      result.value.forEach((row, i) =>
        row.forEach((cell, j) => {
          const fill = cell.format?.fill;
          fills.set(`${columnLetter(first.column + j)}${first.row + i}`, !fill || fill.pattern === 'None' || !fill.color ? null : fill.color.toUpperCase());
        }),
      );
    }
  }
  return fills;
}

/** Requests a `getRange(area)` with one format change costs beyond the address (the range, its format, the fill, the change). */
export const AREA_OPERATION_BYTES = 300;

/** Queues the fill changes: per fill, one `getRange` per rectangle of its cells. */
export async function writeFills(worksheet: Excel.Worksheet, writes: FillWrite[], batch: WriteBatch): Promise<void> {
  const byFill = new Map<string, string[]>();
  for (const w of writes) {
    const key = w.fill === null ? 'none' : w.fill.toUpperCase();
    let list = byFill.get(key);
    if (!list) byFill.set(key, (list = []));
    list.push(w.cell);
  }
  for (const [fill, cells] of byFill) {
    for (const area of toRangeList(cells)) {
      await batch.room(jsonBytes(area) + AREA_OPERATION_BYTES);
      const format = worksheet.getRange(area).format;
      if (fill === 'none') format.fill.clear();
      else format.fill.color = fill;
    }
  }
}
