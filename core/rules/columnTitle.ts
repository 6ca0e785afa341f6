import type { Matrix } from '../model/readMatrix';
import type { Bilingual } from '../i18n';

/** The name of a column for messages: its layout title, or its period label (`TW 2`). */
export function columnTitle(matrix: Matrix, col: number): Bilingual {
  const column = matrix.header.columns.find((c) => c.index === col);
  if (!column) return { id: `kolom ${col + 1}`, en: `column ${col + 1}` };
  if (column.def) return column.def.title;
  if (column.period?.measure === 'realisasi') {
    const label = /^realisasi\b/i.test(column.label.trim()) ? column.label.trim().replace(/^realisasi\s*/i, '') : column.label;
    return { id: `Realisasi ${label}`, en: `Realisation ${label}` };
  }
  const label = column.parent && column.period && !column.period.wholeYear ? `${column.label} (${column.parent})` : column.label;
  return { id: `Target ${label}`, en: `Target ${label}` };
}
