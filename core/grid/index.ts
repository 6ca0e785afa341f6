/** The grid a host reads from a sheet, and what every module needs to read it: A1 addresses, merges, cell text. */
export * from './grid';
export * from './a1';
export * from './cellText';
export * from './rangeList';
export { MergeIndex } from './mergeIndex';
