/** The Plan contract every writer checks first (core/plan/checkPlan.ts): the CLI's, Excel's and Sheets'. */
import { checkPlan } from '../../core/plan/checkPlan';
import type { Plan } from '../../core/plan/plan';
import { summaryPass } from '../../core/workbench/summaryPass';
import { general, gRow } from './helpers';

const { plan } = summaryPass(general([gRow()]), { year: 2023, quarter: 2, lang: 'id' }, new Date(2023, 6, 2));
const broken = (change: (p: Plan) => void): Plan => {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
};

test('a summary plan keeps the contract', () => {
  expect(() => checkPlan(plan)).not.toThrow();
});

test.each([
  ['a colour that is not #RRGGBB', (p: Plan) => (p.cells[0].fill = 'red'), /colour “red”/],
  ['a day that does not exist', (p: Plan) => (p.cells[0].value = { kind: 'date', year: 2023, month: 2, day: 30 }), /not a date Excel can show/],
  ['a day before 1 March 1900', (p: Plan) => (p.cells[0].value = { kind: 'date', year: 1900, month: 2, day: 28 }), /not a date Excel can show/],
  ['overlapping merges', (p: Plan) => p.merges.push({ ...p.merges[0] }), /overlapping merges/],
  ['a signature cell without the signature', (p: Plan) => (p.cells = p.cells.filter((c) => !(c.row === p.signature.row && c.column === p.signature.column))), /must hold the signature/],
  ['a negative position', (p: Plan) => (p.cells[0].row = -1), /out of range/],
])('refuses %s', (_what, change, message) => {
  expect(() => checkPlan(broken(change))).toThrow(message);
});
