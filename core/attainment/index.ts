export * from './types';
export * from './series';
export * from './capaian';
export * from './aggregate';
export * from './inferAgregasi';
export * from './attainSeries';
export * from './attainMatrix';
export * from './groupFigures';
