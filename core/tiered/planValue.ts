import type { CellValue } from '../grid';
import { cellDay } from '../periods/cellDay';
import { cellTextLimit } from '../plan/cellText';
import type { PlanValue } from '../plan/plan';

/** A cell read from a sheet as the value a Plan writes back: text stays text (never a formula), a date a date. */
export function planValue(value: CellValue | undefined): PlanValue {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    const day = cellDay(value);
    return day ? { kind: 'date', ...day } : { kind: 'blank' };
  }
  return value === '' ? { kind: 'blank' } : { kind: 'text', text: cellTextLimit(value) };
}
