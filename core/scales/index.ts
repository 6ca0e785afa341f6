/** Reference scales: official grading tables (SAKIP, SKM, SPBE, …) and the planner's own, from the `Skala` sheet. */
export { classify, inBand, overlaps, BandDef, ScaleDef } from './scale';
export type { Band, Scale } from './scale';
export { REFERENCE_SCALES, findScale } from './reference';
export { nilaiCapaian, NILAI_CAPAIAN_SOURCE } from './nilaiCapaian';
export type { KategoriCapaian } from './nilaiCapaian';
export { readScaleSheet, scaleFromRows } from './userScale';
export type { ScaleProblem, ScaleReading } from './userScale';
