/** The bounding box of a set of cells, 1-based, for one range read or write over all of them. */
import { parseAddress, type Area } from '../../core/grid';

export type Box = Area;

export function boundingBox(cells: Iterable<string>): Box | null {
  let box: Box | null = null;
  for (const cell of cells) {
    const { row, column } = parseAddress(cell);
    if (!box) box = { top: row, left: column, bottom: row, right: column };
    else {
      box.top = Math.min(box.top, row);
      box.left = Math.min(box.left, column);
      box.bottom = Math.max(box.bottom, row);
      box.right = Math.max(box.right, column);
    }
  }
  return box;
}

export function boxRange(sheet: GoogleAppsScript.Spreadsheet.Sheet, box: Box): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
}
