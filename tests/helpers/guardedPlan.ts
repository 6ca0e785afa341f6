/**
 * A form-like plan for the writers' protection and hiding tests: a header, `rows` rows of plan cells
 * (locked) and of monitoring cells a person fills (`locked: false`), a live formula, a row key in a
 * hidden column, sheet protection (with a password when asked), and optionally the whole sheet hidden.
 */
import type { Plan, PlanCell } from '../../core/plan/plan';
import type { PlanProtection } from '../../core/plan/protection';
import { plan, text } from './plan';

/** Columns: A signature/No, B Output, C Target (plan), D Realisasi, E Kendala (open), F Capaian (formula), G key (hidden). */
export const OPEN_COLUMNS = [3, 4];
export const KEY_COLUMN = 6;

export function guardedPlan(rows: number, options: { password?: string; hidden?: boolean; allow?: PlanProtection['allow'] } = {}): Plan {
  const cells: PlanCell[] = [text(1, 1, 'Output'), text(1, 2, 'Target'), text(1, 3, 'Realisasi'), text(1, 4, 'Kendala'), text(1, 5, 'Capaian'), text(1, KEY_COLUMN, 'Kunci')];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    cells.push(
      text(r, 1, `Output ${i + 1}`, { wrap: true }),
      { row: r, column: 2, value: { kind: 'number', value: 10 + (i % 5) } },
      { row: r, column: 3, value: { kind: 'blank' }, locked: false, fill: '#FFF2CC' },
      { row: r, column: 4, value: { kind: 'blank' }, locked: false, fill: '#FFF2CC' },
      { row: r, column: 5, value: { kind: 'formula', formula: `IFERROR(D${r + 1}/C${r + 1},"")` }, numberFormat: '0%' },
      text(r, KEY_COLUMN, `k${i.toString(36)}`),
    );
  }
  return plan(cells, {
    sheetName: 'Unit A',
    frozenRows: 2,
    columnWidths: [4, 40, 10, 12, 30, 10, 12],
    hiddenColumns: [KEY_COLUMN],
    protection: { ...(options.password !== undefined && { password: options.password }), ...(options.allow && { allow: options.allow }) },
    ...(options.hidden && { hidden: true }),
  });
}
