import { REFERENCE_SCALES } from '../core/scales/reference';
import type { Band, Scale } from '../core/scales/scale';
import { readScaleSheet, type ScaleProblem } from '../core/scales/userScale';
import { columnLetter } from '../core/grid';
import { readWorkbook } from './readWorkbook';
import { jsonText, terminalText } from './terminalText';

export interface ScalesOptions {
  format: 'text' | 'json';
}

const bound = (n: number) => (n === Infinity ? '∞' : n === -Infinity ? '−∞' : String(n).replace('.', ','));
const bandText = (b: Band) => `${b.label} ${b.minInclusive ? '[' : '('}${bound(b.min)}–${bound(b.max)}${b.maxInclusive ? ']' : ')'}`;
const scaleText = (s: Scale) => `${s.id}  ${s.name.id}\n    ${s.bands.map(bandText).join(' · ')}`;

/**
 * `rbm scales [FILE]`: the reference scales PREDIKAT knows, and with FILE the planner's own scales
 * from its sheet named `Skala`, with every problem in that sheet at its cell. Exit 1 when the sheet
 * has problems.
 */
export async function scalesCommand(file: string | undefined, options: ScalesOptions): Promise<number> {
  let own: Scale[] = [];
  let problems: ScaleProblem[] = [];
  let sheet: string | undefined;
  if (file !== undefined) {
    const grid = (await readWorkbook(file)).find((g) => g.sheetName.trim().toLowerCase() === 'skala');
    if (grid) {
      ({ scales: own, problems } = readScaleSheet(grid));
      sheet = grid.sheetName;
    }
  }
  const where = (p: ScaleProblem) => `${columnLetter(p.column)}${p.row}`;
  if (options.format === 'json') {
    const json = { reference: REFERENCE_SCALES, sheet: sheet ?? null, own, problems: problems.map((p) => ({ cell: where(p), ...p })) };
    process.stdout.write(jsonText(json, (_, v) => (v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v)) + '\n');
  } else {
    const lines = ['Skala rujukan / reference scales:', ...REFERENCE_SCALES.map((s) => '  ' + scaleText(s))];
    if (file !== undefined && sheet === undefined) lines.push('', `Tidak ada sheet “Skala” di ${file}. / No sheet named “Skala” in ${file}.`);
    if (sheet !== undefined) {
      lines.push('', `Skala buatan pengguna (sheet “${sheet}”) / the planner's own scales:`, ...own.map((s) => '  ' + scaleText(s)));
      for (const p of problems) lines.push(`  ✖ ${where(p)}  ${p.message.id} / ${p.message.en}`);
    }
    process.stdout.write(lines.map(terminalText).join('\n') + '\n');
  }
  return problems.length > 0 ? 1 : 0;
}
