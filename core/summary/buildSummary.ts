import { attainMatrix } from '../attainment/attainMatrix';
import type { Matrix } from '../model/readMatrix';
import type { Plan } from '../plan/plan';
import { indicatorRows, outputsOfYear, summaryData, type SummaryData, type SummaryOptions } from './summaryData';
import { summaryPlan } from './summaryPlan';

/**
 * The quarterly summary of a matrix: its figures as data, and the tab as a Plan for a host to write.
 * `indicators` is the workbook's indicator table (Tabel 2–5), when it has one.
 */
export function buildSummary(matrix: Matrix, options: SummaryOptions & { madeOn: Date; indicators?: Matrix }): { data: SummaryData; plan: Plan } {
  const { inYear } = outputsOfYear(matrix, options);
  const data = summaryData(matrix, options, inYear);
  const indicators = options.indicators ? { matrix: options.indicators, outputs: attainMatrix(options.indicators, options.year, options.quarter, options.wholeYear) } : undefined;
  if (indicators) data.indikator = indicatorRows(indicators.outputs);
  const plan = summaryPlan({ matrix, data, outputs: inYear, indicators, madeOn: options.madeOn });
  return { data, plan };
}
