#!/usr/bin/env node
/**
 * Compares two .xlsx workbooks cell by cell: values, number formats, fills, fonts, borders,
 * alignment, merges, column widths, row heights, frozen panes and sheet order. Prints every
 * difference and exits 1 when there is one, 0 when the two are the same.
 *
 *   node scripts/compare-workbooks.mjs before.xlsx after.xlsx [--sheet NAME]
 *
 * For checking that a change of code leaves a written summary exactly as it was (issue 11).
 */
import ExcelJS from 'exceljs';

const [a, b, ...rest] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node scripts/compare-workbooks.mjs before.xlsx after.xlsx [--sheet NAME]\n');
  process.exit(2);
}
const only = rest[0] === '--sheet' ? rest[1] : undefined;

const load = async (file) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};
const [left, right] = await Promise.all([load(a), load(b)]);
const differences = [];
const differ = (where, what, x, y) => {
  const sx = JSON.stringify(x);
  const sy = JSON.stringify(y);
  if (sx !== sy) differences.push(`${where}: ${what} ${sx} ≠ ${sy}`);
};

differ('workbook', 'sheets', left.worksheets.map((s) => s.name), right.worksheets.map((s) => s.name));
let cells = 0;
for (const sheet of left.worksheets) {
  if (only !== undefined && sheet.name !== only) continue;
  const other = right.getWorksheet(sheet.name);
  if (!other) continue;
  const at = (s) => `“${sheet.name}”${s ? '!' + s : ''}`;
  differ(at(), 'merges', [...(sheet.model.merges ?? [])].sort(), [...(other.model.merges ?? [])].sort());
  differ(at(), 'views', sheet.views, other.views);
  const columns = Math.max(sheet.columnCount, other.columnCount);
  for (let c = 1; c <= columns; c++) differ(at(`col ${c}`), 'width', sheet.getColumn(c).width ?? null, other.getColumn(c).width ?? null);
  const rows = Math.max(sheet.rowCount, other.rowCount);
  for (let r = 1; r <= rows; r++) {
    differ(at(`row ${r}`), 'height', sheet.getRow(r).height ?? null, other.getRow(r).height ?? null);
    for (let c = 1; c <= columns; c++) {
      const x = sheet.getCell(r, c);
      const y = other.getCell(r, c);
      cells++;
      const where = at(x.address);
      differ(where, 'value', x.value, y.value);
      differ(where, 'type', x.type, y.type);
      differ(where, 'numFmt', x.numFmt ?? null, y.numFmt ?? null);
      differ(where, 'fill', x.fill ?? null, y.fill ?? null);
      differ(where, 'font', x.font ?? null, y.font ?? null);
      differ(where, 'border', x.border ?? null, y.border ?? null);
      differ(where, 'alignment', x.alignment ?? null, y.alignment ?? null);
      differ(where, 'merged into', x.isMerged ? x.master.address : null, y.isMerged ? y.master.address : null);
    }
  }
}
for (const d of differences.slice(0, 200)) process.stdout.write(d + '\n');
if (differences.length > 200) process.stdout.write(`… and ${differences.length - 200} more\n`);
process.stdout.write(`${cells} cells compared in ${left.worksheets.length} sheet(s): ${differences.length ? `${differences.length} difference(s)` : 'identical'}\n`);
process.exit(differences.length ? 1 : 0);
