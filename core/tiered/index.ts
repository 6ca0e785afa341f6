/** Issue 17: tiered monitoring. Row keys, the split of a master among coordinators, and the merge of their reports. */
export * from './rowKey';
export * from './fields';
export * from './splitPlan';
export * from './splitIdentity';
export * from './sameValue';
export * from './mergeDecisions';
export * from './unitSheets';
export * from './planValue';
