/** RB Matrix core: pure domain logic shared by the CLI, the Excel add-in and the Sheets add-on. */
export * from './grid';
export * from './validate';
export * from './findings/catalogue';
export type { Finding, Fix, CellEdit } from './findings/finding';
export { readMatrix } from './model/readMatrix';
export type { Matrix, MatrixRow, RowKind } from './model/readMatrix';
export { detectHeader } from './layout/detectHeader';
export { LAYOUTS } from './layout';
export { parseValue } from './values/parseValue';
export type { ParsedValue } from './values/parseValue';
export { parseNumber } from './values/parseNumber';
export { RULES } from './rules';
export * from './attainment';
export * from './periods';
export * from './scales';
export type * from './plan/plan';
export * from './summary';
export * from './functions';
