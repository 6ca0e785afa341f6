export * from './summaryData';
export * from './summaryPlan';
export * from './buildSummary';
