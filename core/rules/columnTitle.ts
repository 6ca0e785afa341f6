import type { Matrix } from '../model/readMatrix';
import type { Bilingual } from '../i18n';
import { parsePeriodLabel } from '../layout/periodLabel';

/**
 * The name of a column for messages: its layout title, or its period label (`Target TW 2`,
 * `Realisasi TW 2`); a monitoring block's child with its period (`Capaian Output (Triwulan II)`).
 */
export function columnTitle(matrix: Matrix, col: number): Bilingual {
  const column = matrix.header.columns.find((c) => c.index === col);
  if (!column) return { id: `kolom ${col + 1}`, en: `column ${col + 1}` };
  if (column.def) return column.def.title;
  const measure = column.period?.measure;
  const ownPeriod = parsePeriodLabel(column.label.replace(/^\s*(realisasi|progres)\s*/i, '')) !== undefined;
  if (measure !== undefined && measure !== 'target' && measure !== 'baseline' && !ownPeriod && column.parent) {
    const label = `${column.label} (${column.parent})`;
    return { id: label, en: label };
  }
  if (measure === 'realisasi') {
    const label = /^realisasi\b/i.test(column.label.trim()) ? column.label.trim().replace(/^realisasi\s*/i, '') : column.label;
    return { id: `Realisasi ${label}`, en: `Realisation ${label}` };
  }
  const label = column.parent && column.period && !column.period.wholeYear ? `${column.label} (${column.parent})` : column.label;
  return { id: `Target ${label}`, en: `Target ${label}` };
}
